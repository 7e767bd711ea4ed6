/*
 * The config file, parsed with inih. Keys are a table: section, name, kind,
 * offset into struct config and, for numbers, the allowed range. Unknown
 * keys are errors so that a typo cannot silently leave a default in force.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <ini.h>

#include "audit.h"
#include "buf.h"
#include "config.h"
#include "field.h"

const char *const prog_names[PROG__MAX] = {
	[PROG_STAFF] = "staff",
	[PROG_VOICE] = "voice",
	[PROG_INSIGHTS] = "insights",
	[PROG_ADMIN] = "admin",
	[PROG_CTL] = "ctl",
};

enum kind { K_STR, K_BOOL, K_UINT, K_SIZE, K_AUTH, K_SECRET };

struct key {
	const char	*section;
	const char	*name;
	enum kind	 kind;
	size_t		 off;
	long long	 min, max;
};

#define OFF(f)	offsetof(struct config, f)

static const struct key keys[] = {
	{ "chorus", "secret", K_SECRET, OFF(secret), 0, 0 },
	{ "chorus", "council", K_STR, OFF(council), 0, 0 },
	{ "chorus", "demo", K_BOOL, OFF(demo), 0, 1 },
	{ "chorus", "dev", K_BOOL, OFF(dev), 0, 1 },
	{ "chorus", "origin", K_STR, OFF(origin), 0, 0 },
	{ "chorus", "templates", K_STR, OFF(templates), 0, 0 },
	{ "chorus", "spool", K_STR, OFF(spool), 0, 0 },
	{ "chorus", "generation", K_STR, OFF(generation), 0, 0 },
	{ "chorus", "sql", K_STR, OFF(sql), 0, 0 },
	{ "auth", "mode", K_AUTH, OFF(auth), 0, 0 },
	{ "auth", "session_idle_minutes", K_UINT, OFF(session_idle_min), 1, 24 * 60 },
	{ "auth", "session_max_hours", K_UINT, OFF(session_max_hours), 1, 24 * 7 },
	{ "auth", "throttle_account", K_UINT, OFF(throttle_account), 1, 1000 },
	{ "auth", "throttle_address", K_UINT, OFF(throttle_address), 1, 100000 },
	{ "auth", "throttle_window_minutes", K_UINT, OFF(throttle_window_min), 1, 24 * 60 },
	{ "limits", "body_max", K_SIZE, OFF(body_max), 1024, 16 * 1024 * 1024 },
	{ "limits", "upload_max", K_SIZE, OFF(upload_max), 1024, 64 * 1024 * 1024 },
	{ "limits", "workers", K_UINT, OFF(workers), 1, 256 },
	{ "voice", "safety_text", K_STR, OFF(safety_text), 0, 0 },
	{ "voice", "followup_hours", K_UINT, OFF(followup_hours), 1, 24 * 14 },
	{ "voice", "rate_limit", K_UINT, OFF(voice_rate), 1, 100000 },
	{ "voice", "contact_keep_days", K_UINT, OFF(contact_keep_days), 1, 3650 },
	{ "mail", "sendmail", K_STR, OFF(sendmail), 0, 0 },
	{ "mail", "from", K_STR, OFF(mail_from), 0, 0 },
	/* case audits (helper A) */
	{ "audit", "safety_due_working_days", K_UINT, OFF(audit_safety_days), 1, 60 },
	{ "audit", "inadequate_due_working_days", K_UINT, OFF(audit_inadequate_days), 1, 60 },
	{ "audit", "bank_holidays", K_STR, OFF(audit_holidays), 0, 0 },
	{ "privacy", "threshold", K_UINT, OFF(threshold), 3, 1000 },
	/* Insights comments (helper B1): shown only for this many or more */
	{ "privacy", "comment_threshold", K_UINT, OFF(comment_threshold), 3, 1000 },
	{ "database", "socket", K_STR, OFF(db_socket), 0, 0 },
	{ "database", "host", K_STR, OFF(db_host), 0, 0 },
	{ "database", "port", K_UINT, OFF(db_port), 1, 65535 },
	{ "database", "name", K_STR, OFF(db_name), 0, 0 },
};

struct loadctx {
	struct config	*cfg;
	struct buf	*err;
};

static int
set_str(char **dst, const char *v)
{
	char	*s = strdup(v);

	if (s == NULL)
		return -1;
	free(*dst);
	*dst = s;
	return 0;
}

/* [account.NAME] user/password. 0 ok, -1 unknown. */
static int
set_account(struct config *c, const char *section, const char *name,
    const char *v)
{
	size_t	i;

	if (strncmp(section, "account.", 8) != 0)
		return -1;
	for (i = 0; i < PROG__MAX; i++) {
		if (strcmp(section + 8, prog_names[i]) != 0)
			continue;
		if (strcmp(name, "user") == 0)
			return set_str(&c->acct[i].user, v);
		if (strcmp(name, "password") == 0)
			return set_str(&c->acct[i].password, v);
	}
	return -1;
}

