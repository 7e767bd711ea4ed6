/*
 * The survey builder: surveys and their versions.
 *
 *   GET  /admin/surveys                 every survey; "create a survey"
 *   POST /admin/surveys                 a new survey (draft version 1)
 *   GET  /admin/surveys/import          paste a definition file
 *   POST /admin/surveys/import          check it in full, store it
 *   GET  /admin/survey/V                version V: sections and questions
 *   POST /admin/survey/V/copy           a draft copy as the next version
 *   GET  /admin/survey/V/publish        are you sure?
 *   POST /admin/survey/V/publish        draft to published (immutable)
 *   GET  /admin/survey/V/export         the definition file
 *   GET  /admin/survey/V/preview/N      section N exactly as staff see it
 *   POST /admin/survey/V/preview/N      the same, after the page before
 *   POST /admin/survey/V/section        add a section (draft only)
 *   GET  /admin/survey/V/question       add a question (?section=S)
 *   POST /admin/survey/V/question       store it
 *   GET  /admin/survey/V/q/Q            edit question Q
 *   POST /admin/survey/V/q/Q            store it
 *   POST /admin/survey/V/move/Q         move up or down (dir=up|down)
 *   GET  /admin/survey/V/remove/Q       are you sure?
 *   POST /admin/survey/V/remove/Q       remove it
 *   GET  /admin/survey/V/sec/S          change section S's title and intro
 *   POST /admin/survey/V/sec/S
 *   POST /admin/survey/V/secmove/S      move a section up or down
 *   GET  /admin/survey/V/secremove/S    are you sure? (empty sections only)
 *   POST /admin/survey/V/secremove/S
 *   GET  /admin/survey/V/about          the survey's title and intro (draft only;
 *   POST /admin/survey/V/about            they are shared by every version)
 *
 * A published version is never edited (the SQL itself only touches
 * drafts); to change one, copy it. Every change goes through the same
 * checks as a definition file: the draft with the change is written out
 * and parsed again before it is stored.
 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "buf.h"
#include "builder.h"
#include "db_builder.h"
#include "field.h"
#include "form.h"
#include "survey.h"
#include "survey_render.h"
#include "survey_write.h"
#include "tmpl.h"

#define SURVEY_PREFIX	"/admin/survey/"

/* ---- validators --------------------------------------------------------- */


/* A survey slug: [a-z0-9-]{1,64}. */
static int
valid_slug(struct arena *a, const struct field *f, struct fieldval *fv)
{
	if (valid_line(a, f, fv) == -1 || !survey_key_ok(fv->s, "-")) {
		fv->error = f->invalid;
		return -1;
	}
	return 0;
}

/* A question key: [a-z0-9_]{1,64}. */
static int
valid_qkey(struct arena *a, const struct field *f, struct fieldval *fv)
{
	if (valid_line(a, f, fv) == -1 || !survey_key_ok(fv->s, "_")) {
		fv->error = f->invalid;
		return -1;
	}
	return 0;
}

/* One of the question kinds; fv->i is the enum qkind. */
static int
valid_kind(struct arena *a, const struct field *f, struct fieldval *fv)
{
	int	k;

	if (valid_line(a, f, fv) == 0)
		for (k = 0; k < Q__MAX; k++)
			if (strcmp(fv->s, qkind_names[k]) == 0) {
				fv->i = k;
				return 0;
			}
	fv->error = f->invalid;
	return -1;
}

/* "yes" or "no"; fv->i 1 or 0. */
static int
valid_yesno(struct arena *a, const struct field *f, struct fieldval *fv)
{
	if (valid_line(a, f, fv) == 0 && (strcmp(fv->s, "yes") == 0 ||
	    strcmp(fv->s, "no") == 0)) {
		fv->i = strcmp(fv->s, "yes") == 0;
		return 0;
	}
	fv->error = f->invalid;
	return -1;
}

/* ---- the survey list and a new survey ----------------------------------- */

enum sfield { SF_SLUG, SF_TITLE, SF_INTRO, SF_SECTION, SF__MAX };

static const struct field survey_fields[SF__MAX] = {
	[SF_SLUG] = { "slug", valid_slug, FIELD_REQUIRED, 64, 0, 0,
	    "Enter a short name for the survey",
	    "Short name must be 1 to 64 lower-case letters, digits and hyphens" },
	[SF_TITLE] = { "title", valid_line, FIELD_REQUIRED, 200, 0, 0,
	    "Enter the survey title", "Title must be 200 characters or fewer, on one line" },
	[SF_INTRO] = { "intro", valid_line, 0, 2000, 0, 0, NULL,
	    "Introduction must be 2,000 characters or fewer, on one line" },
	[SF_SECTION] = { "section", valid_line, FIELD_REQUIRED, 200, 0, 0,
	    "Enter the title of the first section",
	    "Section title must be 200 characters or fewer, on one line" },
};

static void
survey_rows(struct tdict *b, const struct dbres *r)
{
	struct tdict	*s;
	size_t		 i;

	for (i = 0; i < r->nrows; i++) {
		s = tdict_section(b, "SURVEY");
		tdict_set(s, "TITLE", dbres_str(r, i, 2));
		tdict_set(s, "SLUG", dbres_str(r, i, 1));
		tdict_set(s, "VERSION", dbres_str(r, i, 3));
		tdict_set(s, "VERSIONS", dbres_str(r, i, 4));
		tdict_set(s, "ID", dbres_str(r, i, 6));
		if (!dbres_null(r, i, 5))
			tdict_set(tdict_section(s, "DRAFT"), "ID", dbres_str(r, i, 5));
	}
}

/* The list, with the new-survey form (fv: what was refused, or NULL). */
static int
list_page(struct ctx *c, int status, const struct fieldval *fv)
{
	struct tdict	*b = page_begin(c, fv ? "Error: Surveys" : "Surveys",
			    "admin/surveys.tpl");
	struct dbres	 r;

	if (b == NULL)
		return 500;
	if (db_builder_surveys(c->db, c->a, &r) == -1)
		return 503;
	tdict_set(b, "CSRF", c->csrf);
	survey_rows(b, &r);
	if (fv != NULL)
		form_fill(c, b, survey_fields, fv, SF__MAX);
	return page_end(c, status);
}

int
survey_list_get(struct ctx *c)
{
	return list_page(c, 200, NULL);
}

int
survey_add_post(struct ctx *c)
{
	struct fieldval	fv[SF__MAX];
	long long	version;
	int		n;

	if ((n = fields_check(c->a, &c->req.form, survey_fields, SF__MAX, fv)) != 0)
		return n < 0 ? 500 : list_page(c, 422, fv);
	n = db_builder_survey_add(c->db, c->user->id, fv[SF_SLUG].s, fv[SF_TITLE].s,
	    fv[SF_INTRO].s ? fv[SF_INTRO].s : "", fv[SF_SECTION].s, &version);
	if (n == -1)
		return 503;
	if (n == 1) {
		fv[SF_SLUG].error = "A survey with this short name already exists";
		return list_page(c, 422, fv);
	}
	return redirect(c, arena_printf(c->a, SURVEY_PREFIX "%lld", version));
}

/* ---- import -------------------------------------------------------------- */

