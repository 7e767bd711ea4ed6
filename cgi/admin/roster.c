/*
 * The roster import: paste (or, with JavaScript, choose) the HR system's
 * CSV; it is kept server-side under a random id owned by the uploader;
 * the preview shows every bad row and every change; confirming applies
 * exactly the previewed plan (its digest must still match) in one
 * transaction, or nothing.
 */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "admin.h"
#include "app.h"
#include "arena.h"
#include "db.h"
#include "db_admin.h"
#include "field.h"
#include "roster.h"
#include "session.h"
#include "tmpl.h"

#define LIST_MAX	200	/* rows shown per table; the counts say the rest */

/* Exactly f->maxlen lower-case hex digits: an upload id from hex_random()
 * (32) or a plan digest (ROSTER_DIGEST_HEX). */
static int
valid_hex(struct arena *a, const struct field *f, struct fieldval *fv)
{
	size_t	n = strspn(fv->raw, "0123456789abcdef");

	if (n != f->maxlen || fv->raw[n] != '\0') {
		fv->error = f->invalid;
		return -1;
	}
	fv->s = fv->raw;
	return 0;
}

enum ufield { UF_ROSTER, UF__MAX };

static const struct field upload_fields[UF__MAX] = {
	[UF_ROSTER] = { "roster", valid_text, FIELD_REQUIRED, 16 * 1024 * 1024, 0, 0,
	    "Paste the roster CSV, or choose the file",
	    "The roster must be text (save it from the HR system as CSV UTF-8)" },
};

enum afield { AF_UPLOAD, AF_DIGEST, AF__MAX };

static const struct field apply_fields[AF__MAX] = {
	[AF_UPLOAD] = { "upload", valid_hex, FIELD_REQUIRED, 32, 0, 0,
	    "Upload the roster again", "Upload the roster again" },
	[AF_DIGEST] = { "digest", valid_hex, FIELD_REQUIRED, ROSTER_DIGEST_HEX, 0, 0,
	    "Preview the roster again", "Preview the roster again" },
};

/* The upload form; text and error (may be NULL) redisplay a refusal. */
static int
form_page(struct ctx *c, int status, const char *text, const char *error)
{
	struct tdict	*b = page_begin(c, error ? "Error: Import the staff roster" :
			    "Import the staff roster", "admin/roster.tpl");
	const char	*done = req_param(&c->req, "done"), *summary;
	struct tdict	*sum = NULL;
	long long	 id;
	int		 k;

	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "ROSTER", text ? text : "");
	for (k = 0; k < RC__MAX; k++)
		tdict_set(tdict_section(b, "COLUMN"), "LABEL", roster_col_label[k]);
	if (error != NULL) {
		admin_error(b, &sum, "#roster", error);
		tdict_set(tdict_section(b, "ROSTER_ERROR"), "MESSAGE", error);
	}
	if (error == NULL && done != NULL && parse_ll(done, 1, 0x7fffffffffffLL, &id) == 0) {
		if ((k = db_admin_log_after(c->db, c->a, id, &summary)) == -1)
			return 503;
		if (k == 1)
			tdict_set(tdict_section(b, "DONE"), "SUMMARY", summary);
	}
	return page_end(c, status);
}

int
roster_form(struct ctx *c)
{
	return form_page(c, 200, NULL, NULL);
}

/* Check the file as a whole, keep it, and show its preview. */
int
roster_upload(struct ctx *c)
{
	struct fieldval	 fv[UF__MAX];
	struct roster	 r;
	char		 id[33];
	int		 n;

	if ((n = fields_check(c->a, &c->req.form, upload_fields, UF__MAX, fv)) != 0)
		return n < 0 ? 500 : form_page(c, 422, fv[UF_ROSTER].raw, fv[UF_ROSTER].error);
	if (roster_parse(c->a, fv[UF_ROSTER].s, strlen(fv[UF_ROSTER].s), &r) == -1)
		return 500;
	if (r.error != NULL)
		return form_page(c, 422, fv[UF_ROSTER].raw, r.error);
	hex_random(id);
	if (db_roster_upload_put(c->db, id, c->user->id, fv[UF_ROSTER].s,
	    strlen(fv[UF_ROSTER].s)) == -1)
		return 503;
	return redirect(c, arena_printf(c->a, "/admin/roster/preview?upload=%s", id));
}

