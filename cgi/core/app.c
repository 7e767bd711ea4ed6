/*
 * The shared FastCGI program: start-up, the worker loop, and the checks
 * every request passes before a handler runs.
 */
#include <stddef.h>
#include <sys/stat.h>

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <sodium.h>

#include "app.h"
#include "arena.h"
#include "buf.h"
#include "cookie.h"
#include "csrf.h"
#include "db.h"
#include "field.h"
#include "gen.h"
#include "log.h"
#include "pcache.h"
#include "session.h"
#include "supervisor.h"
#include "tmpl.h"

/* Navigation for signed-in staff, shown by role. */
static const struct {
	const char	*href;
	const char	*label;
	unsigned	 roles;
} nav_items[] = {
	{ "/", "Home", ROLES_ANY },
	{ "/standards/", "Practice Standards", ROLES_ANY },
	/* Case audits: workers reach their own from the home page. */
	{ "/standards/audits/", "Case audits", RBIT(ROLE_AUDITOR) | RBIT(ROLE_MANAGER) |
	    RBIT(ROLE_HEAD) | RBIT(ROLE_PERFORMANCE) },
	{ "/followup/", "Follow-ups", RBIT(ROLE_MANAGER) | RBIT(ROLE_DUTY) },
	/* Insights: HR and performance see all, heads their service area,
	 * managers their own team and service area. */
	{ "/insights/", "Insights", RBIT(ROLE_HR) | RBIT(ROLE_MANAGER) |
	    RBIT(ROLE_PERFORMANCE) | RBIT(ROLE_HEAD) },
	{ "/admin/", "Administration", RBIT(ROLE_ADMIN) | RBIT(ROLE_HR) },	/* hr: roster, surveys */
};

static const struct {
	int		 status;
	const char	*heading;
	const char	*message;
} errors[] = {
	{ 400, "Sorry, there is a problem with that request",
	  "Your browser sent something we could not read. Go back, check what you entered and try again." },
	{ 403, "You do not have permission to see this page",
	  "If you think you should have access, ask your manager or the Chorus administrator." },
	{ 404, "Page not found",
	  "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address." },
	{ 405, "Sorry, that action is not available here",
	  "Go back to the previous page and try again." },
	{ 411, "Sorry, there is a problem with that request",
	  "Your browser did not say how much it was sending. Try again." },
	{ 413, "What you sent is too large",
	  "Shorten your answer and try again. Nothing has been saved from this attempt." },
	{ 415, "Sorry, there is a problem with that request",
	  "Your browser sent the form in a way we do not accept. Try again." },
	{ 429, "Too many attempts",
	  "Wait a few minutes and try again." },
	{ 500, "Sorry, there is a problem with the service",
	  "Try again later. The problem has been logged." },
	{ 503, "Sorry, the service is unavailable",
	  "Try again in a few minutes. Nothing you have already submitted has been lost." },
};

static int	listen_fd_for_stop = -1;

/*
 * SIGTERM in a worker: tell libfcgi, and close our copy of the listening
 * socket so a worker blocked in accept() returns instead of retrying.
 * A request in progress is unaffected and finishes first.
 */
static void
stop_accepting(void)
{
	FCGX_ShutdownPending();
	if (listen_fd_for_stop >= 0)
		close(listen_fd_for_stop);
	listen_fd_for_stop = -1;
}

struct runtime {
	const struct app	*app;
	struct config		 cfg;
	int			 listen_fd;
};

int
tick_due(time_t *last, int seconds)
{
	time_t	now = time(NULL);

	if (now - *last < seconds)
		return 0;
	*last = now;
	return 1;
}

int
has_role(const struct ctx *c, unsigned mask)
{
	return c->user != NULL && (c->user->roles & mask) != 0;
}

/* ---- pages ------------------------------------------------------------ */

static void
layout_signed_in(struct ctx *c, struct tdict *layout)
{
	struct tdict	*s = tdict_section(layout, "SIGNED_IN"), *n;
	size_t		 i;

	tdict_set(s, "USER_NAME", c->user->name);
	tdict_set(s, "CSRF", c->csrf);
	for (i = 0; i < sizeof(nav_items) / sizeof(nav_items[0]); i++) {
		if (!has_role(c, nav_items[i].roles))
			continue;
		n = tdict_section(s, "NAV");
		tdict_set(n, "HREF", nav_items[i].href);
		tdict_set(n, "LABEL", nav_items[i].label);
		if (c->route != NULL && c->route->nav != NULL &&
		    strcmp(c->route->nav, nav_items[i].href) == 0)
			tdict_show(n, "NAV_CURRENT");
	}
}

