/* Unit tests: the safeguarding screen and checking of feedback forms. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "arena.h"
#include "form.h"
#include "voice.h"

static struct arena *a;

static struct vquestion qs[] = {
	{ 1, "safe", VK_YNNS, 0, 0, VC_NO, NULL, 0 },
	{ 2, "worker", VK_FACES, 1, 0, VC_NEVER, NULL, 0 },
	{ 3, "better", VK_TEXT, 0, 20, VC_NEVER, NULL, 0 },
};
static const struct vform form = { 7, "8-12", qs, 3 };
static const char *const terms[] = { "hit", "scared", "boję się", "ضرب" };

static int
setup(void **state)
{
	a = arena_new(4096);
	return a == NULL;
}

static int
teardown(void **state)
{
	arena_free(a);
	return 0;
}

/* The screen's verdict on a form body. */
static const char *
screen(const char *body)
{
	struct kvlist		kv;
	struct vsubmission	s;

	assert_int_equal(form_parse(a, body, strlen(body), &kv), FORM_OK);
	assert_int_equal(voice_submission(a, &form, &kv, "2026-11-22", &s), 0);
	return voice_screen(a, &s, terms, sizeof(terms) / sizeof(terms[0]));
}

#define FID "fid=00112233445566778899aabbccddeeff&"

static void
test_words_at_word_start(void **state)
{
	assert_non_null(screen(FID "worker=3&better=he+hit+me"));
	assert_non_null(screen(FID "worker=3&better=HE+HITS+ME"));
	assert_non_null(screen(FID "worker=3&better=I+am+scared"));
	assert_null(screen(FID "worker=3&better=a+white+board"));
	assert_null(screen(FID "worker=3&better=all+good"));
}

static void
test_other_languages(void **state)
{
	assert_non_null(screen(FID "worker=3&better=czasem+boj%C4%99+si%C4%99"));
	assert_non_null(screen(FID "worker=3&better=%D9%8A%D8%B6%D8%B1%D8%A8"));
}

static void
test_answers_and_contact(void **state)
{
	assert_non_null(screen(FID "safe=no&worker=3"));
	assert_null(screen(FID "safe=yes&worker=3"));
	assert_null(screen(FID "safe=notsure&worker=3"));
	assert_non_null(screen(FID "worker=3&contact=1&contact_how=call+me"));
}

static void
test_check(void **state)
{
	struct kvlist	 kv;
	struct verror	*errs;
	const char	*ok = "worker=4&better=fine";
	const char	*bad = "worker=9&better=far+too+long+for+twenty&contact=1";

	assert_int_equal(form_parse(a, ok, strlen(ok), &kv), FORM_OK);
	assert_int_equal(voice_check(a, &form, &kv, &errs), 0);
	assert_int_equal(form_parse(a, bad, strlen(bad), &kv), FORM_OK);
	assert_int_equal(voice_check(a, &form, &kv, &errs), 3);
	assert_string_equal(errs[0].tkey, "ui.error_choose");
	assert_string_equal(errs[1].tkey, "ui.error_too_long");
	assert_null(errs[2].q);		/* contact asked for, no way to reach */
}

static void
test_submission_needs_fid(void **state)
{
	struct kvlist		kv;
	struct vsubmission	s;
	const char		*body = "fid=zz&worker=3";

	assert_int_equal(form_parse(a, body, strlen(body), &kv), FORM_OK);
	assert_int_equal(voice_submission(a, &form, &kv, "2026-11-22", &s), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_at_word_start),
		cmocka_unit_test(test_other_languages),
		cmocka_unit_test(test_answers_and_contact),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_submission_needs_fid),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
