/*
 * Cookie header parsing (RFC 6265 section 5.4). The header is split on
 * ';'; each piece is trimmed of spaces and tabs and split at its first
 * '='. Pieces without '=' or with an empty name are skipped, as are
 * values that are too long, hold control characters, or have unbalanced
 * quotes. Nothing is read beyond the header's NUL.
 */
#include <string.h>

#include "arena.h"
#include "cookie.h"

struct span {
	const char	*p;
	size_t		 len;
};

static int
cookie_isws(char c)
{
	return c == ' ' || c == '\t';
}

/* Trim spaces and tabs from both ends of sp. */
static void
span_trim(struct span *sp)
{
	while (sp->len > 0 && cookie_isws(sp->p[0])) {
		sp->p++;
		sp->len--;
	}
	while (sp->len > 0 && cookie_isws(sp->p[sp->len - 1]))
		sp->len--;
}

/*
 * Strip one pair of surrounding double quotes from v and check what is
 * left: at most COOKIE_MAX_VALUE bytes, no quote, no control character.
 * Returns 1 if the value is usable.
 */
static int
cookie_value_ok(struct span *v)
{
	size_t	 i;

	if (v->len > 0 && v->p[0] == '"') {
		if (v->len < 2 || v->p[v->len - 1] != '"')
			return 0;
		v->p++;
		v->len -= 2;
	}
	if (v->len > COOKIE_MAX_VALUE)
		return 0;
	for (i = 0; i < v->len; i++)
		if ((unsigned char)v->p[i] < 0x20 || v->p[i] == 0x7F ||
		    v->p[i] == '"')
			return 0;
	return 1;
}

/*
 * Match one "name=value" piece against name. Returns 1 and fills *val
 * when the piece is well formed and its name is this one.
 */
static int
cookie_piece(struct span piece, const char *name, size_t namelen,
    struct span *val)
{
	const char	*eq;
	struct span	 n;

	span_trim(&piece);
	if ((eq = memchr(piece.p, '=', piece.len)) == NULL)
		return 0;
	n.p = piece.p;
	n.len = (size_t)(eq - piece.p);
	span_trim(&n);
	if (n.len != namelen || memcmp(n.p, name, namelen) != 0)
		return 0;
	val->p = eq + 1;
	val->len = (size_t)(piece.p + piece.len - val->p);
	span_trim(val);
	return cookie_value_ok(val);
}

/*
 * Value of the first well-formed cookie called name in header, copied to
 * the arena; NULL if there is none, name is empty, or on ENOMEM.
 */
const char *
cookie_get(struct arena *a, const char *header, const char *name)
{
	struct span	 piece, val;
	const char	*p, *semi;
	size_t		 namelen;

	if (header == NULL || name == NULL || (namelen = strlen(name)) == 0)
		return NULL;
	for (p = header; *p != '\0'; p = *semi == ';' ? semi + 1 : semi) {
		if ((semi = strchr(p, ';')) == NULL)
			semi = p + strlen(p);
		piece.p = p;
		piece.len = (size_t)(semi - p);
		if (cookie_piece(piece, name, namelen, &val))
			return arena_strndup(a, val.p, val.len);
	}
	return NULL;
}
