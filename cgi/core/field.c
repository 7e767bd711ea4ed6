/*
 * Field checking: one pass over a form's field table, filling one fieldval
 * per field (STYLE.md 2). Validators see fv->s, the trimmed copy made by
 * fields_check(), and may replace it (valid_username lower-cases). A
 * validator returns -1 with fv->error set when the input is invalid; -1
 * with fv->error left NULL means it ran out of memory.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "field.h"
#include "form.h"
#include "utf8.h"

#define FIELD_MAXLEN		1000
#define USERNAME_MAX		64
#define TOKEN_LEN		43
#define PASSWORD_MAX		1024

static const char msg_missing[] = "Enter a value";
static const char msg_invalid[] = "Enter a valid value";

static int
field_isdigit(char c)
{
	return c >= '0' && c <= '9';
}

static int
field_isspace(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == '\v';
}

/* Mark fv invalid with the field's message (or the default); -1. */
static int
field_invalid(const struct field *f, struct fieldval *fv)
{
	fv->error = f->invalid != NULL ? f->invalid : msg_invalid;
	return -1;
}

/* The text a validator checks: the trimmed copy, else what arrived. */
static const char *
field_input(const struct fieldval *fv)
{
	return fv->s != NULL ? fv->s : fv->raw;
}

/*
 * Strict whole-string integer: optional '-', then decimal digits, nothing
 * else (no spaces, no '+', not empty), within min..max. 0 or -1.
 */
int
parse_ll(const char *s, long long min, long long max, long long *out)
{
	char		*end;
	long long	 v;

	if (s == NULL)
		return -1;
	if (!field_isdigit(s[0]) && !(s[0] == '-' && field_isdigit(s[1])))
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return -1;
	if (out != NULL)
		*out = v;
	return 0;
}

/*
 * Text of at most maxlen code points (0: FIELD_MAXLEN) that is valid
 * UTF-8 without control characters; TAB is allowed, CR and LF only when
 * multiline. Returns 1 if s passes.
 */
static int
field_text_ok(const char *s, size_t maxlen, int multiline)
{
	size_t		 i, len = strlen(s);
	unsigned char	 c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '\t' || (multiline && (c == '\r' || c == '\n')))
			continue;
		if (c < 0x20 || c == 0x7F)
			return 0;
	}
	if (maxlen == 0)
		maxlen = FIELD_MAXLEN;
	return utf8_valid(s, len) && utf8_count(s, len) <= maxlen;
}

int
valid_text(struct arena *a, const struct field *f, struct fieldval *fv)
{
	const char	*s = field_input(fv);

	(void)a;
	if (s == NULL || !field_text_ok(s, f->maxlen, 1))
		return field_invalid(f, fv);
	fv->s = s;
	return 0;
}

int
valid_line(struct arena *a, const struct field *f, struct fieldval *fv)
{
	const char	*s = field_input(fv);

	(void)a;
	if (s == NULL || !field_text_ok(s, f->maxlen, 0))
		return field_invalid(f, fv);
	fv->s = s;
	return 0;
}

/* Integer in f->min..f->max; a table row with both 0 means any value. */
int
valid_int(struct arena *a, const struct field *f, struct fieldval *fv)
{
	const char	*s = field_input(fv);
	long long	 min = f->min, max = f->max;

	(void)a;
	if (min == 0 && max == 0) {
		min = LLONG_MIN;
		max = LLONG_MAX;
	}
	if (parse_ll(s, min, max, &fv->i) == -1)
		return field_invalid(f, fv);
	fv->s = s;
	return 0;
}