enum ifield { IF_DEFINITION, IF__MAX };

static const struct field import_fields[IF__MAX] = {
	[IF_DEFINITION] = { "definition", valid_text, FIELD_REQUIRED | FIELD_NOTRIM,
	    60000, 0, 0, "Paste the survey definition",
	    "The definition must be text of 60,000 characters or fewer" },
};

static int
import_page(struct ctx *c, int status, const struct fieldval *fv)
{
	struct tdict	*b = page_begin(c, fv ? "Error: Import a survey" :
			    "Import a survey", "admin/survey_import.tpl");

	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	if (fv != NULL)
		form_fill(c, b, import_fields, fv, IF__MAX);
	return page_end(c, status);
}

int
survey_import_get(struct ctx *c)
{
	return import_page(c, 200, NULL);
}

/* Parse and store the pasted file; the version's page, or the form again. */
int
survey_import_post(struct ctx *c)
{
	struct fieldval	 fv[IF__MAX];
	struct survey	 s;
	char		 err[512];
	long long	 id;
	int		 n;

	if ((n = fields_check(c->a, &c->req.form, import_fields, IF__MAX, fv)) != 0)
		return n < 0 ? 500 : import_page(c, 422, fv);
	if (survey_def_parse(c->a, fv[IF_DEFINITION].s, strlen(fv[IF_DEFINITION].s),
	    &s, err, sizeof(err)) == -1) {
		fv[IF_DEFINITION].error = arena_printf(c->a, "The definition has a "
		    "problem at %s", err);
		return import_page(c, 422, fv);
	}
	n = db_builder_import(c->db, c->user->id, &s, err, sizeof(err));
	if (n == 1 || (n == -1 && strncmp(err, "question ", 9) == 0)) {
		fv[IF_DEFINITION].error = arena_printf(c->a, "Not imported: %s", err);
		return import_page(c, 422, fv);
	}
	if (n != 0 || db_builder_version_id(c->db, c->a, s.slug, s.version, &id) != 1)
		return 503;
	return redirect(c, arena_printf(c->a, SURVEY_PREFIX "%lld", id));
}

/* ---- one version ----------------------------------------------------------- */

static const char *const kind_labels[Q__MAX] = {
	[Q_AGREE5] = "Agreement scale (strongly agree to strongly disagree)",
	[Q_SCALE10] = "0 to 10 scale",
	[Q_SINGLE] = "One choice from a list",
	[Q_MULTI] = "Any number of choices from a list",
	[Q_YESNO] = "Yes or no",
	[Q_TEXT] = "Free text",
};

/* A version page: the version row, its survey in memory, and what was asked. */
struct vpage {
	struct ctx	*c;
	long long	 id;
	struct dbres	 row;	/* db_builder_version() */
	struct survey	 sv;
	int		 draft;
	long long	 n;	/* the number after the action, or 0 */
};

enum vact { VA_VIEW, VA_COPY, VA_PUBLISH, VA_EXPORT, VA_PREVIEW, VA_SECTION,
	VA_QUESTION, VA_EDIT, VA_MOVE, VA_REMOVE, VA_SEC, VA_SECMOVE, VA_SECREMOVE,
	VA_ABOUT, VA__MAX };

static int	view_get(struct vpage *);
static int	copy_post(struct vpage *);
static int	publish_get(struct vpage *);
static int	publish_post(struct vpage *);
static int	export_get(struct vpage *);
static int	preview_get(struct vpage *);
static int	section_post(struct vpage *);
static int	question_get(struct vpage *);
static int	question_post(struct vpage *);
static int	move_post(struct vpage *);
static int	remove_get(struct vpage *);
static int	remove_post(struct vpage *);
static int	sec_get(struct vpage *);
static int	sec_post(struct vpage *);
static int	secmove_post(struct vpage *);
static int	secremove_get(struct vpage *);
static int	secremove_post(struct vpage *);
static int	about_get(struct vpage *);
static int	about_post(struct vpage *);

static const struct {
	const char	*name;
	int		 numbered;	/* takes /N after the name */
	int		(*get)(struct vpage *);
	int		(*post)(struct vpage *);
} vacts[VA__MAX] = {
	[VA_VIEW] = { "", 0, view_get, NULL },
	[VA_COPY] = { "copy", 0, NULL, copy_post },
	[VA_PUBLISH] = { "publish", 0, publish_get, publish_post },
	[VA_EXPORT] = { "export", 0, export_get, NULL },
	[VA_PREVIEW] = { "preview", 1, preview_get, preview_get },
	[VA_SECTION] = { "section", 0, NULL, section_post },
	[VA_QUESTION] = { "question", 0, question_get, question_post },
	[VA_EDIT] = { "q", 1, question_get, question_post },
	[VA_MOVE] = { "move", 1, NULL, move_post },
	[VA_REMOVE] = { "remove", 1, remove_get, remove_post },
	[VA_SEC] = { "sec", 1, sec_get, sec_post },
	[VA_SECMOVE] = { "secmove", 1, NULL, secmove_post },
	[VA_SECREMOVE] = { "secremove", 1, secremove_get, secremove_post },
	[VA_ABOUT] = { "about", 0, about_get, about_post },
};

static const char *
vpath(struct vpage *p, const char *rest)
{
	return arena_printf(p->c->a, SURVEY_PREFIX "%lld%s", p->id, rest);
}

/* "/admin/survey/12/q/40" into the version, the action and 40. -1 if not one. */
static int
vpath_parse(const char *path, long long *id, enum vact *act, long long *n)
{
	const char	*rest = path + strlen(SURVEY_PREFIX), *slash;
	size_t		 len;
	int		 k;

	if (path_id(&rest, id) == -1)
		return -1;
	slash = strchr(rest, '/');
	len = slash ? (size_t)(slash - rest) : strlen(rest);
	for (k = 0; k < VA__MAX; k++) {
		if (strlen(vacts[k].name) != len || strncmp(rest, vacts[k].name, len) != 0)
			continue;
		*act = (enum vact)k;
		*n = 0;
		if (!vacts[k].numbered)
			return slash == NULL ? 0 : -1;
		rest = slash ? slash + 1 : "";
		return path_id(&rest, n) == 0 && *rest == '\0' ? 0 : -1;
	}
	return -1;
}

/* Load the version and its survey. 0, or 404/503. */
static int
vpage_load(struct vpage *p)
{
	int	n;

	if ((n = db_builder_version(p->c->db, p->c->a, p->id, &p->row)) != 1)
		return n == 0 ? 404 : 503;
	if (db_survey_load(p->c->db, p->c->a, p->id, &p->sv) == -1)
		return 503;
	p->sv.slug = dbres_str(&p->row, 0, 1);
	p->sv.title = dbres_str(&p->row, 0, 2);
	p->sv.intro = dbres_str(&p->row, 0, 3);
	p->sv.version = (unsigned)dbres_int(&p->row, 0, 4);
	p->draft = strcmp(dbres_str(&p->row, 0, 5), "draft") == 0;
	return 0;
}

