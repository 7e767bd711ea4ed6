/*
 * Sign-in and sign-out (local accounts). The form is protected by a
 * pre-sign-in token (cookie plus hidden field) because there is no session
 * yet; a good sign-in always starts a brand-new session.
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "auth.h"
#include "buf.h"
#include "cookie.h"
#include "db.h"
#include "field.h"
#include "log.h"
#include "session.h"
#include "staff.h"
#include "tmpl.h"

enum sfield { SF_USERNAME, SF_PASSWORD, SF_NEXT, SF__MAX };

static const struct field signin_fields[SF__MAX] = {
	[SF_USERNAME] = { "username", valid_line, FIELD_REQUIRED, 64, 0, 0,
	    "Enter your username", "Enter your username" },
	[SF_PASSWORD] = { "password", valid_password, FIELD_REQUIRED | FIELD_NOTRIM,
	    PASSWORD_MAX, 0, 0, "Enter your password", "Enter your password" },
	[SF_NEXT] = { "next", valid_line, 0, 512, 0, 0, NULL, NULL },
};

static const char *const field_template_keys[SF__MAX] = {
	[SF_USERNAME] = "USERNAME_ERROR",
	[SF_PASSWORD] = "PASSWORD_ERROR",
	[SF_NEXT] = NULL,
};

/* Where to go after signing in: a local path, or home. */
static const char *
next_path(const char *next)
{
	return next != NULL && http_local_path(next) &&
	    strncmp(next, "/signin", 7) != 0 ? next : "/";
}

/* The token the sign-in form carries: the cookie's, or a new one. */
static const char *
presign_token(struct ctx *c)
{
	const char	*t = cookie_get(c->a, c->req.cookies, PRESIGN_COOKIE);
	char		*fresh;

	if (t != NULL && token_syntax_ok(t))
		return t;
	if ((fresh = arena_alloc(c->a, TOKEN_LEN + 1)) == NULL || token_new(fresh) == -1)
		return NULL;
	resp_header(c->resp, c->a, "Set-Cookie",
	    cookie_header(c->a, PRESIGN_COOKIE, fresh, !c->cfg->dev, -1));
	return fresh;
}

static void
demo_list(struct ctx *c, struct tdict *b)
{
	struct dbres	 r;
	struct tdict	*d, *u;
	unsigned	 roles;
	size_t		 i;

	if (!c->cfg->demo || db_demo_signins(c->db, c->a, &r) <= 0)
		return;
	d = tdict_section(b, "DEMO");
	tdict_set(d, "DEMO_PASSWORD", "chorus-demo");
	for (i = 0; i < r.nrows; i++) {
		u = tdict_section(d, "DEMO_USER");
		tdict_set(u, "USERNAME", dbres_str(&r, i, 0));
		if (roles_parse(dbres_str(&r, i, 1), &roles) == 0)
			tdict_set(u, "ROLE_LABEL", roles_label(c->a, roles));
	}
}

/* The error summary and inline messages for fields in error. */
static void
show_errors(struct tdict *b, const struct fieldval *fv, const char *general)
{
	struct tdict	*sum, *e;
	size_t		 i;

	sum = tdict_section(b, "ERRORS");
	if (general != NULL) {
		e = tdict_section(sum, "ERROR");
		tdict_set(e, "HREF", "#username");
		tdict_set(e, "MESSAGE", general);
	}
	for (i = 0; fv != NULL && i < SF__MAX; i++) {
		if (fv[i].error == NULL || field_template_keys[i] == NULL)
			continue;
		e = tdict_section(sum, "ERROR");
		tdict_set(e, "HREF", i == SF_USERNAME ? "#username" : "#password");
		tdict_set(e, "MESSAGE", fv[i].error);
		tdict_set(tdict_section(b, field_template_keys[i]), "MESSAGE", fv[i].error);
	}
}

/*
 * Render the sign-in page with status. fv (may be NULL) keeps what was
 * typed and any field errors; general is a message for the summary.
 */
static int
signin_page(struct ctx *c, int status, const struct fieldval *fv,
    const char *general)
{
	const char	*csrf = presign_token(c);
	struct tdict	*b = page_begin(c, general || (fv && status != 200) ?
			    "Error: Sign in" : "Sign in", "staff/signin.tpl");

	if (b == NULL || csrf == NULL)
		return 500;
	tdict_set(b, "CSRF", csrf);
	tdict_set(b, "USERNAME", fv ? fv[SF_USERNAME].raw : "");
	tdict_set(b, "NEXT", fv ? fv[SF_NEXT].raw : req_param(&c->req, "next"));
	if (c->cfg->auth == AUTH_LOCAL)
		tdict_show(b, "LOCAL_AUTH");
	else
		tdict_show(b, "REMOTE_USER_MODE");
	if (req_param(&c->req, "signedout") != NULL && fv == NULL)
		tdict_show(b, "SIGNED_OUT");
	if (general != NULL || status != 200)
		show_errors(b, fv, general);
	demo_list(c, b);
	return page_end(c, status);
}