/* [a-z0-9._-]{1,64} once ASCII letters are lower-cased (in a copy). */
int
valid_username(struct arena *a, const struct field *f, struct fieldval *fv)
{
	const char	*s = field_input(fv);
	char		*low;
	size_t		 i, len;

	if (s == NULL || (len = strlen(s)) == 0 || len > USERNAME_MAX)
		return field_invalid(f, fv);
	if ((low = arena_strndup(a, s, len)) == NULL)
		return -1;
	for (i = 0; i < len; i++) {
		if (low[i] >= 'A' && low[i] <= 'Z')
			low[i] = (char)(low[i] - 'A' + 'a');
		if (!(low[i] >= 'a' && low[i] <= 'z') &&
		    !field_isdigit(low[i]) && strchr("._-", low[i]) == NULL)
			return field_invalid(f, fv);
	}
	fv->s = low;
	return 0;
}

/* Exactly TOKEN_LEN base64url characters (32 random bytes, unpadded). */
int
valid_token(struct arena *a, const struct field *f, struct fieldval *fv)
{
	const char	*s = field_input(fv);
	size_t		 i;

	(void)a;
	if (s == NULL || strlen(s) != TOKEN_LEN)
		return field_invalid(f, fv);
	for (i = 0; i < TOKEN_LEN; i++)
		if (!(s[i] >= 'a' && s[i] <= 'z') &&
		    !(s[i] >= 'A' && s[i] <= 'Z') &&
		    !field_isdigit(s[i]) && s[i] != '-' && s[i] != '_')
			return field_invalid(f, fv);
	fv->s = s;
	return 0;
}

/*
 * 1..PASSWORD_MAX bytes of valid UTF-8, checked exactly as received: the
 * raw value is used even if the table forgot FIELD_NOTRIM.
 */
int
valid_password(struct arena *a, const struct field *f, struct fieldval *fv)
{
	const char	*s = fv->raw != NULL ? fv->raw : fv->s;
	size_t		 len;

	(void)a;
	if (s == NULL || (len = strlen(s)) == 0 || len > PASSWORD_MAX ||
	    !utf8_valid(s, len))
		return field_invalid(f, fv);
	fv->s = s;
	return 0;
}

/*
 * Set fv->raw from the form and fv->s to a copy trimmed of ASCII white
 * space (unless FIELD_NOTRIM); fv->s stays NULL when nothing is left.
 * 0, or -1 on ENOMEM.
 */
static int
field_take(struct arena *a, const struct kvlist *kv, const struct field *f,
    struct fieldval *fv)
{
	const struct kv	*k;
	const char	*p;
	size_t		 len;

	if ((k = kv_get(kv, f->name)) == NULL)
		return 0;
	fv->raw = p = k->val;
	len = strlen(p);
	if (!(f->flags & FIELD_NOTRIM)) {
		for (; len > 0 && field_isspace(p[0]); len--)
			p++;
		while (len > 0 && field_isspace(p[len - 1]))
			len--;
	}
	if ((fv->present = len > 0) == 0)
		return 0;
	return (fv->s = arena_strndup(a, p, len)) == NULL ? -1 : 0;
}

/*
 * Fill fv for field f: 0 if valid (or optional and blank), 1 if in error,
 * -1 on ENOMEM.
 */
static int
field_one(struct arena *a, const struct kvlist *kv, const struct field *f,
    struct fieldval *fv)
{
	memset(fv, 0, sizeof(*fv));
	if (field_take(a, kv, f, fv) == -1)
		return -1;
	if (!fv->present) {
		if (!(f->flags & FIELD_REQUIRED))
			return 0;
		fv->error = f->missing != NULL ? f->missing : msg_missing;
		return 1;
	}
	if (f->valid == NULL || f->valid(a, f, fv) == 0)
		return 0;
	if (fv->error == NULL)
		return -1;
	fv->s = NULL;
	return 1;
}

/*
 * Check tab[0..n) against the form into out[0..n). Returns the number of
 * fields in error, or -1 on ENOMEM.
 */
int
fields_check(struct arena *a, const struct kvlist *kv,
    const struct field *tab, size_t n, struct fieldval *out)
{
	size_t	 i;
	int	 rc, errs = 0;

	for (i = 0; i < n; i++) {
		if ((rc = field_one(a, kv, &tab[i], &out[i])) == -1)
			return -1;
		errs += rc;
	}
	return errs;
}
