/* Unit tests: cgi/core/qr.c, QR codes as SVG. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "qr.h"

/* Count the dark modules drawn and read the side from the viewBox. */
static void
parse(const char *svg, int *side, int *dark)
{
	const char	*p;

	assert_int_equal(sscanf(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d", side), 1);
	*dark = 0;
	for (p = svg; (p = strstr(p, "h1v1h-1z")) != NULL; p++)
		(*dark)++;
}

static void
test_a_link(void **state)
{
	struct buf	b;
	int		side, dark;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(qr_svg(&b, "https://chorus.example.gov.uk/voice/t/FDN-7K2Q", "QR <code> & \"link\""), 0);
	parse(b.p, &side, &dark);
	/* versions are 21 + 4k modules wide, plus a quiet zone of 4 each side */
	assert_int_equal((side - 8 - 21) % 4, 0);
	assert_true(side - 8 >= 25);
	assert_true(dark > (side - 8) * 3);
	/* the three finder patterns: the top-left corner module is dark */
	assert_non_null(strstr(b.p, "M4 4h1v1h-1z"));
	/* the title cannot break the markup */
	assert_non_null(strstr(b.p, "<title>QR  code     link </title>"));
	assert_null(strstr(b.p, "<code>"));
	buf_free(&b);
}

static void
test_too_long(void **state)
{
	static char	big[8000];
	struct buf	b;

	(void)state;
	memset(big, 'a', sizeof(big) - 1);
	buf_init(&b, 0);
	assert_int_equal(qr_svg(&b, big, "x"), -1);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_link),
		cmocka_unit_test(test_too_long),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
