/*
 * The one-wave staff survey reports: the heatmap (questions by team,
 * shaded by score, with the difference from the top of the person's view),
 * response rates against the headcount at opening, and the comments. Each
 * as a page and as CSV; response rates also as an SVG bar chart. Every
 * figure goes through suppress.h over the whole organisation.
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "csvout.h"
#include "db.h"
#include "db_insights.h"
#include "ins.h"
#include "survey_data.h"
#include "svg.h"
#include "tmpl.h"

struct wavectx {
	struct otree	 t;
	struct sfilter	 f;
	struct sdata	 d;
	long		*cols;		/* heatmap and rates: cells shown */
	size_t		 ncols;
	unsigned	 thr;
};

/* Cells in view for a wave report: with a team chosen, the view itself;
 * otherwise the top of the view and the teams beneath it, grouped by
 * area (areas_too: with each area's own row before its teams). */
static void
push_teams(struct wavectx *x, long area)
{
	size_t	i;

	for (i = x->t.nareas + 1; i + 1 < x->t.n; i++)
		if (x->t.cell[i].parent == area)
			x->cols[x->ncols++] = (long)i;
}

static int
wave_cols(struct ctx *c, struct wavectx *x, int areas_too)
{
	size_t	i;

	if ((x->cols = arena_alloc(c->a, sizeof(long) * (x->t.n + 1))) == NULL)
		return -1;
	x->ncols = 0;
	if (x->f.team > 0) {
		for (i = 0; i < x->f.nview; i++)
			x->cols[x->ncols++] = x->f.view[i];
		return 0;
	}
	x->cols[x->ncols++] = x->f.focus;
	if (x->f.focus > 0) {
		push_teams(x, x->f.focus);
		return 0;
	}
	for (i = 1; i <= x->t.nareas; i++) {
		if (areas_too)
			x->cols[x->ncols++] = (long)i;
		push_teams(x, (long)i);
	}
	return 0;
}

static int
wave_prepare(struct ctx *c, struct wavectx *x, int areas_too, int figures)
{
	int	rc;

	if ((rc = otree_load(c, &x->t)) != 0 ||
	    (rc = sfilter_read(c, &x->t, &x->f, 1)) != 0)
		return rc;
	if (x->f.errors > 0 || x->f.survey == 0 || x->f.wave_row < 0)
		return 0;
	x->thr = sfilter_threshold(c, &x->f, (size_t)x->f.wave_row);
	if (wave_cols(c, x, areas_too) == -1)
		return 500;
	return figures ? sdata_load(c, &x->t, &x->f, &x->d) : 0;
}

/* The page's frame: filter form, errors, and whether there is a wave. */
static struct tdict *
wave_page(struct ctx *c, struct wavectx *x, const char *title, const char *tpl,
    const char *action, int form, int *status)
{
	struct tdict	*b = page_begin(c, x->f.errors ? arena_printf(c->a, "Error: %s",
			    title) : title, tpl);

	*status = 200;
	if (b == NULL) {
		*status = 500;
		return NULL;
	}
	tdict_setint(b, "THRESHOLD", x->f.wave_row >= 0 ? x->thr : c->cfg->threshold);
	sfilter_form(c, b, &x->t, &x->f, action, form);
	if (x->f.errors > 0)
		*status = 422;
	else if (x->f.survey == 0 || x->f.wave_row < 0)
		tdict_show(b, "NO_WAVES");
	else {
		tdict_show(b, "FIGURES");
		tdict_set(b, "SURVEY", x->f.survey_title);
		tdict_set(b, "WAVE", dbres_str(x->f.waves, (size_t)x->f.wave_row, 1));
	}
	return b;
}

/* ---- heatmap ----------------------------------------------------------- */

/* 1 (lowest) to 5 (highest) for shading; the number is always written. */
static int
heat_band(long pct)
{
	return pct < 40 ? 1 : pct < 55 ? 2 : pct < 70 ? 3 : pct < 85 ? 4 : 5;
}

