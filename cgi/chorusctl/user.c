/*
 * chorusctl user add / passwd / roles. Passwords come from standard input
 * (prompted with echo off on a terminal), never from the command line,
 * where other users could read them in the process list.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <sodium.h>

#include "arena.h"
#include "auth.h"
#include "ctl.h"
#include "db.h"
#include "log.h"
#include "session.h"
#include "app.h"

/* One line from fd 0 without its newline. 0, or -1 on EOF/too long. */
static int
line_read(const char *prompt, char *out, size_t size)
{
	struct termios	old, quiet;
	int		tty = isatty(STDIN_FILENO);
	size_t		n;

	if (tty) {
		fprintf(stderr, "%s", prompt);
		tcgetattr(STDIN_FILENO, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	if (fgets(out, (int)size, stdin) == NULL)
		out[0] = '\0';
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fprintf(stderr, "\n");
	}
	n = strcspn(out, "\r\n");
	if (out[n] == '\0' && n == size - 1)
		return -1;
	out[n] = '\0';
	return 0;
}

/* Read (and on a terminal confirm) a new password, then hash it. */
static int
password_new(char hash[PASSWORD_HASH_MAX])
{
	char	pw[PASSWORD_MAX + 2], again[PASSWORD_MAX + 2];
	int	rc = -1;

	if (line_read("New password: ", pw, sizeof(pw)) == -1 ||
	    strlen(pw) < PASSWORD_MIN) {
		fprintf(stderr, "chorusctl: a password needs at least %d characters\n",
		    PASSWORD_MIN);
		goto out;
	}
	if (isatty(STDIN_FILENO) &&
	    (line_read("Again: ", again, sizeof(again)) == -1 || strcmp(pw, again) != 0)) {
		fprintf(stderr, "chorusctl: the passwords do not match\n");
		goto out;
	}
	rc = password_hash(hash, pw);
out:
	sodium_memzero(pw, sizeof(pw));
	sodium_memzero(again, sizeof(again));
	return rc;
}

static int
username_ok(const char *u)
{
	size_t	i;

	for (i = 0; u[i] != '\0'; i++)
		if (i == 64 || !((u[i] >= 'a' && u[i] <= 'z') ||
		    (u[i] >= '0' && u[i] <= '9') || strchr("._-", u[i]) != NULL))
			return 0;
	return i > 0;
}

/* Roles as typed, checked, in the database's spelling. */
static const char *
roles_arg(struct ctl *ctl, const char *s)
{
	unsigned	roles;

	if (roles_parse(s, &roles) == -1 || roles == 0) {
		fprintf(stderr, "chorusctl: roles are a comma list of staff, manager, "
		    "auditor, hr, admin, duty, performance, head\n");
		return NULL;
	}
	return roles_format(ctl->a, roles);
}

int
cmd_user_add(struct ctl *ctl, int argc, char **argv)
{
	static const struct option	opts[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "team", required_argument, NULL, 't' },
		{ "roles", required_argument, NULL, 'r' },
		{ "staff-no", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 },
	};
	const char	*name = NULL, *team = NULL, *roles = "staff", *no = NULL;
	char		 hash[PASSWORD_HASH_MAX];
	int		 ch, rc;

	optind = 1;	/* argv[0] is the username, options follow */
	while ((ch = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
		if (ch == 'n')
			name = optarg;
		else if (ch == 't')
			team = optarg;
		else if (ch == 'r')
			roles = optarg;
		else if (ch == 's')
			no = optarg;
		else
			return 2;
	}
	if (argc < 1 || optind != argc || name == NULL || team == NULL ||
	    !username_ok(argv[0])) {
		fprintf(stderr, "usage: chorusctl user add USERNAME --name NAME --team TEAM "
		    "[--roles R,R] [--staff-no N]\n(usernames: a-z 0-9 . _ -)\n");
		return 2;
	}
	if ((roles = roles_arg(ctl, roles)) == NULL || password_new(hash) == -1)
		return 1;
	rc = db_staff_add(ctl->db, argv[0], name,
	    no ? no : arena_printf(ctl->a, "U-%s", argv[0]), team, roles, hash);
	if (rc == 1)
		fprintf(stderr, "chorusctl: username or staff number already in use\n");
	else if (rc == 2)
		fprintf(stderr, "chorusctl: no team called \"%s\"\n", team);
	else if (rc == -1)
		fprintf(stderr, "chorusctl: %s\n", db_error(ctl->db));
	else
		printf("user add: %s (%s)\n", argv[0], roles);
	return rc == 0 ? 0 : 1;
}

int
cmd_user_passwd(struct ctl *ctl, int argc, char **argv)
{
	char	hash[PASSWORD_HASH_MAX];
	int	n;

	if (argc != 1)
		return 2;
	if (password_new(hash) == -1)
		return 1;
	if ((n = db_staff_set_password(ctl->db, argv[0], hash)) <= 0) {
		fprintf(stderr, "chorusctl: %s\n", n == 0 ? "no such user" : db_error(ctl->db));
		return 1;
	}
	printf("user passwd: password changed for %s\n", argv[0]);
	return 0;
}

int
cmd_user_roles(struct ctl *ctl, int argc, char **argv)
{
	const char	*roles;
	int		 n;

	if (argc != 2)
		return 2;
	if ((roles = roles_arg(ctl, argv[1])) == NULL)
		return 1;
	if ((n = db_staff_set_roles(ctl->db, argv[0], roles)) == -1) {
		fprintf(stderr, "chorusctl: %s\n", db_error(ctl->db));
		return 1;
	}
	printf("user roles: %s now %s%s\n", argv[0], roles,
	    n == 0 ? " (no change, or no such user)" : "");
	return 0;
}

/*
 * Start a session for a person without their password and print the
 * cookie value and its CSRF token: for scripted load tests and support.
 * chorusctl runs with the database owner's rights, so this grants nothing
 * its operator does not already have; it is logged all the same.
 */
int
cmd_user_session(struct ctl *ctl, int argc, char **argv)
{
	struct user	u;
	char		*pw, tok[TOKEN_LEN + 1], csrf[TOKEN_LEN + 1];
	unsigned char	h[TOKEN_HASH_LEN];
	int		n;

	if (argc != 1)
		return 2;
	if ((n = db_staff_by_username(ctl->db, ctl->a, argv[0], &u, &pw)) != 1) {
		fprintf(stderr, "chorusctl: %s\n", n == 0 ? "no such active user" : db_error(ctl->db));
		return 1;
	}
	if (token_new(tok) == -1 || token_new(csrf) == -1)
		return 1;
	token_hash(tok, h);
	if (db_session_create(ctl->db, h, u.id, csrf) == -1) {
		fprintf(stderr, "chorusctl: %s\n", db_error(ctl->db));
		return 1;
	}
	log_info("user session: session started for %s", u.username);
	printf("%s %s\n", tok, csrf);
	return 0;
}

/* The duty team takes follow-ups about no team in particular. */
int
cmd_team_duty(struct ctl *ctl, int argc, char **argv)
{
	int	rc;

	if (argc != 1)
		return 2;
	if ((rc = db_team_set_duty(ctl->db, argv[0])) != 0) {
		fprintf(stderr, "chorusctl: %s\n", rc == 1 ? "no open team of that name" :
		    db_error(ctl->db));
		return 1;
	}
	printf("team duty: %s is now the duty team\n", argv[0]);
	return 0;
}
