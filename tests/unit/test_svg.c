/* Unit tests: cgi/core/svg.c */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "buf.h"
#include "svg.h"

static size_t
count(const char *hay, const char *needle)
{
	size_t	n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

static void
test_line_with_gap(void **state)
{
	static const char *const labels[] = { "Q1 <2026>", "Q2", "Q3", "Q4" };
	static const double y1[] = { 50, 60, 0, 70 };
	static const unsigned char g1[] = { 0, 0, 1, 0 };
	static const double y2[] = { 40, 45, 50, 55 };
	struct svg_series	s[2] = { { "Whole service", y1, g1 }, { "Front & Door", y2, NULL } };
	struct svg_chart	ch = { "Trend <title>", "The table below", labels, 4, 0, 100,
				    "%", NULL };
	struct buf		b;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(svg_line(&b, &ch, s, 2), 0);
	assert_non_null(strstr(b.p, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
	assert_non_null(strstr(b.p, "<title>Trend &lt;title&gt;</title>"));
	assert_non_null(strstr(b.p, "Q1 &lt;2026&gt;"));
	assert_non_null(strstr(b.p, "Front &amp; Door"));
	assert_null(strstr(b.p, "style"));
	assert_null(strstr(b.p, "<script"));
	/* the gap splits series one into two lines; series two is one */
	assert_int_equal(count(b.p, "<polyline"), 3);
	assert_non_null(strstr(b.p, "</svg>"));
	buf_free(&b);
}

static void
test_bar(void **state)
{
	static const char *const labels[] = { "Strongly agree", "Agree", "Team \"A\"" };
	static const double y[] = { 30, 120, 10 };
	static const unsigned char g[] = { 0, 0, 1 };
	struct svg_series	s = { "Share", y, g };
	struct svg_chart	ch = { "Answers", "d", labels, 3, 0, 100, "%",
				    "fewer than 5 responses" };
	struct buf		b;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(svg_bar(&b, &ch, &s), 0);
	assert_int_equal(count(b.p, "<rect x=\"200\""), 2);
	assert_non_null(strstr(b.p, "fewer than 5 responses"));
	assert_non_null(strstr(b.p, "Team &quot;A&quot;"));
	assert_non_null(strstr(b.p, ">120%<"));	/* value shown as given */
	buf_free(&b);
}

static void
test_bad_arguments(void **state)
{
	static const char *const labels[] = { "a" };
	static const double y[] = { 1 };
	struct svg_series	s[7];
	struct svg_chart	ch = { "t", "d", labels, 1, 0, 100, "", "" };
	struct svg_chart	flat = { "t", "d", labels, 1, 5, 5, "", "" };
	struct buf		b;
	size_t			i;

	(void)state;
	for (i = 0; i < 7; i++) {
		s[i].name = "x";
		s[i].y = y;
		s[i].gap = NULL;
	}
	buf_init(&b, 0);
	assert_int_equal(svg_line(&b, &ch, s, 7), -1);
	assert_int_equal(svg_line(&b, &ch, s, 0), -1);
	assert_int_equal(svg_line(&b, &flat, s, 1), -1);
	assert_int_equal(svg_line(&b, &ch, s, 1), 0);	/* one point is fine */
	buf_free(&b);
	buf_init(&b, 64);
	assert_int_equal(svg_line(&b, &ch, s, 1), -1);	/* out full */
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_line_with_gap),
		cmocka_unit_test(test_bar),
		cmocka_unit_test(test_bad_arguments),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
