/* Unit tests: cgi/core/form.c */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "form.h"

static int
setup(void **state)
{
	*state = arena_new(0);
	return *state == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	arena_free(*state);
	return 0;
}

/* Parse a C string (without its NUL). */
static enum form_err
parse(void **state, const char *s, struct kvlist *l)
{
	return form_parse(*state, s, strlen(s), l);
}

static void
assert_err(void **state, const char *s, enum form_err want)
{
	struct kvlist	 l;

	assert_int_equal(parse(state, s, &l), want);
	assert_int_equal(l.n, 0);	/* nothing half-parsed */
}

static void
assert_val(const struct kvlist *l, const char *key, const char *want)
{
	const struct kv	*kv;

	assert_non_null(kv = kv_get(l, key));
	assert_string_equal(kv->val, want);
	assert_int_equal(kv->vallen, strlen(want));
}

static void
test_simple(void **state)
{
	struct kvlist	 l;

	assert_int_equal(parse(state, "a=1&b=two&c=", &l), FORM_OK);
	assert_int_equal(l.n, 3);
	assert_string_equal(l.v[0].key, "a");
	assert_string_equal(l.v[1].key, "b");
	assert_val(&l, "a", "1");
	assert_val(&l, "b", "two");
	assert_val(&l, "c", "");
	assert_null(kv_get(&l, "d"));
	assert_null(kv_get(&l, "A"));
	assert_null(kv_get(&l, NULL));
	assert_int_equal(kv_count(&l, "d"), 0);
}

static void
test_decode(void **state)
{
	struct kvlist	 l;

	assert_int_equal(parse(state,
	    "q=a+b%20c%2Bd&name=%C3%A9t%C3%A9&k%41y=%7e&x=b=c", &l), FORM_OK);
	assert_val(&l, "q", "a b c+d");
	assert_val(&l, "name", "\xC3\xA9t\xC3\xA9");
	assert_val(&l, "kAy", "~");
	assert_val(&l, "x", "b=c");
	assert_int_equal(parse(state, "first+name=Jo+Bloggs", &l), FORM_OK);
	assert_val(&l, "first name", "Jo Bloggs");
	assert_int_equal(parse(state, "p=%25%26%3D%2b", &l), FORM_OK);
	assert_val(&l, "p", "%&=+");
	assert_int_equal(parse(state, "p=%2500", &l), FORM_OK);
	assert_val(&l, "p", "%00");	/* literal text, not a NUL */
}

static void
test_empty(void **state)
{
	struct kvlist	 l;

	assert_int_equal(form_parse(*state, NULL, 0, &l), FORM_OK);
	assert_int_equal(l.n, 0);
	assert_null(kv_get(&l, "a"));
	assert_int_equal(parse(state, "", &l), FORM_OK);
	assert_int_equal(l.n, 0);
	assert_int_equal(parse(state, "&", &l), FORM_OK);
	assert_int_equal(l.n, 0);
	assert_int_equal(parse(state, "&&&&", &l), FORM_OK);
	assert_int_equal(l.n, 0);
	assert_int_equal(parse(state, "&a=1&&b=2&", &l), FORM_OK);
	assert_int_equal(l.n, 2);
	assert_val(&l, "a", "1");
	assert_val(&l, "b", "2");
	assert_int_equal(kv_count(NULL, "a"), 0);
	assert_null(kv_get(NULL, "a"));
}

static void
test_no_equals(void **state)
{
	struct kvlist	 l;

	assert_int_equal(parse(state, "flag&a=1", &l), FORM_OK);
	assert_int_equal(l.n, 2);
	assert_val(&l, "flag", "");
	assert_int_equal(parse(state, "a=", &l), FORM_OK);
	assert_val(&l, "a", "");
}

/* ';' is data, not a separator (uriparser splits on '&' only). */
static void
test_semicolon(void **state)
{
	struct kvlist	 l;

	assert_int_equal(parse(state, "a=1;b=2", &l), FORM_OK);
	assert_int_equal(l.n, 1);
	assert_val(&l, "a", "1;b=2");
}