static void
heat_row(struct ctx *c, const struct wavectx *x, struct tdict *b, size_t q,
    const struct fig *figs)
{
	struct tdict		*row = tdict_section(b, "QROW"), *s;
	const struct fig	*ref = &figs[x->cols[0]], *f;
	size_t			 i;

	tdict_set(row, "QUESTION", dbres_str(&x->d.qs, q, 2));
	for (i = 0; i < x->ncols; i++) {
		f = &figs[x->cols[i]];
		s = tdict_section(row, "HCELL");
		tdict_set(s, "VALUE", fig_text(c, f, M_QUESTION, x->thr));
		if (!f->has) {
			tdict_show(s, f->why != SUP_SHOWN ? "SUPPRESSED" : "EMPTY");
			continue;
		}
		tdict_setint(s, "BAND", heat_band(f->pct));
		if (i > 0 && ref->has)
			tdict_set(tdict_section(s, "DIFF"), "TEXT",
			    arena_printf(c->a, "%+ld", f->pct - ref->pct));
	}
}

int
ins_heatmap(struct ctx *c)
{
	struct wavectx	 x;
	struct tdict	*b, *s;
	struct fig	*figs;
	size_t		 i, q;
	int		 rc, status;

	if ((rc = wave_prepare(c, &x, 0, 1)) != 0)
		return rc;
	if ((b = wave_page(c, &x, "Survey heatmap", "insights/heatmap.tpl",
	    "/insights/heatmap", SFORM_ONE_WAVE, &status)) == NULL || status != 200 ||
	    x.f.wave_row < 0)
		return b == NULL ? 500 : page_end(c, status);
	tdict_set(b, "REF", x.t.cell[x.cols[0]].name);
	tdict_set(b, "CSV_HREF", arena_printf(c->a, "/insights/heatmap.csv?%s",
	    sfilter_query(c, &x.f, 1)));
	for (i = 0; i < x.ncols; i++) {
		s = tdict_section(b, "COL");
		tdict_set(s, "NAME", x.t.cell[x.cols[i]].name);
	}
	if ((figs = arena_alloc(c->a, sizeof(*figs) * (x.d.nc + 1))) == NULL)
		return 500;
	for (q = 0; q < x.d.nq; q++) {
		if (sdata_figs(c, &x.t, &x.d, 0, M_QUESTION, q, x.thr, figs) == -1)
			return 500;
		heat_row(c, &x, b, q, figs);
	}
	return page_end(c, 200);
}

int
ins_heatmap_csv(struct ctx *c)
{
	struct wavectx	 x;
	struct csv	 w;
	struct fig	*figs;
	size_t		 i, q;
	int		 rc;

	if ((rc = wave_prepare(c, &x, 0, 1)) != 0)
		return rc;
	if (x.f.errors > 0 || x.f.wave_row < 0)
		return x.f.errors > 0 ? 400 : 404;
	if ((figs = arena_alloc(c->a, sizeof(*figs) * (x.d.nc + 1))) == NULL)
		return 500;
	csv_begin(&w, &c->resp->body);
	csv_text(&w, "Wave");
	csv_text(&w, "Wave opened");
	csv_text(&w, "Question");
	csv_text(&w, "Group");
	csv_text(&w, "Percent favourable");
	csv_text(&w, arena_printf(c->a, "Difference from %s", x.t.cell[x.cols[0]].name));
	csv_end_row(&w);
	for (q = 0; q < x.d.nq; q++) {
		if (sdata_figs(c, &x.t, &x.d, 0, M_QUESTION, q, x.thr, figs) == -1)
			return 500;
		for (i = 0; i < x.ncols; i++) {
			const struct fig *f = &figs[x.cols[i]], *ref = &figs[x.cols[0]];

			csv_text(&w, dbres_str(x.f.waves, (size_t)x.f.wave_row, 1));
			csv_text(&w, dbres_str(x.f.waves, (size_t)x.f.wave_row, 2));
			csv_text(&w, dbres_str(&x.d.qs, q, 2));
			csv_text(&w, x.t.cell[x.cols[i]].name);
			if (f->has)
				csv_int(&w, f->pct);
			else
				csv_text(&w, fig_text(c, f, M_QUESTION, x.thr));
			if (f->has && ref->has && i > 0)
				csv_int(&w, f->pct - ref->pct);
			else
				csv_text(&w, NULL);
			csv_end_row(&w);
		}
	}
	if (csv_error(&w) || csv_respond(c->resp, c->a, arena_printf(c->a,
	    "heatmap-wave-%lld", x.f.wave)) == -1)
		return 500;
	c->resp->status = 200;
	return 0;
}

