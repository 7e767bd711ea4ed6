#ifndef CHORUS_APP_H
#define CHORUS_APP_H
/*
 * The program skeleton every Chorus FastCGI program shares. A program is
 * a route table and handlers; app_main() does the rest: options, config,
 * templates, the listening socket, the prefork supervisor, and per
 * request the strict parse, the route and method check, the session and
 * role check, the CSRF check on every POST, and the response with its
 * security headers. Nothing touches the database before the route and
 * method are known to be good.
 */
#include <stddef.h>
#include <time.h>

#include "auth.h"
#include "config.h"
#include "http.h"
#include "request.h"

struct arena;
struct ctx;
struct db;
struct tdict;

/* A handler returns 0 when it has filled ctx->resp, or an HTTP status
 * (403, 404, 503, ...) for app.c to answer with the error page. */
typedef int (*handler)(struct ctx *);

#define ROUTE_PREFIX	0x01u	/* path matches as a prefix ("/voice/t/") */
#define ROUTE_PUBLIC	0x02u	/* no sign-in needed */
#define ROUTE_PRESIGN	0x04u	/* POST token is the pre-sign-in cookie's */
#define ROUTE_NODB	0x08u	/* never needs a session lookup */
#define ROUTE_ORIGIN	0x40u	/* public form: a POST needs a same-site Origin only */
#define ROUTE_UPLOAD	0x80u	/* a POST body may be up to [limits] upload_max
				 * (a whole roster), not body_max */
#define ROUTE_STASH	0x10u	/* a POST after the session expired keeps its answers */
#define ROUTE_SPOOL	0x20u	/* a POST while the database is down reaches the
				 * handler with db_down set and no user: the
				 * handler must authenticate it by itself */
#define ROUTE_PCACHE	0x100u	/* GET: the response may be kept and served
				 * again while the program's stamp, the query
				 * and the person's roles and team are the same
				 * and its time is not up (pcache.h) */

/* A route allows GET (and HEAD) when it has a get handler, POST when it
 * has a post handler; any other method is 405 with an Allow header. */
struct route {
	const char	*path;
	unsigned	 roles;		/* RBIT(ROLE_...) mask; ignored when public */
	unsigned	 flags;
	handler		 get;
	handler		 post;
	const char	*nav;		/* nav item to mark current, or NULL */
};

struct user {
	long long	 id;
	const char	*username;
	const char	*name;
	long long	 team_id;	/* 0 when none */
	const char	*team_name;
	unsigned	 roles;
};

struct app {
	const char		*name;		/* "chorus-staff" */
	enum prog		 prog;
	const struct route	*routes;
	size_t			 nroutes;
	int			 sessions;	/* 0: public program, no staff sessions */
	const char		*layout;	/* "layout.tpl" */
	const char		*home;		/* where "home" links go: "/" */
	/* Fill program-specific layout keys (may be NULL). */
	void			(*decorate)(struct ctx *, struct tdict *layout);
	/* Called after each response is sent (may be NULL). */
	void			(*after)(struct ctx *);
	/* ROUTE_PCACHE: scalar SQL expressions (from a db_*.c file) whose
	 * values change whenever anything kept responses are drawn from
	 * changes, read with the session on those routes (ctx->stamp); and
	 * how many more seconds a response just made stays good whatever the
	 * stamp says (the clock: -1 for no limit, 0 not to keep it). Either
	 * NULL: nothing is kept. */
	const char		*stamp_cols;
	long			(*kept_for)(struct ctx *);
};

struct ctx {
	const struct app	*app;
	const struct config	*cfg;
	const struct route	*route;
	struct db		*db;
	struct arena		*a;
	struct req		 req;
	struct resp		*resp;
	struct user		*user;		/* NULL when not signed in */
	const char		*csrf;		/* token forms must carry */
	const char		*session;	/* session token, if any */
	struct tdict		*page;		/* layout dictionary, once begun */
	const char		*title;		/* the begun page's title */
	const char		*stamp;		/* app->stamp_cols' values, or NULL */
	int			 db_down;	/* ROUTE_SPOOL: session unknown, database down */
	void			*data;		/* the program's own per-request state */
};

#define STASH_COOKIE	"chorus_stash"

/* Answers kept from a POST made after the session expired, for this path:
 * 1 with *form filled (and the stash used up), 0 none, -1 error. */
int		 stash_take(struct ctx *, struct kvlist *form);

int		 app_main(int argc, char **argv, const struct app *);

/* Start a page: layout plus body template. Returns the body dictionary. */
struct tdict	*page_begin(struct ctx *, const char *title, const char *body_tpl);
/* Render the begun page with this status into ctx->resp. 0, or 500. */
int		 page_end(struct ctx *, int status);
/* This person's layout around slot (an escaped text) instead of a body,
 * appended to out: what pcache.c puts a kept body into. 0 or -1. */
int		 page_frame(struct ctx *, const char *title, const char *slot,
		    struct buf *out);
/* The calm, branded error page for status. Always fills ctx->resp. */
void		 page_error(struct ctx *, int status);
/* 303 to a local path. 0, or 500 if the path is not local. */
int		 redirect(struct ctx *, const char *path);

/* For work done now and then after a response: 1 (and *last moved on)
 * when at least seconds have passed since *last. */
int		 tick_due(time_t *last, int seconds);

/* Does the signed-in person hold any of these roles? */
int		 has_role(const struct ctx *, unsigned mask);

#endif
