/*
 * Responses: the one place that writes status lines and security headers.
 */
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "http.h"

/* Sent with every response the programs write. */
static const char *const security_headers[] = {
	"Content-Security-Policy: default-src 'self'; img-src 'self' data:; "
	    "style-src 'self'; script-src 'self'; form-action 'self'; "
	    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
	"X-Content-Type-Options: nosniff",
	"X-Frame-Options: DENY",
	"Referrer-Policy: same-origin",
	"Cross-Origin-Opener-Policy: same-origin",
	"Permissions-Policy: camera=(), microphone=(), geolocation=()",
};

static const struct {
	int		 code;
	const char	*reason;
} reasons[] = {
	{ 200, "OK" }, { 303, "See Other" }, { 304, "Not Modified" },
	{ 400, "Bad Request" }, { 403, "Forbidden" }, { 404, "Not Found" },
	{ 405, "Method Not Allowed" }, { 409, "Conflict" },
	{ 411, "Length Required" }, { 413, "Content Too Large" },
	{ 415, "Unsupported Media Type" }, { 422, "Unprocessable Content" },
	{ 429, "Too Many Requests" }, { 500, "Internal Server Error" },
	{ 503, "Service Unavailable" },
};

const char *
http_reason(int status)
{
	size_t	i;

	for (i = 0; i < sizeof(reasons) / sizeof(reasons[0]); i++)
		if (reasons[i].code == status)
			return reasons[i].reason;
	return "Unknown";
}

void
resp_init(struct resp *r, size_t body_max)
{
	memset(r, 0, sizeof(*r));
	buf_init(&r->body, body_max);
}

void
resp_free(struct resp *r)
{
	buf_free(&r->body);
}

void
resp_reset(struct resp *r)
{
	r->status = 0;
	r->ctype = NULL;
	r->cacheable = 0;
	r->nheaders = 0;
	buf_reset(&r->body);
}

/* 1 if v has no control bytes (so no CR/LF header splitting). */
int
http_header_value_ok(const char *v)
{
	for (; *v != '\0'; v++)
		if ((unsigned char)*v < 0x20 || *v == 0x7f)
			return 0;
	return 1;
}

static int
header_name_ok(const char *n)
{
	if (*n == '\0')
		return 0;
	for (; *n != '\0'; n++)
		if (!((*n >= 'A' && *n <= 'Z') || (*n >= 'a' && *n <= 'z') ||
		    (*n >= '0' && *n <= '9') || *n == '-'))
			return 0;
	return 1;
}

int
resp_header(struct resp *r, struct arena *a, const char *name,
    const char *value)
{
	char	*h;

	if (r->nheaders == RESP_MAX_HEADERS || !header_name_ok(name) ||
	    !http_header_value_ok(value))
		return -1;
	if ((h = arena_printf(a, "%s: %s", name, value)) == NULL)
		return -1;
	r->headers[r->nheaders++] = h;
	return 0;
}

/*
 * A local path: one leading '/', not "//" or "/\" (which browsers take as
 * another host), printable ASCII only (the caller percent-encodes).
 */
int
http_local_path(const char *p)
{
	if (p == NULL || p[0] != '/' || p[1] == '/' || p[1] == '\\')
		return 0;
	for (; *p != '\0'; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f ||
		    *p == '\\')
			return 0;
	return 1;
}

int
resp_redirect(struct resp *r, struct arena *a, int status, const char *path)
{
	if (!http_local_path(path) ||
	    resp_header(r, a, "Location", path) == -1)
		return -1;
	r->status = status;
	buf_reset(&r->body);
	return 0;
}

/*
 * Write the response head and body for FastCGI: "Status:" line, security
 * headers, cache policy, the handler's headers, type and length.
 */
int
http_serialize(const struct resp *r, int head_only, struct buf *out)
{
	size_t	i;
	int	status = r->status ? r->status : 200;
	int	rc = 0;

	rc |= buf_printf(out, "Status: %d %s\r\n", status, http_reason(status));
	for (i = 0; i < sizeof(security_headers) / sizeof(security_headers[0]); i++)
		rc |= buf_printf(out, "%s\r\n", security_headers[i]);
	rc |= buf_puts(out, r->cacheable ?
	    "Cache-Control: public, max-age=300\r\n" :
	    "Cache-Control: no-store\r\n");
	for (i = 0; i < r->nheaders; i++)
		rc |= buf_printf(out, "%s\r\n", r->headers[i]);
	rc |= buf_printf(out, "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n",
	    r->ctype ? r->ctype : "text/html; charset=utf-8", r->body.len);
	if (!head_only && r->body.len > 0)
		rc |= buf_put(out, r->body.p, r->body.len);
	return rc == 0 ? 0 : -1;
}