struct tdict *
page_begin(struct ctx *c, const char *title, const char *body_tpl)
{
	if (c->page != NULL)
		tdict_free(c->page);
	if ((c->page = tdict_new()) == NULL)
		return NULL;
	c->title = title;
	tdict_set(c->page, "TITLE", title);
	tdict_set(c->page, "COUNCIL", c->cfg->council);
	if (c->cfg->demo)
		tdict_show(c->page, "DEMO_BANNER");
	if (c->user != NULL && c->csrf != NULL)
		layout_signed_in(c, c->page);
	if (c->app->decorate != NULL)
		c->app->decorate(c, c->page);
	return tdict_include(c->page, "BODY", body_tpl);
}

int
page_end(struct ctx *c, int status)
{
	buf_reset(&c->resp->body);
	if (c->page == NULL || tmpl_render(c->app->layout, c->page, &c->resp->body) == -1)
		return 500;
	c->resp->status = status;
	return 0;
}

int
page_frame(struct ctx *c, const char *title, const char *slot, struct buf *out)
{
	struct tdict	*b = page_begin(c, title, "slot.tpl");

	if (b == NULL)
		return -1;
	tdict_set(b, "SLOT", slot);
	return tmpl_render(c->app->layout, c->page, out);
}

void
page_error(struct ctx *c, int status)
{
	struct tdict	*b;
	size_t		 i;

	for (i = 0; i < sizeof(errors) / sizeof(errors[0]) - 1; i++)
		if (errors[i].status == status)
			break;
	b = page_begin(c, errors[i].heading, "error.tpl");
	if (b != NULL) {
		tdict_setint(b, "STATUS", status);
		tdict_set(b, "HEADING", errors[i].heading);
		tdict_set(b, "MESSAGE", errors[i].message);
		if (c->user == NULL && c->app->sessions)
			tdict_show(b, "SIGNIN_LINK");
		else
			tdict_set(tdict_section(b, "HOME_LINK"), "HOME_HREF", c->app->home);
		if (c->app->sessions)
			tdict_show(b, "STAFF_HELP");
	}
	if (b == NULL || page_end(c, status) != 0) {
		buf_reset(&c->resp->body);
		buf_printf(&c->resp->body, "%s\n", errors[i].heading);
		c->resp->ctype = "text/plain; charset=utf-8";
	}
	c->resp->status = status;
}

int
redirect(struct ctx *c, const char *path)
{
	return resp_redirect(c->resp, c->a, 303, path) == 0 ? 0 : 500;
}

/* ---- request checks --------------------------------------------------- */

/* The route for this path (NULL: 404). */
static const struct route *
route_find(const struct app *app, const char *path)
{
	size_t	i, n;

	for (i = 0; i < app->nroutes; i++) {
		n = strlen(app->routes[i].path);
		if (strcmp(path, app->routes[i].path) == 0 ||
		    ((app->routes[i].flags & ROUTE_PREFIX) &&
		    strncmp(path, app->routes[i].path, n) == 0))
			return &app->routes[i];
	}
	return NULL;
}

/* 0 if the method suits the route; else 405 with an Allow header. */
static int
method_check(struct ctx *c)
{
	const struct route	*r = c->route;
	const char		*allow;

	if ((c->req.method == M_POST && r->post != NULL) ||
	    ((c->req.method == M_GET || c->req.method == M_HEAD) && r->get != NULL))
		return 0;
	allow = r->post == NULL ? "GET, HEAD" :
	    r->get == NULL ? "POST" : "GET, HEAD, POST";
	resp_header(c->resp, c->a, "Allow", allow);
	return 405;
}

/* Read exactly CONTENT_LENGTH bytes of body and parse them. */
static int
body_read(struct ctx *c, FCGX_Stream *in)
{
	size_t	 want = c->req.content_length;
	char	*body;
	int	 got;

	if (c->req.method != M_POST)
		return 0;
	if ((body = arena_alloc(c->a, want + 1)) == NULL)
		return 500;
	got = want > 0 ? FCGX_GetStr(body, (int)want, in) : 0;
	if (got < 0 || (size_t)got != want || FCGX_GetChar(in) != EOF)
		return 400;
	return req_parse_body(&c->req, body, want);
}

