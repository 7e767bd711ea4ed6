/* CSRF: synchronizer token plus Origin check. */
#include <string.h>

#include "csrf.h"
#include "form.h"
#include "request.h"
#include "session.h"

/* Does url start with origin, ending there or at a '/'? */
static int
same_origin(const char *url, const char *origin, size_t n)
{
	return n > 0 && strncmp(url, origin, n) == 0 &&
	    (url[n] == '\0' || url[n] == '/');
}

/* Compare with "scheme://host" built from the request. */
static int
matches_host(const struct req *r, const char *url)
{
	size_t	sn;

	if (r->host == NULL || r->scheme == NULL)
		return 0;
	sn = strlen(r->scheme);
	if (strncmp(url, r->scheme, sn) != 0 || strncmp(url + sn, "://", 3) != 0)
		return 0;
	return same_origin(url + sn + 3, r->host, strlen(r->host));
}

int
origin_ok(const struct req *r, const char *cfg_origin)
{
	const char	*src = r->origin != NULL ? r->origin : r->referer;

	if (src == NULL || strcmp(src, "null") == 0)
		return 0;
	if (cfg_origin != NULL &&
	    same_origin(src, cfg_origin, strlen(cfg_origin)))
		return 1;
	return matches_host(r, src);
}

int
csrf_ok(const struct req *r, const char *expected, const char *cfg_origin)
{
	const struct kv	*kv = kv_get(&r->form, "csrf");

	if (kv == NULL || expected == NULL || !token_equal(kv->val, expected))
		return 0;
	return origin_ok(r, cfg_origin);
}
