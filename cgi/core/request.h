#ifndef CHORUS_REQUEST_H
#define CHORUS_REQUEST_H
/*
 * A request as the handlers see it, built from the FastCGI params and the
 * body. Parsing is strict: bad percent-encoding or invalid UTF-8 in the
 * path, query or form is 400; a body larger than the cap is 413; a body
 * whose length differs from CONTENT_LENGTH is 400; a POST body that is not
 * application/x-www-form-urlencoded is 415.
 */
#include <stddef.h>
#include "form.h"

struct arena;

enum method { M_GET = 0, M_HEAD, M_POST, M_OTHER, M__MAX };
#define MBIT(m)	(1u << (m))

/* Returns the value of a request parameter, or NULL. */
typedef const char *(*param_fn)(void *ctx, const char *name);

struct req {
	struct arena	*a;
	enum method	 method;
	const char	*path;		/* DOCUMENT_URI, valid UTF-8 */
	struct kvlist	 query;
	struct kvlist	 form;		/* POST body */
	const char	*cookies;	/* HTTP_COOKIE or "" */
	const char	*origin;	/* HTTP_ORIGIN or NULL */
	const char	*referer;	/* HTTP_REFERER or NULL */
	const char	*host;		/* HTTP_HOST or NULL */
	const char	*scheme;	/* REQUEST_SCHEME, default "http" */
	const char	*ctype;		/* CONTENT_TYPE or NULL */
	const char	*remote_addr;	/* REMOTE_ADDR or "" */
	const char	*remote_user;	/* REMOTE_USER or NULL */
	size_t		 content_length;
	const char	*body;		/* raw POST body as received */
	size_t		 bodylen;
};

/*
 * Fill r from the params. Returns 0 or an HTTP status (400, 411, 413, 415)
 * the caller must answer with. body_max bounds CONTENT_LENGTH.
 */
int	req_init(struct req *, struct arena *, param_fn, void *ctx,
	    size_t body_max);

/* Parse a body of exactly len bytes (already read). 0 or 400/415. */
int	req_parse_body(struct req *, const char *body, size_t len);

/* Form or query value (form first for POST), or NULL. */
const char	*req_param(const struct req *, const char *key);

#endif