/* 64 hex digits: the key that signs submission tickets. */
static int
secret_parse(struct config *c, const char *v)
{
	size_t	 i;
	char	 h[3] = { 0, 0, 0 };
	char	*end;

	if (strlen(v) != 2 * sizeof(c->secret))
		return -1;
	for (i = 0; i < sizeof(c->secret); i++) {
		h[0] = v[2 * i];
		h[1] = v[2 * i + 1];
		if (!isxdigit((unsigned char)h[0]) || !isxdigit((unsigned char)h[1]))
			return -1;
		c->secret[i] = (unsigned char)strtoul(h, &end, 16);
	}
	c->has_secret = 1;
	return 0;
}

/* Store v into the field k describes. 0 ok, -1 bad value. */
static int
set_key(struct config *c, const struct key *k, const char *v)
{
	char		*base = (char *)c + k->off;
	long long	 n;

	switch (k->kind) {
	case K_STR:
		return set_str((char **)(void *)base, v);
	case K_SECRET:
		return secret_parse(c, v);
	case K_AUTH:
		if (strcmp(v, "local") == 0)
			*(enum auth_mode *)(void *)base = AUTH_LOCAL;
		else if (strcmp(v, "remote_user") == 0)
			*(enum auth_mode *)(void *)base = AUTH_REMOTE_USER;
		else
			return -1;
		return 0;
	default:
		break;
	}
	if (parse_ll(v, k->min, k->max, &n) == -1)
		return -1;
	if (k->kind == K_SIZE)
		*(size_t *)(void *)base = (size_t)n;
	else if (k->kind == K_UINT)
		*(unsigned *)(void *)base = (unsigned)n;
	else
		*(int *)(void *)base = (int)n;
	return 0;
}

static int
on_key(void *user, const char *section, const char *name, const char *v)
{
	struct loadctx	*lc = user;
	size_t		 i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strcmp(keys[i].section, section) == 0 &&
		    strcmp(keys[i].name, name) == 0) {
			if (set_key(lc->cfg, &keys[i], v) == 0)
				return 1;
			buf_printf(lc->err, "[%s] %s: bad value", section, name);
			return 0;
		}
	if (set_account(lc->cfg, section, name, v) == 0)
		return 1;
	buf_printf(lc->err, "[%s] %s: unknown key", section, name);
	return 0;
}

void
config_defaults(struct config *c)
{
	memset(c, 0, sizeof(*c));
	c->council = strdup("Anyshire County Council");
	c->origin = strdup("");
	c->templates = strdup("/usr/share/chorus/templates");
	c->spool = strdup("/var/spool/chorus");
	c->generation = strdup("");
	c->sql = strdup("/usr/share/chorus/sql");
	c->safety_text = strdup("");
	c->followup_hours = 24;
	c->voice_rate = 30;
	c->contact_keep_days = 30;
	c->sendmail = strdup("/usr/sbin/sendmail -t -i");
	c->mail_from = strdup("chorus@localhost");
	c->audit_safety_days = 1;	/* case audits (helper A) */
	c->audit_inadequate_days = 5;
	c->audit_holidays = strdup("");
	c->db_host = strdup("localhost");
	c->db_name = strdup("chorus");
	c->auth = AUTH_LOCAL;
	c->session_idle_min = 30;
	c->session_max_hours = 10;
	c->throttle_account = 5;
	c->throttle_address = 20;
	c->throttle_window_min = 15;
	c->body_max = 65536;
	c->upload_max = 8 * 1024 * 1024;
	c->workers = 2;
	c->threshold = 5;
	c->comment_threshold = 10;	/* Insights comments (helper B1) */
	c->db_port = 3306;
}

/*
 * Load defaults then the file. Returns 0, or -1 with a one-line reason in
 * err (a missing file, a syntax error with its line, a bad or unknown key).
 */
int
config_load(struct config *c, const char *path, struct buf *err)
{
	struct loadctx	lc = { c, err };
	int		rc;

	config_defaults(c);
	if (c->council == NULL || c->db_name == NULL) {
		buf_puts(err, "out of memory");
		return -1;
	}
	rc = ini_parse(path, on_key, &lc);
	if (rc == -1) {
		buf_printf(err, "%s: cannot open", path);
		return -1;
	}
	if (rc != 0) {
		if (err->len == 0)
			buf_printf(err, "%s: syntax error", path);
		buf_printf(err, " (line %d)", rc);
		return -1;
	}
	/* case audits (helper A): every bank holiday a real date */
	if (audit_holidays_ok(c->audit_holidays) == -1) {
		buf_printf(err, "%s: [audit] bank_holidays must be dates like 2026-12-25, "
		    "separated by spaces or commas", path);
		return -1;
	}
	if (c->db_socket != NULL && c->db_socket[0] == '\0') {
		free(c->db_socket);
		c->db_socket = NULL;
	}
	return 0;
}

void
config_free(struct config *c)
{
	size_t	i;

	free(c->council);
	free(c->origin);
	free(c->templates);
	free(c->spool);
	free(c->generation);
	free(c->sql);
	free(c->safety_text);
	free(c->sendmail);
	free(c->mail_from);
	free(c->audit_holidays);	/* case audits (helper A) */
	free(c->db_socket);
	free(c->db_host);
	free(c->db_name);
	for (i = 0; i < PROG__MAX; i++) {
		free(c->acct[i].user);
		free(c->acct[i].password);
	}
	memset(c, 0, sizeof(*c));
}
