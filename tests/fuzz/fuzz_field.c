/*
 * libFuzzer target: parse_ll(), utf8_valid()/utf8_count(), and every
 * validator through fields_check() with the input as a field's value.
 */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "field.h"
#include "form.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const struct field tab[] = {
	{ "v", valid_text, FIELD_REQUIRED, 20, 0, 0, NULL, NULL },
	{ "v", valid_line, 0, 0, 0, 0, NULL, NULL },
	{ "v", valid_int, 0, 0, -5, 1000, NULL, NULL },
	{ "v", valid_int, 0, 0, 0, 0, NULL, NULL },
	{ "v", valid_username, 0, 0, 0, 0, NULL, NULL },
	{ "v", valid_token, 0, 0, 0, 0, NULL, NULL },
	{ "v", valid_password, FIELD_NOTRIM, 0, 0, 0, NULL, NULL },
};
#define NTAB	(sizeof(tab) / sizeof(tab[0]))

static void
check_ll(const char *s)
{
	long long	 v = 0;

	if (parse_ll(s, -1000, 1000, &v) == 0 && (v < -1000 || v > 1000))
		abort();
	if (parse_ll(s, LLONG_MIN, LLONG_MAX, &v) == 0 &&
	    (s[0] == ' ' || s[0] == '+' || s[0] == '\0'))
		abort();
}

static void
check_fields(struct arena *a, const char *s, size_t len)
{
	struct kv	 kv = { "v", s, len };
	struct kvlist	 l = { &kv, 1 };
	struct fieldval	 fv[NTAB];
	size_t		 i;

	if (fields_check(a, &l, tab, NTAB, fv) < 0)
		return;
	for (i = 0; i < NTAB; i++)
		if (fv[i].error == NULL ? fv[i].present && fv[i].s == NULL :
		    fv[i].s != NULL)
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	*a;
	const char		*p = (const char *)data;
	char			*s;

	if (a == NULL && (a = arena_new(0)) == NULL)
		return 0;
	if (utf8_valid(p, size) && (utf8_count(p, size) > size ||
	    memchr(p, '\0', size) != NULL))
		abort();
	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	check_ll(s);
	check_fields(a, s, strlen(s));
	free(s);
	arena_reset(a);
	return 0;
}