/* ---- the preview ------------------------------------------------------- */

static void
set_count(struct tdict *b, const char *key, size_t n)
{
	tdict_setint(b, key, (long long)n);
}

/* What a row's import does, in words, for the preview tables. */
static const char *
row_detail(struct arena *a, const struct roster_row *row)
{
	switch (row->kind) {
	case RK_ADD:
		return arena_printf(a, "New, username %s", row->v[RC_USERNAME]);
	case RK_MOVE:
		return arena_printf(a, "From %s%s%s", *row->from_team ? row->from_team :
		    "no team", *row->changes ? "; also changed: " : "", row->changes);
	case RK_LEAVE:
		return arena_printf(a, "Leaving date %s: will be deactivated and "
		    "signed out", row->v[RC_LEAVE]);
	default:
		return row->changes ? row->changes : "";
	}
}

/* One table of the rows of kind k (at most LIST_MAX of them). */
static void
kind_table(struct ctx *c, struct tdict *b, const struct roster *r, enum rkind k,
    const char *caption, const char *id, size_t n)
{
	struct tdict	*t, *row;
	size_t		 i, shown = 0;

	if (n == 0)
		return;
	t = tdict_section(b, "LIST");
	tdict_set(t, "CAPTION", caption);
	tdict_set(t, "ID", id);
	for (i = 0; i < r->nrows && shown < LIST_MAX; i++) {
		if (r->rows[i].error != NULL || r->rows[i].kind != k)
			continue;
		row = tdict_section(t, "ROW");
		tdict_setint(row, "LINE", r->rows[i].line);
		tdict_set(row, "STAFF_NO", r->rows[i].v[RC_STAFF_NO]);
		tdict_set(row, "NAME", r->rows[i].v[RC_NAME]);
		tdict_set(row, "TEAM", r->rows[i].team);
		tdict_set(row, "DETAIL", row_detail(c->a, &r->rows[i]));
		shown++;
	}
	if (n > shown)
		set_count(tdict_section(t, "MORE"), "N", n - shown);
}

static void
bad_table(struct tdict *b, const struct roster *r)
{
	struct tdict	*t = tdict_section(b, "BAD"), *row;
	size_t		 i, shown = 0;

	set_count(t, "N", r->nbad);
	for (i = 0; i < r->nrows && shown < LIST_MAX; i++) {
		if (r->rows[i].error == NULL)
			continue;
		row = tdict_section(t, "ROW");
		tdict_setint(row, "LINE", r->rows[i].line);
		tdict_set(row, "STAFF_NO", r->rows[i].v[RC_STAFF_NO]);
		tdict_set(row, "NAME", r->rows[i].v[RC_NAME]);
		tdict_set(row, "PROBLEM", r->rows[i].error);
		shown++;
	}
	if (r->nbad > shown)
		set_count(tdict_section(t, "MORE"), "N", r->nbad - shown);
}

/* The people not in the file, and per service area a choice to mark
 * them as left (only offered when the plan can be applied). */