/* ---- response rates ---------------------------------------------------- */

struct rate {
	enum sup_why	 why;
	long long	 responses, headcount;
};

/* Responses (suppressed over the whole tree) and headcount per cell. */
static struct rate *
rates_load(struct ctx *c, struct wavectx *x)
{
	struct rate	*r = arena_alloc(c->a, sizeof(*r) * (x->t.n + 1));
	struct sup_cell	*sup = arena_alloc(c->a, sizeof(*sup) * (x->t.n + 1));
	long long	*n = arena_alloc(c->a, sizeof(long long) * (x->t.n + 1));
	long long	*head = arena_alloc(c->a, sizeof(long long) * (x->t.n + 1));
	size_t		 i;

	if (r == NULL || sup == NULL || n == NULL || head == NULL || x->d.resp == NULL)
		return NULL;
	if (otree_headcount(c, &x->t, x->f.wave, head) != 0)
		return NULL;
	for (i = 0; i < x->t.n; i++) {
		r[i].headcount = head[i];
		n[i] = r[i].responses = x->d.resp[i];
	}
	otree_cells(&x->t, n, sup);
	if (suppress_tree(sup, x->t.n, x->thr) == -1)
		return NULL;
	for (i = 0; i < x->t.n; i++)
		r[i].why = sup[i].why;
	return r;
}

static const char *
rate_text(struct ctx *c, const struct rate *r)
{
	return ins_rate_text(c, r->responses, r->headcount);
}

int
ins_rates(struct ctx *c)
{
	struct wavectx	 x;
	struct tdict	*b, *s;
	struct rate	*r;
	size_t		 i;
	int		 rc, status;

	if ((rc = wave_prepare(c, &x, 1, 1)) != 0)
		return rc;
	if ((b = wave_page(c, &x, "Survey response rates", "insights/rates.tpl",
	    "/insights/rates", SFORM_ONE_WAVE, &status)) == NULL || status != 200 || x.f.wave_row < 0)
		return b == NULL ? 500 : page_end(c, status);
	if ((r = rates_load(c, &x)) == NULL)
		return 503;
	tdict_set(b, "CSV_HREF", arena_printf(c->a, "/insights/rates.csv?%s",
	    sfilter_query(c, &x.f, 1)));
	tdict_set(b, "CHART_SRC", arena_printf(c->a, "/insights/rates.svg?%s",
	    sfilter_query(c, &x.f, 1)));
	if (dbres_int(x.f.waves, (size_t)x.f.wave_row, 5))
		tdict_show(b, "OPEN");
	for (i = 0; i < x.ncols; i++) {
		const struct rate *k = &r[x.cols[i]];

		s = tdict_section(b, "RROW");
		tdict_set(s, "NAME", x.t.cell[x.cols[i]].name);
		if (x.t.cell[x.cols[i]].kind != OC_TEAM)
			tdict_show(s, "TOTAL_ROW");
		tdict_setint(s, "HEADCOUNT", k->headcount);
		if (k->why != SUP_SHOWN) {
			tdict_set(s, "RESPONSES", suppress_label(c->a, x.thr));
			tdict_set(s, "RATE", suppress_label(c->a, x.thr));
			tdict_show(s, "SUPPRESSED");
			continue;
		}
		tdict_setint(s, "RESPONSES", k->responses);
		tdict_set(s, "RATE", rate_text(c, k));
	}
	return page_end(c, 200);
}

