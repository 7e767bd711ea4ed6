/*
 * The questions of the child and family voice forms (administrators only).
 *
 *   GET  /admin/voice/form?form=SLUG            the questions, in order
 *   GET  /admin/voice/question/new?form=SLUG    add one (with its English)
 *   POST /admin/voice/question/new
 *   GET  /admin/voice/question?id=N             change one
 *   POST /admin/voice/question
 *   POST /admin/voice/question/move             id, dir=up|down
 *   GET  /admin/voice/question/retire?id=N      are you sure?
 *   POST /admin/voice/question/retire           off the form, answers kept
 *
 * A question's key and kind are fixed once it exists (answers are stored
 * by question and read by kind). A question is never deleted: it is
 * retired, so feedback already given stays readable and reportable.
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "builder.h"
#include "db.h"
#include "db_vform.h"
#include "field.h"
#include "form.h"
#include "tmpl.h"
#include "vform.h"

#define OPT_MAX		12	/* choices of one question */

/* Parallel tables: the values the columns take, and how they read. */
static const char *const kinds[] = { "faces", "ynns", "single", "text" };
static const char *const kind_names[] = {
	"Picture faces (1 to 5)", "Yes, no or not sure", "One choice from a list", "Free text",
};
static const char *const topics[] = {
	"social_worker", "decisions", "safe", "care_promise", "better",
};
static const char *const topic_names[] = {
	"Their social worker", "Decisions about them", "Feeling safe and settled",
	"The Care Promise", "What would make things better",
};
static const char *const concerns[] = { "never", "no", "yes", "option" };
static const char *const concern_names[] = {
	"Never", "When the answer is no", "When the answer is yes",
	"When a choice marked concern is picked",
};
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Index of s in tab[0..n), or -1. */
static int
pick(const char *const *tab, size_t n, const char *s)
{
	size_t	i;

	for (i = 0; s != NULL && i < n; i++)
		if (strcmp(tab[i], s) == 0)
			return (int)i;
	return -1;
}

/* How kind reads on the pages (a kind not in the table reads as free text). */
static const char *
kind_name(const char *kind)
{
	int	k = pick(kinds, NELEM(kinds), kind);

	return kind_names[k < 0 ? (int)NELEM(kinds) - 1 : k];
}

