#ifndef CHORUS_HTTP_H
#define CHORUS_HTTP_H
/*
 * Responses. A handler fills a struct resp; http_serialize() is the one
 * place that writes the status line and the security headers every
 * response carries (CSP without 'unsafe-inline', nosniff, frame-deny,
 * referrer-policy, and Cache-Control: no-store unless resp->cacheable).
 * Header values are refused if they hold CR, LF or other control bytes;
 * redirects go to local paths only.
 */
#include <stddef.h>
#include "buf.h"

struct arena;

#define RESP_MAX_HEADERS	8

struct resp {
	int		 status;	/* 0 until a handler sets it */
	const char	*ctype;		/* default text/html; charset=utf-8 */
	int		 cacheable;	/* 0: Cache-Control: no-store */
	const char	*headers[RESP_MAX_HEADERS];	/* "Name: value" */
	size_t		 nheaders;
	struct buf	 body;
};

void		 resp_init(struct resp *, size_t body_max);
void		 resp_free(struct resp *);
void		 resp_reset(struct resp *);	/* between requests, keeps storage */

/* Add a header; -1 (nothing added) on bad name/value or too many. */
int		 resp_header(struct resp *, struct arena *, const char *name,
		    const char *value);

/*
 * 303 (or the status given) to a local path: must start with a single '/',
 * not "//" or "/\", no control bytes, no scheme. -1 and nothing set if not.
 */
int		 resp_redirect(struct resp *, struct arena *, int status,
		    const char *path);
int		 http_local_path(const char *);
int		 http_header_value_ok(const char *);

const char	*http_reason(int status);

/* Status, security headers, extra headers, Content-Length, body. */
int		 http_serialize(const struct resp *, int head_only, struct buf *out);

#endif
