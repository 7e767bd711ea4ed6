/*
 * libFuzzer target: survey_def_parse() over arbitrary bytes (not
 * NUL-terminated). Checks the parser's promises: on error the reason
 * starts "line N: "; on success the survey is within every limit, keys are
 * well formed and unique, each choice question has its options, and every
 * show-if names an earlier question and one of its choices.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "survey.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);


static void
check_text(const char *s, size_t max)
{
	size_t	n;

	if (s == NULL)
		abort();
	n = strlen(s);
	if (!utf8_valid(s, n) || utf8_count(s, n) > max)
		abort();
}

/* The show-if of q (number k in the survey) points back at a choice. */
static void
check_show_if(const struct question *all[], size_t k)
{
	const struct question	*q = all[k];
	size_t			 i, j;

	if (q->show_if_qkey == NULL)
		return;
	for (i = 0; i < k; i++)
		if (strcmp(all[i]->qkey, q->show_if_qkey) == 0)
			break;
	if (i == k || all[i]->kind == Q_TEXT)
		abort();
	for (j = 0; j < all[i]->noptions; j++)
		if (strcmp(all[i]->options[j].value, q->show_if_value) == 0)
			return;
	abort();
}

static void
check_question(const struct question *all[], size_t k)
{
	const struct question	*q = all[k];
	size_t			 i;

	if ((unsigned)q->kind >= Q__MAX || !survey_key_ok(q->qkey, "_") ||
	    q->maxlen < 1 || q->maxlen > 5000 || (q->required & ~1) != 0)
		abort();
	check_text(q->text, 500);
	check_text(q->hint, 500);
	if ((q->kind == Q_SINGLE || q->kind == Q_MULTI) &&
	    (q->noptions < 2 || q->noptions > 50))
		abort();
	if (q->kind == Q_TEXT && q->noptions != 0)
		abort();
	for (i = 0; i < q->noptions; i++) {
		if (!survey_key_ok(q->options[i].value, "_-"))
			abort();
		check_text(q->options[i].label, 200);
	}
	for (i = 0; i < k; i++)
		if (strcmp(all[i]->qkey, q->qkey) == 0)
			abort();
	check_show_if(all, k);
}

static void
check_survey(const struct survey *s)
{
	static const struct question	*all[200];
	size_t				 i, j, n = 0;

	if (!survey_key_ok(s->slug, "-") || s->version < 1 || s->version > 1000000 ||
	    s->nsections < 1 || s->nsections > 50)
		abort();
	check_text(s->title, 200);
	check_text(s->intro, 2000);
	for (i = 0; i < s->nsections; i++) {
		check_text(s->sections[i].title, 200);
		check_text(s->sections[i].intro, 2000);
		if (s->sections[i].nquestions == 0)
			abort();
		for (j = 0; j < s->sections[i].nquestions; j++) {
			if (n == 200)
				abort();
			all[n] = &s->sections[i].questions[j];
			check_question(all, n++);
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	*a;
	struct survey		 s;
	char			 err[256];

	if (a == NULL && (a = arena_new(0)) == NULL)
		return 0;
	if (survey_def_parse(a, (const char *)data, size, &s, err,
	    sizeof(err)) == 0)
		check_survey(&s);
	else if (strncmp(err, "line ", 5) != 0 || strstr(err, ": ") == NULL)
		abort();
	arena_reset(a);
	return 0;
}
