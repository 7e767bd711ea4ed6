/* Unit tests: the case audit grade scale, the trail's canonical hash,
 * working-day due times and local times. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "audit.h"

static void
test_grades(void **state)
{
	(void)state;
	assert_int_equal(grade_parse("outstanding"), GRADE_OUTSTANDING);
	assert_int_equal(grade_parse("requires_improvement"), GRADE_RI);
	assert_int_equal(grade_parse("not_applicable"), GRADE_NA);
	assert_int_equal(grade_parse("Good"), -1);
	assert_int_equal(grade_parse(""), -1);
	assert_int_equal(grade_parse(NULL), -1);
	assert_string_equal(grade_label("inadequate"), "Inadequate");
	assert_string_equal(grade_label("brilliant"), "");
}

/* SHA-256 of text as lower-case hex. */
static void
sha_hex(const char *text, char out[AUDIT_HEX + 1])
{
	unsigned char	h[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(h, (const unsigned char *)text, strlen(text));
	sodium_bin2hex(out, AUDIT_HEX + 1, h, sizeof(h));
}

/* The canonical form as docs/audit-trail.md writes it, built by hand. */
static void
test_entry_canonical_form(void **state)
{
	struct audit_head	h = { 7, "CM/1", 3, 12, 40, 2 };
	struct audit_step	s = { "submitted", 40, "2026-12-03 10:00:00", 0, 1, "" };
	struct audit_mark	m[2] = {
		{ "PS1", "good", -1, "Seen|alone", "" },
		{ "OVERALL", "inadequate", -1, "Risk", "c" },
	};
	char			got[AUDIT_HEX + 1], want[AUDIT_HEX + 1];

	(void)state;
	assert_int_not_equal(sodium_init(), -1);
	audit_marks_sort(m, 2);
	assert_string_equal(m[0].item, "OVERALL");
	audit_entry_hash(audit_genesis, &h, &s, m, 2, got);
	sha_hex("chorus-audit-v1|64:0000000000000000000000000000000000000000000000000000000000000000"
	    "|1:7|4:CM/1|1:3|2:12|2:40|1:2|9:submitted|2:40|19:2026-12-03 10:00:00|1:0|1:1|0:"
	    "|7:OVERALL|10:inadequate|1:-|4:Risk|1:c"
	    "|3:PS1|4:good|1:-|10:Seen|alone|0:", want);
	assert_string_equal(got, want);
}

static void
test_any_change_breaks_it(void **state)
{
	struct audit_head	h = { 7, "CM/1", 3, 12, 40, 2 };
	struct audit_step	s = { "moderated", 41, "2026-12-03 10:00:00", 0, 0, "" };
	struct audit_mark	m = { "PS1", "good", 1, "", "" };
	char			a[AUDIT_HEX + 1], b[AUDIT_HEX + 1];

	(void)state;
	audit_entry_hash(audit_genesis, &h, &s, &m, 1, a);
	m.agreed = 0;
	audit_entry_hash(audit_genesis, &h, &s, &m, 1, b);
	assert_string_not_equal(a, b);
	m.agreed = 1;
	h.worker = 13;
	audit_entry_hash(audit_genesis, &h, &s, &m, 1, b);
	assert_string_not_equal(a, b);
	h.worker = 12;
	audit_entry_hash(a, &h, &s, &m, 1, b);
	assert_string_not_equal(a, b);
	/* a field boundary cannot be moved: "ab","" differs from "a","b" */
	m.evidence = "ab";
	m.comments = "";
	audit_entry_hash(audit_genesis, &h, &s, &m, 1, a);
	m.evidence = "a";
	m.comments = "b";
	audit_entry_hash(audit_genesis, &h, &s, &m, 1, b);
	assert_string_not_equal(a, b);
}

static void
test_escalation_hash(void **state)
{
	struct esc_head		e = { 5, 7, "safety", 9, "2026-12-03 10:00:00", "2026-12-04 10:00:00" };
	struct audit_step	s = { "opened", 40, "2026-12-03 10:00:00", 0, 0, "Opened" };
	char			got[AUDIT_HEX + 1], want[AUDIT_HEX + 1];

	(void)state;
	esc_event_hash(audit_genesis, &e, &s, got);
	sha_hex("chorus-escalation-v1|64:0000000000000000000000000000000000000000000000000000000000000000"
	    "|1:5|1:7|6:safety|1:9|19:2026-12-03 10:00:00|19:2026-12-04 10:00:00"
	    "|6:opened|2:40|19:2026-12-03 10:00:00|1:0|1:0|6:Opened", want);
	assert_string_equal(got, want);
}

static time_t
utc(const char *s)
{
	struct tm	tm;

	memset(&tm, 0, sizeof(tm));
	assert_non_null(strptime(s, "%Y-%m-%d %H:%M:%S", &tm));
	return timegm(&tm);
}

static void
due_is(const char *from, unsigned days, const char *want)
{
	char	out[20];

	audit_time_utc(audit_due(utc(from), days, NULL), out);
	assert_string_equal(out, want);
}

static void
test_working_days(void **state)
{
	(void)state;
	due_is("2026-12-03 14:05:00", 1, "2026-12-04 14:05:00");	/* Thu -> Fri */
	due_is("2026-12-04 14:05:00", 1, "2026-12-07 14:05:00");	/* Fri -> Mon */
	due_is("2026-12-05 09:00:00", 1, "2026-12-07 09:00:00");	/* Sat -> Mon */
	due_is("2026-12-06 09:00:00", 1, "2026-12-07 09:00:00");	/* Sun -> Mon */
	due_is("2026-12-03 14:05:00", 5, "2026-12-10 14:05:00");	/* a week */
	due_is("2026-12-31 23:59:59", 5, "2027-01-07 23:59:59");	/* over the year */
	due_is("2026-12-03 14:05:00", 0, "2026-12-03 14:05:00");
}

static void
test_bank_holidays(void **state)
{
	const char	*h = "2026-12-25, 2026-12-28 2027-01-01";
	char		 out[20];

	(void)state;
	assert_int_equal(audit_holidays_ok(h), 0);
	assert_int_equal(audit_holidays_ok(""), 0);
	assert_int_equal(audit_holidays_ok(NULL), 0);
	assert_int_equal(audit_holidays_ok("2026-12-25x"), -1);
	assert_int_equal(audit_holidays_ok("25/12/2026"), -1);
	assert_int_equal(audit_holidays_ok("2026-13-01"), -1);
	/* Thu 24th + 1: Fri 25th and Mon 28th are holidays, so Tue 29th */
	audit_time_utc(audit_due(utc("2026-12-24 10:00:00"), 1, h), out);
	assert_string_equal(out, "2026-12-29 10:00:00");
	/* + 5 from Thu 24th: 29, 30, 31, (1 Jan off), 4, 5 */
	audit_time_utc(audit_due(utc("2026-12-24 10:00:00"), 5, h), out);
	assert_string_equal(out, "2027-01-05 10:00:00");
}

static void
test_case_lines(void **state)
{
	char	 l1[] = "  CM/2026/0042 ,  sw.demo \r", l2[] = "X1\tE10102", l3[] = "   ",
		 l4[] = "no separator", l5[] = "bad ref!, sw.demo", l6[] = "X2,  ";
	char	*ref, *who;

	(void)state;
	assert_int_equal(audit_case_line(l1, &ref, &who), CASE_LINE_OK);
	assert_string_equal(ref, "CM/2026/0042");
	assert_string_equal(who, "sw.demo");
	assert_int_equal(audit_case_line(l2, &ref, &who), CASE_LINE_OK);
	assert_string_equal(who, "E10102");
	assert_int_equal(audit_case_line(l3, &ref, &who), CASE_LINE_BLANK);
	assert_int_equal(audit_case_line(l4, &ref, &who), CASE_LINE_NOSEP);
	assert_int_equal(audit_case_line(l5, &ref, &who), CASE_LINE_BADREF);
	assert_int_equal(audit_case_line(l6, &ref, &who), CASE_LINE_NOWHO);
	assert_true(audit_case_ref_ok("12345678901234567890123456789012"));
	assert_false(audit_case_ref_ok("123456789012345678901234567890123"));
	assert_false(audit_case_ref_ok(""));
	assert_false(audit_case_ref_ok("<b>"));
}

static void
test_local_time(void **state)
{
	char	out[64];

	(void)state;
	setenv("TZ", "Europe/London", 1);
	tzset();
	assert_int_equal(audit_time_local("2026-07-01 13:05:00", out, sizeof(out)), 0);
	assert_string_equal(out, "1 July 2026 at 14:05");	/* BST */
	assert_int_equal(audit_time_local("2026-12-03 09:30:00", out, sizeof(out)), 0);
	assert_string_equal(out, "3 December 2026 at 09:30");
	assert_int_equal(audit_time_local("2026-12-03", out, sizeof(out)), -1);
	assert_string_equal(out, "");
	assert_int_equal(audit_time_local("2026-12-03 09:30:00x", out, sizeof(out)), -1);
	assert_int_equal(audit_time_local(NULL, out, sizeof(out)), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grades),
		cmocka_unit_test(test_entry_canonical_form),
		cmocka_unit_test(test_any_change_breaks_it),
		cmocka_unit_test(test_escalation_hash),
		cmocka_unit_test(test_working_days),
		cmocka_unit_test(test_bank_holidays),
		cmocka_unit_test(test_case_lines),
		cmocka_unit_test(test_local_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