static int
version_dispatch(struct ctx *c, int post)
{
	struct vpage	p;
	enum vact	act;
	int		st;

	memset(&p, 0, sizeof(p));
	p.c = c;
	if (vpath_parse(c->req.path, &p.id, &act, &p.n) == -1)
		return 404;
	if ((post ? vacts[act].post : vacts[act].get) == NULL) {
		resp_header(c->resp, c->a, "Allow", post ? "GET, HEAD" : "POST");
		return 405;
	}
	if ((st = vpage_load(&p)) != 0)
		return st;
	return post ? vacts[act].post(&p) : vacts[act].get(&p);
}

int
survey_version_get(struct ctx *c)
{
	return version_dispatch(c, 0);
}

int
survey_version_post(struct ctx *c)
{
	return version_dispatch(c, 1);
}

/* The find-by-id of a question in the loaded survey: its section and index. */
static struct question *
find_question(struct survey *s, long long id, size_t *sec, size_t *idx)
{
	size_t	i, j;

	for (i = 0; i < s->nsections; i++)
		for (j = 0; j < s->sections[i].nquestions; j++)
			if (s->sections[i].questions[j].id == id) {
				*sec = i;
				*idx = j;
				return &s->sections[i].questions[j];
			}
	return NULL;
}

/*
 * Would the survey still read back as a valid definition? It is written
 * out and parsed again, leaving out sections that have no question yet (a
 * draft may have them). NULL if so, else the reason, in words.
 */
static const char *
survey_problem(struct ctx *c, const struct survey *s)
{
	struct survey	 t = *s;
	struct buf	 out;
	struct survey	 back;
	char		 err[512], *why;
	size_t		 i;

	t.sections = arena_alloc(c->a, sizeof(*t.sections) * (s->nsections + 1));
	if (t.sections == NULL)
		return "Out of memory";
	t.nsections = 0;
	for (i = 0; i < s->nsections; i++)
		if (s->sections[i].nquestions > 0)
			t.sections[t.nsections++] = s->sections[i];
	if (t.nsections == 0)
		return NULL;
	buf_init(&out, 0);
	if (survey_def_write(&out, &t) == -1) {
		buf_free(&out);
		return "A text is on more than one line, or starts or ends with a space";
	}
	why = NULL;
	if (survey_def_parse(c->a, out.p, out.len, &back, err, sizeof(err)) == -1) {
		why = strchr(err, ':');
		why = arena_strdup(c->a, why && strncmp(err, "line ", 5) == 0 ?
		    why + 2 : err);
	}
	buf_free(&out);
	return why;
}

/* How q's show-if reads on the version page. */
static const char *
show_if_words(struct ctx *c, const struct survey *s, const struct question *q)
{
	const struct question	*t = survey_question(s, q->show_if_qkey);

	if (t == NULL)
		return q->show_if_qkey;
	return arena_printf(c->a, "Only if ‘%s’ is answered ‘%s’", t->text,
	    question_option_label(t, q->show_if_value));
}

/* One question row: what it asks, and (on a draft) its actions. */
static void
question_row(struct vpage *p, struct tdict *sd, size_t si, size_t j)
{
	const struct section	*sec = &p->sv.sections[si];
	const struct question	*q = &sec->questions[j];
	struct tdict		*qd = tdict_section(sd, "QUESTION"), *ad, *o;
	size_t			 i;

	tdict_setint(qd, "NUMBER", (long long)j + 1);
	tdict_set(qd, "QKEY", q->qkey);
	tdict_set(qd, "TEXT", q->text);
	tdict_set(qd, "KIND", kind_labels[q->kind]);
	if (!q->required)
		tdict_show(qd, "OPTIONAL");
	if (q->show_if_qkey != NULL)
		tdict_set(tdict_section(qd, "SHOW_IF"), "WORDS", show_if_words(p->c, &p->sv, q));
	for (i = 0; (q->kind == Q_SINGLE || q->kind == Q_MULTI) && i < q->noptions; i++) {
		o = tdict_section(qd, "OPTION");
		tdict_set(o, "VALUE", q->options[i].value);
		tdict_set(o, "LABEL", q->options[i].label);
	}
	if (!p->draft)
		return;
	ad = tdict_section(qd, "ACTIONS");
	tdict_set(ad, "CSRF", p->c->csrf);
	tdict_set(ad, "EDIT", vpath(p, arena_printf(p->c->a, "/q/%lld", q->id)));
	tdict_set(ad, "MOVE", vpath(p, arena_printf(p->c->a, "/move/%lld", q->id)));
	tdict_set(ad, "REMOVE", vpath(p, arena_printf(p->c->a, "/remove/%lld", q->id)));
	tdict_set(ad, "QKEY", q->qkey);
	/* At either end of its section a question moves into the next one. */
	if (j > 0)
		tdict_set(tdict_section(ad, "CAN_UP"), "LABEL", "Move up");
	else if (si > 0)
		tdict_set(tdict_section(ad, "CAN_UP"), "LABEL",
		    arena_printf(p->c->a, "Move to section %zu", si));
	if (j + 1 < sec->nquestions)
		tdict_set(tdict_section(ad, "CAN_DOWN"), "LABEL", "Move down");
	else if (si + 1 < p->sv.nsections)
		tdict_set(tdict_section(ad, "CAN_DOWN"), "LABEL",
		    arena_printf(p->c->a, "Move to section %zu", si + 2));
}

/* A draft section's links and buttons: add, change, move, remove (if empty). */
static void
section_actions(struct vpage *p, struct tdict *sd, size_t i)
{
	const struct section	*sec = &p->sv.sections[i];
	struct tdict		*d = tdict_section(sd, "SEC_ACTIONS");

	tdict_set(tdict_section(sd, "ADD"), "HREF", vpath(p,
	    arena_printf(p->c->a, "/question?section=%lld", sec->id)));
	tdict_set(d, "CSRF", p->c->csrf);
	tdict_set(d, "EDIT", vpath(p, arena_printf(p->c->a, "/sec/%lld", sec->id)));
	tdict_set(d, "MOVE", vpath(p, arena_printf(p->c->a, "/secmove/%lld", sec->id)));
	if (sec->nquestions == 0)
		tdict_set(tdict_section(d, "CAN_REMOVE"), "HREF", vpath(p,
		    arena_printf(p->c->a, "/secremove/%lld", sec->id)));
	if (i > 0)
		tdict_show(d, "CAN_UP");
	if (i + 1 < p->sv.nsections)
		tdict_show(d, "CAN_DOWN");
}

static void
section_rows(struct vpage *p, struct tdict *b)
{
	struct tdict	*sd;
	size_t		 i, j;

	for (i = 0; i < p->sv.nsections; i++) {
		const struct section *sec = &p->sv.sections[i];

		sd = tdict_section(b, "SECTION");
		tdict_setint(sd, "NUMBER", (long long)i + 1);
		tdict_set(sd, "TITLE", sec->title);
		if (sec->intro[0] != '\0')
			tdict_set(tdict_section(sd, "SEC_INTRO"), "TEXT", sec->intro);
		if (sec->nquestions == 0)
			tdict_show(sd, "EMPTY");
		for (j = 0; j < sec->nquestions; j++)
			question_row(p, sd, i, j);
		if (p->draft)
			section_actions(p, sd, i);
	}
}

