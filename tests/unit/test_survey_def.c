/* Unit tests: cgi/core/survey_def.c (and the helpers in survey.c it uses) */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "form.h"
#include "survey.h"

#define HEADER	"survey: pulse\ntitle: Pulse\nversion: 2\n"

/* A good definition that uses every key and every kind. */
static const char good[] =
    "# A comment, then a blank line\n"
    "\n"
    "survey: health-check\n"
    "title: Social Worker Health Check\n"
    "version: 3\n"
    "intro: One paragraph shown on the first page.\n"
    "\n"
    "section: Safe workloads and case allocation\n"
    "intro: About the work you are given.\n"
    "question: workload_manageable\n"
    "kind: agree5\n"
    "text: My workload is manageable.\n"
    "hint: Think about the last month.\n"
    "\n"
    "question: recommend\n"
    "  kind:   scale10   \n"
    "text: How likely are you to recommend Anyshire as a place to work?\n"
    "required: no\n"
    "\n"
    "section: Supervision\n"
    "question: supervision_cancelled\n"
    "kind: single\n"
    "text: How often is supervision cancelled or moved?\n"
    "option: never | Never\n"
    "option: sometimes|Sometimes\n"
    "option: often | Often  \n"
    "question: considering_leaving\n"
    "kind: yesno\n"
    "text: Are you thinking about leaving?\r\n"
    "question: leave_reasons\n"
    "kind: multi\n"
    "text: Why?\n"
    "show-if: considering_leaving = yes\n"
    "option: pay | Pay\n"
    "option: work-load | Workload\n"
    "question: low_workload\n"
    "kind: text\n"
    "text: What would help? # not a comment\n"
    "show-if: workload_manageable=pns\n"
    "maxlen: 2000\n"
    "required: no\n"
    "question: why_often\n"
    "kind: text\n"
    "text: Tell us more.\n"
    "show-if: supervision_cancelled = often\n"
    "question: zero\n"
    "kind: yesno\n"
    "text: Zero?\n"
    "show-if: recommend = 0\n";

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

/* Parse text; returns survey_def_parse()'s result, the reason in err. */
static int
parse(void **state, const char *text, struct survey *s, char *err, size_t len)
{
	return survey_def_parse(*state, text, strlen(text), s, err, len);
}

/* text must be refused with an error that starts with want. */
static void
refused(void **state, const char *text, const char *want)
{
	struct survey	s;
	char		err[256];

	assert_int_equal(parse(state, text, &s, err, sizeof(err)), -1);
	if (strncmp(err, want, strlen(want)) != 0)
		fail_msg("error \"%s\", want \"%s...\"", err, want);
}

static void
test_good(void **state)
{
	struct survey		 s;
	const struct question	*q;
	char			 err[256];

	assert_int_equal(parse(state, good, &s, err, sizeof(err)), 0);
	assert_string_equal(err, "");
	assert_string_equal(s.slug, "health-check");
	assert_string_equal(s.title, "Social Worker Health Check");
	assert_int_equal(s.version, 3);
	assert_string_equal(s.intro, "One paragraph shown on the first page.");
	assert_int_equal(s.nsections, 2);
	assert_string_equal(s.sections[0].title,
	    "Safe workloads and case allocation");
	assert_string_equal(s.sections[0].intro, "About the work you are given.");
	assert_string_equal(s.sections[1].intro, "");
	assert_int_equal(s.sections[0].nquestions, 2);
	assert_int_equal(s.sections[1].nquestions, 6);

	q = &s.sections[0].questions[0];
	assert_string_equal(q->qkey, "workload_manageable");
	assert_int_equal(q->kind, Q_AGREE5);
	assert_string_equal(q->hint, "Think about the last month.");
	assert_int_equal(q->required, 1);
	assert_null(q->show_if_qkey);
	assert_int_equal(q->noptions, 6);
	assert_string_equal(q->options[5].value, "pns");

	q = &s.sections[0].questions[1];
	assert_int_equal(q->kind, Q_SCALE10);
	assert_int_equal(q->required, 0);
	assert_string_equal(q->hint, "");
	assert_int_equal(q->noptions, 11);
	assert_int_equal(q->maxlen, 1000);

	q = survey_question(&s, "supervision_cancelled");
	assert_non_null(q);
	assert_int_equal(q->kind, Q_SINGLE);
	assert_int_equal(q->noptions, 3);
	assert_string_equal(q->options[1].value, "sometimes");
	assert_string_equal(q->options[1].label, "Sometimes");
	assert_string_equal(q->options[2].label, "Often");

	q = survey_question(&s, "considering_leaving");
	assert_string_equal(q->text, "Are you thinking about leaving?");
	assert_int_equal(q->noptions, 2);

	q = survey_question(&s, "leave_reasons");
	assert_int_equal(q->kind, Q_MULTI);
	assert_string_equal(q->show_if_qkey, "considering_leaving");
	assert_string_equal(q->show_if_value, "yes");
	assert_string_equal(q->options[1].value, "work-load");

	q = survey_question(&s, "low_workload");
	assert_int_equal(q->kind, Q_TEXT);
	assert_string_equal(q->text, "What would help? # not a comment");
	assert_string_equal(q->show_if_value, "pns");
	assert_int_equal(q->maxlen, 2000);
	assert_int_equal(q->noptions, 0);
	assert_null(q->options);
	assert_non_null(survey_question(&s, "zero"));
	assert_null(survey_question(&s, "nope"));
}