/* Remote-user mode: the SSO name, tied to a session of our own. */
static int
session_remote(struct ctx *c, char **csrf)
{
	char		 tok[TOKEN_LEN + 1], *pw;
	unsigned char	 h[TOKEN_HASH_LEN];
	struct user	*u = arena_alloc(c->a, sizeof(*u));
	int		 n;

	if (u == NULL)
		return 500;
	if ((n = db_staff_by_username(c->db, c->a, c->req.remote_user, u, &pw)) <= 0)
		return n == 0 ? 403 : 503;
	if (token_new(tok) == -1 || (*csrf = arena_alloc(c->a, TOKEN_LEN + 1)) == NULL ||
	    token_new(*csrf) == -1)
		return 500;
	token_hash(tok, h);
	if (db_session_create(c->db, h, u->id, *csrf) == -1)
		return 503;
	resp_header(c->resp, c->a, "Set-Cookie",
	    cookie_header(c->a, SESSION_COOKIE, tok, !c->cfg->dev, -1));
	c->user = u;
	c->session = arena_strdup(c->a, tok);
	return 0;
}

/*
 * The session keep: on a route whose pages are kept (ROUTE_PCACHE), each
 * worker remembers, for a few seconds, what the database said about a
 * session (who, roles, CSRF token, and the stamp of the data the pages are
 * drawn from) together with the shared write generation it read just
 * before asking (gen.h). While that generation has not moved, nothing was
 * written through Chorus since: no sign-out, role or team change, session
 * touch, rollup or catalog change. So the same answer stands and the page
 * can be served without a database round trip. Writes made outside Chorus
 * are seen within SKEEP_SECONDS, as is a session's idle or absolute end.
 */
#define SKEEP_N		64
#define SKEEP_SECONDS	5

struct skeep {
	unsigned char	 hash[TOKEN_HASH_LEN];
	uint64_t	 gen;
	time_t		 at;		/* monotonic: when the database vouched */
	struct user	 u;		/* strings in strs */
	const char	*csrf, *stamp;
	char		*strs;		/* NULL: a free slot */
};

static struct skeep	skeep[SKEEP_N];

static time_t
mono_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

static struct skeep *
skeep_find(const unsigned char *h)
{
	size_t	i;

	for (i = 0; i < SKEEP_N; i++)
		if (skeep[i].strs != NULL && memcmp(skeep[i].hash, h, TOKEN_HASH_LEN) == 0)
			return &skeep[i];
	return NULL;
}

static void
skeep_drop(struct skeep *k)
{
	free(k->strs);
	memset(k, 0, sizeof(*k));
}

/* Remember a fresh answer (the slot of this session, a free one or the
 * oldest). Out of memory: nothing is remembered. */
static void
skeep_put(const unsigned char *h, uint64_t gen, const struct user *u,
    const char *csrf, const char *stamp)
{
	struct skeep	*k = skeep_find(h);
	int		 found = k != NULL;
	size_t		 i, n[5];
	const char	*src[5] = { u->username, u->name, u->team_name, csrf, stamp };
	char		*p, *dst[5];

	for (i = 0; !found && i < SKEEP_N; i++) {
		if (skeep[i].strs == NULL) {
			k = &skeep[i];
			break;
		}
		if (k == NULL || skeep[i].at < k->at)
			k = &skeep[i];
	}
	skeep_drop(k);
	for (i = 0; i < 5; i++)
		n[i] = strlen(src[i]) + 1;
	if ((p = malloc(n[0] + n[1] + n[2] + n[3] + n[4])) == NULL)
		return;
	for (i = 0; i < 5; i++) {
		dst[i] = memcpy(p, src[i], n[i]);
		p += n[i];
	}
	memcpy(k->hash, h, TOKEN_HASH_LEN);
	k->gen = gen;
	k->at = mono_now();
	k->u = *u;
	k->u.username = dst[0];
	k->u.name = dst[1];
	k->u.team_name = dst[2];
	k->csrf = dst[3];
	k->stamp = dst[4];
	k->strs = dst[0];
}