static void
version_rows(struct vpage *p, struct tdict *b, const struct dbres *r)
{
	struct tdict	*v;
	size_t		 i;

	for (i = 0; i < r->nrows; i++) {
		v = tdict_section(b, "VERSION_ROW");
		tdict_set(v, "HREF", arena_printf(p->c->a, SURVEY_PREFIX "%s",
		    dbres_str(r, i, 0)));
		tdict_set(v, "VERSION", dbres_str(r, i, 1));
		tdict_set(v, "STATE", strcmp(dbres_str(r, i, 2), "draft") == 0 ?
		    "Draft" : "Published");
		tdict_set(v, "WAVES", dbres_str(r, i, 3));
		tdict_set(v, "RESPONSES", dbres_str(r, i, 4));
		tdict_show(v, dbres_int(r, i, 0) == p->id ? "CURRENT" : "OTHER");
	}
}

/* Section add form fields. */
enum secfield { SEC_TITLE, SEC_INTRO, SEC__MAX };

static const struct field section_fields[SEC__MAX] = {
	[SEC_TITLE] = { "section_title", valid_line, FIELD_REQUIRED, 200, 0, 0,
	    "Enter the section title",
	    "Section title must be 200 characters or fewer, on one line" },
	[SEC_INTRO] = { "section_intro", valid_line, 0, 2000, 0, 0, NULL,
	    "Section introduction must be 2,000 characters or fewer, on one line" },
};

/* The version page; fv (may be NULL) redisplays a refused section form,
 * problem (may be NULL) says why a change was refused. */
static int
view_page(struct vpage *p, int status, const struct fieldval *fv,
    const char *problem)
{
	struct tdict	*b;
	struct dbres	 vers;
	const char	*title = arena_printf(p->c->a, "%s%s, version %u",
			    fv || problem ? "Error: " : "", p->sv.title, p->sv.version);

	if ((b = page_begin(p->c, title, "admin/survey_version.tpl")) == NULL)
		return 500;
	if (db_builder_versions(p->c->db, p->c->a, dbres_int(&p->row, 0, 0), &vers) == -1)
		return 503;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "TITLE", p->sv.title);
	tdict_set(b, "SLUG", p->sv.slug);
	tdict_setint(b, "VERSION", p->sv.version);
	tdict_set(b, "WAVES", dbres_str(&p->row, 0, 6));
	tdict_set(b, "RESPONSES", dbres_str(&p->row, 0, 7));
	tdict_set(b, "BASE", vpath(p, ""));
	tdict_setint(b, "VERSION_ID", p->id);
	tdict_show(b, p->draft ? "DRAFT" : "PUBLISHED");
	if (!p->draft && dbres_int(&p->row, 0, 7) > 0)
		tdict_show(b, "HAS_RESPONSES");
	if (p->sv.intro[0] != '\0')
		tdict_set(tdict_section(b, "HAS_INTRO"), "INTRO", p->sv.intro);
	if (req_param(&p->c->req, "saved") != NULL)
		tdict_show(b, "SAVED");
	if (problem != NULL)
		form_error(p->c, b, "sections", problem);
	if (fv != NULL)
		form_fill(p->c, b, section_fields, fv, SEC__MAX);
	version_rows(p, b, &vers);
	section_rows(p, b);
	return page_end(p->c, status);
}

static int
view_get(struct vpage *p)
{
	return view_page(p, 200, NULL, NULL);
}

/* Back to the version page, saying the change was stored. */
static int
saved(struct vpage *p, long long version)
{
	return redirect(p->c, arena_printf(p->c->a, SURVEY_PREFIX "%lld?saved=1",
	    version));
}

/* A refused change on a published version: 409 with the reason. */
static int
not_draft(struct vpage *p)
{
	return view_page(p, 409, NULL, "This version is published, so it can no "
	    "longer be changed. Copy it to make a new version.");
}

static int
copy_post(struct vpage *p)
{
	long long	id;
	int		n;

	if ((n = db_builder_copy(p->c->db, p->c->user->id, p->id, &id)) == -1)
		return 503;
	return saved(p, id);
}

static int
publish_page(struct vpage *p, int status, const char *problem)
{
	struct tdict	*b = page_begin(p->c, arena_printf(p->c->a, "%sPublish %s, "
			    "version %u", problem ? "Error: " : "", p->sv.title,
			    p->sv.version), "admin/survey_publish.tpl");

	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "TITLE", p->sv.title);
	tdict_setint(b, "VERSION", p->sv.version);
	tdict_set(b, "BASE", vpath(p, ""));
	if (problem != NULL)
		form_error(p->c, b, "publish", problem);
	return page_end(p->c, status);
}

static int
publish_get(struct vpage *p)
{
	if (!p->draft)
		return not_draft(p);
	return publish_page(p, 200, NULL);
}

static int
publish_post(struct vpage *p)
{
	const char	*why;
	int		 n;

	if (!p->draft)
		return not_draft(p);
	if ((why = survey_problem(p->c, &p->sv)) != NULL)
		return publish_page(p, 422, why);
	n = db_builder_publish(p->c->db, p->c->user->id, p->id);
	if (n == -1)
		return 503;
	if (n == 1)
		return not_draft(p);
	if (n == 2)
		return publish_page(p, 422, "Every section needs at least one "
		    "question: add one, or leave the section out");
	return saved(p, p->id);
}

static int
export_get(struct vpage *p)
{
	struct resp	*r = p->c->resp;

	buf_reset(&r->body);
	if (survey_def_write(&r->body, &p->sv) == -1)
		return 500;
	if (resp_header(r, p->c->a, "Content-Disposition", arena_printf(p->c->a,
	    "attachment; filename=\"%s-v%u.survey\"", p->sv.slug, p->sv.version)) == -1)
		return 500;
	r->ctype = "text/plain; charset=utf-8";
	r->status = 200;
	return 0;
}

/*
 * Section N as staff will see it, through the staff template and the
 * same rendering code; a POST (the page before's "Save and continue")
 * brings that page's answers, which decide its show-if rules.
 */
static int
preview_get(struct vpage *p)
{
	const struct section	*s;
	struct tdict		*b;
	struct kvlist		 none = { NULL, 0 };
	const struct kvlist	*sofar = p->c->req.method == M_POST ? &p->c->req.form : &none;

	if (p->n > (long long)p->sv.nsections)
		return redirect(p->c, vpath(p, ""));
	s = &p->sv.sections[p->n - 1];
	if ((b = page_begin(p->c, arena_printf(p->c->a, "Preview: %s", s->title),
	    "survey/section.tpl")) == NULL)
		return 500;
	tdict_set(b, "SURVEY_TITLE", p->sv.title);
	tdict_set(b, "SECTION_TITLE", s->title);
	if (s->intro[0] != '\0')
		tdict_set(tdict_section(b, "HAS_SECTION_INTRO"), "SECTION_INTRO", s->intro);
	tdict_set(b, "PROGRESS", arena_printf(p->c->a, "Section %lld of %zu", p->n,
	    p->sv.nsections));
	tdict_set(b, "ACTION", vpath(p, arena_printf(p->c->a, "/preview/%lld", p->n + 1)));
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "BACK_HREF", p->n > 1 ? vpath(p, arena_printf(p->c->a,
	    "/preview/%lld", p->n - 1)) : vpath(p, ""));
	if (survey_render_questions(p->c->a, b, s, &none, sofar, NULL, 0) == -1)
		return 500;
	return page_end(p->c, 200);
}

