/*
 * Practice Standards publishing (administrators only).
 *
 *   GET  /admin/standards                      published versions; the draft
 *   POST /admin/standards                      start a draft from the newest version
 *   GET  /admin/standards/draft                the draft: details and standards
 *   POST /admin/standards/draft                save title, "what changed", effective date
 *   GET  /admin/standards/draft/new            add a standard
 *   POST /admin/standards/draft/new
 *   GET  /admin/standards/draft/s/ID           change a standard
 *   POST /admin/standards/draft/s/ID
 *   POST /admin/standards/draft/move/ID        Move up / Move down
 *   GET  /admin/standards/draft/remove/ID      are you sure?
 *   POST /admin/standards/draft/remove/ID
 *   GET  /admin/standards/draft/publish        are you sure?
 *   POST /admin/standards/draft/publish        publish: immutable from now on
 *
 * The draft lives in its own tables; publishing copies it into
 * standards_version and standard, which this program may only insert
 * into. On the effective date staff are asked to acknowledge it.
 */
#include <string.h>
#include <time.h>

#include "app.h"
#include "arena.h"
#include "builder.h"
#include "db_builder.h"
#include "field.h"
#include "form.h"
#include "tmpl.h"
#include "ukclock.h"

#define DRAFT_PATH	"/admin/standards/draft"

/* A standard's code: PS1, PS12a: [A-Za-z0-9]{1,16}. */
static int
valid_code(struct arena *a, const struct field *f, struct fieldval *fv)
{
	size_t	i, n;

	if (valid_line(a, f, fv) == 0) {
		n = strlen(fv->s);
		for (i = 0; i < n; i++)
			if (!((fv->s[i] >= 'A' && fv->s[i] <= 'Z') ||
			    (fv->s[i] >= 'a' && fv->s[i] <= 'z') ||
			    (fv->s[i] >= '0' && fv->s[i] <= '9')))
				break;
		if (n > 0 && n <= 16 && i == n)
			return 0;
	}
	fv->error = f->invalid;
	return -1;
}

/* ---- the list -------------------------------------------------------------- */

int
std_list_get(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Practice Standards versions", "admin/standards.tpl"), *d;
	struct dbres	 v, dr;
	size_t		 i;

	if (b == NULL)
		return 500;
	if (db_std_versions(c->db, c->a, &v) == -1 || db_std_draft(c->db, c->a, &dr) == -1)
		return 503;
	tdict_set(b, "CSRF", c->csrf);
	if (req_param(&c->req, "published") != NULL)
		tdict_show(b, "PUBLISHED");
	for (i = 0; i < v.nrows; i++) {
		d = tdict_section(b, "VROW");
		tdict_set(d, "VERSION", dbres_str(&v, i, 1));
		tdict_set(d, "TITLE", dbres_str(&v, i, 2));
		tdict_set(d, "EFFECTIVE", dbres_str(&v, i, 3));
		tdict_set(d, "STANDARDS", dbres_str(&v, i, 4));
		tdict_show(d, dbres_int(&v, i, 5) ? "IN_FORCE" : dbres_int(&v, i, 6) ?
		    "UPCOMING" : "REPLACED");
	}
	if (dr.nrows == 1)
		tdict_set(tdict_section(b, "DRAFT"), "VERSION", dbres_str(&dr, 0, 1));
	else
		tdict_show(b, "NO_DRAFT");
	return page_end(c, 200);
}

/* Start a draft (or go to the one there is). */
int
std_list_post(struct ctx *c)
{
	if (db_std_draft_new(c->db, c->a, c->user->id) == -1)
		return 503;
	return redirect(c, DRAFT_PATH);
}

/* ---- the draft's details --------------------------------------------------- */

enum dfield { DF_TITLE, DF_SUMMARY, DF_DAY, DF_MONTH, DF_YEAR, DF__MAX };