static void
test_show_if_applies(void **state)
{
	struct survey		 s;
	char			 err[256];
	struct kv		 kv[] = { { "considering_leaving", "yes", 3 } };
	struct kvlist		 l = { kv, 1 };
	const struct question	*q;

	assert_int_equal(parse(state, good, &s, err, sizeof(err)), 0);
	q = survey_question(&s, "leave_reasons");
	assert_int_equal(question_shown(q, &l), 1);
	kv[0].val = "no";
	assert_int_equal(question_shown(q, &l), 0);
}

/* A byte order mark, CRLF endings and no final newline are all fine. */
static void
test_line_endings(void **state)
{
	struct survey	s;
	char		err[256];
	const char	text[] = "\xEF\xBB\xBF" "survey: a\r\ntitle: A\r\nversion: 1\r\n"
	    "section: S\r\nquestion: q\r\nkind: yesno\r\ntext: Q?";

	assert_int_equal(parse(state, text, &s, err, sizeof(err)), 0);
	assert_string_equal(s.slug, "a");
	assert_string_equal(s.sections[0].questions[0].text, "Q?");
}

static void
test_header_errors(void **state)
{
	refused(state, "", "line 1: empty definition");
	refused(state, "# only a comment\n\n", "line 2: empty definition");
	refused(state, "title: x\nsurvey: a\n", "line 1: a definition starts with");
	refused(state, "survey: Health\n", "line 1: survey: must be 1 to 64");
	refused(state, "survey: a_b\n", "line 1: survey: must be 1 to 64");
	refused(state, "survey: a\ntitle: A\nversion: 1\n",
	    "line 3: the survey has no sections");
	refused(state, "survey: a\nversion: 1\nsection: S\n",
	    "line 3: the survey needs a title:");
	refused(state, "survey: a\ntitle: A\nsection: S\n",
	    "line 3: the survey needs a version:");
	refused(state, "survey: a\ntitle: A\ntitle: B\n", "line 3: title: given twice");
	refused(state, "survey: a\nsurvey: b\n", "line 2: survey: given twice");
	refused(state, "survey: a\ntitle: A\nversion: 0\n",
	    "line 3: version: must be a whole number");
	refused(state, "survey: a\ntitle: A\nversion: 1x\n",
	    "line 3: version: must be a whole number");
	refused(state, "survey: a\ntitle: A\nversion: +1\n",
	    "line 3: version: must be a whole number");
	refused(state, "survey: a\ntitle: A\nversion: 99999999999999999999\n",
	    "line 3: version: must be a whole number");
	refused(state, HEADER "section: S\nversion: 3\n",
	    "line 5: version: must come before");
	refused(state, HEADER "question: q\n", "line 4: question: before the first");
}