static int
section_post(struct vpage *p)
{
	struct fieldval	fv[SEC__MAX];
	int		n;

	if (!p->draft)
		return not_draft(p);
	if ((n = fields_check(p->c->a, &p->c->req.form, section_fields, SEC__MAX, fv)) != 0)
		return n < 0 ? 500 : view_page(p, 422, fv, NULL);
	n = db_builder_section_add(p->c->db, p->c->user->id, p->id, fv[SEC_TITLE].s,
	    fv[SEC_INTRO].s ? fv[SEC_INTRO].s : "");
	if (n == -1)
		return 503;
	return n == 1 ? not_draft(p) : saved(p, p->id);
}

/* ---- a question: add, edit, move, remove ----------------------------------- */

enum qfield { QF_QKEY, QF_KIND, QF_TEXT, QF_HINT, QF_REQUIRED, QF_MAXLEN,
	QF_SHOWIF, QF_OPTIONS, QF_SECTION, QF__MAX };

static const struct field question_fields[QF__MAX] = {
	[QF_QKEY] = { "qkey", valid_qkey, 0, 64, 0, 0, NULL,
	    "Question key must be 1 to 64 lower-case letters, digits and underscores" },
	[QF_KIND] = { "kind", valid_kind, FIELD_REQUIRED, 16, 0, 0,
	    "Select the kind of answer", "Select a kind of answer from the list" },
	[QF_TEXT] = { "text", valid_line, FIELD_REQUIRED, 500, 0, 0,
	    "Enter the question", "Question must be 500 characters or fewer, on one line" },
	[QF_HINT] = { "hint", valid_line, 0, 500, 0, 0, NULL,
	    "Hint must be 500 characters or fewer, on one line" },
	[QF_REQUIRED] = { "required", valid_yesno, FIELD_REQUIRED, 3, 0, 0,
	    "Select whether an answer is needed", "Select yes or no" },
	[QF_MAXLEN] = { "maxlen", valid_int, 0, 5, 1, 5000, NULL,
	    "Longest answer must be a whole number from 1 to 5000" },
	[QF_SHOWIF] = { "show_if", valid_line, 0, 130, 0, 0, NULL,
	    "Select a rule from the list" },
	[QF_OPTIONS] = { "options", valid_text, 0, 20000, 0, 0, NULL,
	    "Choices must be text" },
	[QF_SECTION] = { "section", valid_int, 0, 12, 1, 0x7fffffff, NULL,
	    "Choose a section of this version" },
};

/* The question being added (q->id 0) or edited, as checked so far. */
struct qedit {
	struct question	 q;
	long long	 section_id;
	size_t		 sec;		/* index in p->sv */
	const char	*const *ovals;
	const char	*const *olabels;
};

/* Section index of id in the loaded survey, or -1. */
static int
section_index(const struct survey *s, long long id)
{
	size_t	i;

	for (i = 0; i < s->nsections; i++)
		if (s->sections[i].id == id)
			return (int)i;
	return -1;
}

/* The choice questions before position (sec, idx) as show-if rules. */
static void
show_if_options(struct vpage *p, struct tdict *b, size_t sec, size_t idx,
    const char *chosen)
{
	const struct qoption	*o;
	struct tdict		*d;
	const char		*v;
	size_t			 i, j, k, n;

	for (i = 0; i <= sec && i < p->sv.nsections; i++)
		for (j = 0; j < p->sv.sections[i].nquestions && (i < sec || j < idx); j++) {
			const struct question *t = &p->sv.sections[i].questions[j];

			if (t->kind == Q_TEXT)
				continue;
			o = t->options ? t->options : qkind_options(t->kind, &n);
			n = t->options ? t->noptions : n;
			for (k = 0; k < n; k++) {
				d = tdict_section(b, "RULE");
				v = arena_printf(p->c->a, "%s=%s", t->qkey, o[k].value);
				tdict_set(d, "VALUE", v);
				tdict_set(d, "LABEL", arena_printf(p->c->a, "‘%s’ is answered ‘%s’",
				    t->text, o[k].label));
				if (chosen != NULL && strcmp(chosen, v) == 0)
					tdict_show(d, "SELECTED");
			}
		}
}

static void
kind_options(struct ctx *c, struct tdict *b, const char *chosen)
{
	struct tdict	*d;
	int		 k;

	for (k = 0; k < Q__MAX; k++) {
		d = tdict_section(b, "KIND_OPTION");
		tdict_set(d, "VALUE", qkind_names[k]);
		tdict_set(d, "LABEL", kind_labels[k]);
		tdict_set(d, "ID", k == 0 ? "kind" : arena_printf(c->a, "kind-%s", qkind_names[k]));
		if (chosen != NULL && strcmp(chosen, qkind_names[k]) == 0)
			tdict_show(d, "CHECKED");
	}
}

/* The options of q as "value | Label" lines, for the form. */
static const char *
options_text(struct ctx *c, const struct question *q)
{
	const char	*s = "";
	size_t		 i;

	if (q->kind != Q_SINGLE && q->kind != Q_MULTI)
		return "";
	for (i = 0; i < q->noptions; i++)
		s = arena_printf(c->a, "%s%s | %s\n", s, q->options[i].value,
		    q->options[i].label);
	return s;
}

/* Put a stored question's values into fv, as if they had been typed. */
static void
question_values(struct ctx *c, const struct question *q, struct fieldval *fv)
{
	memset(fv, 0, sizeof(*fv) * QF__MAX);
	fv[QF_QKEY].raw = q->qkey;
	fv[QF_KIND].raw = qkind_names[q->kind];
	fv[QF_TEXT].raw = q->text;
	fv[QF_HINT].raw = q->hint;
	fv[QF_REQUIRED].raw = q->required ? "yes" : "no";
	fv[QF_MAXLEN].raw = q->kind == Q_TEXT ? arena_printf(c->a, "%u", q->maxlen) : "";
	fv[QF_SHOWIF].raw = q->show_if_qkey ? arena_printf(c->a, "%s=%s",
	    q->show_if_qkey, q->show_if_value) : "";
	fv[QF_OPTIONS].raw = options_text(c, q);
}

/* The add or edit form. editing: the question (NULL to add to section sec). */
static int
question_page(struct vpage *p, int status, const struct fieldval *fv,
    const struct question *editing, size_t sec, size_t idx, int errors)
{
	struct tdict	*b;
	const char	*what = editing ? "Change a question" : "Add a question";

	b = page_begin(p->c, arena_printf(p->c->a, "%s%s", errors ? "Error: " : "",
	    what), "admin/survey_question.tpl");
	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "HEADING", what);
	tdict_set(b, "SURVEY", arena_printf(p->c->a, "%s, version %u", p->sv.title,
	    p->sv.version));
	tdict_set(b, "SECTION_TITLE", p->sv.sections[sec].title);
	tdict_set(b, "BASE", vpath(p, ""));
	tdict_set(b, "ACTION", editing ? vpath(p, arena_printf(p->c->a, "/q/%lld",
	    editing->id)) : vpath(p, "/question"));
	tdict_setint(b, "SECTION_ID", p->sv.sections[sec].id);
	if (editing != NULL)
		tdict_set(tdict_section(b, "EDITING"), "QKEY", editing->qkey);
	else
		tdict_show(b, "ADDING");
	form_fill(p->c, b, question_fields, fv, QF__MAX);
	kind_options(p->c, b, fv[QF_KIND].raw);
	tdict_show(b, fv[QF_REQUIRED].raw && strcmp(fv[QF_REQUIRED].raw, "no") == 0 ?
	    "REQUIRED_NO" : "REQUIRED_YES");
	show_if_options(p, b, sec, idx, fv[QF_SHOWIF].raw);
	return page_end(p->c, status);
}

