/*
 * Requests from FastCGI params: method, path, query, headers, body.
 */
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "field.h"
#include "form.h"
#include "request.h"
#include "utf8.h"

static const char *const method_names[M__MAX] = {
	[M_GET] = "GET", [M_HEAD] = "HEAD", [M_POST] = "POST", [M_OTHER] = "",
};

static enum method
method_parse(const char *s)
{
	int	m;

	for (m = 0; m < M_OTHER; m++)
		if (s != NULL && strcmp(s, method_names[m]) == 0)
			return (enum method)m;
	return M_OTHER;
}

/* A param, or dflt when absent. */
static const char *
param(param_fn get, void *ctx, const char *name, const char *dflt)
{
	const char	*v = get(ctx, name);

	return v != NULL ? v : dflt;
}

/* Status for a form_parse failure. */
static int
form_status(enum form_err e)
{
	return e == FORM_OK ? 0 : e == FORM_ENOMEM ? 500 : 400;
}

/* Content-Length: absent is 0 for GET; a number bounded by body_max. */
static int
length_parse(struct req *r, const char *cl, size_t body_max)
{
	long long	n;

	r->content_length = 0;
	if (cl == NULL || *cl == '\0')
		return r->method == M_POST ? 411 : 0;
	if (parse_ll(cl, 0, 0x7fffffffffffffffLL, &n) == -1)
		return 400;
	if ((unsigned long long)n > body_max)
		return 413;
	r->content_length = (size_t)n;
	return 0;
}

int
req_init(struct req *r, struct arena *a, param_fn get, void *ctx,
    size_t body_max)
{
	const char	*qs;
	int		 st;

	memset(r, 0, sizeof(*r));
	r->a = a;
	r->method = method_parse(get(ctx, "REQUEST_METHOD"));
	r->path = param(get, ctx, "DOCUMENT_URI", "/");
	r->cookies = param(get, ctx, "HTTP_COOKIE", "");
	r->origin = get(ctx, "HTTP_ORIGIN");
	r->referer = get(ctx, "HTTP_REFERER");
	r->host = get(ctx, "HTTP_HOST");
	r->scheme = param(get, ctx, "REQUEST_SCHEME", "http");
	r->ctype = get(ctx, "CONTENT_TYPE");
	r->remote_addr = param(get, ctx, "REMOTE_ADDR", "");
	r->remote_user = get(ctx, "REMOTE_USER");
	if (r->remote_user != NULL && *r->remote_user == '\0')
		r->remote_user = NULL;
	if (!utf8_valid(r->path, strlen(r->path)) || r->path[0] != '/')
		return 400;
	qs = param(get, ctx, "QUERY_STRING", "");
	if ((st = form_status(form_parse(a, qs, strlen(qs), &r->query))) != 0)
		return st;
	return length_parse(r, get(ctx, "CONTENT_LENGTH"), body_max);
}

/* Only application/x-www-form-urlencoded (parameters such as charset ok). */
static int
ctype_is_form(const char *ct)
{
	static const char	want[] = "application/x-www-form-urlencoded";
	size_t			n = sizeof(want) - 1;

	return ct != NULL && strncasecmp(ct, want, n) == 0 &&
	    (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

int
req_parse_body(struct req *r, const char *body, size_t len)
{
	if (len != r->content_length)
		return 400;
	r->body = body;
	r->bodylen = len;
	if (len == 0 && r->ctype == NULL)
		return 0;
	if (!ctype_is_form(r->ctype))
		return 415;
	return form_status(form_parse(r->a, body, len, &r->form));
}

const char *
req_param(const struct req *r, const char *key)
{
	const struct kv	*kv = NULL;

	if (r->method == M_POST)
		kv = kv_get(&r->form, key);
	if (kv == NULL)
		kv = kv_get(&r->query, key);
	return kv != NULL ? kv->val : NULL;
}