/* The kept answer for this session, if it still stands (see above). */
static const struct skeep *
skeep_get(const unsigned char *h, uint64_t gen)
{
	struct skeep	*k = skeep_find(h);

	if (k == NULL)
		return NULL;
	if (k->gen != gen || mono_now() - k->at >= SKEEP_SECONDS) {
		skeep_drop(k);
		return NULL;
	}
	return k;
}

/*
 * Who is asking: the session named by the cookie, if live. In remote-user
 * mode a session must belong to REMOTE_USER, or a new one is made.
 * 0, or 503 when the database cannot answer.
 */
static int
session_load(struct ctx *c)
{
	const char	*tok = cookie_get(c->a, c->req.cookies, SESSION_COOKIE);
	unsigned char	 h[TOKEN_HASH_LEN];
	struct user	*u;
	char		*csrf = NULL, *stamp = NULL;
	const char	*extra = NULL;
	const struct skeep *k;
	uint64_t	 gen = 0;
	int		 n = 0, keep = 0;

	/* A route whose answers may be kept reads what they depend on in the
	 * same round trip as the session (pcache.h), and may not need that
	 * round trip at all (the session keep, above). */
	if ((c->route->flags & ROUTE_PCACHE) && c->app->kept_for != NULL &&
	    (c->req.method == M_GET || c->req.method == M_HEAD)) {
		extra = c->app->stamp_cols;
		keep = gen_read(&gen) == 0;	/* read before the database */
	}
	if (tok != NULL && token_syntax_ok(tok)) {
		if ((u = arena_alloc(c->a, sizeof(*u))) == NULL)
			return 500;
		token_hash(tok, h);
		if (keep && (k = skeep_get(h, gen)) != NULL) {
			*u = k->u;
			u->username = arena_strdup(c->a, k->u.username);
			u->name = arena_strdup(c->a, k->u.name);
			u->team_name = arena_strdup(c->a, k->u.team_name);
			csrf = arena_strdup(c->a, k->csrf);
			stamp = arena_strdup(c->a, k->stamp);
			n = 1;
		} else {
			n = db_session_load(c->db, c->a, h, c->cfg->session_idle_min,
			    c->cfg->session_max_hours, extra, u, &csrf, &stamp);
			if (n == -1)
				return 503;
			if (keep && n == 1 && stamp != NULL)
				skeep_put(h, gen, u, csrf, stamp);
		}
		if (n == 1 && (c->cfg->auth != AUTH_REMOTE_USER ||
		    (c->req.remote_user && strcmp(u->username, c->req.remote_user) == 0))) {
			c->user = u;
			c->session = tok;
			c->csrf = csrf;
			c->stamp = stamp;
			return 0;
		}
	}
	if (c->cfg->auth == AUTH_REMOTE_USER && c->req.remote_user != NULL) {
		n = session_remote(c, &csrf);
		c->csrf = csrf;
		return n == 403 ? 0 : n;
	}
	return 0;
}

/*
 * Keep what a person typed when their session had expired: the raw body
 * goes to the form stash under a random token held in a cookie, and the
 * page gives it back (stash_take) once they have signed in again.
 */
static void
stash_put(struct ctx *c)
{
	const char	*old = cookie_get(c->a, c->req.cookies, SESSION_COOKIE);
	char		 tok[TOKEN_LEN + 1];
	unsigned char	 h[TOKEN_HASH_LEN];
	long long	 owner;

	/* only for a session we issued: the answers go back to its owner */
	if (c->req.bodylen == 0 || old == NULL || !token_syntax_ok(old))
		return;
	token_hash(old, h);
	if ((owner = db_session_owner(c->db, c->a, h)) <= 0 || token_new(tok) == -1)
		return;
	token_hash(tok, h);
	if (db_stash_put(c->db, h, owner, c->req.path, c->req.body, c->req.bodylen) == 0)
		resp_header(c->resp, c->a, "Set-Cookie",
		    cookie_header(c->a, STASH_COOKIE, tok, !c->cfg->dev, 3600));
}

int
stash_take(struct ctx *c, struct kvlist *form)
{
	const char	*tok = cookie_get(c->a, c->req.cookies, STASH_COOKIE);
	unsigned char	 h[TOKEN_HASH_LEN];
	char		*body;
	int		 n;

	if (tok == NULL || !token_syntax_ok(tok) || c->user == NULL)
		return 0;
	token_hash(tok, h);
	if ((n = db_stash_take(c->db, c->a, h, c->user->id, c->req.path, &body)) != 1)
		return n;
	resp_header(c->resp, c->a, "Set-Cookie",
	    cookie_header(c->a, STASH_COOKIE, "", !c->cfg->dev, 0));
	return form_parse(c->a, body, strlen(body), form) == FORM_OK ? 1 : 0;
}

