/*
 * Spool files, read back: the strict little parsers for the survey and
 * feedback records (fuzzed: tests/fuzz/fuzz_spool.c). Nothing here touches
 * the database.
 */
#include <string.h>

#include <sodium.h>

#include "arena.h"
#include "field.h"
#include "submit.h"
#include "utf8.h"

static const char *const role_groups[] = { "practitioner", "manager", "other" };

int
submission_role_ok(const char *r)
{
	size_t	i;

	for (i = 0; i < sizeof(role_groups) / sizeof(role_groups[0]); i++)
		if (strcmp(r, role_groups[i]) == 0)
			return 1;
	return 0;
}

/* Next "key value\n" line; value NUL-terminated in place. */
static int
line_next(char **cur, const char *key, char **val)
{
	char	*nl = strchr(*cur, '\n');
	size_t	 kl = strlen(key);

	if (nl == NULL || strncmp(*cur, key, kl) != 0 || (*cur)[kl] != ' ')
		return -1;
	*nl = '\0';
	*val = *cur + kl + 1;
	*cur = nl + 1;
	return 0;
}

int
spool_record_parse(struct arena *a, const char *data, size_t len,
    struct submission *s)
{
	char	*cur = arena_strndup(a, data, len), *v, *kind;

	memset(s, 0, sizeof(*s));
	if (cur == NULL || !utf8_valid(data, len) ||
	    line_next(&cur, "chorus-spool", &v) == -1 || strcmp(v, "1") != 0 ||
	    line_next(&cur, "kind", &kind) == -1 ||
	    line_next(&cur, "wave", &v) == -1 || parse_ll(v, 1, 0x7fffffff, &s->wave) == -1)
		return -1;
	if (strcmp(kind, "participation") == 0)
		return line_next(&cur, "staff", &v) == 0 && *cur == '\0' &&
		    parse_ll(v, 1, 0x7fffffff, &s->staff) == 0 ? 'p' : -1;
	if (strcmp(kind, "response") != 0 ||
	    line_next(&cur, "team", &v) == -1 || parse_ll(v, 0, 0x7fffffff, &s->team) == -1 ||
	    line_next(&cur, "role", &v) == -1 || !submission_role_ok(v))
		return -1;
	s->role = v;
	if (line_next(&cur, "id", &v) == -1 || strlen(v) != 32 ||
	    sodium_hex2bin(s->rid, sizeof(s->rid), v, 32, NULL, NULL, NULL) != 0 ||
	    line_next(&cur, "token", &v) == -1 || strlen(v) != 64 ||
	    sodium_hex2bin(s->token_hash, sizeof(s->token_hash), v, 64, NULL, NULL, NULL) != 0 ||
	    line_next(&cur, "answers", &v) == -1 || *cur != '\0')
		return -1;
	s->answers = v;
	return 'r';
}

/*
 * A feedback record: "chorus-spool 1", "kind feedback", "form SLUG",
 * "received YYYY-MM-DD", "body FORM-ENCODED". 0 with the pointers set
 * (arena copies), or -1.
 */
int
voice_record_parse(struct arena *a, const char *data, size_t len,
    const char **slug, const char **received, const char **body)
{
	char	*cur = arena_strndup(a, data, len), *v;

	if (cur == NULL || !utf8_valid(data, len) ||
	    line_next(&cur, "chorus-spool", &v) == -1 || strcmp(v, "1") != 0 ||
	    line_next(&cur, "kind", &v) == -1 || strcmp(v, "feedback") != 0 ||
	    line_next(&cur, "form", &v) == -1 || v[0] == '\0')
		return -1;
	*slug = v;
	if (line_next(&cur, "received", &v) == -1 || strlen(v) != 10)
		return -1;
	*received = v;
	if (line_next(&cur, "body", &v) == -1 || *cur != '\0')
		return -1;
	*body = v;
	return 0;
}
