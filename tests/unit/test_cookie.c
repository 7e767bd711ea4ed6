/* Unit tests: cgi/core/cookie.c */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "cookie.h"

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

#define GET(h, n)	cookie_get(*state, (h), (n))
#define IS(h, n, v)	do {						\
	const char *got_ = GET(h, n);					\
	assert_non_null(got_);						\
	assert_string_equal(got_, (v));					\
} while (0)

static void
test_basic(void **state)
{
	IS("a=1; b=2", "a", "1");
	IS("a=1; b=2", "b", "2");
	assert_null(GET("a=1; b=2", "c"));
	IS("chorus_session=abc_DEF-123", "chorus_session", "abc_DEF-123");
	IS("a=1;b=2;c=3", "c", "3");	/* no spaces */
	IS("a=1;b=2;c=3", "b", "2");
}

static void
test_whitespace(void **state)
{
	IS("  a = 1 ;  b=2  ", "a", "1");
	IS("  a = 1 ;  b=2  ", "b", "2");
	IS("\ta=1\t;\tb=x y\t", "b", "x y");	/* inner space kept */
	IS("a=1 ;b=2", "a", "1");
}

static void
test_quoted(void **state)
{
	IS("a=\"xyz\"", "a", "xyz");
	IS("a=\"\"; b=1", "a", "");
	IS("a= \"q\" ", "a", "q");
	assert_null(GET("a=\"", "a"));
	assert_null(GET("a=\"xyz", "a"));
	assert_null(GET("a=xyz\"", "a"));
	assert_null(GET("a=x\"y", "a"));
	assert_null(GET("a=\"x\"y\"", "a"));
	IS("a=\"bad; a=good", "a", "good");
}

static void
test_missing_equals(void **state)
{
	assert_null(GET("a", "a"));
	assert_null(GET("a; b", "a"));
	IS("a; b=2", "b", "2");
	IS("junk;a=1", "a", "1");
	IS("=1; a=2", "a", "2");
	assert_null(GET("=1", ""));
}

static void
test_empty(void **state)
{
	assert_null(GET("", "a"));
	assert_null(GET(NULL, "a"));
	assert_null(GET("a=1", NULL));
	assert_null(GET("a=1", ""));
	assert_null(GET(";;;", "a"));
	assert_null(GET(" ; ; ", "a"));
	IS("a=", "a", "");
	IS("a=;b=2", "a", "");
	IS("a=1;", "a", "1");
	IS(";a=1", "a", "1");
}

static void
test_names(void **state)
{
	assert_null(GET("A=1", "a"));	/* case-sensitive */
	assert_null(GET("ab=1", "a"));
	assert_null(GET("a=1", "ab"));
	assert_null(GET("xa=1", "a"));
	IS("a=b=c", "a", "b=c");	/* split at the first '=' */
	assert_null(GET("a=1", "a=1"));
	IS("a b=1", "a b", "1");
}

static void
test_duplicates(void **state)
{
	IS("a=1; a=2", "a", "1");
	IS("b=0; a=first; a=second", "a", "first");
}

static void
test_long(void **state)
{
	char	 h[COOKIE_MAX_VALUE + 64];
	const char *v;

	memcpy(h, "a=", 2);
	memset(h + 2, 'v', COOKIE_MAX_VALUE);
	h[2 + COOKIE_MAX_VALUE] = '\0';
	assert_non_null(v = GET(h, "a"));
	assert_int_equal(strlen(v), COOKIE_MAX_VALUE);
	memset(h + 2, 'v', COOKIE_MAX_VALUE + 1);
	h[3 + COOKIE_MAX_VALUE] = '\0';
	assert_null(GET(h, "a"));
	strcat(h, "; a=short");
	IS(h, "a", "short");	/* the overlong one is skipped */
	/* Quotes do not count towards the limit. */
	h[0] = 'a';
	h[1] = '=';
	h[2] = '"';
	memset(h + 3, 'q', COOKIE_MAX_VALUE);
	strcpy(h + 3 + COOKIE_MAX_VALUE, "\"");
	assert_non_null(v = GET(h, "a"));
	assert_int_equal(strlen(v), COOKIE_MAX_VALUE);
}

static void
test_controls(void **state)
{
	assert_null(GET("a=x\x01y", "a"));
	assert_null(GET("a=x\x7fy", "a"));
	assert_null(GET("a=x\ty", "a"));
	assert_null(GET("a=x\r\ny", "a"));
	IS("a=x\x01y; a=ok", "a", "ok");
	IS("a=\xC3\xA9", "a", "\xC3\xA9");	/* bytes left to the caller */
}

/* A long header of many pieces, with the wanted one last. */
static void
test_many(void **state)
{
	size_t	 i, n = 2000;
	char	*h, *p;

	p = h = malloc(n * 6 + 16);
	for (i = 0; i < n; i++) {
		memcpy(p, "x=1; ", 5);
		p += 5;
	}
	strcpy(p, "want=yes");
	IS(h, "want", "yes");
	assert_null(GET(h, "nope"));
	free(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_basic),
		T(test_whitespace),
		T(test_quoted),
		T(test_missing_equals),
		T(test_empty),
		T(test_names),
		T(test_duplicates),
		T(test_long),
		T(test_controls),
		T(test_many),
#undef T
	};

	return cmocka_run_group_tests_name("cookie", tests, NULL, NULL);
}