/* Not signed in: to the sign-in page, coming back here afterwards. */
static int
to_signin(struct ctx *c)
{
	char	*next = NULL;

	if (c->req.method == M_POST && (c->route->flags & ROUTE_STASH) &&
	    origin_ok(&c->req, c->cfg->origin))
		stash_put(c);
	if (c->req.method != M_HEAD && http_local_path(c->req.path))
		next = arena_printf(c->a, "/signin?next=%s", c->req.path);
	return redirect(c, next != NULL ? next : "/signin");
}

/* Sign-in, role and CSRF checks for the matched route. 0 or a status. */
static int
access_check(struct ctx *c)
{
	const struct route	*r = c->route;
	const char		*expected;
	int			 st;

	if (c->app->sessions && !(r->flags & ROUTE_NODB) &&
	    (st = session_load(c)) != 0) {
		if (st != 503 || !(r->flags & ROUTE_SPOOL) || c->req.method != M_POST)
			return st;
		c->db_down = 1;	/* the handler vouches for the request itself */
		return origin_ok(&c->req, c->cfg->origin) ? 0 : 403;
	}
	if (!(r->flags & ROUTE_PUBLIC)) {
		if (c->user == NULL)
			return to_signin(c) == 0 ? -1 : 500;
		if (!has_role(c, r->roles))
			return 403;
	}
	if (c->req.method != M_POST)
		return 0;
	if (r->flags & ROUTE_ORIGIN)
		return origin_ok(&c->req, c->cfg->origin) ? 0 : 403;
	expected = (r->flags & ROUTE_PRESIGN) ?
	    cookie_get(c->a, c->req.cookies, PRESIGN_COOKIE) : c->csrf;
	if (!csrf_ok(&c->req, expected, c->cfg->origin)) {
		log_warn("csrf: refused %s from %s", c->req.path, c->req.remote_addr);
		return 403;
	}
	return 0;
}

/* libfcgi's lookup takes (name, envp); ours takes (ctx, name). */
static const char *
fcgi_param(void *envp, const char *name)
{
	return FCGX_GetParam(name, envp);
}

/* The largest body any route takes: the route is known only after the
 * path is parsed, so dispatch() narrows it to body_max afterwards. */
static size_t
body_limit(const struct config *cfg)
{
	return cfg->upload_max > cfg->body_max ? cfg->upload_max : cfg->body_max;
}

/* Everything between accept and response for one request. */
static void
dispatch(struct ctx *c, FCGX_Request *fr)
{
	unsigned char	key[PCACHE_KEY];
	int		st, keyed = 0;

	st = req_init(&c->req, c->a, fcgi_param, fr->envp, body_limit(c->cfg));
	if (st == 0 && (c->route = route_find(c->app, c->req.path)) == NULL)
		st = 404;
	/* Only an upload route takes more than body_max. */
	if (st == 0 && !(c->route->flags & ROUTE_UPLOAD) &&
	    c->req.content_length > c->cfg->body_max)
		st = 413;
	if (st == 0)
		st = method_check(c);
	if (st == 0)
		st = body_read(c, fr->in);
	if (st == 0)
		st = access_check(c);
	/* After the session and role check: a kept response is only for a
	 * request that would have reached the handler. */
	if (st == 0 && pcache_key(c, key) == 0) {
		if (pcache_serve(c, key))
			return;
		keyed = 1;
	}
	if (st == 0)
		st = c->req.method == M_POST ?
		    c->route->post(c) : c->route->get(c);
	if (st == 0 && keyed)
		pcache_store(c, key);
	if (st > 0)
		page_error(c, st);
}

/* Serialize ctx->resp onto the FastCGI stream. */
static void
respond(struct ctx *c, FCGX_Request *fr, struct buf *out)
{
	buf_reset(out);
	if (http_serialize(c->resp, c->req.method == M_HEAD, out) == -1) {
		log_err("response too large for %s", c->req.path);
		buf_reset(out);
		buf_puts(out, "Status: 500 Internal Server Error\r\n"
		    "Content-Type: text/plain\r\n\r\nError\n");
	}
	FCGX_PutStr(out->p, (int)out->len, fr->out);
}

