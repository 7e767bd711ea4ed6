#ifndef CHORUS_FORM_H
#define CHORUS_FORM_H
/*
 * application/x-www-form-urlencoded and query-string parsing. The split into
 * pairs and the percent-decoding are done by uriparser; this module adds the
 * strictness uriparser leaves to callers: every '%' must be followed by two
 * hex digits, keys and values must be valid UTF-8 without NUL or control
 * characters other than TAB/CR/LF in values, and the count of pairs and the
 * length of each key are bounded. All memory comes from the arena.
 */
#include <stddef.h>

struct arena;

#define FORM_MAX_PAIRS	512
#define FORM_MAX_KEY	64

struct kv {
	const char	*key;
	const char	*val;
	size_t		 vallen;	/* bytes, excluding the NUL */
};

struct kvlist {
	struct kv	*v;
	size_t		 n;
};

enum form_err {
	FORM_OK = 0,
	FORM_EENCODING,	/* bad %-escape */
	FORM_EUTF8,	/* decoded bytes not valid UTF-8, NUL or control char */
	FORM_ETOOMANY,	/* more than FORM_MAX_PAIRS pairs */
	FORM_EKEY,	/* empty or too long key */
	FORM_ENOMEM
};

/* Parse s[0..len) into out (arena-owned). '+' decodes to a space. */
enum form_err	 form_parse(struct arena *, const char *s, size_t len,
		    struct kvlist *out);

/* Append "key=value" (with '&' when b is not empty), percent-encoded by
 * uriparser, to b. 0, or -1 when b would outgrow its limit. */
struct buf;
int		 form_append(struct buf *b, const char *key, const char *val, size_t vallen);

/* First value for key, or NULL. */
const struct kv	*kv_get(const struct kvlist *, const char *key);
/* First value for key, or "" when absent. */
const char	*kv_str(const struct kvlist *, const char *key);
/* Number of pairs with this key (for repeated fields: multiple choice). */
size_t		 kv_count(const struct kvlist *, const char *key);

#endif
