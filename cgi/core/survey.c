/* Survey structure helpers: question kinds and their fixed choices, show-if. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "form.h"
#include "survey.h"
#include "utf8.h"

const char *const qkind_names[Q__MAX] = {
	[Q_AGREE5] = "agree5", [Q_SCALE10] = "scale10", [Q_SINGLE] = "single",
	[Q_MULTI] = "multi", [Q_YESNO] = "yesno", [Q_TEXT] = "text",
};

static const struct qoption agree5[] = {
	{ "5", "Strongly agree" }, { "4", "Agree" },
	{ "3", "Neither agree nor disagree" }, { "2", "Disagree" },
	{ "1", "Strongly disagree" }, { "pns", "Prefer not to say" },
};

static const struct qoption scale10[] = {
	{ "0", "0" }, { "1", "1" }, { "2", "2" }, { "3", "3" }, { "4", "4" },
	{ "5", "5" }, { "6", "6" }, { "7", "7" }, { "8", "8" }, { "9", "9" },
	{ "10", "10" },
};

static const struct qoption yesno[] = {
	{ "yes", "Yes" }, { "no", "No" },
};

const struct qoption *
qkind_options(enum qkind k, size_t *n)
{
	switch (k) {
	case Q_AGREE5:
		*n = sizeof(agree5) / sizeof(agree5[0]);
		return agree5;
	case Q_SCALE10:
		*n = sizeof(scale10) / sizeof(scale10[0]);
		return scale10;
	case Q_YESNO:
		*n = sizeof(yesno) / sizeof(yesno[0]);
		return yesno;
	default:
		*n = 0;
		return NULL;
	}
}

int
qoption_num(enum qkind k, const char *v)
{
	const struct qoption	*o;
	size_t			 i, n;

	if (k == Q_YESNO)
		return strcmp(v, "yes") == 0 ? 1 : strcmp(v, "no") == 0 ? 0 : -1;
	if ((o = qkind_options(k, &n)) == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(o[i].value, v) == 0)
			return v[0] >= '0' && v[0] <= '9' ? (int)strtol(v, NULL, 10) : -1;
	return -1;
}

const struct question *
survey_question(const struct survey *s, const char *qkey)
{
	size_t	i, j;

	for (i = 0; i < s->nsections; i++)
		for (j = 0; j < s->sections[i].nquestions; j++)
			if (strcmp(s->sections[i].questions[j].qkey, qkey) == 0)
				return &s->sections[i].questions[j];
	return NULL;
}

int
question_shown(const struct question *q, const struct kvlist *answers)
{
	size_t	i;

	if (q->show_if_qkey == NULL)
		return 1;
	for (i = 0; i < answers->n; i++)
		if (strcmp(answers->v[i].key, q->show_if_qkey) == 0 &&
		    strcmp(answers->v[i].val, q->show_if_value) == 0)
			return 1;
	return 0;
}

/* Characters in a comment as the person sees them: CRLF counts once. */
static size_t
text_len(const char *s, size_t n)
{
	size_t	i, cr = 0;

	for (i = 0; i < n; i++)
		if (s[i] == '\r')
			cr++;
	return utf8_count(s, n) - cr;
}

/* Is v one of q's choices? */
static int
option_ok(const struct question *q, const char *v)
{
	const struct qoption	*o = q->options;
	size_t			 i, n = q->noptions;

	if (o == NULL)
		o = qkind_options(q->kind, &n);
	for (i = 0; i < n; i++)
		if (strcmp(o[i].value, v) == 0)
			return 1;
	return 0;
}

/* Why the answers to q on this page are not acceptable, or NULL. */
static const char *
question_problem(struct arena *a, const struct question *q, const struct kvlist *form)
{
	size_t		 i, given = 0;
	const struct kv	*kv;

	for (i = 0; i < form->n; i++) {
		kv = &form->v[i];
		if (strcmp(kv->key, q->qkey) != 0 || kv->vallen == 0)
			continue;
		given++;
		if (q->kind == Q_TEXT) {
			if (text_len(kv->val, kv->vallen) > q->maxlen)
				return "Your answer is too long";
		} else if (!option_ok(q, kv->val))
			return "Select one of the options";
	}
	if (given > 1 && q->kind != Q_MULTI)
		return "Select only one option";
	if (given == 0 && q->required)
		return arena_printf(a, q->kind == Q_TEXT ? "Enter an answer to: %s" :
		    q->kind == Q_MULTI ? "Select at least one option for: %s" :
		    "Select an answer for: %s", q->text);
	return NULL;
}

int
section_question_shown(const struct section *s, const struct question *q,
    const struct kvlist *form, const struct kvlist *sofar)
{
	size_t	i;

	if (q->show_if_qkey == NULL)
		return 1;
	for (i = 0; i < s->nquestions; i++)	/* trigger on this page: the page decides */
		if (strcmp(s->questions[i].qkey, q->show_if_qkey) == 0)
			return question_shown(q, form);
	return question_shown(q, sofar);
}

int
survey_check_section(struct arena *a, const struct section *s,
    const struct kvlist *form, const struct kvlist *sofar, struct qerror **errs)
{
	size_t		 i;
	int		 n = 0;
	const char	*why;

	*errs = arena_alloc(a, sizeof(**errs) * (s->nquestions + 1));
	if (*errs == NULL)
		return -1;
	for (i = 0; i < s->nquestions; i++) {
		const struct question *q = &s->questions[i];

		if (!section_question_shown(s, q, form, sofar))
			continue;
		if ((why = question_problem(a, q, form)) != NULL) {
			(*errs)[n].q = q;
			(*errs)[n++].message = why;
		}
	}
	return n;
}

/* Is v among the first n rows' values? (a choice sent twice counts once) */
static int
already_chosen(const struct answer_row *rows, size_t n, const char *v)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcasecmp(rows[i].value, v) == 0)
			return 1;
	return 0;
}

/* Append q's valid answers from answers to rows. */
static size_t
rows_for(const struct question *q, const struct kvlist *answers,
    struct answer_row *rows)
{
	size_t	i, n = 0;

	for (i = 0; i < answers->n; i++) {
		const struct kv	*kv = &answers->v[i];
		int		 num;

		if (strcmp(kv->key, q->qkey) != 0 || kv->vallen == 0)
			continue;
		if (q->kind == Q_TEXT) {
			if (text_len(kv->val, kv->vallen) > q->maxlen || n > 0)
				continue;
			rows[n].value = "text";
			rows[n].comment = kv->val;
		} else {
			if (!option_ok(q, kv->val) || (n > 0 && q->kind != Q_MULTI) ||
			    already_chosen(rows, n, kv->val))
				continue;
			rows[n].value = kv->val;
			num = qoption_num(q->kind, kv->val);
			rows[n].has_num = num >= 0;
			rows[n].num = num;
		}
		rows[n++].qid = q->id;
	}
	return n;
}

int
survey_answer_rows(struct arena *a, const struct survey *s,
    const struct kvlist *answers, struct answer_row **rows, size_t *missing)
{
	size_t	i, j, n = 0, got;

	*missing = 0;
	if ((*rows = arena_alloc(a, sizeof(**rows) * (answers->n + 1))) == NULL)
		return -1;
	for (i = 0; i < s->nsections; i++)
		for (j = 0; j < s->sections[i].nquestions; j++) {
			const struct question *q = &s->sections[i].questions[j];

			if (!question_shown(q, answers))
				continue;
			got = rows_for(q, answers, *rows + n);
			if (got == 0 && q->required)
				(*missing)++;
			n += got;
		}
	return (int)n;
}