static void
test_line_errors(void **state)
{
	char	*big;

	refused(state, "survey: a\nno colon here\n", "line 2: expected \"key: value\"");
	refused(state, "survey: a\nTitle: A\n", "line 2: expected \"key: value\"");
	refused(state, "survey: a\ncolour: red\n", "line 2: unknown key \"colour\"");
	refused(state, "survey: a\ntitle:   \n", "line 2: title: needs a value");
	refused(state, "survey: a\ntitle: A\tB\n", "line 2: title: control character");
	refused(state, "survey: a\ntitle: A\x01\n", "line 2: title: control character");
	refused(state, "survey: a\ntitle: caf\xC3\n", "line 2: not valid UTF-8");
	refused(state, "survey: a\ntitle: \xC0\xAF\n", "line 2: not valid UTF-8");

	assert_non_null(big = malloc(5000));
	memset(big, 'x', 4999);
	memcpy(big, "survey: a\ntitle: ", 17);
	big[4999] = '\0';
	refused(state, big, "line 2: longer than 4000 bytes");
	/* 201 characters, well under the line limit */
	memcpy(big + 17, "x", 1);
	big[17 + 201] = '\0';
	refused(state, big, "line 2: title: longer than 200 characters");
	free(big);
}

static void
test_nul_byte(void **state)
{
	struct survey	s;
	char		err[256];
	const char	text[] = "survey: a\ntitle: A\0B\n";

	assert_int_equal(survey_def_parse(*state, text, sizeof(text) - 1, &s,
	    err, sizeof(err)), -1);
	assert_string_equal(err, "line 2: not valid UTF-8 text");
}

static void
test_section_errors(void **state)
{
	refused(state, HEADER "section: S\nsection: T\nquestion: q\nkind: yesno\n"
	    "text: Q\n", "line 4: section \"S\" has no questions");
	refused(state, HEADER "section: S\nquestion: q\nkind: yesno\ntext: Q\n"
	    "section: T\n", "line 8: section \"T\" has no questions");
	refused(state, HEADER "section: S\nintro: a\nintro: b\n",
	    "line 6: intro: given twice");
	refused(state, HEADER "section: S\ntitle: T\n", "line 5: title: belongs");
	refused(state, HEADER "section: S\nquestion: q\nkind: yesno\ntext: Q\n"
	    "intro: late\n", "line 8: intro: belongs to the survey or a section");
}

static void
test_question_errors(void **state)
{
	refused(state, HEADER "section: S\nkind: yesno\n",
	    "line 5: kind: outside a question");
	refused(state, HEADER "section: S\nquestion: Bad-Key\n",
	    "line 5: question: must be 1 to 64");
	refused(state, HEADER "section: S\nquestion: q\ntext: Q\nquestion: r\n",
	    "line 5: question q has no kind:");
	refused(state, HEADER "section: S\nquestion: q\nkind: yesno\n",
	    "line 5: question q has no text:");
	refused(state, HEADER "section: S\nquestion: q\nkind: likert\n",
	    "line 6: kind: \"likert\" is not one of");
	refused(state, HEADER "section: S\nquestion: q\nkind: yesno\nkind: text\n",
	    "line 7: kind: given twice");
	refused(state, HEADER "section: S\nquestion: q\nkind: yesno\nrequired: maybe\n",
	    "line 7: required: must be yes or no");
	refused(state, HEADER "section: S\nquestion: q\nkind: yesno\ntext: Q\n"
	    "title: T\n", "line 8: title: belongs to the survey; a question");
}

static void
test_duplicate_qkey(void **state)
{
	refused(state, HEADER "section: S\nquestion: q\nkind: yesno\ntext: Q\n"
	    "section: T\nquestion: q\n", "line 9: question q is defined twice");
}

