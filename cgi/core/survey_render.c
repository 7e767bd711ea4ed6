/*
 * The questions of a staff survey section page, filled into the
 * dictionary of templates/survey/section.tpl. chorus-staff renders its
 * pages with it and chorus-admin its previews, so a preview is exactly
 * what staff will see.
 */
#include <string.h>

#include "arena.h"
#include "form.h"
#include "survey.h"
#include "survey_render.h"
#include "tmpl.h"

/* Is (key, value) among the values? */
static int
kv_has(const struct kvlist *l, const char *key, const char *val)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0 && strcmp(l->v[i].val, val) == 0)
			return 1;
	return 0;
}

static const struct qoption *
question_options(const struct question *q, size_t *n)
{
	if (q->options != NULL) {
		*n = q->noptions;
		return q->options;
	}
	return qkind_options(q->kind, n);
}

/* The label of q's choice v (for show-if hints and the check page). */
const char *
question_option_label(const struct question *q, const char *v)
{
	const struct qoption	*o;
	size_t			 i, n;

	if ((o = question_options(q, &n)) != NULL)
		for (i = 0; i < n; i++)
			if (strcmp(o[i].value, v) == 0)
				return o[i].label;
	return v;
}

/*
 * The id a choice's label points at: "q-KEY" for the first choice (the one
 * the error summary links to), "q-KEY-N" for the others. Built by hand: a
 * long section has a couple of hundred of them, and printf was a tenth of
 * the page's cost.
 */
static const char *
choice_id(struct arena *a, const char *qkey, size_t i)
{
	char	 num[24], *p, *out;
	size_t	 klen = strlen(qkey), nlen = 0;

	for (; i > 0 && nlen < sizeof(num); i /= 10)
		num[sizeof(num) - ++nlen] = (char)('0' + i % 10);
	if ((out = arena_alloc(a, klen + nlen + 4)) == NULL)
		return NULL;
	memcpy(out, "q-", 2);
	memcpy(out + 2, qkey, klen);
	p = out + 2 + klen;
	if (nlen > 0) {
		*p++ = '-';
		memcpy(p, num + sizeof(num) - nlen, nlen);
	}
	return out;
}

/* Radios, scale or checkboxes for q, with vals' choices ticked. */
static void
render_choices(struct arena *a, struct tdict *qd, const struct question *q,
    const struct kvlist *vals)
{
	const char		*sec = q->kind == Q_MULTI ? "CHECKBOXES" :
				    q->kind == Q_SCALE10 ? "SCALE" : "RADIOS";
	struct tdict		*in = tdict_section(qd, sec), *od;
	const struct qoption	*o;
	size_t			 i, n;

	if (q->kind == Q_SCALE10) {
		tdict_set(in, "LOW_LABEL", "Not at all likely");
		tdict_set(in, "HIGH_LABEL", "Extremely likely");
	}
	if (q->kind == Q_YESNO)
		tdict_show(in, "INLINE");
	o = question_options(q, &n);
	for (i = 0; i < n; i++) {
		od = tdict_section(in, "OPTION");
		tdict_set(od, "VALUE", o[i].value);
		tdict_set(od, "LABEL", o[i].label);
		tdict_set(od, "ID", choice_id(a, q->qkey, i));
		if (kv_has(vals, q->qkey, o[i].value))
			tdict_show(od, "CHECKED");
		if (strcmp(o[i].value, "pns") == 0)
			tdict_show(od, "DIVIDER_BEFORE");
	}
}

/* Index in s of the question q's show-if looks at, or -1 (another page). */
static int
trigger_in(const struct section *s, const struct question *q)
{
	size_t	i;

	for (i = 0; q->show_if_qkey != NULL && i < s->nquestions; i++)
		if (strcmp(s->questions[i].qkey, q->show_if_qkey) == 0)
			return (int)i;
	return -1;
}

/* The show-if hint for a question whose trigger is on the same page. */
static void
render_show_if(struct tdict *qd, const struct section *s, const struct question *q)
{
	struct tdict	*d;
	int		 i;

	if ((i = trigger_in(s, q)) == -1)
		return;
	d = tdict_section(qd, "SHOW_IF");
	tdict_set(d, "TRIGGER_TEXT", s->questions[i].text);
	tdict_set(d, "TRIGGER_LABEL", question_option_label(&s->questions[i], q->show_if_value));
	tdict_set(d, "SHOW_IF_QKEY", q->show_if_qkey);
	tdict_set(d, "SHOW_IF_VALUE", q->show_if_value);
}

static const char *
error_for(const struct qerror *errs, int nerr, const struct question *q)
{
	int	i;

	for (i = 0; i < nerr; i++)
		if (errs[i].q == q)
			return errs[i].message;
	return NULL;
}

/* One question of a section page. */
static void
render_question(struct arena *a, struct tdict *b, const struct section *s,
    const struct question *q, const struct kvlist *vals, const char *err)
{
	struct tdict	*qd = tdict_section(b, "QUESTION"), *t;
	const struct kv	*kv;

	tdict_set(qd, "QKEY", q->qkey);
	tdict_set(qd, "TEXT", q->text);
	if (q->hint[0] != '\0')
		tdict_set(tdict_section(qd, "HAS_HINT"), "HINT", q->hint);
	if (!q->required)
		tdict_show(qd, "OPTIONAL");
	if (err != NULL)
		tdict_set(tdict_section(qd, "Q_ERROR"), "MESSAGE", err);
	if (q->show_if_qkey != NULL)
		render_show_if(qd, s, q);
	if (q->kind != Q_TEXT) {
		render_choices(a, qd, q, vals);
		return;
	}
	t = tdict_section(qd, "TEXTAREA");
	kv = kv_get(vals, q->qkey);
	tdict_set(t, "VALUE", kv ? kv->val : "");
	tdict_setint(t, "MAXLEN", q->maxlen);
	tdict_set(t, "ID", choice_id(a, q->qkey, 0));
}

int
survey_render_questions(struct arena *a, struct tdict *b, const struct section *s,
    const struct kvlist *vals, const struct kvlist *sofar,
    const struct qerror *errs, int nerr)
{
	size_t	i;

	for (i = 0; i < s->nquestions; i++) {
		const struct question *q = &s->questions[i];

		/* a rule on an earlier page decides here; one on this page is a hint */
		if (trigger_in(s, q) == -1 && !question_shown(q, sofar))
			continue;
		render_question(a, b, s, q, vals, error_for(errs, nerr, q));
	}
	return 0;
}