static int
worker(void *arg)
{
	struct runtime	*rt = arg;
	FCGX_Request	 fr;
	struct resp	 resp;
	struct buf	 out;
	struct ctx	 c;
	struct arena	*a = arena_new(64 * 1024);
	struct db	*db = db_new(&rt->cfg, rt->app->prog);

	if (a == NULL || db == NULL || FCGX_InitRequest(&fr, rt->listen_fd, 0) != 0)
		return -1;
	resp_init(&resp, 4 * 1024 * 1024);
	buf_init(&out, 5 * 1024 * 1024);
	while (!worker_stopping() && FCGX_Accept_r(&fr) >= 0) {
		memset(&c, 0, sizeof(c));
		c.app = rt->app;
		c.cfg = &rt->cfg;
		c.db = db;
		c.a = a;
		c.resp = &resp;
		dispatch(&c, &fr);
		respond(&c, &fr, &out);
		db_rollback(db);	/* a handler that bailed mid-transaction */
		FCGX_Finish_r(&fr);
		if (rt->app->after != NULL)
			rt->app->after(&c);
		if (c.page != NULL)
			tdict_free(c.page);
		resp_reset(&resp);
		arena_reset(a);
	}
	FCGX_Finish_r(&fr);
	db_free(db);
	resp_free(&resp);
	buf_free(&out);
	arena_free(a);
	return 0;
}

/* ---- start-up --------------------------------------------------------- */

static void
usage(const char *name)
{
	fprintf(stderr, "usage: %s --config FILE [--socket PATH] [--workers N]\n", name);
}

/* The listening socket: fd 0 (systemd, spawn-fcgi) or one we open. */
static int
listen_open(const char *path)
{
	int	fd;

	if (path == NULL)
		return FCGX_IsCGI() ? -1 : 0;
	if ((fd = FCGX_OpenSocket(path, 128)) == -1)
		return -1;
	if (chmod(path, 0660) == -1)
		log_warn("chmod %s: %s", path, strerror(errno));
	return fd;
}

static int
options(int argc, char **argv, const char **conf, const char **sock, long long *workers)
{
	static const struct option	opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "socket", required_argument, NULL, 's' },
		{ "workers", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 },
	};
	int	ch;

	while ((ch = getopt_long(argc, argv, "c:s:w:", opts, NULL)) != -1) {
		if (ch == 'c')
			*conf = optarg;
		else if (ch == 's')
			*sock = optarg;
		else if (ch == 'w' && parse_ll(optarg, 1, 256, workers) == 0)
			continue;
		else
			return -1;
	}
	return *conf != NULL && optind == argc ? 0 : -1;
}

int
app_main(int argc, char **argv, const struct app *app)
{
	static struct runtime	 rt;
	const char		*conf = NULL, *sock = NULL;
	long long		 workers = 0;
	struct buf		 err;
	int			 rc;

	log_init(app->name);
	rt.app = app;
	if (options(argc, argv, &conf, &sock, &workers) == -1) {
		usage(app->name);
		return 2;
	}
	buf_init(&err, 1024);
	if (config_load(&rt.cfg, conf, &err) == -1) {
		log_err("config: %s", err.p);
		return 1;
	}
	if (sodium_init() < 0 || FCGX_Init() != 0 || tmpl_init(rt.cfg.templates) == -1)
		return 1;
	/* Before the workers fork, so that they all share the one mapping. */
	if (rt.cfg.generation[0] != '\0')
		(void)gen_open(rt.cfg.generation);
	if ((rt.listen_fd = listen_open(sock)) == -1) {
		log_err("no FastCGI socket: give --socket PATH or start under a FastCGI manager");
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	listen_fd_for_stop = rt.listen_fd;
	supervisor_on_stop(stop_accepting);
	log_info("starting (%s auth%s)", rt.cfg.auth == AUTH_LOCAL ? "local" : "remote_user",
	    rt.cfg.demo ? ", demo data" : "");
	rc = supervise(workers > 0 ? (unsigned)workers : rt.cfg.workers, worker, &rt);
	if (sock != NULL)
		unlink(sock);
	config_free(&rt.cfg);
	buf_free(&err);
	return rc == 0 ? 0 : 1;
}