static void
test_maxlen(void **state)
{
	refused(state, HEADER "section: S\nquestion: q\nmaxlen: 10\nkind: text\n",
	    "line 6: maxlen: must come after kind:");
	refused(state, HEADER "section: S\nquestion: q\nkind: agree5\nmaxlen: 10\n",
	    "line 7: maxlen: only text questions");
	refused(state, HEADER "section: S\nquestion: q\nkind: text\nmaxlen: 5001\n",
	    "line 7: maxlen: must be a whole number from 1 to 5000");
	refused(state, HEADER "section: S\nquestion: q\nkind: text\nmaxlen: 0\n",
	    "line 7: maxlen: must be a whole number");
}

static void
test_options(void **state)
{
	struct survey	 s;
	char		 err[256], *text, *p;
	int		 i;

	refused(state, HEADER "section: S\nquestion: q\nkind: agree5\n"
	    "option: a | A\n", "line 7: option: only single and multi questions "
	    "have options (agree5 has fixed choices)");
	refused(state, HEADER "section: S\nquestion: q\nkind: yesno\n"
	    "option: a | A\n", "line 7: option: only single and multi");
	refused(state, HEADER "section: S\nquestion: q\noption: a | A\n",
	    "line 6: option: must come after kind:");
	refused(state, HEADER "section: S\nquestion: q\nkind: single\ntext: Q\n"
	    "option: a | A\n", "line 5: question q (single) needs at least 2");
	refused(state, HEADER "section: S\nquestion: q\nkind: single\n"
	    "option: a A\n", "line 7: option: expected \"value | Label\"");
	refused(state, HEADER "section: S\nquestion: q\nkind: single\n"
	    "option: a |\n", "line 7: option: a needs a label");
	refused(state, HEADER "section: S\nquestion: q\nkind: single\n"
	    "option: A | A\n", "line 7: option value: must be 1 to 64");
	refused(state, HEADER "section: S\nquestion: q\nkind: multi\n"
	    "option: a | A\noption: a | B\n", "line 8: option: value a is used twice");

	/* 50 options are fine, 51 are not */
	assert_non_null(text = malloc(4096));
	p = text + sprintf(text, HEADER "section: S\nquestion: q\nkind: multi\n"
	    "text: Q\n");
	for (i = 0; i < 50; i++)
		p += sprintf(p, "option: o%d | O %d\n", i, i);
	assert_int_equal(parse(state, text, &s, err, sizeof(err)), 0);
	assert_int_equal(s.sections[0].questions[0].noptions, 50);
	sprintf(p, "option: o50 | O 50\n");
	refused(state, text, "line 58: option: more than 50 options");
	free(text);
}

static void
test_show_if(void **state)
{
	/* to a later question */
	refused(state, HEADER "section: S\nquestion: a\nkind: yesno\ntext: A\n"
	    "show-if: b = yes\nquestion: b\nkind: yesno\ntext: B\n",
	    "line 8: show-if: b is not an earlier question");
	/* to itself */
	refused(state, HEADER "section: S\nquestion: a\nkind: yesno\ntext: A\n"
	    "show-if: a = yes\n", "line 8: show-if: question a cannot depend on itself");
	/* to a question that does not exist */
	refused(state, HEADER "section: S\nquestion: a\nkind: yesno\ntext: A\n"
	    "show-if: zz = yes\n", "line 8: show-if: zz is not an earlier question");
	/* to a text question */
	refused(state, HEADER "section: S\nquestion: a\nkind: text\ntext: A\n"
	    "question: b\nkind: yesno\ntext: B\nshow-if: a = yes\n",
	    "line 11: show-if: a is a text question");
	/* values that are not a choice of the earlier question */
	refused(state, HEADER "section: S\nquestion: a\nkind: agree5\ntext: A\n"
	    "question: b\nkind: yesno\ntext: B\nshow-if: a = 6\n",
	    "line 11: show-if: \"6\" is not one of the choices of a");
	refused(state, HEADER "section: S\nquestion: a\nkind: scale10\ntext: A\n"
	    "question: b\nkind: yesno\ntext: B\nshow-if: a = 11\n",
	    "line 11: show-if: \"11\" is not one of the choices of a");
	refused(state, HEADER "section: S\nquestion: a\nkind: yesno\ntext: A\n"
	    "question: b\nkind: yesno\ntext: B\nshow-if: a = Yes\n",
	    "line 11: show-if: \"Yes\" is not one of the choices of a");
	refused(state, HEADER "section: S\nquestion: a\nkind: single\ntext: A\n"
	    "option: x | X\noption: y | Y\n"
	    "question: b\nkind: yesno\ntext: B\nshow-if: a = z\n",
	    "line 13: show-if: \"z\" is not one of the choices of a");
	/* malformed */
	refused(state, HEADER "section: S\nquestion: a\nkind: yesno\ntext: A\n"
	    "question: b\nkind: yesno\ntext: B\nshow-if: a yes\n",
	    "line 11: show-if: expected \"question_key = value\"");
	refused(state, HEADER "section: S\nquestion: a\nkind: yesno\ntext: A\n"
	    "question: b\nkind: yesno\ntext: B\nshow-if: = yes\n",
	    "line 11: show-if: must be 1 to 64");
	refused(state, HEADER "section: S\nquestion: a\nkind: yesno\ntext: A\n"
	    "question: b\nkind: yesno\ntext: B\nshow-if: a = yes\nshow-if: a = no\n",
	    "line 12: show-if: given twice");
}

