#ifndef CHORUS_COOKIE_H
#define CHORUS_COOKIE_H
/*
 * Cookie request-header parsing (RFC 6265 section 5.4 "cookie-string"):
 * "name=value; name2=value2". Tolerates missing spaces and quoted values,
 * ignores malformed pairs, and never reads beyond the header. Returns the
 * value of the first cookie with this name in an arena copy, or NULL.
 * Names are compared case-sensitively; values longer than COOKIE_MAX_VALUE
 * are ignored.
 */
#include <stddef.h>

struct arena;

#define COOKIE_MAX_VALUE	256

const char	*cookie_get(struct arena *, const char *header, const char *name);

#endif