/* Where the question goes: its section and index (the end, when adding). */
static int
question_place(struct vpage *p, long long section, struct question **q,
    size_t *sec, size_t *idx)
{
	int	i;

	*q = NULL;
	if (p->n != 0)
		return (*q = find_question(&p->sv, p->n, sec, idx)) ? 0 : -1;
	if ((i = section_index(&p->sv, section)) == -1)
		return -1;
	*sec = (size_t)i;
	*idx = p->sv.sections[i].nquestions;
	return 0;
}

static int
question_get(struct vpage *p)
{
	struct fieldval	 fv[QF__MAX];
	struct question	*q;
	const char	*sp = req_param(&p->c->req, "section");
	long long	 section = 0;
	size_t		 sec, idx;

	if (!p->draft)
		return not_draft(p);
	if (p->n == 0 && (sp == NULL || parse_ll(sp, 1, 0x7fffffff, &section) == -1))
		return 404;
	if (question_place(p, section, &q, &sec, &idx) == -1)
		return 404;
	if (q != NULL) {
		question_values(p->c, q, fv);
	} else {
		memset(fv, 0, sizeof(fv));
		fv[QF_REQUIRED].raw = "yes";
	}
	return question_page(p, 200, fv, q, sec, idx, 0);
}

/* "value | Label" lines into the edit's option arrays. NULL, or the problem. */
static const char *
options_parse(struct ctx *c, const char *text, struct qedit *e)
{
	const char	**vals, **labels, *line, *end, *bar;
	struct qoption	 *opts;
	size_t		  n = 0, i, vl, ll;

	vals = arena_alloc(c->a, sizeof(*vals) * 51);
	labels = arena_alloc(c->a, sizeof(*labels) * 51);
	opts = arena_alloc(c->a, sizeof(*opts) * 51);
	if (vals == NULL || labels == NULL || opts == NULL)
		return "Out of memory";
	for (line = text; line != NULL && *line != '\0'; line = *end ? end + 1 : end) {
		end = line + strcspn(line, "\n");
		ll = (size_t)(end - line);
		while (ll > 0 && (line[ll - 1] == '\r' || line[ll - 1] == ' '))
			ll--;
		while (ll > 0 && *line == ' ')
			line++, ll--;
		if (ll == 0)
			continue;
		if (n == 50)
			return "Enter no more than 50 choices";
		if ((bar = memchr(line, '|', ll)) == NULL)
			return "Put each choice on its own line as: value | Label";
		for (vl = (size_t)(bar - line); vl > 0 && line[vl - 1] == ' '; vl--)
			;
		vals[n] = arena_strndup(c->a, line, vl);
		for (bar++; *bar == ' '; bar++)
			;
		labels[n] = arena_strndup(c->a, bar, (size_t)(line + ll - bar));
		if (vals[n] == NULL || labels[n] == NULL)
			return "Out of memory";
		if (!survey_key_ok(vals[n], "_-"))
			return "Each choice value must be 1 to 64 lower-case letters, "
			    "digits, hyphens and underscores";
		if (labels[n][0] == '\0' || strlen(labels[n]) > 800)
			return "Each choice needs a label of 200 characters or fewer";
		for (i = 0; i < n; i++)
			if (strcmp(vals[i], vals[n]) == 0)
				return "Each choice value must be different";
		opts[n].value = vals[n];
		opts[n].label = labels[n];
		n++;
	}
	if (n < 2)
		return "Enter at least 2 choices, one on each line";
	e->q.options = opts;
	e->q.noptions = n;
	e->ovals = vals;
	e->olabels = labels;
	return NULL;
}

/* A key from the question's words: "My workload is fine." -> "my_workload_is_fine". */
static const char *
qkey_from_text(struct vpage *p, const char *text)
{
	char		 key[48];
	const char	*k;
	size_t		 n = 0, i;
	int		 suffix;

	for (i = 0; text[i] != '\0' && n < 40; i++) {
		char ch = text[i];

		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			key[n++] = ch;
		else if (n > 0 && key[n - 1] != '_')
			key[n++] = '_';
	}
	while (n > 0 && key[n - 1] == '_')
		n--;
	if (n == 0)
		key[n++] = 'q';
	key[n] = '\0';
	k = arena_strdup(p->c->a, key);
	for (suffix = 2; k != NULL && survey_question(&p->sv, k) != NULL; suffix++)
		k = arena_printf(p->c->a, "%s_%d", key, suffix);
	return k;
}

/*
 * The show-if rule "qkey=value": the question must come before this one
 * and have choices, and the value must be one of them. NULL, or why not.
 */
static const char *
show_if_parse(struct vpage *p, const char *rule, struct qedit *e, size_t idx)
{
	const char	*eq = strchr(rule, '='), *v;
	const struct qoption *o;
	size_t		 i, j, k, n;
	char		*key;

	if (eq == NULL || (key = arena_strndup(p->c->a, rule, (size_t)(eq - rule))) == NULL)
		return question_fields[QF_SHOWIF].invalid;
	v = eq + 1;
	for (i = 0; i <= e->sec; i++)
		for (j = 0; j < p->sv.sections[i].nquestions && (i < e->sec || j < idx); j++) {
			const struct question *t = &p->sv.sections[i].questions[j];

			if (strcmp(t->qkey, key) != 0 || t->kind == Q_TEXT)
				continue;
			o = t->options ? t->options : qkind_options(t->kind, &n);
			n = t->options ? t->noptions : n;
			for (k = 0; k < n; k++)
				if (strcmp(o[k].value, v) == 0) {
					e->q.show_if_qkey = key;
					e->q.show_if_value = v;
					return NULL;
				}
		}
	return "Select a rule about a question asked before this one";
}

/* Check the typed question beyond its fields into e. Errors go into fv. */
static int
question_check(struct vpage *p, struct fieldval *fv, struct qedit *e, size_t idx)
{
	const char	*why;
	int		 errs = 0;

	e->q.kind = (enum qkind)fv[QF_KIND].i;
	e->q.text = fv[QF_TEXT].s;
	e->q.hint = fv[QF_HINT].s ? fv[QF_HINT].s : "";
	e->q.required = (int)fv[QF_REQUIRED].i;
	e->q.maxlen = e->q.kind == Q_TEXT && fv[QF_MAXLEN].present ?
	    (unsigned)fv[QF_MAXLEN].i : 1000;
	e->q.options = NULL;
	e->q.noptions = 0;
	e->q.show_if_qkey = e->q.show_if_value = NULL;
	if ((e->q.kind == Q_SINGLE || e->q.kind == Q_MULTI) &&
	    (why = options_parse(p->c, fv[QF_OPTIONS].s, e)) != NULL) {
		fv[QF_OPTIONS].error = why;
		errs++;
	}
	if (fv[QF_SHOWIF].present &&
	    (why = show_if_parse(p, fv[QF_SHOWIF].s, e, idx)) != NULL) {
		fv[QF_SHOWIF].error = why;
		errs++;
	}
	return errs;
}