static void
test_repeated(void **state)
{
	struct kvlist	 l;

	assert_int_equal(parse(state, "c=red&x=1&c=green&c=&c=blue", &l),
	    FORM_OK);
	assert_int_equal(kv_count(&l, "c"), 4);
	assert_int_equal(kv_count(&l, "x"), 1);
	assert_val(&l, "c", "red");
	assert_string_equal(l.v[2].val, "green");
	assert_string_equal(l.v[3].val, "");
	assert_string_equal(l.v[4].val, "blue");
}

static void
test_bad_escape(void **state)
{
	assert_err(state, "%", FORM_EENCODING);
	assert_err(state, "%4", FORM_EENCODING);
	assert_err(state, "%zz", FORM_EENCODING);
	assert_err(state, "a=%", FORM_EENCODING);
	assert_err(state, "a=%4", FORM_EENCODING);
	assert_err(state, "a=%zz", FORM_EENCODING);
	assert_err(state, "a=%g0", FORM_EENCODING);
	assert_err(state, "a=%0g", FORM_EENCODING);
	assert_err(state, "a=b%", FORM_EENCODING);
	assert_err(state, "a=%%41", FORM_EENCODING);
	assert_err(state, "a=1&b=%4&c=3", FORM_EENCODING);
	assert_err(state, "k%=1", FORM_EENCODING);
	assert_err(state, "a=% 41", FORM_EENCODING);
}

static void
test_nul(void **state)
{
	struct kvlist	 l;

	assert_err(state, "a=%00", FORM_EUTF8);
	assert_err(state, "a=x%00y", FORM_EUTF8);
	assert_err(state, "%00=1", FORM_EUTF8);
	assert_int_equal(form_parse(*state, "a=x\0y", 5, &l), FORM_EUTF8);
	assert_int_equal(form_parse(*state, "a\0=1", 4, &l), FORM_EUTF8);
	assert_int_equal(l.n, 0);
}

static void
test_bad_utf8(void **state)
{
	assert_err(state, "a=%C3%28", FORM_EUTF8);
	assert_err(state, "a=%C3", FORM_EUTF8);
	assert_err(state, "a=%C0%AF", FORM_EUTF8);		/* overlong */
	assert_err(state, "a=%ED%A0%80", FORM_EUTF8);	/* surrogate */
	assert_err(state, "a=%F4%90%80%80", FORM_EUTF8);	/* > U+10FFFF */
	assert_err(state, "a=\xFF", FORM_EUTF8);		/* raw byte */
	assert_err(state, "a=\xC3", FORM_EUTF8);
	assert_err(state, "%FF=1", FORM_EUTF8);
}

static void
test_controls(void **state)
{
	struct kvlist	 l;

	assert_int_equal(parse(state, "a=line1%0D%0Aline2%09end", &l),
	    FORM_OK);
	assert_val(&l, "a", "line1\r\nline2\tend");
	assert_int_equal(parse(state, "a=x\ty", &l), FORM_OK);	/* raw tab */
	assert_err(state, "a=%01", FORM_EUTF8);
	assert_err(state, "a=%1F", FORM_EUTF8);
	assert_err(state, "a=%7F", FORM_EUTF8);
	assert_err(state, "a=%1B[31m", FORM_EUTF8);
	assert_err(state, "a=x\x01", FORM_EUTF8);
	assert_err(state, "k%0A=1", FORM_EUTF8);	/* keys: none at all */
	assert_err(state, "k%09=1", FORM_EUTF8);
	assert_err(state, "k%0D=1", FORM_EUTF8);
	assert_err(state, "k%7F=1", FORM_EUTF8);
}