int
ins_rates_csv(struct ctx *c)
{
	struct wavectx	 x;
	struct csv	 w;
	struct rate	*r;
	size_t		 i;
	int		 rc;

	if ((rc = wave_prepare(c, &x, 1, 1)) != 0)
		return rc;
	if (x.f.errors > 0 || x.f.wave_row < 0)
		return x.f.errors > 0 ? 400 : 404;
	if ((r = rates_load(c, &x)) == NULL)
		return 503;
	csv_begin(&w, &c->resp->body);
	csv_text(&w, "Wave");
	csv_text(&w, "Wave opened");
	csv_text(&w, "Group");
	csv_text(&w, "Responses");
	csv_text(&w, "Headcount at opening");
	csv_text(&w, "Response rate (percent)");
	csv_end_row(&w);
	for (i = 0; i < x.ncols; i++) {
		const struct rate *k = &r[x.cols[i]];

		csv_text(&w, dbres_str(x.f.waves, (size_t)x.f.wave_row, 1));
		csv_text(&w, dbres_str(x.f.waves, (size_t)x.f.wave_row, 2));
		csv_text(&w, x.t.cell[x.cols[i]].name);
		if (k->why != SUP_SHOWN) {
			csv_text(&w, suppress_label(c->a, x.thr));
			csv_int(&w, k->headcount);
			csv_text(&w, suppress_label(c->a, x.thr));
		} else {
			csv_int(&w, k->responses);
			csv_int(&w, k->headcount);
			if (k->headcount > 0)
				csv_int(&w, (long long)(100.0 * (double)k->responses /
				    (double)k->headcount + 0.5));
			else
				csv_text(&w, "No headcount");
		}
		csv_end_row(&w);
	}
	if (csv_error(&w) || csv_respond(c->resp, c->a, arena_printf(c->a,
	    "response-rates-wave-%lld", x.f.wave)) == -1)
		return 500;
	c->resp->status = 200;
	return 0;
}

int
ins_rates_svg(struct ctx *c)
{
	struct wavectx		 x;
	struct svg_series	 s;
	struct svg_chart	 ch;
	struct rate		*r;
	const char		**labels;
	double			*y;
	unsigned char		*gap;
	size_t			 i;
	int			 rc;

	if ((rc = wave_prepare(c, &x, 1, 1)) != 0)
		return rc;
	if (x.f.errors > 0 || x.f.wave_row < 0)
		return x.f.errors > 0 ? 400 : 404;
	labels = arena_alloc(c->a, sizeof(char *) * (x.ncols + 1));
	y = arena_alloc(c->a, sizeof(double) * (x.ncols + 1));
	gap = arena_alloc(c->a, x.ncols + 1);
	if ((r = rates_load(c, &x)) == NULL || labels == NULL || y == NULL || gap == NULL)
		return 503;
	for (i = 0; i < x.ncols; i++) {
		const struct rate *k = &r[x.cols[i]];

		labels[i] = x.t.cell[x.cols[i]].name;
		gap[i] = k->why != SUP_SHOWN || k->headcount == 0;
		y[i] = gap[i] ? 0 : 100.0 * (double)k->responses / (double)k->headcount;
	}
	s = (struct svg_series){ "Response rate", y, gap };
	ch = (struct svg_chart){ "Response rate by group", "The table on the page gives "
	    "the same figures.", labels, x.ncols, 0, 100, "%",
	    suppress_label(c->a, x.thr) };
	if (svg_bar(&c->resp->body, &ch, &s) == -1)
		return 500;
	svg_respond(c->resp);
	c->resp->status = 200;
	return 0;
}

/* ---- comments ---------------------------------------------------------- */

/* Comments are for the whole wave only: HR and the performance team. */
static int
comments_allowed(const struct ctx *c)
{
	return has_role(c, RBIT(ROLE_HR) | RBIT(ROLE_PERFORMANCE));
}

static const char *
comment_question_text(const struct dbres *qs, const char *qkey)
{
	size_t	i;

	for (i = 0; i < qs->nrows; i++)
		if (strcmp(dbres_str(qs, i, 0), qkey) == 0)
			return dbres_str(qs, i, 2);
	return qkey;
}