static const struct field draft_fields[DF__MAX] = {
	[DF_TITLE] = { "title", valid_line, FIELD_REQUIRED, 200, 0, 0,
	    "Enter the title", "Title must be 200 characters or fewer, on one line" },
	[DF_SUMMARY] = { "summary", valid_text, 0, 5000, 0, 0, NULL,
	    "What changed must be 5,000 characters or fewer" },
	[DF_DAY] = { "effective_day", valid_int, 0, 2, 1, 31, NULL,
	    "The effective date must be a real date" },
	[DF_MONTH] = { "effective_month", valid_int, 0, 2, 1, 12, NULL,
	    "The effective date must be a real date" },
	[DF_YEAR] = { "effective_year", valid_int, 0, 4, 2000, 2100, NULL,
	    "The effective date must be a real date" },
};

/* What the page needs: the draft row and its standards. */
struct dpage {
	struct ctx	*c;
	struct dbres	 d;
	struct dbres	 s;
	long long	 id;
};

/* Load the draft. 0, 404 (no draft: publish or start one), 503. */
static int
dpage_load(struct ctx *c, struct dpage *p)
{
	int	n;

	p->c = c;
	if ((n = db_std_draft(c->db, c->a, &p->d)) != 1)
		return n == 0 ? 404 : 503;
	p->id = dbres_int(&p->d, 0, 0);
	if (db_std_draft_list(c->db, c->a, p->id, &p->s) == -1)
		return 503;
	return 0;
}

/* The stored details as if typed, for a fresh page. */
static void
draft_values(struct dpage *p, struct fieldval *fv)
{
	const char	*e = dbres_null(&p->d, 0, 3) ? NULL : dbres_str(&p->d, 0, 3);

	memset(fv, 0, sizeof(*fv) * DF__MAX);
	fv[DF_TITLE].raw = dbres_str(&p->d, 0, 2);
	fv[DF_SUMMARY].raw = dbres_str(&p->d, 0, 4);
	if (e != NULL && strlen(e) == 10) {
		fv[DF_YEAR].raw = arena_strndup(p->c->a, e, 4);
		fv[DF_MONTH].raw = arena_printf(p->c->a, "%d", (e[5] - '0') * 10 + e[6] - '0');
		fv[DF_DAY].raw = arena_printf(p->c->a, "%d", (e[8] - '0') * 10 + e[9] - '0');
	}
}

static void
standard_rows(struct dpage *p, struct tdict *b)
{
	struct tdict	*d;
	size_t		 i;

	for (i = 0; i < p->s.nrows; i++) {
		d = tdict_section(b, "STANDARD");
		tdict_set(d, "ID", dbres_str(&p->s, i, 0));
		tdict_set(d, "CODE", dbres_str(&p->s, i, 1));
		tdict_set(d, "TITLE", dbres_str(&p->s, i, 2));
		tdict_set(d, "BODY", dbres_str(&p->s, i, 3));
		tdict_set(d, "EVIDENCE", dbres_str(&p->s, i, 4));
		tdict_set(d, "CSRF", p->c->csrf);
		if (i > 0)
			tdict_show(d, "CAN_UP");
		if (i + 1 < p->s.nrows)
			tdict_show(d, "CAN_DOWN");
	}
	if (p->s.nrows == 0)
		tdict_show(b, "NO_STANDARDS");
}

/* The draft page; fv: the details as typed (or stored), errors shown. */
static int
draft_page(struct dpage *p, int status, const struct fieldval *fv, int errors)
{
	struct tdict	*b = page_begin(p->c, errors ? "Error: Draft Practice Standards" :
			    "Draft Practice Standards", "admin/standards_draft.tpl");

	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "VERSION", dbres_str(&p->d, 0, 1));
	if (req_param(&p->c->req, "saved") != NULL && !errors)
		tdict_show(b, "SAVED");
	form_fill(p->c, b, draft_fields, fv, DF__MAX);
	standard_rows(p, b);
	return page_end(p->c, status);
}