static void
absent_table(struct tdict *b, struct tdict *confirm, const struct roster_plan *p,
    const struct roster_world *w)
{
	const struct roster_person	*s;
	struct tdict			*t, *row, *ch, *choice = NULL;
	size_t				 i, j, n;

	if (p->nabsent == 0)
		return;
	t = tdict_section(b, "ABSENT");
	set_count(t, "N", p->nabsent);
	for (i = 0; i < p->nabsent && i < LIST_MAX; i++) {
		s = &w->staff[p->absent[i]];
		row = tdict_section(t, "ROW");
		tdict_set(row, "STAFF_NO", s->v[RC_STAFF_NO]);
		tdict_set(row, "NAME", s->v[RC_NAME]);
		tdict_set(row, "TEAM", s->v[RC_TEAM]);
		tdict_set(row, "AREA", s->v[RC_AREA]);
	}
	if (p->nabsent > LIST_MAX)
		set_count(tdict_section(t, "MORE"), "N", p->nabsent - LIST_MAX);
	if (confirm != NULL)
		choice = tdict_section(confirm, "ABSENT_CHOICE");
	for (j = 0; choice != NULL && j < p->nscope; j++) {
		for (i = n = 0; i < p->nabsent; i++)
			n += strcasecmp(w->staff[p->absent[i]].v[RC_AREA], p->scope[j]) == 0;
		if (n == 0)
			continue;
		ch = tdict_section(choice, "AREA");
		tdict_set(ch, "NAME", p->scope[j]);
		tdict_setint(ch, "IDX", (long long)j);
		set_count(ch, "N", n);
	}
}

static void
new_lists(struct tdict *b, const struct roster_plan *p)
{
	struct tdict	*s, *t;
	size_t		 i;

	if (p->nnew_areas > 0) {
		s = tdict_section(b, "NEW_AREAS");
		for (i = 0; i < p->nnew_areas; i++)
			tdict_set(tdict_section(s, "AREA"), "NAME", p->new_areas[i]);
	}
	if (p->nnew_teams > 0) {
		s = tdict_section(b, "NEW_TEAMS");
		for (i = 0; i < p->nnew_teams; i++) {
			t = tdict_section(s, "TEAM");
			tdict_set(t, "NAME", p->new_teams[i].name);
			tdict_set(t, "AREA", p->new_teams[i].area);
		}
	}
}

static void
counts_set(struct tdict *b, const struct roster *r, const struct roster_plan *p)
{
	set_count(b, "ROWS_N", r->nrows);
	set_count(b, "ADD_N", p->count[RK_ADD]);
	set_count(b, "CHANGE_N", p->count[RK_CHANGE]);
	set_count(b, "MOVE_N", p->count[RK_MOVE]);
	set_count(b, "LEAVE_N", p->count[RK_LEAVE]);
	set_count(b, "SAME_N", p->count[RK_SAME]);
	set_count(b, "SKIP_N", p->count[RK_SKIP]);
	set_count(b, "NEW_TEAMS_N", p->nnew_teams);
	set_count(b, "NEW_AREAS_N", p->nnew_areas);
	set_count(b, "ABSENT_N", p->nabsent);
	set_count(b, "BAD_N", r->nbad);
}

/* Everything the preview shows about a planned import. */
static void
plan_show(struct ctx *c, struct tdict *b, struct tdict **sum, const struct roster *r,
    const struct roster_plan *p, const struct roster_world *w, const char *upload)
{
	struct tdict	*confirm = NULL;

	counts_set(b, r, p);
	if (r->nbad > 0) {
		admin_error(b, sum, "#bad-rows", arena_printf(c->a, "%zu %s cannot be "
		    "imported: correct the file and upload it again. Nothing has been "
		    "applied.", r->nbad, r->nbad == 1 ? "row" : "rows"));
		bad_table(b, r);
	} else {
		confirm = tdict_section(b, "CONFIRM");
		tdict_set(confirm, "CSRF", c->csrf);
		tdict_set(confirm, "UPLOAD", upload);
		tdict_set(confirm, "DIGEST", p->digest);
	}
	kind_table(c, b, r, RK_ADD, "People to add", "add", p->count[RK_ADD]);
	kind_table(c, b, r, RK_CHANGE, "People whose details change", "change",
	    p->count[RK_CHANGE]);
	kind_table(c, b, r, RK_MOVE, "People moving to another team", "move",
	    p->count[RK_MOVE]);
	kind_table(c, b, r, RK_LEAVE, "People to mark as left", "leave",
	    p->count[RK_LEAVE]);
	new_lists(b, p);
	absent_table(b, confirm, p, w);
}

