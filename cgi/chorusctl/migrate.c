/*
 * chorusctl migrate, grants, demo, purge: the database's shape, its
 * accounts and its demo data.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "auth.h"
#include "buf.h"
#include "config.h"
#include "ctl.h"
#include "db.h"
#include "field.h"

char *
file_read(struct arena *a, const char *path, size_t *len)
{
	FILE		*f = fopen(path, "rb");
	struct stat	 st;
	char		*p = NULL;

	if (f == NULL)
		return NULL;
	if (fstat(fileno(f), &st) == 0 && st.st_size < 64 * 1024 * 1024 &&
	    (p = arena_alloc(a, (size_t)st.st_size + 1)) != NULL &&
	    fread(p, 1, (size_t)st.st_size, f) == (size_t)st.st_size) {
		p[st.st_size] = '\0';
		*len = (size_t)st.st_size;
	} else
		p = NULL;
	fclose(f);
	return p;
}

static int
name_cmp(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Does name end in one of the suffixes in the NULL-terminated list? */
static int
has_suffix(const char *name, const char *const *suffixes)
{
	size_t	len = strlen(name), sl;

	for (; *suffixes != NULL; suffixes++) {
		sl = strlen(*suffixes);
		if (len > sl && strcmp(name + len - sl, *suffixes) == 0)
			return 1;
	}
	return 0;
}

/* The names in dir with one of the suffixes, sorted, in the arena. Count, or -1. */
static int
dir_files(struct arena *a, const char *dir, const char *const *suffixes,
    char ***out)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	size_t		 n = 0, cap = 256;
	char		**v = arena_alloc(a, cap * sizeof(char *));

	if (d == NULL || v == NULL) {
		if (d != NULL)
			closedir(d);
		return -1;
	}
	while ((e = readdir(d)) != NULL && n < cap)
		if (e->d_name[0] != '.' && has_suffix(e->d_name, suffixes))
			v[n++] = arena_strdup(a, e->d_name);
	closedir(d);
	qsort(v, n, sizeof(char *), name_cmp);
	*out = v;
	return (int)n;
}

static const char *const sql_only[] = { ".sql", NULL };

/* Run one SQL file as a script. 0 or -1 (reported). */
static int
run_file(struct ctl *ctl, const char *path)
{
	size_t	 len;
	char	*sql = file_read(ctl->a, path, &len);

	if (sql == NULL) {
		fprintf(stderr, "chorusctl: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (db_script(ctl->db, sql, len) == -1) {
		fprintf(stderr, "chorusctl: %s: %s\n", path, db_error(ctl->db));
		return -1;
	}
	return 0;
}

/* Apply each NNNN_name.sql not yet recorded, in order. */
int
cmd_migrate(struct ctl *ctl, int argc, char **argv)
{
	char		**files, *dir;
	long long	  v;
	int		  n, i, done = 0, st;

	dir = arena_printf(ctl->a, "%s/migrations", ctl->cfg->sql);
	if (db_migrations_table(ctl->db) == -1 ||
	    (n = dir_files(ctl->a, dir, sql_only, &files)) == -1) {
		fprintf(stderr, "chorusctl: migrate: %s\n", db_error(ctl->db));
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (strlen(files[i]) < 6 || files[i][4] != '_' ||
		    parse_ll(arena_strndup(ctl->a, files[i], 4), 1, 9999, &v) == -1) {
			fprintf(stderr, "chorusctl: %s: not NNNN_name.sql\n", files[i]);
			return 1;
		}
		if ((st = db_migration_applied(ctl->db, ctl->a, v)) == -1)
			return 1;
		if (st == 1)
			continue;
		if (run_file(ctl, arena_printf(ctl->a, "%s/%s", dir, files[i])) == -1 ||
		    db_migration_record(ctl->db, v, files[i]) == -1)
			return 1;
		printf("migrate: applied %s\n", files[i]);
		done++;
	}
	printf("migrate: %d applied, database is at the latest version\n", done);
	return 0;
}

/* A password fit to put in grants.sql: [A-Za-z0-9]{16,128}. */
static int
password_ok(const char *p)
{
	size_t	i;

	for (i = 0; p != NULL && p[i] != '\0'; i++)
		if (!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') ||
		    (p[i] >= '0' && p[i] <= '9')))
			return 0;
	return p != NULL && i >= 16 && i <= 128;
}

/* Replace every @KEY@ in text with val. */
static char *
subst(struct arena *a, const char *text, const char *key, const char *val)
{
	struct buf	 b;
	const char	*p;
	size_t		 kl = strlen(key);
	char		*out;

	buf_init(&b, 0);
	while ((p = strstr(text, key)) != NULL) {
		buf_put(&b, text, (size_t)(p - text));
		buf_puts(&b, val);
		text = p + kl;
	}
	buf_puts(&b, text);
	out = arena_strdup(a, b.p);
	buf_free(&b);
	return out;
}