int
signin_get(struct ctx *c)
{
	if (c->user != NULL)
		return redirect(c, next_path(req_param(&c->req, "next")));
	return signin_page(c, 200, NULL, NULL);
}

/* A new session for u, replacing any the browser had. 0 or a status. */
static int
session_start(struct ctx *c, const struct user *u, const char *next)
{
	char		tok[TOKEN_LEN + 1], csrf[TOKEN_LEN + 1];
	unsigned char	h[TOKEN_HASH_LEN];

	if (c->session != NULL) {
		token_hash(c->session, h);
		if (db_session_delete(c->db, h) == -1)
			return 503;
	}
	if (token_new(tok) == -1 || token_new(csrf) == -1)
		return 500;
	token_hash(tok, h);
	if (db_session_create(c->db, h, u->id, csrf) == -1)
		return 503;
	if (redirect(c, next_path(next)) != 0)
		return 500;
	resp_header(c->resp, c->a, "Set-Cookie",
	    cookie_header(c->a, SESSION_COOKIE, tok, !c->cfg->dev, -1));
	resp_header(c->resp, c->a, "Set-Cookie",
	    cookie_header(c->a, PRESIGN_COOKIE, "", !c->cfg->dev, 0));
	log_info("signin: %s", u->username);
	return 0;
}

/* Too many recent failures for this account or address? 1, 0, or -1. */
static int
throttled(struct ctx *c, const char *username)
{
	long long	by_user, by_addr;

	if (db_signin_failures(c->db, c->a, username, c->req.remote_addr,
	    c->cfg->throttle_window_min, &by_user, &by_addr) == -1)
		return -1;
	return by_user >= c->cfg->throttle_account ||
	    by_addr >= c->cfg->throttle_address;
}

int
signin_post(struct ctx *c)
{
	struct fieldval	 fv[SF__MAX];
	struct user	 u;
	char		*hash = NULL, *msg;
	int		 n, t;

	if (c->cfg->auth != AUTH_LOCAL)
		return 403;
	if ((n = fields_check(c->a, &c->req.form, signin_fields, SF__MAX, fv)) != 0)
		return n < 0 ? 500 : signin_page(c, 422, fv, NULL);
	if ((t = throttled(c, fv[SF_USERNAME].s)) != 0) {
		if (t == -1)
			return 503;
		log_warn("signin: throttled %s from %s", fv[SF_USERNAME].s, c->req.remote_addr);
		msg = arena_printf(c->a, "There have been too many failed attempts "
		    "to sign in. Wait %u minutes and try again.", c->cfg->throttle_window_min);
		return signin_page(c, 429, fv, msg);
	}
	if ((n = db_staff_by_username(c->db, c->a, fv[SF_USERNAME].s, &u, &hash)) == -1)
		return 503;
	if (n == 1 && hash != NULL && password_verify(hash, fv[SF_PASSWORD].s)) {
		if (db_signin_failures_clear(c->db, u.username) == -1)
			return 503;
		return session_start(c, &u, fv[SF_NEXT].s);
	}
	if (n == 0 || hash == NULL)
		password_dummy_verify(fv[SF_PASSWORD].s);
	if (db_signin_failure_add(c->db, fv[SF_USERNAME].s, c->req.remote_addr) == -1)
		return 503;
	log_info("signin: failed for %s from %s", fv[SF_USERNAME].s, c->req.remote_addr);
	return signin_page(c, 422, fv,
	    "The username or password you entered is not right. Check them and try again.");
}

int
signout_post(struct ctx *c)
{
	unsigned char	h[TOKEN_HASH_LEN];

	token_hash(c->session, h);
	if (db_session_delete(c->db, h) == -1)
		return 503;
	if (redirect(c, "/signin?signedout=1") != 0)
		return 500;
	resp_header(c->resp, c->a, "Set-Cookie",
	    cookie_header(c->a, SESSION_COOKIE, "", !c->cfg->dev, 0));
	log_info("signout: %s", c->user->username);
	return 0;
}

int
healthz_get(struct ctx *c)
{
	int	ok = db_ping(c->db, c->a) == 0;

	c->resp->status = ok ? 200 : 503;
	c->resp->ctype = "text/plain; charset=utf-8";
	buf_puts(&c->resp->body, ok ? "ok\n" : "unavailable\n");
	return 0;
}
