/* Unit tests: cgi/core/ukclock.c, UK time to and from UTC. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "arena.h"
#include "ukclock.h"

/* Local d/m/y h:m to the database's UTC text. */
static const char *
to_utc(struct arena *a, int y, int mo, int d, int h, int mi)
{
	struct ukdate	u = { y, mo, d, h, mi };
	time_t		t = ukdate_to_utc(&u);

	return t == -1 ? NULL : utc_format(a, t);
}

static void
test_winter_and_summer(void **state)
{
	struct arena	*a = arena_new(0);

	(void)state;
	assert_string_equal(to_utc(a, 2026, 12, 3, 9, 0), "2026-12-03 09:00:00");
	assert_string_equal(to_utc(a, 2027, 7, 1, 9, 30), "2027-07-01 08:30:00");
	/* 2027: BST from 28 March 01:00 UTC to 31 October 01:00 UTC */
	assert_string_equal(to_utc(a, 2027, 3, 28, 0, 59), "2027-03-28 00:59:00");
	assert_string_equal(to_utc(a, 2027, 3, 28, 2, 30), "2027-03-28 01:30:00");
	assert_string_equal(to_utc(a, 2027, 10, 31, 0, 30), "2027-10-30 23:30:00");
	assert_string_equal(to_utc(a, 2027, 10, 31, 3, 0), "2027-10-31 03:00:00");
	arena_free(a);
}

static void
test_show(void **state)
{
	struct arena	*a = arena_new(0);

	(void)state;
	assert_string_equal(uk_show(a, "2027-07-01 08:30:00"), "1 July 2027, 9:30am");
	assert_string_equal(uk_show(a, "2026-12-03 12:05:00"), "3 December 2026, 12:05pm");
	assert_string_equal(uk_show(a, "2026-12-03 00:00:00"), "3 December 2026, 12:00am");
	assert_string_equal(uk_show(a, "not a time"), "");
	arena_free(a);
}

static void
test_invalid_dates(void **state)
{
	struct ukdate	feb29 = { 2027, 2, 29, 9, 0 }, leap = { 2028, 2, 29, 9, 0 };
	struct ukdate	hour = { 2027, 1, 1, 24, 0 }, month = { 2027, 13, 1, 0, 0 };

	(void)state;
	assert_int_equal(ukdate_to_utc(&feb29), -1);
	assert_true(ukdate_to_utc(&leap) != -1);
	assert_int_equal(ukdate_to_utc(&hour), -1);
	assert_int_equal(ukdate_to_utc(&month), -1);
	assert_int_equal(utc_parse("2027-01-01 00:00"), -1);
}

static void
test_round_trip(void **state)
{
	struct ukdate	d;
	time_t		t;

	(void)state;
	for (t = 1798761600; t < 1798761600 + 366 * 86400; t += 3600 * 7) {
		ukdate_from_utc(t, &d);
		/* the hour the clocks go back happens twice; both read back as one */
		if (ukdate_to_utc(&d) != t - t % 60)
			assert_int_equal(ukdate_to_utc(&d) + 3600, t - t % 60);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_winter_and_summer),
		cmocka_unit_test(test_show),
		cmocka_unit_test(test_invalid_dates),
		cmocka_unit_test(test_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
