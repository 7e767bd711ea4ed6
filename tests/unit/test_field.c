/* Unit tests: cgi/core/field.c */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <string.h>

#include "arena.h"
#include "field.h"
#include "form.h"

enum { F_USER, F_PASS, F_AGE, F_NOTE, F_TITLE, F_TOKEN, F_OPT, F__MAX };

static const struct field tab[F__MAX] = {
	[F_USER] = { "username", valid_username, FIELD_REQUIRED, 0, 0, 0,
	    "Enter your username", "Username must be letters, numbers, "
	    "dots, dashes or underscores" },
	[F_PASS] = { "password", valid_password,
	    FIELD_REQUIRED | FIELD_NOTRIM, 0, 0, 0, "Enter your password",
	    NULL },
	[F_AGE] = { "age", valid_int, 0, 0, 16, 120, NULL,
	    "Age must be a number from 16 to 120" },
	[F_NOTE] = { "note", valid_text, 0, 10, 0, 0, NULL, NULL },
	[F_TITLE] = { "title", valid_line, FIELD_REQUIRED, 0, 0, 0, NULL,
	    NULL },
	[F_TOKEN] = { "csrf", valid_token, FIELD_REQUIRED, 0, 0, 0, NULL,
	    NULL },
	[F_OPT] = { "opt", valid_int, 0, 0, 0, 0, NULL, NULL },
};

#define TOKEN	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123-_Z"

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

/* Parse body and check it against tab; returns fields_check's result. */
static int
check(void **state, const char *body, struct fieldval *fv)
{
	struct kvlist	 l;

	assert_int_equal(form_parse(*state, body, strlen(body), &l), FORM_OK);
	return fields_check(*state, &l, tab, F__MAX, fv);
}

/* Check one value for one field row; returns the validator's verdict. */
static int
one(void **state, const struct field *f, const char *val,
    struct fieldval *fv)
{
	struct kv	 kv = { f->name, val, strlen(val) };
	struct kvlist	 l = { &kv, 1 };

	return fields_check(*state, &l, f, 1, fv);
}

