#ifndef CHORUS_CONFIG_H
#define CHORUS_CONFIG_H
/*
 * The config file (inih). deploy/chorus.conf.example documents every key.
 * config_load() applies defaults, then the file; unknown sections or keys
 * and out-of-range values are errors (a typo must not silently weaken a
 * setting). Strings are heap copies owned by the config.
 */
#include <stddef.h>

struct buf;

/* The programs, each with its own database account. */
enum prog { PROG_STAFF = 0, PROG_VOICE, PROG_INSIGHTS, PROG_ADMIN, PROG_CTL, PROG__MAX };
extern const char *const prog_names[PROG__MAX];	/* "staff", "voice", ... */

enum auth_mode { AUTH_LOCAL = 0, AUTH_REMOTE_USER };

struct db_account {
	char	*user;
	char	*password;
};

struct config {
	/* [chorus] */
	char		*council;	/* "Anyshire County Council" */
	int		 demo;		/* demo data and sign-ins on the sign-in page */
	int		 dev;		/* cookies without Secure (plain-HTTP loopback) */
	char		*origin;	/* "https://chorus.example.gov.uk" */
	char		*templates;	/* template root directory */
	char		*spool;		/* spool directory */
	char		*generation;	/* shared write generation file (gen.h), or "" */
	char		*sql;		/* sql/ directory: migrations, grants, demo */
	unsigned char	 secret[32];	/* signs submission tickets */
	int		 has_secret;
	/* [auth] */
	enum auth_mode	 auth;
	unsigned	 session_idle_min;	/* default 30 */
	unsigned	 session_max_hours;	/* default 10 */
	unsigned	 throttle_account;	/* failures per account per window, 5 */
	unsigned	 throttle_address;	/* failures per address per window, 20 */
	unsigned	 throttle_window_min;	/* 15 */
	/* [limits] */
	size_t		 body_max;	/* bytes, default 65536 */
	size_t		 upload_max;	/* ROUTE_UPLOAD bodies, default 8 MiB */
	unsigned	 workers;	/* default 2 */
	/* [voice] */
	char		*safety_text;	/* overrides ui.safety_text when set */
	unsigned	 followup_hours;	/* urgent follow-ups are due in, 24 */
	unsigned	 voice_rate;	/* submissions per address per 10 minutes, 30 */
	unsigned	 contact_keep_days;	/* after a follow-up closes, 30 */
	/* [mail] */
	char		*sendmail;	/* command reading a message on stdin */
	char		*mail_from;
	/* [audit] case audits (helper A): escalation due times, working days */
	unsigned	 audit_safety_days;	/* safety concern, default 1 */
	unsigned	 audit_inadequate_days;	/* inadequate practice, default 5 */
	char		*audit_holidays;	/* bank holidays, "YYYY-MM-DD ...", or "" */
	/* [privacy] */
	unsigned	 threshold;	/* default 5, minimum 3 */
	unsigned	 comment_threshold;	/* Insights comments: default 10, minimum 3 */
	/* [database] */
	char		*db_socket;	/* unix socket path, or NULL for TCP */
	char		*db_host;	/* default "localhost" */
	unsigned	 db_port;	/* default 3306 */
	char		*db_name;	/* default "chorus" */
	/* [account.staff] ... [account.ctl] */
	struct db_account acct[PROG__MAX];
};

/* 0 ok; -1 with a one-line reason in err. */
int	config_load(struct config *, const char *path, struct buf *err);
void	config_defaults(struct config *);
void	config_free(struct config *);

#endif