int
ins_comments(struct ctx *c)
{
	struct wavectx	 x;
	struct tdict	*b, *s;
	struct dbres	 counts, qs, list;
	size_t		 i, k;
	int		 rc, status;

	if (!comments_allowed(c))
		return 403;
	if ((rc = wave_prepare(c, &x, 1, 0)) != 0)
		return rc;
	if ((b = wave_page(c, &x, "Survey comments", "insights/comments.tpl",
	    "/insights/comments", SFORM_ONE_WAVE | SFORM_NO_ORG, &status)) == NULL || status != 200 || x.f.wave_row < 0)
		return b == NULL ? 500 : page_end(c, status);
	tdict_setint(b, "COMMENT_THRESHOLD", c->cfg->comment_threshold);
	tdict_set(b, "CSV_HREF", arena_printf(c->a, "/insights/comments.csv?%s",
	    sfilter_query(c, &x.f, 1)));
	if (db_ins_comment_counts(c->db, c->a, x.f.wave, &counts) == -1 ||
	    db_ins_questions(c->db, c->a, x.f.survey, 0, &qs) == -1)
		return 503;
	for (i = 0; i < counts.nrows; i++) {
		s = tdict_section(b, "CQUESTION");
		tdict_set(s, "TEXT", comment_question_text(&qs, dbres_str(&counts, i, 0)));
		tdict_setint(s, "ID", (long long)i + 1);
		if (dbres_int(&counts, i, 1) < (long long)c->cfg->comment_threshold) {
			tdict_show(s, "TOO_FEW");
			continue;
		}
		s = tdict_section(s, "SHOWN");
		tdict_set(s, "COUNT", dbres_str(&counts, i, 1));
		if (db_ins_comments(c->db, c->a, x.f.wave, dbres_str(&counts, i, 0), &list) == -1)
			return 503;
		for (k = 0; k < list.nrows; k++)
			tdict_set(tdict_section(s, "COMMENT"), "TEXT", dbres_str(&list, k, 0));
	}
	return page_end(c, 200);
}

int
ins_comments_csv(struct ctx *c)
{
	struct wavectx	x;
	struct csv	w;
	struct dbres	counts, qs, list;
	size_t		i, k;
	int		rc;

	if (!comments_allowed(c))
		return 403;
	if ((rc = wave_prepare(c, &x, 1, 0)) != 0)
		return rc;
	if (x.f.errors > 0 || x.f.wave_row < 0)
		return x.f.errors > 0 ? 400 : 404;
	if (db_ins_comment_counts(c->db, c->a, x.f.wave, &counts) == -1 ||
	    db_ins_questions(c->db, c->a, x.f.survey, 0, &qs) == -1)
		return 503;
	csv_begin(&w, &c->resp->body);
	csv_text(&w, "Wave");
	csv_text(&w, "Question");
	csv_text(&w, "Comment");
	csv_end_row(&w);
	for (i = 0; i < counts.nrows; i++) {
		const char *q = comment_question_text(&qs, dbres_str(&counts, i, 0));

		if (dbres_int(&counts, i, 1) < (long long)c->cfg->comment_threshold) {
			csv_text(&w, dbres_str(x.f.waves, (size_t)x.f.wave_row, 1));
			csv_text(&w, q);
			csv_text(&w, arena_printf(c->a, "fewer than %u comments",
			    c->cfg->comment_threshold));
			csv_end_row(&w);
			continue;
		}
		if (db_ins_comments(c->db, c->a, x.f.wave, dbres_str(&counts, i, 0), &list) == -1)
			return 503;
		for (k = 0; k < list.nrows; k++) {
			csv_text(&w, dbres_str(x.f.waves, (size_t)x.f.wave_row, 1));
			csv_text(&w, q);
			csv_text(&w, dbres_str(&list, k, 0));
			csv_end_row(&w);
		}
	}
	if (csv_error(&w) || csv_respond(c->resp, c->a, arena_printf(c->a,
	    "comments-wave-%lld", x.f.wave)) == -1)
		return 500;
	c->resp->status = 200;
	return 0;
}
