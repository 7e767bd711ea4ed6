#ifndef CHORUS_FIELD_H
#define CHORUS_FIELD_H
/*
 * Input fields declared once, with a validator, in a const table per form
 * (STYLE.md 1 and 2). fields_check() runs every validator over a parsed
 * form and fills one fieldval per field: handlers read typed values from
 * there only, and templates redisplay fv.raw so nothing typed is lost.
 */
#include <stddef.h>

struct arena;
struct kvlist;
struct field;

#define FIELD_REQUIRED	0x01u
#define FIELD_NOTRIM	0x02u	/* passwords: keep spaces as typed */

struct fieldval {
	const char	*raw;	/* as received (NULL if absent); for redisplay */
	const char	*s;	/* validated text (trimmed unless NOTRIM) or NULL */
	long long	 i;	/* validated integer, for valid_int */
	int		 present;	/* non-empty after trimming */
	const char	*error;	/* GOV.UK-style message, NULL when valid */
};

/* A validator: 0 if fv is valid (fills s/i), -1 with fv->error set. */
typedef int (*validator)(struct arena *, const struct field *, struct fieldval *);

struct field {
	const char	*name;		/* form key */
	validator	 valid;
	unsigned	 flags;
	size_t		 maxlen;	/* characters (code points); 0: 1000 */
	long long	 min, max;	/* valid_int range */
	const char	*missing;	/* "Enter your username" */
	const char	*invalid;	/* "Username must be ..." */
};

/*
 * Check every field of tab[0..n) against the form. Required fields that
 * are absent or blank get f->missing; validator failures f->invalid.
 * Returns the number of fields in error (0: all valid), -1 on ENOMEM.
 */
int	fields_check(struct arena *, const struct kvlist *,
	    const struct field *tab, size_t n, struct fieldval *out);

/* Validators. */
int	valid_text(struct arena *, const struct field *, struct fieldval *);	/* UTF-8, <= maxlen chars, no control chars but \r\n\t */
int	valid_line(struct arena *, const struct field *, struct fieldval *);	/* as text, but no \r or \n */
int	valid_int(struct arena *, const struct field *, struct fieldval *);	/* strtoll, whole string, min..max */
int	valid_username(struct arena *, const struct field *, struct fieldval *);	/* [a-z0-9._-]{1,64}, lower-cased */
int	valid_token(struct arena *, const struct field *, struct fieldval *);	/* 43 base64url chars */
int	valid_password(struct arena *, const struct field *, struct fieldval *);	/* 1..1024 bytes, NOTRIM */

/* Strict integer parse of the whole string: 0 ok, -1 otherwise. */
int	parse_ll(const char *, long long min, long long max, long long *out);

#endif