static void
test_keys(void **state)
{
	struct kvlist	 l;
	char		 s[300];

	assert_err(state, "=v", FORM_EKEY);
	assert_err(state, "=", FORM_EKEY);
	assert_err(state, "a=1&=2", FORM_EKEY);
	memset(s, 'k', FORM_MAX_KEY);
	strcpy(s + FORM_MAX_KEY, "=ok");
	assert_int_equal(parse(state, s, &l), FORM_OK);
	assert_int_equal(strlen(l.v[0].key), FORM_MAX_KEY);
	memset(s, 'k', FORM_MAX_KEY + 1);
	strcpy(s + FORM_MAX_KEY + 1, "=long");
	assert_err(state, s, FORM_EKEY);
	/* The limit is on the decoded key: 64 escapes make 64 bytes. */
	for (size_t i = 0; i < FORM_MAX_KEY; i++)
		memcpy(s + 3 * i, "%41", 3);
	strcpy(s + 3 * FORM_MAX_KEY, "=1");
	assert_int_equal(parse(state, s, &l), FORM_OK);
	assert_int_equal(strlen(l.v[0].key), FORM_MAX_KEY);
}

/* Build "k=1&k=1&..." with n pairs, sep between them. */
static char *
many(size_t n, const char *sep)
{
	char	*s, *p;
	size_t	 i;

	p = s = malloc(n * (4 + strlen(sep)) + 1);
	*p = '\0';
	for (i = 0; i < n; i++)
		p += sprintf(p, "%sk=1", i ? sep : "");
	return s;
}

static void
test_too_many(void **state)
{
	struct kvlist	 l;
	char		*s;

	s = many(FORM_MAX_PAIRS, "&");
	assert_int_equal(parse(state, s, &l), FORM_OK);
	assert_int_equal(l.n, FORM_MAX_PAIRS);
	assert_int_equal(kv_count(&l, "k"), FORM_MAX_PAIRS);
	free(s);
	s = many(FORM_MAX_PAIRS + 1, "&");
	assert_err(state, s, FORM_ETOOMANY);
	free(s);
	s = many(FORM_MAX_PAIRS, "&&&");	/* empty segments do not count */
	assert_int_equal(parse(state, s, &l), FORM_OK);
	assert_int_equal(l.n, FORM_MAX_PAIRS);
	free(s);
	s = many(10000, "&");
	assert_err(state, s, FORM_ETOOMANY);
	free(s);
}

/* The input need not be NUL-terminated: only len bytes are read. */
static void
test_length(void **state)
{
	struct kvlist	 l;
	const char	*s = "a=1&b=2XXXX";
	char		*heap;

	assert_int_equal(form_parse(*state, s, 7, &l), FORM_OK);
	assert_int_equal(l.n, 2);
	assert_val(&l, "b", "2");
	assert_int_equal(form_parse(*state, "a=%41", 4, &l), FORM_EENCODING);
	assert_int_equal(form_parse(*state, "a=%41", 3, &l), FORM_EENCODING);
	assert_int_equal(form_parse(*state, "a=%C3%A9", 5, &l), FORM_EUTF8);
	/* Exactly-sized heap copy, so ASan sees any read past the end. */
	heap = malloc(5);
	memcpy(heap, "x=y%4", 5);
	assert_int_equal(form_parse(*state, heap, 5, &l), FORM_EENCODING);
	memcpy(heap, "x=y+z", 5);
	assert_int_equal(form_parse(*state, heap, 5, &l), FORM_OK);
	assert_val(&l, "x", "y z");
	free(heap);
}

static void
test_big_value(void **state)
{
	struct kvlist	 l;
	size_t		 n = 60000;
	char		*s;

	s = malloc(n + 3);
	memcpy(s, "t=", 2);
	memset(s + 2, 'x', n);
	s[n + 2] = '\0';
	assert_int_equal(parse(state, s, &l), FORM_OK);
	assert_int_equal(kv_get(&l, "t")->vallen, n);
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_simple),
		T(test_decode),
		T(test_empty),
		T(test_no_equals),
		T(test_semicolon),
		T(test_repeated),
		T(test_bad_escape),
		T(test_nul),
		T(test_bad_utf8),
		T(test_controls),
		T(test_keys),
		T(test_too_many),
		T(test_length),
		T(test_big_value),
#undef T
	};

	return cmocka_run_group_tests_name("form", tests, NULL, NULL);
}
