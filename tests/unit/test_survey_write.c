/* Unit tests: cgi/core/survey_write.c, the definition writer. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "survey.h"
#include "survey_write.h"

/* Every kind, every optional key, an option label with a bar in it. */
static const char every[] =
    "survey: round-trip\n"
    "title: Round trip\n"
    "version: 7\n"
    "intro: Shown first.\n"
    "section: One\n"
    "intro: About one.\n"
    "question: a_agree\n"
    "kind: agree5\n"
    "text: I agree.\n"
    "hint: Or not.\n"
    "question: b_scale\n"
    "kind: scale10\n"
    "text: How likely?\n"
    "required: no\n"
    "question: c_yes\n"
    "kind: yesno\n"
    "text: Yes or no?\n"
    "section: Two\n"
    "question: d_single\n"
    "kind: single\n"
    "text: Pick one.\n"
    "show-if: c_yes = no\n"
    "option: x | Ex | or y\n"
    "option: z-1 | Zed\n"
    "question: e_multi\n"
    "kind: multi\n"
    "text: Pick any.\n"
    "option: p | Pea\n"
    "option: q | Queue\n"
    "question: f_text\n"
    "kind: text\n"
    "text: Say more.\n"
    "required: no\n"
    "maxlen: 2000\n"
    "show-if: e_multi = q\n";

static void
assert_same_question(const struct question *a, const struct question *b)
{
	size_t	i;

	assert_string_equal(a->qkey, b->qkey);
	assert_int_equal(a->kind, b->kind);
	assert_string_equal(a->text, b->text);
	assert_string_equal(a->hint, b->hint);
	assert_int_equal(a->required, b->required);
	assert_int_equal(a->maxlen, b->maxlen);
	assert_int_equal(a->show_if_qkey == NULL, b->show_if_qkey == NULL);
	if (a->show_if_qkey != NULL) {
		assert_string_equal(a->show_if_qkey, b->show_if_qkey);
		assert_string_equal(a->show_if_value, b->show_if_value);
	}
	assert_int_equal(a->noptions, b->noptions);
	for (i = 0; i < a->noptions; i++) {
		assert_string_equal(a->options[i].value, b->options[i].value);
		assert_string_equal(a->options[i].label, b->options[i].label);
	}
}

static void
assert_same_survey(const struct survey *a, const struct survey *b)
{
	size_t	i, j;

	assert_string_equal(a->slug, b->slug);
	assert_string_equal(a->title, b->title);
	assert_string_equal(a->intro, b->intro);
	assert_int_equal(a->version, b->version);
	assert_int_equal(a->nsections, b->nsections);
	for (i = 0; i < a->nsections; i++) {
		assert_string_equal(a->sections[i].title, b->sections[i].title);
		assert_string_equal(a->sections[i].intro, b->sections[i].intro);
		assert_int_equal(a->sections[i].nquestions, b->sections[i].nquestions);
		for (j = 0; j < a->sections[i].nquestions; j++)
			assert_same_question(&a->sections[i].questions[j],
			    &b->sections[i].questions[j]);
	}
}

/* parse(write(parse(text))) is parse(text), and writing twice is stable. */
static void
round_trip(const char *text, size_t len)
{
	struct arena	*a = arena_new(0);
	struct survey	 s1, s2;
	struct buf	 w1, w2;
	char		 err[256];

	buf_init(&w1, 0);
	buf_init(&w2, 0);
	assert_int_equal(survey_def_parse(a, text, len, &s1, err, sizeof(err)), 0);
	assert_int_equal(survey_def_write(&w1, &s1), 0);
	if (survey_def_parse(a, w1.p, w1.len, &s2, err, sizeof(err)) != 0)
		fail_msg("re-parse: %s\n%s", err, w1.p);
	assert_same_survey(&s1, &s2);
	assert_int_equal(survey_def_write(&w2, &s2), 0);
	assert_string_equal(w1.p, w2.p);
	buf_free(&w1);
	buf_free(&w2);
	arena_free(a);
}

static void
test_every_key(void **state)
{
	(void)state;
	round_trip(every, sizeof(every) - 1);
}

/* The demo surveys, as shipped. */
static void
test_demo_files(void **state)
{
	static const char *const files[] = {
		"sql/demo/0002_health_check.survey", "sql/demo/0003_pulse.survey",
	};
	char	*text;
	long	 n;
	size_t	 i;
	FILE	*f;

	(void)state;
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		if ((f = fopen(files[i], "rb")) == NULL)
			fail_msg("open %s (run from the repository root)", files[i]);
		assert_int_equal(fseek(f, 0, SEEK_END), 0);
		n = ftell(f);
		rewind(f);
		text = malloc((size_t)n + 1);
		assert_non_null(text);
		assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
		fclose(f);
		round_trip(text, (size_t)n);
		free(text);
	}
}

/* A value that would not come back the same is refused, not written. */
static void
test_refuses_multiline(void **state)
{
	struct arena	*a = arena_new(0);
	struct survey	 s;
	struct buf	 w;
	char		 err[256];

	(void)state;
	buf_init(&w, 0);
	assert_int_equal(survey_def_parse(a, every, sizeof(every) - 1, &s, err,
	    sizeof(err)), 0);
	s.sections[0].questions[0].text = "two\nlines";
	assert_int_equal(survey_def_write(&w, &s), -1);
	s.sections[0].questions[0].text = "fine";
	s.sections[1].questions[0].options[0].value = "a|b";
	assert_int_equal(survey_def_write(&w, &s), -1);
	s.sections[1].questions[0].options[0].value = "x";
	s.intro = " leading blank";
	assert_int_equal(survey_def_write(&w, &s), -1);
	buf_free(&w);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_key),
		cmocka_unit_test(test_demo_files),
		cmocka_unit_test(test_refuses_multiline),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