/* Up to the limits on sections and questions, and not one more. */
static void
test_limits(void **state)
{
	struct survey	 s;
	char		 err[256], *text, *p;
	int		 i;

	assert_non_null(text = malloc(64 * 1024));
	p = text + sprintf(text, HEADER);
	for (i = 0; i < 50; i++)
		p += sprintf(p, "section: S%d\nquestion: q%d\nkind: yesno\n"
		    "text: Q\n", i, i);
	assert_int_equal(parse(state, text, &s, err, sizeof(err)), 0);
	assert_int_equal(s.nsections, 50);
	sprintf(p, "section: S50\n");
	refused(state, text, "line 204: more than 50 sections");

	p = text + sprintf(text, HEADER "section: S\n");
	for (i = 0; i < 200; i++)
		p += sprintf(p, "question: q%d\nkind: yesno\ntext: Q\n", i);
	assert_int_equal(parse(state, text, &s, err, sizeof(err)), 0);
	assert_int_equal(s.sections[0].nquestions, 200);
	sprintf(p, "question: q200\n");
	refused(state, text, "line 605: more than 200 questions");
	free(text);
}

/* A small error buffer truncates the reason but stays a string. */
static void
test_small_err(void **state)
{
	struct survey	s;
	char		err[8];

	assert_int_equal(parse(state, "survey: a\ncolour: red\n", &s, err,
	    sizeof(err)), -1);
	assert_string_equal(err, "line 2:");
	assert_int_equal(parse(state, "", &s, err, 0), -1);
}

/* The demo definitions in sql/demo parse, when run from the top directory. */
static void
test_demo_files(void **state)
{
	static const char *const files[] = {
		"sql/demo/0002_health_check.survey", "sql/demo/0003_pulse.survey",
	};
	struct survey	 s;
	char		 err[256], *text;
	size_t		 i, len;
	FILE		*f;

	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		if ((f = fopen(files[i], "rb")) == NULL)
			skip();
		assert_non_null(text = malloc(256 * 1024));
		len = fread(text, 1, 256 * 1024, f);
		fclose(f);
		if (survey_def_parse(*state, text, len, &s, err, sizeof(err)) != 0)
			fail_msg("%s: %s", files[i], err);
		free(text);
		assert_non_null(survey_question(&s, "recommend"));
		assert_non_null(survey_question(&s, "workload_manageable"));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_good),
		T(test_show_if_applies),
		T(test_line_endings),
		T(test_header_errors),
		T(test_line_errors),
		T(test_nul_byte),
		T(test_section_errors),
		T(test_question_errors),
		T(test_duplicate_qkey),
		T(test_maxlen),
		T(test_options),
		T(test_show_if),
		T(test_limits),
		T(test_small_err),
		T(test_demo_files),
#undef T
	};

	return cmocka_run_group_tests_name("survey_def", tests, NULL, NULL);
}