/* The survey with the edit in place, checked as a whole. NULL, or why not. */
static const char *
question_fits(struct vpage *p, const struct qedit *e, struct question *old,
    size_t idx)
{
	struct section	*sc = &p->sv.sections[e->sec];

	if (old != NULL) {
		*old = e->q;
	} else {
		sc->questions[idx] = e->q;	/* room for one more: see db_survey_load */
		sc->nquestions++;
	}
	return survey_problem(p->c, &p->sv);
}

/* Store the checked edit. 0 (and the redirect), or the form again. */
static int
question_store(struct vpage *p, struct fieldval *fv, struct qedit *e,
    struct question *old, size_t idx)
{
	struct bquestion	 bq;
	long long		 id;
	int			 n;

	memset(&bq, 0, sizeof(bq));
	bq.id = old ? old->id : 0;
	bq.section_id = e->section_id;
	bq.qkey = e->q.qkey;
	bq.kind = qkind_names[e->q.kind];
	bq.text = e->q.text;
	bq.hint = e->q.hint;
	bq.required = e->q.required;
	bq.maxlen = e->q.maxlen;
	bq.show_if_qkey = e->q.show_if_qkey;
	bq.show_if_value = e->q.show_if_value;
	if (e->q.kind == Q_SINGLE || e->q.kind == Q_MULTI) {
		bq.opt_values = e->ovals;
		bq.opt_labels = e->olabels;
		bq.nopts = e->q.noptions;
	}
	n = db_builder_question_save(p->c->db, p->c->a, p->c->user->id, p->id, &bq, &id);
	if (n == -1)
		return 503;
	if (n == 1)
		return not_draft(p);
	if (n == 2)
		fv[QF_QKEY].error = "Another question in this version has this key";
	if (n == 3)
		fv[QF_KIND].error = "This key had another kind of answer in an earlier "
		    "version: a question of another kind needs a new key";
	if (n != 0)
		return question_page(p, 422, fv, old, e->sec, idx, 1);
	return saved(p, p->id);
}

static int
question_post(struct vpage *p)
{
	struct fieldval	 fv[QF__MAX];
	struct question	*old;
	struct qedit	 e;
	const char	*why;
	size_t		 idx;
	int		 n;

	if (!p->draft)
		return not_draft(p);
	if ((n = fields_check(p->c->a, &p->c->req.form, question_fields, QF__MAX, fv)) < 0)
		return 500;
	memset(&e, 0, sizeof(e));
	if (question_place(p, fv[QF_SECTION].i, &old, &e.sec, &idx) == -1)
		return 404;
	e.section_id = p->sv.sections[e.sec].id;
	if (old != NULL)
		e.q = *old;
	if (n == 0)
		n = question_check(p, fv, &e, idx);
	if (n != 0)
		return question_page(p, 422, fv, old, e.sec, idx, 1);
	e.q.id = old ? old->id : 0;
	e.q.qkey = old ? old->qkey : fv[QF_QKEY].present ? fv[QF_QKEY].s :
	    qkey_from_text(p, e.q.text);
	if (old == NULL && survey_question(&p->sv, e.q.qkey) != NULL) {
		fv[QF_QKEY].error = "Another question in this version has this key";
		return question_page(p, 422, fv, old, e.sec, idx, 1);
	}
	if ((why = question_fits(p, &e, old, idx)) != NULL) {
		fv[QF_SHOWIF].error = arena_printf(p->c->a, "This change would break "
		    "the survey: %s", why);
		return question_page(p, 422, fv, old, e.sec, idx, 1);
	}
	return question_store(p, fv, &e, old, idx);
}

static int
move_post(struct vpage *p)
{
	const char	*dir = kv_str(&p->c->req.form, "dir"), *why;
	struct question	*q, t;
	struct section	*sc;
	size_t		 sec, idx, to;
	int		 d = strcmp(dir, "up") == 0 ? -1 : strcmp(dir, "down") == 0 ? 1 : 0;

	if (!p->draft)
		return not_draft(p);
	if (d == 0 || (q = find_question(&p->sv, p->n, &sec, &idx)) == NULL)
		return 404;
	sc = &p->sv.sections[sec];
	if ((d < 0 && idx == 0 && sec == 0) ||
	    (d > 0 && idx + 1 >= sc->nquestions && sec + 1 >= p->sv.nsections))
		return saved(p, p->id);
	/* Try the move on the loaded copy first, as the database will make it. */
	t = *q;
	if (d < 0 && idx == 0) {
		sc[-1].questions[sc[-1].nquestions++] = t;	/* room for one more */
		memmove(&sc->questions[0], &sc->questions[1],
		    sizeof(t) * --sc->nquestions);
	} else if (d > 0 && idx + 1 >= sc->nquestions) {
		sc->nquestions--;
		memmove(&sc[1].questions[1], &sc[1].questions[0],
		    sizeof(t) * sc[1].nquestions++);
		sc[1].questions[0] = t;
	} else {
		to = d < 0 ? idx - 1 : idx + 1;
		sc->questions[idx] = sc->questions[to];
		sc->questions[to] = t;
	}
	if ((why = survey_problem(p->c, &p->sv)) != NULL) {
		why = arena_printf(p->c->a, "That question cannot move there: %s", why);
		/* the page shows the survey as it is, not as tried */
		if (vpage_load(p) != 0)
			return 503;
		return view_page(p, 422, NULL, why);
	}
	if (db_builder_question_move(p->c->db, p->c->a, p->c->user->id, p->id,
	    p->n, d) == -1)
		return 503;
	return saved(p, p->id);
}

static int
remove_page(struct vpage *p, const struct question *q, int status, const char *problem)
{
	struct tdict	*b = page_begin(p->c, arena_printf(p->c->a, "%sRemove a question",
			    problem ? "Error: " : ""), "admin/survey_remove.tpl");

	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "TEXT", q->text);
	tdict_set(b, "QKEY", q->qkey);
	tdict_set(b, "BASE", vpath(p, ""));
	tdict_set(b, "ACTION", vpath(p, arena_printf(p->c->a, "/remove/%lld", q->id)));
	if (problem != NULL)
		form_error(p->c, b, "remove", problem);
	return page_end(p->c, status);
}

static int
remove_get(struct vpage *p)
{
	struct question	*q;
	size_t		 sec, idx;

	if (!p->draft)
		return not_draft(p);
	if ((q = find_question(&p->sv, p->n, &sec, &idx)) == NULL)
		return 404;
	return remove_page(p, q, 200, NULL);
}