static int
std_draft_get(struct ctx *c)
{
	struct dpage	p;
	struct fieldval	fv[DF__MAX];
	int		st;

	if ((st = dpage_load(c, &p)) != 0)
		return st;
	draft_values(&p, fv);
	return draft_page(&p, 200, fv, 0);
}

/* The effective date typed, as "YYYY-MM-DD" (NULL: none given). Errors into fv. */
static int
effective_check(struct ctx *c, struct fieldval *fv, const char **out)
{
	struct ukdate	d = { 0, 0, 0, 12, 0 };
	struct tm	now;
	time_t		t = time(NULL);
	int		given = fv[DF_DAY].present + fv[DF_MONTH].present + fv[DF_YEAR].present;

	*out = NULL;
	if (fv[DF_DAY].error || fv[DF_MONTH].error || fv[DF_YEAR].error || given == 0)
		return 0;
	d.day = (int)fv[DF_DAY].i;
	d.month = (int)fv[DF_MONTH].i;
	d.year = (int)fv[DF_YEAR].i;
	if (given != 3 || !ukdate_valid(&d)) {
		fv[DF_DAY].error = draft_fields[DF_DAY].invalid;
		return 1;
	}
	gmtime_r(&t, &now);
	*out = arena_printf(c->a, "%04d-%02d-%02d", d.year, d.month, d.day);
	if (strcmp(*out, arena_printf(c->a, "%04d-%02d-%02d", now.tm_year + 1900,
	    now.tm_mon + 1, now.tm_mday)) < 0) {
		fv[DF_DAY].error = "The effective date must be today or in the future";
		return 1;
	}
	return 0;
}

static int
std_draft_post(struct ctx *c)
{
	struct dpage	 p;
	struct fieldval	 fv[DF__MAX];
	const char	*eff;
	int		 st, n;

	if ((st = dpage_load(c, &p)) != 0)
		return st;
	if ((n = fields_check(c->a, &c->req.form, draft_fields, DF__MAX, fv)) < 0)
		return 500;
	n += effective_check(c, fv, &eff);
	if (fv[DF_DAY].error == NULL)
		fv[DF_DAY].error = fv[DF_MONTH].error ? fv[DF_MONTH].error : fv[DF_YEAR].error;
	fv[DF_MONTH].error = fv[DF_YEAR].error = NULL;
	if (n != 0)
		return draft_page(&p, 422, fv, 1);
	n = db_std_draft_save(c->db, c->a, c->user->id, fv[DF_TITLE].s,
	    fv[DF_SUMMARY].s ? fv[DF_SUMMARY].s : "", eff);
	if (n == -1)
		return 503;
	return n == 1 ? 404 : redirect(c, DRAFT_PATH "?saved=1");
}

/* ---- one standard ------------------------------------------------------------- */

enum sfield { SF_CODE, SF_TITLE, SF_BODY, SF_EVIDENCE, SF__MAX };

static const struct field standard_fields[SF__MAX] = {
	[SF_CODE] = { "code", valid_code, FIELD_REQUIRED, 16, 0, 0,
	    "Enter the code, for example PS7",
	    "Code must be 1 to 16 letters and digits, for example PS7" },
	[SF_TITLE] = { "title", valid_line, FIELD_REQUIRED, 200, 0, 0,
	    "Enter the standard's title", "Title must be 200 characters or fewer, on one line" },
	[SF_BODY] = { "body", valid_text, FIELD_REQUIRED, 5000, 0, 0,
	    "Enter what good looks like", "What good looks like must be 5,000 characters or fewer" },
	[SF_EVIDENCE] = { "evidence", valid_text, FIELD_REQUIRED, 5000, 0, 0,
	    "Enter what evidence of it looks like",
	    "The evidence guidance must be 5,000 characters or fewer" },
};

/* The row of p->s with this id, or -1. */
static int
standard_index(const struct dpage *p, long long id)
{
	size_t	i;

	for (i = 0; i < p->s.nrows; i++)
		if (dbres_int(&p->s, i, 0) == id)
			return (int)i;
	return -1;
}