/* [a-z][a-z0-9_]{0,31}: a question key or a choice value. */
static int
key_ok(const char *s)
{
	size_t	i, n = s ? strlen(s) : 0;

	if (n == 0 || n > 32 || s[0] < 'a' || s[0] > 'z')
		return 0;
	for (i = 1; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

/* [a-z0-9-]{1,32}: a form slug. */
static int
slug_ok(const char *s)
{
	size_t	i, n = s ? strlen(s) : 0;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return n >= 1 && n <= 32;
}

enum qf { QF_QKEY, QF_TEXT, QF_HINT, QF_KIND, QF_TOPIC, QF_REQUIRED, QF_CONCERN,
	QF_OPTIONS, QF_MAXLEN, QF__MAX };

static const struct field q_fields[QF__MAX] = {
	[QF_QKEY] = { "qkey", valid_line, 0, 32, 0, 0, NULL,
	    "A key must start with a letter and use only a to z, 0 to 9 and _" },
	[QF_TEXT] = { "text", valid_line, FIELD_REQUIRED, 300, 0, 0,
	    "Enter the question in English", "The question must be 300 characters or fewer, on one line" },
	[QF_HINT] = { "hint", valid_line, 0, 300, 0, 0, NULL,
	    "The hint must be 300 characters or fewer, on one line" },
	[QF_KIND] = { "kind", valid_line, 0, 16, 0, 0, NULL, NULL },
	[QF_TOPIC] = { "topic", valid_line, FIELD_REQUIRED, 32, 0, 0, "Select a topic", NULL },
	[QF_REQUIRED] = { "required", valid_line, 0, 1, 0, 0, NULL, NULL },
	[QF_CONCERN] = { "concern", valid_line, FIELD_REQUIRED, 16, 0, 0,
	    "Select when an answer opens an urgent follow-up", NULL },
	[QF_OPTIONS] = { "options", valid_text, 0, 4000, 0, 0, NULL,
	    "The choices must be 4000 characters or fewer" },
	[QF_MAXLEN] = { "maxlen", valid_int, 0, 5, 1, 2000, NULL,
	    "The longest answer must be a whole number from 1 to 2000" },
};

/* ---- choices: "value | Words" lines, "| concern" after those that worry -- */

/* s with spaces, tabs and carriage returns trimmed from both ends, in place. */
static char *
trim(char *s)
{
	size_t	n;

	s += strspn(s, " \t\r");
	for (n = strlen(s); n > 0 && strchr(" \t\r", s[n - 1]) != NULL; n--)
		s[n - 1] = '\0';
	return s;
}

/* One line "value | Words [| concern]" as choice n of q. NULL, or the problem. */
static const char *
parse_option(struct ctx *c, char *line, const char **vals, const char **labels, int *conc,
    size_t n)
{
	char	*bar, *bar2;
	size_t	 i;

	if ((bar = strchr(line, '|')) == NULL)
		return arena_printf(c->a, "Write each choice as value | Words: %s", trim(line));
	*bar = '\0';
	if ((bar2 = strchr(bar + 1, '|')) != NULL)
		*bar2 = '\0';
	vals[n] = trim(line);
	labels[n] = trim(bar + 1);
	conc[n] = bar2 != NULL;
	if (bar2 != NULL && strcmp(trim(bar2 + 1), "concern") != 0)
		return arena_printf(c->a, "After a second | write concern, or nothing: %s", vals[n]);
	if (!key_ok(vals[n]) || labels[n][0] == '\0' || strlen(labels[n]) > 200)
		return arena_printf(c->a, "Each choice needs a value (a to z, 0 to 9 and _, "
		    "starting with a letter) and words of 200 characters or fewer: %s", vals[n]);
	for (i = 0; i < n; i++)
		if (strcmp(vals[i], vals[n]) == 0)
			return arena_printf(c->a, "The value %s is used twice", vals[n]);
	return NULL;
}

/* The choices typed into q (arena); *err set when one is wrong. 0, or -1. */
static int
parse_options(struct ctx *c, const char *text, struct vq_edit *q, const char **err)
{
	const char	**vals, **labels, *line, *end;
	char		 *v;
	int		 *conc;
	size_t		  n = 0;

	vals = arena_alloc(c->a, sizeof(*vals) * OPT_MAX);
	labels = arena_alloc(c->a, sizeof(*labels) * OPT_MAX);
	conc = arena_alloc(c->a, sizeof(*conc) * OPT_MAX);
	if (vals == NULL || labels == NULL || conc == NULL)
		return -1;
	for (line = text ? text : ""; *line != '\0'; line = *end ? end + 1 : end) {
		end = line + strcspn(line, "\n");
		if ((v = arena_strndup(c->a, line, (size_t)(end - line))) == NULL)
			return -1;
		if (trim(v)[0] == '\0')
			continue;
		if (n == OPT_MAX) {
			*err = "A question can have at most 12 choices";
			return 0;
		}
		if ((*err = parse_option(c, v, vals, labels, conc, n)) != NULL)
			return 0;
		n++;
	}
	q->opt_value = vals;
	q->opt_label = labels;
	q->opt_concern = conc;
	q->nopt = n;
	return 0;
}

/*
 * Check the posted question into q; kind is the question's own when
 * changing one (NULL: adding). Errors go into fv; the count, or -1.
 */
static int
check_question(struct ctx *c, struct fieldval *fv, const char *kind, struct vq_edit *q)
{
	const char	*err = NULL;
	size_t		 i;
	int		 bad, nconcern = 0;

	if ((bad = fields_check(c->a, &c->req.form, q_fields, QF__MAX, fv)) < 0)
		return -1;
	memset(q, 0, sizeof(*q));
	if (kind == NULL) {
		if (fv[QF_QKEY].error == NULL && !key_ok(fv[QF_QKEY].s) && ++bad)
			fv[QF_QKEY].error = fv[QF_QKEY].present ? q_fields[QF_QKEY].invalid :
			    "Enter a key for the question";
		if (pick(kinds, NELEM(kinds), fv[QF_KIND].s) < 0 && ++bad)
			fv[QF_KIND].error = "Select the kind of question";
		q->qkey = fv[QF_QKEY].s;
		q->kind = fv[QF_KIND].s;
	} else
		q->kind = kind;
	if (fv[QF_TOPIC].error == NULL && pick(topics, NELEM(topics), fv[QF_TOPIC].s) < 0 && ++bad)
		fv[QF_TOPIC].error = "Select a topic";
	if (fv[QF_CONCERN].error == NULL && pick(concerns, NELEM(concerns), fv[QF_CONCERN].s) < 0
	    && ++bad)
		fv[QF_CONCERN].error = "Select when an answer opens an urgent follow-up";
	if (q->kind != NULL && strcmp(q->kind, "single") == 0) {
		if (fv[QF_OPTIONS].error == NULL && parse_options(c, fv[QF_OPTIONS].s, q, &err) == -1)
			return -1;
		if (err == NULL && fv[QF_OPTIONS].error == NULL && q->nopt < 2)
			err = "Write at least two choices, one on each line";
		if (err != NULL && fv[QF_OPTIONS].error == NULL && ++bad)
			fv[QF_OPTIONS].error = err;
	}
	for (i = 0; i < q->nopt; i++)
		nconcern += q->opt_concern[i];
	if (fv[QF_CONCERN].error == NULL && q->kind != NULL && fv[QF_KIND].error == NULL) {
		err = NULL;
		if ((strcmp(fv[QF_CONCERN].s, "no") == 0 || strcmp(fv[QF_CONCERN].s, "yes") == 0) &&
		    strcmp(q->kind, "ynns") != 0)
			err = "Only a yes, no or not sure question can raise a concern on yes or no";
		else if (strcmp(fv[QF_CONCERN].s, "option") == 0 && (strcmp(q->kind, "single") != 0 ||
		    (nconcern == 0 && fv[QF_OPTIONS].error == NULL)))
			err = "Mark at least one choice of a one-choice question with | concern";
		if (err != NULL && ++bad)
			fv[QF_CONCERN].error = err;
	}
	q->topic = fv[QF_TOPIC].s;
	q->concern = fv[QF_CONCERN].s;
	q->required = fv[QF_REQUIRED].present;
	q->maxlen = fv[QF_MAXLEN].present ? fv[QF_MAXLEN].i : 500;
	q->text = fv[QF_TEXT].s;
	q->hint = fv[QF_HINT].s ? fv[QF_HINT].s : "";
	return bad;
}

/* ---- the question page (add or change) ------------------------------------ */

/* Radios or select options of tab into section sec, value chosen checked. */
static void
choices(struct ctx *c, struct tdict *b, const char *sec, const char *name,
    const char *const *tab, const char *const *names, size_t n, const char *chosen)
{
	struct tdict	*d;
	size_t		 i;

	for (i = 0; i < n; i++) {
		d = tdict_section(b, sec);
		/* the first carries the field's own id, for the error summary's link */
		tdict_set(d, "ID", i == 0 ? name : arena_printf(c->a, "%s-%s", name, tab[i]));
		tdict_set(d, "VALUE", tab[i]);
		tdict_set(d, "LABEL", names[i]);
		if (chosen != NULL && strcmp(chosen, tab[i]) == 0)
			tdict_show(d, "CHECKED");
	}
}

/*
 * The add (q == NULL) or change page of form slug. Values from fv (what
 * was typed); errors shown when status is 422.
 */
static int
question_page(struct ctx *c, const char *slug, const struct dbres *q,
    const struct fieldval *fv, int status)
{
	struct tdict	*b;
	const char	*kind = q ? dbres_str(q, 0, 2) : fv[QF_KIND].raw;

	if ((b = page_begin(c, arena_printf(c->a, "%s%s", status == 422 ? "Error: " : "",
	    q ? "Change a question" : "Add a question"), "admin/voice_question.tpl")) == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "FORM", slug);
	form_fill(c, b, q_fields, fv, QF__MAX);
	if (q != NULL) {
		tdict_set(b, "ACTION", "/admin/voice/question");
		tdict_set(tdict_section(b, "CHANGE"), "ID", dbres_str(q, 0, 0));
		tdict_set(b, "KEY", dbres_str(q, 0, 1));
		tdict_set(b, "KIND_NAME", kind_name(kind));
		if (dbres_int(q, 0, 8) > 0)
			tdict_setint(tdict_section(b, "ANSWERED"), "ANSWERS", dbres_int(q, 0, 8));
	} else {
		tdict_set(b, "ACTION", "/admin/voice/question/new");
		tdict_show(b, "NEW");
		choices(c, b, "KIND", "kind", kinds, kind_names, NELEM(kinds), kind);
	}
	choices(c, b, "TOPIC", "topic", topics, topic_names, NELEM(topics), fv[QF_TOPIC].raw);
	choices(c, b, "CONCERN", "concern", concerns, concern_names, NELEM(concerns), fv[QF_CONCERN].raw);
	if (fv[QF_REQUIRED].raw != NULL && fv[QF_REQUIRED].raw[0] != '\0')
		tdict_show(b, "REQUIRED_CHECKED");
	return page_end(c, status);
}

/* The form named by the slug in the query or the post: its row, 1 / 0 / -1. */
static int
form_of(struct ctx *c, const char *slug, struct dbres *r)
{
	if (!slug_ok(slug))
		return 0;
	return db_vform_form(c->db, c->a, slug, r);
}

/* The question named by id (query or post): its row, 1 / 0 / -1. */
static int
question_of(struct ctx *c, const char *id, struct dbres *r)
{
	long long	n;

	if (parse_ll(id, 1, 0x7fffffff, &n) == -1)
		return 0;
	return db_vform_question(c->db, c->a, n, r);
}

int
vform_get(struct ctx *c)
{
	struct tdict	*b, *d;
	struct dbres	 f, r;
	size_t		 i, active = 0;
	int		 n;

	if ((n = form_of(c, req_param(&c->req, "form"), &f)) != 1)
		return n == 0 ? 404 : 503;
	if (db_vform_questions(c->db, c->a, dbres_int(&f, 0, 0), &r) == -1)
		return 503;
	if ((b = page_begin(c, arena_printf(c->a, "Questions: %s form", dbres_str(&f, 0, 1)),
	    "admin/voice_form.tpl")) == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "FORM", dbres_str(&f, 0, 1));
	for (i = 0; i < r.nrows; i++)
		active += dbres_null(&r, i, 6);
	if (active < r.nrows)
		tdict_show(b, "HAS_RETIRED");
	for (i = 0; i < r.nrows; i++) {
		d = tdict_section(b, dbres_null(&r, i, 6) ? "QUESTION" : "RETIRED");
		tdict_set(d, "ID", dbres_str(&r, i, 0));
		tdict_set(d, "KEY", dbres_str(&r, i, 1));
		tdict_set(d, "KIND", kind_name(dbres_str(&r, i, 2)));
		tdict_set(d, "TOPIC", dbres_str(&r, i, 3));
		tdict_set(d, "TEXT", dbres_null(&r, i, 7) ? "(no English words)" : dbres_str(&r, i, 7));
		tdict_set(d, "CONCERN", dbres_str(&r, i, 5));
		tdict_set(d, "REQUIRED", dbres_int(&r, i, 4) ? "Yes" : "No");
		tdict_set(d, "ANSWERS", dbres_str(&r, i, 8));
		tdict_set(d, "RETIRED_ON", dbres_null(&r, i, 6) ? "" : dbres_str(&r, i, 6));
		if (dbres_null(&r, i, 6) && i > 0)
			tdict_show(d, "UP");
		if (dbres_null(&r, i, 6) && i + 1 < active)
			tdict_show(d, "DOWN");
	}
	if (req_param(&c->req, "saved") != NULL)
		tdict_show(b, "SAVED");
	return page_end(c, 200);
}

int
vq_new_get(struct ctx *c)
{
	struct fieldval	fv[QF__MAX];
	struct dbres	f;
	int		n;

	if ((n = form_of(c, req_param(&c->req, "form"), &f)) != 1)
		return n == 0 ? 404 : 503;
	memset(fv, 0, sizeof(fv));
	fv[QF_CONCERN].raw = "never";
	fv[QF_MAXLEN].raw = "500";
	return question_page(c, dbres_str(&f, 0, 1), NULL, fv, 200);
}

int
vq_new_post(struct ctx *c)
{
	struct fieldval	 fv[QF__MAX];
	struct vq_edit	 q;
	struct dbres	 f;
	long long	 id;
	int		 n;

	if ((n = form_of(c, kv_str(&c->req.form, "form"), &f)) != 1)
		return n == 0 ? 404 : 503;
	if ((n = check_question(c, fv, NULL, &q)) == -1)
		return 500;
	if (n > 0)
		return question_page(c, dbres_str(&f, 0, 1), NULL, fv, 422);
	if ((n = db_vform_add(c->db, c->a, c->user->id, dbres_int(&f, 0, 0), dbres_str(&f, 0, 1),
	    &q, &id)) == -1)
		return 503;
	if (n == 2) {
		fv[QF_QKEY].error = "This form already has (or had) a question with this key";
		return question_page(c, dbres_str(&f, 0, 1), NULL, fv, 422);
	}
	return redirect(c, arena_printf(c->a, "/admin/voice/form?form=%s&saved=1",
	    dbres_str(&f, 0, 1)));
}

int
vq_edit_get(struct ctx *c)
{
	struct fieldval	 fv[QF__MAX];
	struct dbres	 q, o;
	const char	*opts = "";
	size_t		 i;
	int		 n;

	if ((n = question_of(c, req_param(&c->req, "id"), &q)) != 1)
		return n == 0 ? 404 : 503;
	if (!dbres_null(&q, 0, 6))
		return 404;
	if (db_vform_options(c->db, c->a, dbres_int(&q, 0, 0), &o) == -1)
		return 503;
	for (i = 0; i < o.nrows; i++)
		opts = arena_printf(c->a, "%s%s | %s%s\n", opts, dbres_str(&o, i, 0),
		    dbres_null(&o, i, 2) ? dbres_str(&o, i, 0) : dbres_str(&o, i, 2),
		    dbres_int(&o, i, 1) ? " | concern" : "");
	memset(fv, 0, sizeof(fv));
	fv[QF_TEXT].raw = dbres_null(&q, 0, 7) ? "" : dbres_str(&q, 0, 7);
	fv[QF_HINT].raw = dbres_null(&q, 0, 11) ? "" : dbres_str(&q, 0, 11);
	fv[QF_TOPIC].raw = dbres_str(&q, 0, 3);
	fv[QF_REQUIRED].raw = dbres_int(&q, 0, 4) ? "1" : "";
	fv[QF_CONCERN].raw = dbres_str(&q, 0, 5);
	fv[QF_OPTIONS].raw = opts;
	fv[QF_MAXLEN].raw = dbres_str(&q, 0, 9);
	return question_page(c, dbres_str(&q, 0, 10), &q, fv, 200);
}

int
vq_edit_post(struct ctx *c)
{
	struct fieldval	 fv[QF__MAX];
	struct vq_edit	 e;
	struct dbres	 q;
	int		 n;

	if ((n = question_of(c, kv_str(&c->req.form, "id"), &q)) != 1)
		return n == 0 ? 404 : 503;
	if (!dbres_null(&q, 0, 6))
		return 404;
	if ((n = check_question(c, fv, dbres_str(&q, 0, 2), &e)) == -1)
		return 500;
	if (n > 0)
		return question_page(c, dbres_str(&q, 0, 10), &q, fv, 422);
	if ((n = db_vform_change(c->db, c->a, c->user->id, dbres_int(&q, 0, 0), &e)) == -1)
		return 503;
	if (n == 1)
		return 404;
	if (n == 3) {
		fv[QF_OPTIONS].error = "This question has answers: keep its choices, in order, "
		    "and add new ones after them";
		return question_page(c, dbres_str(&q, 0, 10), &q, fv, 422);
	}
	return redirect(c, arena_printf(c->a, "/admin/voice/form?form=%s&saved=1",
	    dbres_str(&q, 0, 10)));
}

int
vq_move_post(struct ctx *c)
{
	const char	*dir = kv_str(&c->req.form, "dir");
	struct dbres	 q;
	int		 n;

	if ((n = question_of(c, kv_str(&c->req.form, "id"), &q)) != 1)
		return n == 0 ? 404 : 503;
	if (strcmp(dir, "up") != 0 && strcmp(dir, "down") != 0)
		return 404;
	if (db_vform_move(c->db, c->a, c->user->id, dbres_int(&q, 0, 0),
	    strcmp(dir, "up") == 0 ? -1 : 1) == -1)
		return 503;
	/* already first or last (or retired): nothing to move, the list as it is */
	return redirect(c, arena_printf(c->a, "/admin/voice/form?form=%s#q-%s",
	    dbres_str(&q, 0, 10), dbres_str(&q, 0, 1)));
}

int
vq_retire_get(struct ctx *c)
{
	struct tdict	*b;
	struct dbres	 q;
	int		 n;

	if ((n = question_of(c, req_param(&c->req, "id"), &q)) != 1)
		return n == 0 ? 404 : 503;
	if (!dbres_null(&q, 0, 6))
		return 404;
	if ((b = page_begin(c, "Retire this question?", "admin/voice_question_retire.tpl")) == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "ID", dbres_str(&q, 0, 0));
	tdict_set(b, "FORM", dbres_str(&q, 0, 10));
	tdict_set(b, "KEY", dbres_str(&q, 0, 1));
	tdict_set(b, "TEXT", dbres_null(&q, 0, 7) ? dbres_str(&q, 0, 1) : dbres_str(&q, 0, 7));
	tdict_set(b, "ANSWERS", dbres_str(&q, 0, 8));
	return page_end(c, 200);
}

int
vq_retire_post(struct ctx *c)
{
	struct dbres	q;
	int		n;

	if ((n = question_of(c, kv_str(&c->req.form, "id"), &q)) != 1)
		return n == 0 ? 404 : 503;
	if ((n = db_vform_retire(c->db, c->a, c->user->id, dbres_int(&q, 0, 0))) == -1)
		return 503;
	if (n == 1)
		return 404;
	return redirect(c, arena_printf(c->a, "/admin/voice/form?form=%s&saved=1",
	    dbres_str(&q, 0, 10)));
}
