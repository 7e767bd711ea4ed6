/* Unit tests: cgi/core/utf8.c */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "utf8.h"

/* Valid with an explicit length (so embedded NULs count). */
#define OK(s)	assert_int_equal(utf8_valid((s), sizeof(s) - 1), 1)
#define BAD(s)	assert_int_equal(utf8_valid((s), sizeof(s) - 1), 0)

static void
test_ascii(void **state)
{
	(void)state;
	OK("");
	OK("hello, world");
	OK("\t\r\n\x01\x7f");	/* controls are the caller's business */
	assert_int_equal(utf8_valid(NULL, 0), 1);
}

static void
test_nul(void **state)
{
	(void)state;
	BAD("\0");
	BAD("a\0b");
	BAD("abc\0");
	OK("abc");	/* length excludes the literal's own NUL */
}

static void
test_multibyte(void **state)
{
	(void)state;
	OK("\xC2\x80");			/* U+0080 */
	OK("\xC3\xA9t\xC3\xA9");	/* été */
	OK("\xDF\xBF");			/* U+07FF */
	OK("\xE0\xA0\x80");		/* U+0800 */
	OK("\xE2\x82\xAC");		/* € */
	OK("\xED\x9F\xBF");		/* U+D7FF, last before surrogates */
	OK("\xEE\x80\x80");		/* U+E000, first after */
	OK("\xEF\xBF\xBF");		/* U+FFFF */
	OK("\xF0\x90\x80\x80");		/* U+10000 */
	OK("\xF0\x9D\x84\x9E");		/* 𝄞 */
	OK("\xF3\xBF\xBF\xBF");
	OK("\xF4\x8F\xBF\xBF");		/* U+10FFFF */
	OK("a\xC3\xA9" "b\xE2\x82\xAC" "c\xF0\x9F\x98\x80");
}

static void
test_overlong(void **state)
{
	(void)state;
	BAD("\xC0\x80");		/* NUL, overlong */
	BAD("\xC0\xAF");		/* '/' */
	BAD("\xC1\xBF");
	BAD("\xE0\x80\x80");
	BAD("\xE0\x80\xAF");
	BAD("\xE0\x9F\xBF");		/* U+07FF in three bytes */
	BAD("\xF0\x80\x80\x80");
	BAD("\xF0\x80\x80\xAF");
	BAD("\xF0\x8F\xBF\xBF");	/* U+FFFF in four bytes */
	BAD("\xF8\x88\x80\x80\x80");	/* five-byte forms */
	BAD("\xFC\x84\x80\x80\x80\x80");
}

static void
test_surrogates(void **state)
{
	(void)state;
	BAD("\xED\xA0\x80");		/* U+D800 */
	BAD("\xED\xAD\xBF");
	BAD("\xED\xAE\x80");
	BAD("\xED\xB0\x80");		/* U+DC00 */
	BAD("\xED\xBF\xBF");		/* U+DFFF */
	BAD("\xED\xA0\x80\xED\xB0\x80");	/* CESU-8 pair */
}

static void
test_range(void **state)
{
	(void)state;
	BAD("\xF4\x90\x80\x80");	/* U+110000 */
	BAD("\xF4\xBF\xBF\xBF");
	BAD("\xF5\x80\x80\x80");
	BAD("\xF7\xBF\xBF\xBF");
	BAD("\xFE");
	BAD("\xFF");
	BAD("\xFE\xFF");
	BAD("a\xFF" "b");
}

static void
test_continuation(void **state)
{
	(void)state;
	BAD("\x80");
	BAD("\xBF");
	BAD("a\x80");
	BAD("\xC3\xA9\xA9");		/* one too many */
	BAD("\xC3\x28");
	BAD("\xE2\x28\xA1");
	BAD("\xE2\x82\x28");
	BAD("\xF0\x28\x8C\xBC");
	BAD("\xF0\x90\x28\xBC");
	BAD("\xF0\x90\x8C\x28");
	BAD("\xC3\xC3\xA9");
}

static void
test_truncated(void **state)
{
	(void)state;
	BAD("\xC3");
	BAD("\xE2\x82");
	BAD("\xE2");
	BAD("\xF0\x9F\x98");
	BAD("\xF0\x9F");
	BAD("\xF0");
	BAD("abc\xC3");
	BAD("\xE2\x82" "a");
	BAD("\xF0\x9F\x98" "a");
	/* A valid sequence cut short by the length given. */
	assert_int_equal(utf8_valid("\xC3\xA9", 1), 0);
	assert_int_equal(utf8_valid("\xE2\x82\xAC", 2), 0);
	assert_int_equal(utf8_valid("\xF0\x9F\x98\x80", 3), 0);
	assert_int_equal(utf8_valid("a\xC3\xA9", 1), 1);
}

static void
test_count(void **state)
{
	(void)state;
	assert_int_equal(utf8_count("", 0), 0);
	assert_int_equal(utf8_count("abc", 3), 3);
	assert_int_equal(utf8_count("\xC3\xA9", 2), 1);
	assert_int_equal(utf8_count("\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E",
	    9), 3);
	assert_int_equal(utf8_count("a\xC3\xA9" "b", 4), 3);
	assert_int_equal(utf8_count("abcdef", 3), 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii),
		cmocka_unit_test(test_nul),
		cmocka_unit_test(test_multibyte),
		cmocka_unit_test(test_overlong),
		cmocka_unit_test(test_surrogates),
		cmocka_unit_test(test_range),
		cmocka_unit_test(test_continuation),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_count),
	};

	return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
