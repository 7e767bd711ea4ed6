#ifndef CHORUS_CSRF_H
#define CHORUS_CSRF_H
/*
 * Cross-site request forgery defence for every POST: the synchronizer
 * token in the form's "csrf" field must equal the expected token (the
 * session's, or the pre-sign-in cookie's), and the Origin header (or, when
 * a browser sends none, the Referer) must be this site: the configured
 * origin, or scheme://Host.
 */
struct req;

int	origin_ok(const struct req *, const char *cfg_origin);	/* 1 same-site */
int	csrf_ok(const struct req *, const char *expected, const char *cfg_origin);

#endif
