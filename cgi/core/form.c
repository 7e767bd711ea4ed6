/*
 * Form and query-string parsing: a strict pre-scan of the raw bytes, then
 * uriparser splits on '&' and '=' and percent-decodes ('+' is a space),
 * then every decoded key and value is checked and copied to the arena.
 *
 * uriparser hands back NUL-terminated strings and leaves bad escapes as
 * they are, so the pre-scan rejects what it would mangle: a '%' without
 * two hex digits, a raw NUL byte, and "%00" (which would silently cut the
 * decoded string short).
 */
#include <stdint.h>
#include <limits.h>
#include <string.h>
#include <uriparser/Uri.h>

#include "arena.h"
#include "buf.h"
#include "form.h"
#include "utf8.h"

static int
form_ishex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

/*
 * Check the raw escapes of s[0..len) and count its non-empty '&'-separated
 * segments (each becomes one uriparser item) into *pairs.
 */
static enum form_err
form_prescan(const char *s, size_t len, size_t *pairs)
{
	size_t	 i, seg = 0;

	*pairs = 0;
	for (i = 0; i < len; i++) {
		if (s[i] == '\0')
			return FORM_EUTF8;
		if (s[i] == '&') {
			*pairs += seg > 0;
			seg = 0;
			continue;
		}
		seg++;
		if (s[i] != '%')
			continue;
		if (len - i < 3 || !form_ishex(s[i + 1]) || !form_ishex(s[i + 2]))
			return FORM_EENCODING;
		if (s[i + 1] == '0' && s[i + 2] == '0')
			return FORM_EUTF8;
	}
	*pairs += seg > 0;
	return FORM_OK;
}

/*
 * Decoded text allowed in a form: valid UTF-8, no C0 control character
 * or DEL, except TAB, CR and LF when ctl_ok (values; never keys).
 */
static int
form_text_ok(const char *s, size_t len, int ctl_ok)
{
	size_t		 i;
	unsigned char	 c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (ctl_ok && (c == '\t' || c == '\r' || c == '\n'))
			continue;
		if (c < 0x20 || c == 0x7F)
			return 0;
	}
	return utf8_valid(s, len);
}

/* Check one decoded pair and copy it into kv. */
static enum form_err
form_pair(struct arena *a, const UriQueryListA *q, struct kv *kv)
{
	const char	*val = q->value != NULL ? q->value : "";
	size_t		 klen = strlen(q->key), vlen = strlen(val);

	if (klen == 0 || klen > FORM_MAX_KEY)
		return FORM_EKEY;
	if (!form_text_ok(q->key, klen, 0) || !form_text_ok(val, vlen, 1))
		return FORM_EUTF8;
	kv->key = arena_strndup(a, q->key, klen);
	kv->val = arena_strndup(a, val, vlen);
	kv->vallen = vlen;
	if (kv->key == NULL || kv->val == NULL)
		return FORM_ENOMEM;
	return FORM_OK;
}

/* Check and copy uriparser's list of n items into out. */
static enum form_err
form_copy(struct arena *a, const UriQueryListA *q, size_t n,
    struct kvlist *out)
{
	enum form_err	 rc;
	size_t		 i;

	if (n == 0)
		return FORM_OK;
	if ((out->v = arena_alloc(a, n * sizeof(*out->v))) == NULL)
		return FORM_ENOMEM;
	for (i = 0; q != NULL && i < n; q = q->next, i++)
		if ((rc = form_pair(a, q, &out->v[i])) != FORM_OK)
			return rc;
	out->n = i;
	return FORM_OK;
}

/*
 * Parse s[0..len) (not necessarily NUL-terminated) into out. On any
 * error out is left empty. Empty input and empty segments ("a=1&&b=2")
 * give no pairs; an empty key ("=x") is FORM_EKEY.
 */
enum form_err
form_parse(struct arena *a, const char *s, size_t len, struct kvlist *out)
{
	UriQueryListA	*q = NULL;
	enum form_err	 rc;
	size_t		 pairs;
	int		 n, urc;

	out->v = NULL;
	out->n = 0;
	if (len == 0)
		return FORM_OK;
	if (len > INT_MAX / 2)
		return FORM_ENOMEM;
	if ((rc = form_prescan(s, len, &pairs)) != FORM_OK)
		return rc;
	if (pairs > FORM_MAX_PAIRS)
		return FORM_ETOOMANY;
	urc = uriDissectQueryMallocExA(&q, &n, s, s + len, URI_TRUE,
	    URI_BR_DONT_TOUCH);
	if (urc != URI_SUCCESS)
		return urc == URI_ERROR_MALLOC ? FORM_ENOMEM : FORM_EENCODING;
	rc = n < 0 || (size_t)n > FORM_MAX_PAIRS ? FORM_ETOOMANY :
	    form_copy(a, q, (size_t)n, out);
	uriFreeQueryListA(q);
	if (rc != FORM_OK) {
		out->v = NULL;
		out->n = 0;
	}
	return rc;
}

/* First pair with this key, or NULL. */
const struct kv *
kv_get(const struct kvlist *l, const char *key)
{
	size_t	 i;

	if (l == NULL || key == NULL)
		return NULL;
	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0)
			return &l->v[i];
	return NULL;
}

size_t
kv_count(const struct kvlist *l, const char *key)
{
	size_t	 i, c = 0;

	if (l == NULL || key == NULL)
		return 0;
	for (i = 0; i < l->n; i++)
		c += strcmp(l->v[i].key, key) == 0;
	return c;
}

/* Percent-encode s[0..n) onto b (3 bytes out per byte in, at most). */
static int
escape_onto(struct buf *b, const char *s, size_t n)
{
	char	*end;

	if (n > (SIZE_MAX - 1) / 3 || buf_reserve(b, n * 3 + 1) == -1)
		return -1;
	end = uriEscapeExA(s, s + n, b->p + b->len, URI_TRUE, URI_FALSE);
	b->len = (size_t)(end - b->p);
	b->p[b->len] = '\0';
	return 0;
}

int
form_append(struct buf *b, const char *key, const char *val, size_t vallen)
{
	if ((b->len > 0 && buf_putc(b, '&') == -1) ||
	    escape_onto(b, key, strlen(key)) == -1 || buf_putc(b, '=') == -1)
		return -1;
	return escape_onto(b, val, vallen);
}

const char *
kv_str(const struct kvlist *l, const char *key)
{
	const struct kv	*kv = kv_get(l, key);

	return kv != NULL ? kv->val : "";
}