/* The add (row -1) or change form. */
static int
standard_page(struct dpage *p, int row, int status, const struct fieldval *fv, int errors)
{
	struct tdict	*b;
	const char	*what = row < 0 ? "Add a standard" : "Change a standard";

	if ((b = page_begin(p->c, arena_printf(p->c->a, "%s%s", errors ? "Error: " : "",
	    what), "admin/standards_item.tpl")) == NULL)
		return 500;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "HEADING", what);
	tdict_set(b, "ACTION", row < 0 ? DRAFT_PATH "/new" : arena_printf(p->c->a,
	    DRAFT_PATH "/s/%s", dbres_str(&p->s, (size_t)row, 0)));
	form_fill(p->c, b, standard_fields, fv, SF__MAX);
	if (row < 0)
		tdict_show(b, "ADDING");
	else
		tdict_set(tdict_section(b, "EDITING"), "CODE", dbres_str(&p->s, (size_t)row, 1));
	return page_end(p->c, status);
}

/* "/admin/standards/draft/<what>/<id>" into id; -1 if not that shape. */
static int
draft_id(const struct ctx *c, const char *what, long long *id)
{
	const char	*rest = c->req.path + strlen(DRAFT_PATH);
	size_t		 n = strlen(what);

	if (rest[0] != '/' || strncmp(rest + 1, what, n) != 0 || rest[1 + n] != '/')
		return -1;
	rest += n + 2;
	return path_id(&rest, id) == 0 && *rest == '\0' ? 0 : -1;
}

enum dact { DA_DETAILS, DA_NEW, DA_EDIT, DA_MOVE, DA_REMOVE, DA_PUBLISH, DA__MAX };

/* Which draft page this is (and the standard's row); -1 not one. */
static int
dact_parse(struct dpage *p, enum dact *act, int *row)
{
	const char	*rest = p->c->req.path + strlen(DRAFT_PATH);
	static const char *const words[DA__MAX] = { "", "s", "move", "remove" };
	long long	 id;
	int		 k;

	*row = -1;
	if (rest[0] == '\0') {
		*act = DA_DETAILS;
		return 0;
	}
	if (strcmp(rest, "/new") == 0 || strcmp(rest, "/publish") == 0) {
		*act = rest[1] == 'n' ? DA_NEW : DA_PUBLISH;
		return 0;
	}
	for (k = DA_EDIT; k <= DA_REMOVE; k++)
		if (draft_id(p->c, words[k - DA_EDIT + 1], &id) == 0) {
			*act = (enum dact)k;
			return (*row = standard_index(p, id)) < 0 ? -1 : 0;
		}
	return -1;
}

/* The stored standard as if typed. */
static void
standard_values(const struct dpage *p, int row, struct fieldval *fv)
{
	size_t	i;

	memset(fv, 0, sizeof(*fv) * SF__MAX);
	if (row < 0)
		return;
	for (i = 0; i < SF__MAX; i++)
		fv[i].raw = dbres_str(&p->s, (size_t)row, i + 1);
}

static int
standard_post(struct dpage *p, int row)
{
	struct fieldval	fv[SF__MAX];
	int		n;

	n = fields_check(p->c->a, &p->c->req.form, standard_fields, SF__MAX, fv);
	if (row >= 0) {
		fv[SF_CODE].raw = dbres_str(&p->s, (size_t)row, 1);
		if (fv[SF_CODE].error != NULL)
			n--;
		fv[SF_CODE].error = NULL;
	}
	if (n != 0)
		return n < 0 ? 500 : standard_page(p, row, 422, fv, 1);
	n = db_std_save(p->c->db, p->c->a, p->c->user->id, row < 0 ? 0 :
	    dbres_int(&p->s, (size_t)row, 0), fv[SF_CODE].s, fv[SF_TITLE].s,
	    fv[SF_BODY].s, fv[SF_EVIDENCE].s);
	if (n == -1)
		return 503;
	if (n == 2) {
		fv[SF_CODE].error = "Another standard in this draft has this code";
		return standard_page(p, row, 422, fv, 1);
	}
	return n == 1 ? 404 : redirect(p->c, DRAFT_PATH "?saved=1");
}