/* Create or update the per-program accounts from sql/grants.sql. */
int
cmd_grants(struct ctl *ctl, int argc, char **argv)
{
	static const struct { enum prog p; const char *key; } pw[] = {
		{ PROG_STAFF, "@PW_STAFF@" }, { PROG_VOICE, "@PW_VOICE@" },
		{ PROG_INSIGHTS, "@PW_INSIGHTS@" }, { PROG_ADMIN, "@PW_ADMIN@" },
	};
	size_t	 i, len;
	char	*sql = file_read(ctl->a, arena_printf(ctl->a, "%s/grants.sql",
		    ctl->cfg->sql), &len);

	if (sql == NULL) {
		fprintf(stderr, "chorusctl: grants: cannot read %s/grants.sql\n", ctl->cfg->sql);
		return 1;
	}
	sql = subst(ctl->a, sql, "@DB@", ctl->cfg->db_name);
	for (i = 0; i < sizeof(pw) / sizeof(pw[0]); i++) {
		if (!password_ok(ctl->cfg->acct[pw[i].p].password)) {
			fprintf(stderr, "chorusctl: grants: [account.%s] password must be "
			    "16 to 128 letters and digits\n", prog_names[pw[i].p]);
			return 1;
		}
		sql = subst(ctl->a, sql, pw[i].key, ctl->cfg->acct[pw[i].p].password);
	}
	if (sql == NULL || db_script(ctl->db, sql, strlen(sql)) == -1) {
		fprintf(stderr, "chorusctl: grants: %s\n", db_error(ctl->db));
		return 1;
	}
	printf("grants: accounts for staff, voice, insights and admin are up to date\n");
	return 0;
}

/* Does name end in suffix? */
static int
ends_with(const char *name, const char *suffix)
{
	const char *const	one[] = { suffix, NULL };

	return has_suffix(name, one);
}

/*
 * Load sql/demo in name order: *.sql files run as scripts, *.survey files
 * are imported as survey definitions (a version already there is left
 * alone, so loading twice changes nothing). 0 or -1 (reported).
 */
static int
demo_files(struct ctl *ctl, int *nfiles)
{
	static const char *const kinds[] = { ".sql", ".survey", NULL };
	char	**files, *dir, *path;
	int	  n, i;

	dir = arena_printf(ctl->a, "%s/demo", ctl->cfg->sql);
	if ((n = dir_files(ctl->a, dir, kinds, &files)) == -1) {
		fprintf(stderr, "chorusctl: demo: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	for (i = 0; i < n; i++) {
		path = arena_printf(ctl->a, "%s/%s", dir, files[i]);
		if (ends_with(files[i], ".survey") ?
		    survey_file_import(ctl, path, 1) == -1 :
		    run_file(ctl, path) == -1)
			return -1;
	}
	*nfiles = n;
	return 0;
}

/*
 * Load the demo files and give every person without one the demo password.
 * One hash for them all: the password is public, and argon2 once per
 * person took minutes on a large generated organisation (make bench).
 */
int
cmd_demo(struct ctl *ctl, int argc, char **argv)
{
	char		  hash[PASSWORD_HASH_MAX];
	int		  n, set;

	if (!ctl->cfg->demo) {
		fprintf(stderr, "chorusctl: demo: refused, [chorus] demo is off in this config\n");
		return 1;
	}
	if (demo_files(ctl, &n) == -1)
		return 1;
	if (password_hash(hash, "chorus-demo") == -1 ||
	    (set = db_staff_set_missing_passwords(ctl->db, hash)) == -1)
		return 1;
	printf("demo: %d files loaded, %d demo passwords set\n", n, set);
	return 0;
}

int
cmd_purge(struct ctl *ctl, int argc, char **argv)
{
	int	s, f, k, u;

	if ((s = db_purge_sessions(ctl->db, ctl->cfg->session_max_hours)) == -1 ||
	    (f = db_purge_signin_failures(ctl->db, 1)) == -1 ||
	    (k = db_purge_contacts(ctl->db, ctl->cfg->contact_keep_days)) == -1 ||
	    (u = db_purge_stale_uploads(ctl->db)) == -1) {
		fprintf(stderr, "chorusctl: purge: %s\n", db_error(ctl->db));
		return 1;
	}
	printf("purge: %d expired sessions, %d old sign-in failures, "
	    "contact details of %d closed follow-ups, %d stale uploads and stashed "
	    "forms removed\n", s, f, k, u);
	return 0;
}
