/* Unit tests: cgi/core/csvout.c */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "arena.h"
#include "buf.h"
#include "csvout.h"
#include "http.h"

static void
test_quoting(void **state)
{
	struct buf	b;
	struct csv	w;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(csv_begin(&w, &b), 0);
	csv_text(&w, "Team");
	csv_text(&w, "a, b");
	csv_text(&w, "say \"hi\"");
	csv_text(&w, "two\nlines");
	csv_text(&w, NULL);
	csv_end_row(&w);
	assert_false(csv_error(&w));
	assert_string_equal(b.p, "\xEF\xBB\xBFTeam,\"a, b\",\"say \"\"hi\"\"\","
	    "\"two\nlines\",\r\n");
	buf_free(&b);
}

static void
test_formula_guard(void **state)
{
	struct buf	b;
	struct csv	w;

	(void)state;
	buf_init(&b, 0);
	csv_begin(&w, &b);
	csv_text(&w, "=HYPERLINK(\"x\")");
	csv_text(&w, "+1");
	csv_text(&w, "-2");
	csv_text(&w, "@SUM(A1)");
	csv_text(&w, "fine = ok");
	csv_int(&w, -3);
	csv_num(&w, -12.345, 1);
	csv_end_row(&w);
	assert_string_equal(b.p + 3, "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),"
	    "fine = ok,-3,-12.3\r\n");
	buf_free(&b);
}

static void
test_utf8_and_numbers(void **state)
{
	struct buf	b;
	struct csv	w;

	(void)state;
	buf_init(&b, 0);
	csv_begin(&w, &b);
	csv_text(&w, "Zażółć");
	csv_text(&w, "2026-12-03");
	csv_num(&w, 66.6666, 0);
	csv_num(&w, 2.5, 9);	/* capped at 6 decimals */
	csv_end_row(&w);
	assert_string_equal(b.p + 3, "Zażółć,2026-12-03,67,2.500000\r\n");
	buf_free(&b);
}

static void
test_full_buffer(void **state)
{
	struct buf	b;
	struct csv	w;

	(void)state;
	buf_init(&b, 8);
	csv_begin(&w, &b);
	csv_text(&w, "far too long for eight bytes");
	csv_end_row(&w);
	assert_true(csv_error(&w));
	buf_free(&b);
}

static void
test_respond(void **state)
{
	struct arena	*a = arena_new(4096);
	struct resp	 r;

	(void)state;
	resp_init(&r, 1024);
	assert_string_equal(csv_filename(a, "trend-wave 3/\r\nx"), "trend-wave-3---x");
	assert_string_equal(csv_filename(a, ""), "export");
	assert_int_equal(csv_respond(&r, a, "heatmap\"2026"), 0);
	assert_string_equal(r.ctype, "text/csv; charset=utf-8");
	assert_int_equal(r.nheaders, 1);
	assert_string_equal(r.headers[0],
	    "Content-Disposition: attachment; filename=\"heatmap-2026.csv\"");
	resp_free(&r);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quoting),
		cmocka_unit_test(test_formula_guard),
		cmocka_unit_test(test_utf8_and_numbers),
		cmocka_unit_test(test_full_buffer),
		cmocka_unit_test(test_respond),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