static int
remove_post(struct vpage *p)
{
	struct question	*q;
	size_t		 sec, idx;
	int		 n;

	if (!p->draft)
		return not_draft(p);
	if ((q = find_question(&p->sv, p->n, &sec, &idx)) == NULL)
		return 404;
	n = db_builder_question_remove(p->c->db, p->c->a, p->c->user->id, p->id, p->n);
	if (n == -1)
		return 503;
	if (n == 1)
		return not_draft(p);
	if (n == 2)
		return remove_page(p, q, 422, "Another question is shown only when this "
		    "one is answered a certain way: change or remove that rule first");
	return saved(p, p->id);
}

/* ---- a section: change, move, remove ------------------------------------------ */

/* The section with id p->n, or -1. */
static int
this_section(const struct vpage *p)
{
	return section_index(&p->sv, p->n);
}

static int
sec_page(struct vpage *p, int i, int status, const struct fieldval *fv, int errors)
{
	struct tdict	*b = page_begin(p->c, errors ? "Error: Change a section" :
			    "Change a section", "admin/survey_section.tpl");

	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "BASE", vpath(p, ""));
	tdict_set(b, "ACTION", vpath(p, arena_printf(p->c->a, "/sec/%lld", p->n)));
	tdict_setint(b, "NUMBER", (long long)i + 1);
	form_fill(p->c, b, section_fields, fv, SEC__MAX);
	return page_end(p->c, status);
}

static int
sec_get(struct vpage *p)
{
	struct fieldval	fv[SEC__MAX];
	int		i;

	if (!p->draft)
		return not_draft(p);
	if ((i = this_section(p)) < 0)
		return 404;
	memset(fv, 0, sizeof(fv));
	fv[SEC_TITLE].raw = p->sv.sections[i].title;
	fv[SEC_INTRO].raw = p->sv.sections[i].intro;
	return sec_page(p, i, 200, fv, 0);
}

static int
sec_post(struct vpage *p)
{
	struct fieldval	fv[SEC__MAX];
	int		i, n;

	if (!p->draft)
		return not_draft(p);
	if ((i = this_section(p)) < 0)
		return 404;
	if ((n = fields_check(p->c->a, &p->c->req.form, section_fields, SEC__MAX, fv)) != 0)
		return n < 0 ? 500 : sec_page(p, i, 422, fv, 1);
	n = db_builder_section_save(p->c->db, p->c->a, p->c->user->id, p->id, p->n,
	    fv[SEC_TITLE].s, fv[SEC_INTRO].s ? fv[SEC_INTRO].s : "");
	if (n == -1)
		return 503;
	return n == 1 ? not_draft(p) : saved(p, p->id);
}

/* Move a section; refused when a rule would then look at a later question. */
static int
secmove_post(struct vpage *p)
{
	const char	*dir = kv_str(&p->c->req.form, "dir"), *why;
	struct section	 t;
	int		 i, to, d = strcmp(dir, "up") == 0 ? -1 : strcmp(dir, "down") == 0 ? 1 : 0;

	if (!p->draft)
		return not_draft(p);
	if (d == 0 || (i = this_section(p)) < 0)
		return 404;
	to = i + d;
	if (to < 0 || to >= (int)p->sv.nsections)
		return saved(p, p->id);
	t = p->sv.sections[to];
	p->sv.sections[to] = p->sv.sections[i];
	p->sv.sections[i] = t;
	if ((why = survey_problem(p->c, &p->sv)) != NULL) {
		p->sv.sections[i] = p->sv.sections[to];
		p->sv.sections[to] = t;
		return view_page(p, 422, NULL, arena_printf(p->c->a, "That section "
		    "cannot move there: %s", why));
	}
	if (db_builder_section_move(p->c->db, p->c->a, p->c->user->id, p->id, p->n, d) == -1)
		return 503;
	return saved(p, p->id);
}

static int
secremove_page(struct vpage *p, int i, int status, const char *problem)
{
	struct tdict	*b = page_begin(p->c, arena_printf(p->c->a, "%sRemove a section",
			    problem ? "Error: " : ""), "admin/survey_section_remove.tpl");

	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "BASE", vpath(p, ""));
	tdict_set(b, "TITLE", p->sv.sections[i].title);
	tdict_set(b, "ACTION", vpath(p, arena_printf(p->c->a, "/secremove/%lld", p->n)));
	if (problem != NULL)
		form_error(p->c, b, "remove", problem);
	return page_end(p->c, status);
}

static int
secremove_get(struct vpage *p)
{
	int	i;

	if (!p->draft)
		return not_draft(p);
	if ((i = this_section(p)) < 0)
		return 404;
	return secremove_page(p, i, 200, NULL);
}

static int
secremove_post(struct vpage *p)
{
	int	i, n;

	if (!p->draft)
		return not_draft(p);
	if ((i = this_section(p)) < 0)
		return 404;
	n = db_builder_section_remove(p->c->db, p->c->a, p->c->user->id, p->id, p->n);
	if (n == -1)
		return 503;
	if (n == 1)
		return not_draft(p);
	if (n == 2)
		return secremove_page(p, i, 422, "Remove or move its questions first: "
		    "only an empty section can be removed");
	return saved(p, p->id);
}

/* ---- the survey's title and introduction (helper G) -------------------------- */

/*
 * They live on the survey row, so they are the same in every version: the
 * page says so, and only the newest version, while it is a draft, edits
 * them (the SQL checks both).
 */
enum afield { AF_TITLE, AF_INTRO, AF__MAX };

static const struct field about_fields[AF__MAX] = {
	[AF_TITLE] = { "title", valid_line, FIELD_REQUIRED, 200, 0, 0,
	    "Enter the survey title", "Title must be 200 characters or fewer, on one line" },
	[AF_INTRO] = { "intro", valid_line, 0, 2000, 0, 0, NULL,
	    "Introduction must be 2,000 characters or fewer, on one line" },
};

static int
about_page(struct vpage *p, int status, const struct fieldval *fv, int errors)
{
	struct tdict	*b = page_begin(p->c, errors ? "Error: Change the survey title" :
			    "Change the survey title", "admin/survey_about.tpl");

	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "BASE", vpath(p, ""));
	tdict_set(b, "ACTION", vpath(p, "/about"));
	tdict_setint(b, "VERSION", p->sv.version);
	form_fill(p->c, b, about_fields, fv, AF__MAX);
	return page_end(p->c, status);
}

static int
about_get(struct vpage *p)
{
	struct fieldval	fv[AF__MAX];

	if (!p->draft)
		return not_draft(p);
	memset(fv, 0, sizeof(fv));
	fv[AF_TITLE].raw = p->sv.title;
	fv[AF_INTRO].raw = p->sv.intro;
	return about_page(p, 200, fv, 0);
}

static int
about_post(struct vpage *p)
{
	struct fieldval	fv[AF__MAX];
	int		n;

	if (!p->draft)
		return not_draft(p);
	if ((n = fields_check(p->c->a, &p->c->req.form, about_fields, AF__MAX, fv)) != 0)
		return n < 0 ? 500 : about_page(p, 422, fv, 1);
	n = db_builder_survey_about(p->c->db, p->c->a, p->c->user->id, p->id, fv[AF_TITLE].s,
	    fv[AF_INTRO].s ? fv[AF_INTRO].s : "");
	if (n == -1)
		return 503;
	return n == 1 ? not_draft(p) : saved(p, p->id);
}
