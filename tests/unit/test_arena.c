/* Unit tests: cgi/core/arena.c */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "arena.h"

static int
is_aligned(const void *p)
{
	return ((uintptr_t)p % 16) == 0;
}

static int
is_zero(const unsigned char *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (p[i] != 0)
			return 0;
	return 1;
}

static void
test_new_free(void **state)
{
	struct arena	*a;

	(void)state;
	assert_non_null(a = arena_new(0));
	assert_int_equal(arena_used(a), 0);
	arena_free(a);
	assert_non_null(a = arena_new(1));	/* raised to a minimum */
	assert_non_null(arena_alloc(a, 100));
	arena_free(a);
	arena_free(NULL);
	arena_reset(NULL);
	assert_int_equal(arena_used(NULL), 0);
}

static void
test_alignment(void **state)
{
	struct arena	*a = arena_new(1024);
	size_t		 n;
	void		*p;

	(void)state;
	for (n = 0; n < 300; n++) {
		assert_non_null(p = arena_alloc(a, n));
		assert_true(is_aligned(p));
	}
	arena_free(a);
}

static void
test_zeroed(void **state)
{
	struct arena	*a = arena_new(512);
	unsigned char	*p;

	(void)state;
	assert_non_null(p = arena_alloc(a, 200));
	assert_true(is_zero(p, 200));
	memset(p, 0xAA, 200);
	arena_reset(a);
	assert_non_null(p = arena_alloc(a, 200));	/* same block again */
	assert_true(is_zero(p, 200));
	arena_free(a);
}

/* Thousands of allocations of mixed sizes, none overlapping another. */
static void
test_many(void **state)
{
	struct arena	*a = arena_new(4096);
	unsigned char	*ptr[5000];
	size_t		 i, sz, total = 0;

	(void)state;
	for (i = 0; i < 5000; i++) {
		sz = (i * 7919) % 3000 + 1;
		assert_non_null(ptr[i] = arena_alloc(a, sz));
		assert_true(is_aligned(ptr[i]));
		assert_true(is_zero(ptr[i], sz));
		memset(ptr[i], (int)(i & 0xFF), sz);
		total += sz;
	}
	assert_int_equal(arena_used(a), total);
	for (i = 0; i < 5000; i++) {
		sz = (i * 7919) % 3000 + 1;
		assert_int_equal(ptr[i][0], i & 0xFF);
		assert_int_equal(ptr[i][sz - 1], i & 0xFF);
	}
	arena_free(a);
}

/* A large request gets its own block; small ones keep using the current. */
static void
test_large(void **state)
{
	struct arena	*a = arena_new(1024);
	char		*s1, *big, *s2;

	(void)state;
	assert_non_null(s1 = arena_alloc(a, 16));
	assert_non_null(big = arena_alloc(a, 1 << 20));
	assert_true(is_zero((unsigned char *)big, 1 << 20));
	memset(big, 'x', 1 << 20);
	assert_non_null(s2 = arena_alloc(a, 16));
	/* s2 comes from the first block, right after s1. */
	assert_ptr_equal(s2, s1 + 16);
	assert_int_equal(arena_used(a), 32 + (1 << 20));
	arena_free(a);
}

static void
test_overflow(void **state)
{
	struct arena	*a = arena_new(1024);

	(void)state;
	assert_null(arena_alloc(a, SIZE_MAX));
	assert_null(arena_alloc(a, SIZE_MAX - 1));
	assert_null(arena_alloc(a, SIZE_MAX - 16));
	assert_null(arena_alloc(NULL, 1));
	assert_int_equal(arena_used(a), 0);
	assert_non_null(arena_alloc(a, 1));	/* still usable */
	arena_free(a);
}

static void
test_reset(void **state)
{
	struct arena	*a = arena_new(512);
	int		 round, i;
	char		*p;

	(void)state;
	for (round = 0; round < 50; round++) {
		for (i = 0; i < 100; i++)
			assert_non_null(arena_alloc(a, 100));
		assert_non_null(arena_alloc(a, 100000));
		assert_int_equal(arena_used(a), 100 * 100 + 100000);
		arena_reset(a);
		assert_int_equal(arena_used(a), 0);
	}
	assert_non_null(p = arena_strdup(a, "after reset"));
	assert_string_equal(p, "after reset");
	arena_free(a);
}

static void
test_strdup(void **state)
{
	struct arena	*a = arena_new(0);
	const char	 emb[] = "ab\0cd";
	char		*p;

	(void)state;
	assert_string_equal(arena_strdup(a, "hello"), "hello");
	assert_string_equal(arena_strdup(a, ""), "");
	assert_null(arena_strdup(a, NULL));
	assert_string_equal(arena_strndup(a, "hello", 3), "hel");
	assert_string_equal(arena_strndup(a, "hi", 100), "hi");
	assert_string_equal(arena_strndup(a, "hi", 0), "");
	assert_string_equal(arena_strndup(a, emb, sizeof(emb)), "ab");
	assert_null(arena_strndup(a, NULL, 4));
	/* Not NUL-terminated source: reads only n bytes. */
	assert_non_null(p = arena_strndup(a, "xyz", 2));
	assert_int_equal(strlen(p), 2);
	arena_free(a);
}

static void
test_printf(void **state)
{
	struct arena	*a = arena_new(256);
	char		*p;
	size_t		 z = 42;

	(void)state;
	assert_string_equal(arena_printf(a, "%s-%d-%zu", "x", -3, z),
	    "x--3-42");
	assert_string_equal(arena_printf(a, "%s", ""), "");
	assert_non_null(p = arena_printf(a, "%5000d", 7));
	assert_int_equal(strlen(p), 5000);
	assert_int_equal(p[4999], '7');
	assert_int_equal(p[0], ' ');
	arena_free(a);
}

/* A result formatted into the tail of a block: exactly filling it, just
 * too long for it, and what is allocated next stays aligned and apart. */
static void
test_printf_tail(void **state)
{
	struct arena	*a = arena_new(256);
	char		*s, *t, *u;
	unsigned char	*p;
	size_t		 i;

	(void)state;
	for (i = 0; i < 40; i++) {
		assert_non_null(s = arena_printf(a, "%0*d", (int)i, 5));
		assert_non_null(p = arena_alloc(a, 3));
		assert_int_equal((uintptr_t)p % 16, 0);
		memset(p, 0xff, 3);
		assert_int_equal(strlen(s), i ? i : 1);
	}
	assert_non_null(t = arena_printf(a, "%300d", 1));
	assert_non_null(u = arena_printf(a, "%s", "after"));
	assert_int_equal(strlen(t), 300);
	assert_string_equal(u, "after");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_free),
		cmocka_unit_test(test_alignment),
		cmocka_unit_test(test_zeroed),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_large),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_reset),
		cmocka_unit_test(test_strdup),
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_printf_tail),
	};

	return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
