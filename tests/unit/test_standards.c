/* Unit tests: the acknowledgement hash chain (same bytes as MariaDB's SHA2). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include <sodium.h>

#include "standards.h"

static void
test_known_values(void **state)
{
	char	h[ACK_HEX + 1], h2[ACK_HEX + 1];

	assert_int_not_equal(sodium_init(), -1);
	ack_hash(ack_genesis, 12, 3, "2026-11-22 04:50:00", h);
	assert_string_equal(h, "f80ea7a632bea909190a1041918ac5041935832738753d5c0b6b4ab4502e98c8");
	ack_hash(h, 13, 3, "2026-11-22 04:51:00", h2);
	assert_string_equal(h2, "14abcca643f009ce7b18dff883ab3d8638b9c2498b5f709faa0ed67076381b34");
}

static void
test_any_change_breaks_it(void **state)
{
	char	a[ACK_HEX + 1], b[ACK_HEX + 1];

	ack_hash(ack_genesis, 12, 3, "2026-11-22 04:50:00", a);
	ack_hash(ack_genesis, 12, 3, "2026-11-22 04:50:01", b);
	assert_string_not_equal(a, b);
	ack_hash(ack_genesis, 21, 3, "2026-11-22 04:50:00", b);
	assert_string_not_equal(a, b);
	ack_hash(ack_genesis, 12, 4, "2026-11-22 04:50:00", b);
	assert_string_not_equal(a, b);
	assert_int_equal(strlen(ack_genesis), ACK_HEX);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_values),
		cmocka_unit_test(test_any_change_breaks_it),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
