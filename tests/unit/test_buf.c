/* Unit tests: cgi/core/buf.c */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "buf.h"

static void
test_init(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 100);
	assert_null(b.p);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, 0);
	assert_int_equal(b.max, 100);
	assert_int_equal(buf_reserve(&b, 0), 0);	/* allocates, NUL */
	assert_non_null(b.p);
	assert_string_equal(b.p, "");
	buf_free(&b);
	assert_null(b.p);
	buf_free(&b);	/* twice is fine */
}

static void
test_put(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(buf_puts(&b, "hello"), 0);
	assert_int_equal(buf_putc(&b, ','), 0);
	assert_int_equal(buf_put(&b, " world!!", 6), 0);
	assert_int_equal(buf_put(&b, NULL, 0), 0);
	assert_int_equal(buf_puts(&b, ""), 0);
	assert_string_equal(b.p, "hello, world");
	assert_int_equal(b.len, 12);
	assert_true(b.cap > b.len);
	buf_free(&b);
}

static void
test_embedded_nul(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(buf_put(&b, "a\0b", 3), 0);
	assert_int_equal(b.len, 3);
	assert_memory_equal(b.p, "a\0b", 4);
	buf_free(&b);
}

static void
test_grow(void **state)
{
	struct buf	 b;
	size_t		 i;

	(void)state;
	buf_init(&b, 0);
	for (i = 0; i < 100000; i++)
		assert_int_equal(buf_putc(&b, (char)('a' + i % 26)), 0);
	assert_int_equal(b.len, 100000);
	assert_int_equal(strlen(b.p), 100000);
	for (i = 0; i < 100000; i++)
		assert_int_equal(b.p[i], 'a' + i % 26);
	buf_free(&b);
}

/* The limit is on len: exactly max fits, one byte more fails unchanged. */
static void
test_max(void **state)
{
	struct buf	 b;
	char		 big[200];

	(void)state;
	memset(big, 'x', sizeof(big));
	buf_init(&b, 100);
	assert_int_equal(buf_put(&b, big, 99), 0);
	assert_int_equal(buf_putc(&b, 'y'), 0);
	assert_int_equal(b.len, 100);
	assert_true(b.cap <= 101);
	assert_int_equal(buf_putc(&b, 'z'), -1);
	assert_int_equal(buf_puts(&b, "zz"), -1);
	assert_int_equal(buf_printf(&b, "%d", 1), -1);
	assert_int_equal(buf_reserve(&b, 1), -1);
	assert_int_equal(buf_reserve(&b, 0), 0);
	assert_int_equal(b.len, 100);
	assert_int_equal(b.p[99], 'y');
	assert_int_equal(b.p[100], '\0');
	buf_free(&b);

	buf_init(&b, 10);
	assert_int_equal(buf_put(&b, big, 11), -1);
	assert_int_equal(b.len, 0);
	assert_int_equal(buf_put(&b, big, 10), 0);
	buf_free(&b);
}

static void
test_overflow(void **state)
{
	struct buf	 b;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(buf_reserve(&b, SIZE_MAX), -1);
	assert_int_equal(buf_puts(&b, "abc"), 0);
	assert_int_equal(buf_reserve(&b, SIZE_MAX - 3), -1);
	assert_int_equal(buf_put(&b, "x", SIZE_MAX - 2), -1);
	assert_string_equal(b.p, "abc");
	assert_int_equal(b.len, 3);
	buf_free(&b);

	buf_init(&b, SIZE_MAX);	/* a limit that cannot be reached */
	assert_int_equal(buf_puts(&b, "fine"), 0);
	assert_int_equal(buf_reserve(&b, SIZE_MAX), -1);
	assert_string_equal(b.p, "fine");
	buf_free(&b);
}

static void
test_printf(void **state)
{
	struct buf	 b;
	size_t		 z = 7;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(buf_printf(&b, "%s=%d;", "a", 1), 0);
	assert_int_equal(buf_printf(&b, "%zu", z), 0);
	assert_string_equal(b.p, "a=1;7");
	assert_int_equal(buf_printf(&b, "%s", ""), 0);
	assert_int_equal(buf_printf(&b, "%3000s|", "r"), 0);
	assert_int_equal(b.len, 5 + 3001);
	assert_int_equal(b.p[b.len - 2], 'r');
	assert_int_equal(b.p[b.len], '\0');
	buf_free(&b);

	buf_init(&b, 8);
	assert_int_equal(buf_puts(&b, "abc"), 0);
	assert_int_equal(buf_printf(&b, "%s", "123456"), -1);
	assert_string_equal(b.p, "abc");
	assert_int_equal(buf_printf(&b, "%s", "12345"), 0);
	assert_string_equal(b.p, "abc12345");
	buf_free(&b);
}

static void
test_reset(void **state)
{
	struct buf	 b;
	size_t		 cap;

	(void)state;
	buf_init(&b, 0);
	buf_reset(&b);	/* before any storage */
	assert_int_equal(buf_puts(&b, "some text here"), 0);
	cap = b.cap;
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, cap);
	assert_string_equal(b.p, "");
	assert_int_equal(buf_puts(&b, "again"), 0);
	assert_string_equal(b.p, "again");
	buf_free(&b);
	assert_int_equal(buf_puts(&b, "reused"), 0);
	assert_string_equal(b.p, "reused");
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init),
		cmocka_unit_test(test_put),
		cmocka_unit_test(test_embedded_nul),
		cmocka_unit_test(test_grow),
		cmocka_unit_test(test_max),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_reset),
	};

	return cmocka_run_group_tests_name("buf", tests, NULL, NULL);
}