/* The preview of the owner's upload; problem (may be NULL) heads it. */
static int
preview_page(struct ctx *c, int status, const char *upload, const char *problem)
{
	struct tdict		*b, *sum = NULL;
	struct roster		 r;
	struct roster_plan	 p;
	struct roster_world	 w;
	char			*csv;
	size_t			 len;
	int			 n;

	if ((n = db_roster_upload_get(c->db, c->a, upload, c->user->id, &csv, &len)) == -1)
		return 503;
	if (n == 0)
		return form_page(c, 404, NULL, "That upload has expired or is not "
		    "yours: upload the roster again");
	if (roster_parse(c->a, csv, len, &r) == -1)
		return 500;
	if (r.error != NULL)
		return form_page(c, 422, csv, r.error);
	if (db_roster_world(c->db, c->a, &w) == -1)
		return 503;
	if (roster_plan(c->a, &r, &w, &p) == -1)
		return 500;
	b = page_begin(c, r.nbad || problem ? "Error: Check the roster import" :
	    "Check the roster import", "admin/roster-preview.tpl");
	if (b == NULL)
		return 500;
	if (problem != NULL)
		admin_error(b, &sum, "#summary", problem);
	plan_show(c, b, &sum, &r, &p, &w, upload);
	return page_end(c, r.nbad > 0 && status == 200 ? 422 : status);
}

int
roster_preview(struct ctx *c)
{
	struct fieldval	fv[AF__MAX];
	int		n;

	n = fields_check(c->a, &c->req.query, apply_fields, 1, fv);
	if (n != 0)
		return n < 0 ? 500 : 404;
	return preview_page(c, 200, fv[AF_UPLOAD].s, NULL);
}

/* The service areas ticked for "mark the people not in the file as left". */
static const char **
absent_areas(struct ctx *c, size_t *n)
{
	const struct kvlist	*f = &c->req.form;
	const char		**out = arena_alloc(c->a, (f->n + 1) * sizeof(*out));
	size_t			 i;

	*n = 0;
	for (i = 0; out != NULL && i < f->n; i++)
		if (strcmp(f->v[i].key, "absent_area") == 0 && f->v[i].vallen > 0)
			out[(*n)++] = f->v[i].val;
	return out;
}

int
roster_confirm(struct ctx *c)
{
	struct fieldval		 fv[AF__MAX];
	struct roster_done	 done;
	const char		**areas;
	char			*csv;
	size_t			 len, nareas;
	int			 n;

	if ((n = fields_check(c->a, &c->req.form, apply_fields, AF__MAX, fv)) != 0)
		return n < 0 ? 500 : form_page(c, 422, NULL, "Upload the roster again "
		    "and check its preview before applying it");
	if ((areas = absent_areas(c, &nareas)) == NULL)
		return 500;
	if ((n = db_roster_upload_get(c->db, c->a, fv[AF_UPLOAD].s, c->user->id,
	    &csv, &len)) <= 0)
		return n < 0 ? 503 : form_page(c, 404, NULL, "That upload has expired "
		    "or is not yours: upload the roster again");
	switch (db_roster_apply(c->db, c->a, c->user->id, csv, len, fv[AF_DIGEST].s,
	    areas, nareas, fv[AF_UPLOAD].s, &done)) {
	case ROSTER_APPLIED:
		return redirect(c, arena_printf(c->a, "/admin/roster?done=%lld",
		    done.log_id));
	case ROSTER_CHANGED:
		return preview_page(c, 409, fv[AF_UPLOAD].s, "The roster has changed "
		    "since this preview was made. Nothing has been applied: check "
		    "the changes below again.");
	case ROSTER_BAD:
		return preview_page(c, 422, fv[AF_UPLOAD].s, NULL);
	default:
		return 503;
	}
}