/* The remove or publish confirmation; problem (may be NULL) says why not. */
static int
confirm_page(struct dpage *p, enum dact act, int row, int status, const char *problem)
{
	struct tdict	*b;

	b = page_begin(p->c, arena_printf(p->c->a, "%s%s", problem ? "Error: " : "",
	    act == DA_REMOVE ? "Remove a standard" : "Publish the Practice Standards"),
	    act == DA_REMOVE ? "admin/standards_remove.tpl" : "admin/standards_publish.tpl");
	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "VERSION", dbres_str(&p->d, 0, 1));
	if (row >= 0) {
		tdict_set(b, "CODE", dbres_str(&p->s, (size_t)row, 1));
		tdict_set(b, "TITLE", dbres_str(&p->s, (size_t)row, 2));
		tdict_set(b, "ACTION", arena_printf(p->c->a, DRAFT_PATH "/remove/%s",
		    dbres_str(&p->s, (size_t)row, 0)));
	}
	if (!dbres_null(&p->d, 0, 3))
		tdict_set(tdict_section(b, "HAS_EFFECTIVE"), "EFFECTIVE",
		    uk_show_date(p->c->a, dbres_str(&p->d, 0, 3)));
	if (problem != NULL)
		form_error(p->c, b, "confirm", problem);
	return page_end(p->c, status);
}

static int
publish_post(struct dpage *p)
{
	long long	version;
	int		n;

	n = db_std_publish(p->c->db, p->c->a, p->c->user->id, &version);
	if (n == -1)
		return 503;
	if (n == 2)
		return confirm_page(p, DA_PUBLISH, -1, 422, "Before publishing, write what "
		    "changed, set an effective date of today or later, and include at "
		    "least one standard");
	return n == 1 ? 404 : redirect(p->c, "/admin/standards?published=1");
}

int
std_page_get(struct ctx *c)
{
	struct dpage	p;
	struct fieldval	fv[SF__MAX];
	enum dact	act;
	int		st, row;

	if ((st = dpage_load(c, &p)) != 0)
		return st;
	if (dact_parse(&p, &act, &row) == -1)
		return 404;
	if (act == DA_DETAILS)
		return std_draft_get(c);
	if (act == DA_MOVE) {
		resp_header(c->resp, c->a, "Allow", "POST");
		return 405;
	}
	if (act == DA_REMOVE || act == DA_PUBLISH)
		return confirm_page(&p, act, row, 200, NULL);
	standard_values(&p, row, fv);
	return standard_page(&p, row, 200, fv, 0);
}

int
std_page_post(struct ctx *c)
{
	struct dpage	 p;
	enum dact	 act;
	const char	*dir;
	int		 st, row, n;

	if ((st = dpage_load(c, &p)) != 0)
		return st;
	if (dact_parse(&p, &act, &row) == -1)
		return 404;
	switch (act) {
	case DA_DETAILS:
		return std_draft_post(c);
	case DA_NEW:
	case DA_EDIT:
		return standard_post(&p, row);
	case DA_PUBLISH:
		return publish_post(&p);
	case DA_MOVE:
		dir = kv_str(&c->req.form, "dir");
		if (strcmp(dir, "up") != 0 && strcmp(dir, "down") != 0)
			return 400;
		n = db_std_move(c->db, c->a, c->user->id, dbres_int(&p.s, (size_t)row, 0),
		    strcmp(dir, "up") == 0 ? -1 : 1);
		break;
	default:
		n = db_std_remove(c->db, c->a, c->user->id, dbres_int(&p.s, (size_t)row, 0));
		break;
	}
	return n == -1 ? 503 : redirect(c, DRAFT_PATH "?saved=1");
}