static void
test_parse_ll_ok(void **state)
{
	long long	 v;

	(void)state;
	assert_int_equal(parse_ll("0", 0, 10, &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(parse_ll("42", 0, 100, &v), 0);
	assert_int_equal(v, 42);
	assert_int_equal(parse_ll("-7", -10, 10, &v), 0);
	assert_int_equal(v, -7);
	assert_int_equal(parse_ll("-0", -1, 1, &v), 0);
	assert_int_equal(parse_ll("007", 0, 10, &v), 0);
	assert_int_equal(v, 7);
	assert_int_equal(parse_ll("9223372036854775807", LLONG_MIN,
	    LLONG_MAX, &v), 0);
	assert_true(v == LLONG_MAX);
	assert_int_equal(parse_ll("-9223372036854775808", LLONG_MIN,
	    LLONG_MAX, &v), 0);
	assert_true(v == LLONG_MIN);
	assert_int_equal(parse_ll("5", 5, 5, NULL), 0);
}

static void
test_parse_ll_bad(void **state)
{
	long long	 v = 99;
	const char	*bad[] = { "", " 1", "1 ", "+1", "-", "--1", "-+1",
	    "1a", "a1", "0x10", "1e3", "1.0", "1,000", "\t1", "\n1", "1\n",
	    "\xD9\xA1", "9223372036854775808", "-9223372036854775809",
	    "99999999999999999999999", NULL };
	size_t		 i;

	(void)state;
	for (i = 0; bad[i] != NULL; i++)
		assert_int_equal(parse_ll(bad[i], LLONG_MIN, LLONG_MAX, &v),
		    -1);
	assert_int_equal(v, 99);	/* untouched on failure */
	assert_int_equal(parse_ll(NULL, 0, 1, &v), -1);
	assert_int_equal(parse_ll("11", 0, 10, &v), -1);
	assert_int_equal(parse_ll("-1", 0, 10, &v), -1);
	assert_int_equal(parse_ll("4", 5, 5, &v), -1);
	assert_int_equal(parse_ll("6", 5, 5, &v), -1);
}

static void
test_all_valid(void **state)
{
	struct fieldval	 fv[F__MAX];

	assert_int_equal(check(state, "username=+Jo.Bloggs-1+&password=+p+w+"
	    "&age=+42+&note=hi%0Athere&title=Mr&csrf=" TOKEN, fv), 0);
	assert_string_equal(fv[F_USER].s, "jo.bloggs-1");
	assert_string_equal(fv[F_USER].raw, " Jo.Bloggs-1 ");
	assert_string_equal(fv[F_PASS].s, " p w ");	/* NOTRIM */
	assert_int_equal(fv[F_AGE].i, 42);
	assert_string_equal(fv[F_AGE].s, "42");
	assert_string_equal(fv[F_NOTE].s, "hi\nthere");
	assert_string_equal(fv[F_TOKEN].s, TOKEN);
	assert_true(fv[F_USER].present);
	assert_null(fv[F_USER].error);
	/* Optional and absent: no error, nothing present. */
	assert_null(fv[F_OPT].raw);
	assert_null(fv[F_OPT].s);
	assert_null(fv[F_OPT].error);
	assert_false(fv[F_OPT].present);
}

static void
test_missing(void **state)
{
	struct fieldval	 fv[F__MAX];

	assert_int_equal(check(state, "username=+++&title=%09&age=", fv), 4);
	assert_string_equal(fv[F_USER].error, "Enter your username");
	assert_string_equal(fv[F_USER].raw, "   ");	/* kept */
	assert_null(fv[F_USER].s);
	assert_false(fv[F_USER].present);
	assert_string_equal(fv[F_PASS].error, "Enter your password");
	assert_null(fv[F_PASS].raw);
	assert_string_equal(fv[F_TITLE].error, "Enter a value");
	assert_string_equal(fv[F_TOKEN].error, "Enter a value");
	assert_null(fv[F_AGE].error);	/* optional, blank */
	assert_null(fv[F_NOTE].error);
}

static void
test_invalid(void **state)
{
	struct fieldval	 fv[F__MAX];

	assert_int_equal(check(state, "username=a+b&password=x&age=abc"
	    "&note=0123456789X&title=a%0Ab&csrf=short", fv), 5);
	assert_string_equal(fv[F_USER].error, tab[F_USER].invalid);
	assert_string_equal(fv[F_AGE].error, tab[F_AGE].invalid);
	assert_string_equal(fv[F_AGE].raw, "abc");
	assert_null(fv[F_AGE].s);
	assert_string_equal(fv[F_NOTE].error, "Enter a valid value");
	assert_string_equal(fv[F_TITLE].error, "Enter a valid value");
	assert_string_equal(fv[F_TOKEN].error, "Enter a valid value");
	assert_null(fv[F_PASS].error);
}

static void
test_int_range(void **state)
{
	struct fieldval	 fv;

	assert_int_equal(one(state, &tab[F_AGE], "16", &fv), 0);
	assert_int_equal(fv.i, 16);
	assert_int_equal(one(state, &tab[F_AGE], "120", &fv), 0);
	assert_int_equal(one(state, &tab[F_AGE], "15", &fv), 1);
	assert_int_equal(one(state, &tab[F_AGE], "121", &fv), 1);
	assert_int_equal(one(state, &tab[F_AGE], "-20", &fv), 1);
	assert_int_equal(one(state, &tab[F_AGE], "+20", &fv), 1);
	assert_int_equal(one(state, &tab[F_AGE], "2 0", &fv), 1);
	assert_int_equal(one(state, &tab[F_AGE], "99999999999999999999",
	    &fv), 1);
	/* Row with min = max = 0: any integer. */
	assert_int_equal(one(state, &tab[F_OPT], "-9223372036854775808",
	    &fv), 0);
	assert_true(fv.i == LLONG_MIN);
	assert_int_equal(one(state, &tab[F_OPT], "x", &fv), 1);
}

static void
test_text_length(void **state)
{
	struct fieldval	 fv;
	struct field	 f = { "t", valid_text, 0, 0, 0, 0, NULL, NULL };
	char		 s[4000];

	/* maxlen counts code points: ten two-byte characters fit in 10. */
	assert_int_equal(one(state, &tab[F_NOTE],
	    "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
	    "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", &fv), 0);
	assert_int_equal(one(state, &tab[F_NOTE], "0123456789", &fv), 0);
	assert_int_equal(one(state, &tab[F_NOTE], "0123456789X", &fv), 1);
	/* Trimming happens before the length check. */
	assert_int_equal(one(state, &tab[F_NOTE], "   0123456789   ", &fv),
	    0);
	/* maxlen 0 means 1000. */
	memset(s, 'a', 1000);
	s[1000] = '\0';
	assert_int_equal(one(state, &f, s, &fv), 0);
	s[1000] = 'a';
	s[1001] = '\0';
	assert_int_equal(one(state, &f, s, &fv), 1);
}

static void
test_text_controls(void **state)
{
	struct fieldval	 fv;

	assert_int_equal(one(state, &tab[F_NOTE], "a\r\nb\tc", &fv), 0);
	assert_int_equal(one(state, &tab[F_NOTE], "a\x7f", &fv), 1);
	assert_int_equal(one(state, &tab[F_NOTE], "a\x1b", &fv), 1);
	assert_int_equal(one(state, &tab[F_NOTE], "a\xC3", &fv), 1);
	assert_int_equal(one(state, &tab[F_TITLE], "a\tb", &fv), 0);
	assert_int_equal(one(state, &tab[F_TITLE], "a\nb", &fv), 1);
	assert_int_equal(one(state, &tab[F_TITLE], "a\rb", &fv), 1);
	/* Trailing newlines are trimmed, so a line may end with one. */
	assert_int_equal(one(state, &tab[F_TITLE], "title\r\n", &fv), 0);
	assert_string_equal(fv.s, "title");
}

static void
test_username(void **state)
{
	struct fieldval	 fv;
	char		 s[80];

	assert_int_equal(one(state, &tab[F_USER], "SW.Demo_2-x", &fv), 0);
	assert_string_equal(fv.s, "sw.demo_2-x");
	assert_int_equal(one(state, &tab[F_USER], "bob smith", &fv), 1);
	assert_int_equal(one(state, &tab[F_USER], "bob@x", &fv), 1);
	assert_int_equal(one(state, &tab[F_USER], "b\xC3\xB6" "b", &fv), 1);
	assert_int_equal(one(state, &tab[F_USER], "a/b", &fv), 1);
	memset(s, 'u', 64);
	s[64] = '\0';
	assert_int_equal(one(state, &tab[F_USER], s, &fv), 0);
	s[64] = 'u';
	s[65] = '\0';
	assert_int_equal(one(state, &tab[F_USER], s, &fv), 1);
}

static void
test_token(void **state)
{
	struct fieldval	 fv;

	assert_int_equal(one(state, &tab[F_TOKEN], TOKEN, &fv), 0);
	assert_int_equal(one(state, &tab[F_TOKEN], TOKEN "a", &fv), 1);
	assert_int_equal(one(state, &tab[F_TOKEN], &TOKEN[1], &fv), 1);
	assert_int_equal(one(state, &tab[F_TOKEN],
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123+/Z", &fv), 1);
	assert_int_equal(one(state, &tab[F_TOKEN],
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ01234==", &fv), 1);
}

static void
test_password(void **state)
{
	struct fieldval	 fv;
	struct field	 f = tab[F_PASS];
	char		 s[1100];

	memset(s, 'p', 1024);
	s[1024] = '\0';
	assert_int_equal(one(state, &f, s, &fv), 0);
	s[1024] = 'p';
	s[1025] = '\0';
	assert_int_equal(one(state, &f, s, &fv), 1);
	assert_int_equal(one(state, &f, "   ", &fv), 0);	/* spaces count */
	assert_string_equal(fv.s, "   ");
	assert_int_equal(one(state, &f, "", &fv), 1);
	assert_string_equal(fv.error, "Enter your password");
	/* Even without FIELD_NOTRIM the password is taken as typed. */
	f.flags = FIELD_REQUIRED;
	assert_int_equal(one(state, &f, " secret ", &fv), 0);
	assert_string_equal(fv.s, " secret ");
}

/* A row with no validator takes the trimmed text as it is. */
static void
test_no_validator(void **state)
{
	struct fieldval	 fv;
	struct field	 f = { "x", NULL, 0, 0, 0, 0, NULL, NULL };

	assert_int_equal(one(state, &f, "  as is ", &fv), 0);
	assert_string_equal(fv.s, "as is");
	assert_int_equal(fields_check(*state, NULL, &f, 1, &fv), 0);
	assert_null(fv.raw);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_parse_ll_ok),
		T(test_parse_ll_bad),
		T(test_all_valid),
		T(test_missing),
		T(test_invalid),
		T(test_int_range),
		T(test_text_length),
		T(test_text_controls),
		T(test_username),
		T(test_token),
		T(test_password),
		T(test_no_validator),
#undef T
	};

	return cmocka_run_group_tests_name("field", tests, NULL, NULL);
}
