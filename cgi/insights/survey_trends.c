/*
 * /insights/trends: a staff survey's scores across waves, overall, by
 * section and by question, for the whole service, a service area and a
 * team side by side (within the person's scope), with the change since
 * the previous wave. The same figures as CSV (trends.csv) and as SVG line
 * charts (trends.svg). Every figure goes through suppress.h.
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

struct trends {
	struct otree	 t;
	struct sfilter	 f;
	struct sdata	 d;
};

/* Tree, filters and figures. 0 (x->f.errors may be set), or a status. */
static int
trends_prepare(struct ctx *c, struct trends *x)
{
	int	rc;

	if ((rc = otree_load(c, &x->t)) != 0 ||
	    (rc = sfilter_read(c, &x->t, &x->f, 0)) != 0)
		return rc;
	if (x->f.errors > 0 || x->f.survey == 0)
		return 0;
	return sdata_load(c, &x->t, &x->f, &x->d);
}

/* The figures of measure (m, idx) for every wave: figs[w * nc + cell]. */
static struct fig *
trend_figs(struct ctx *c, const struct trends *x, enum measure m, size_t idx)
{
	struct fig	*figs = arena_alloc(c->a, sizeof(struct fig) *
			    (x->d.nw * x->d.nc + 1));
	size_t		 w;

	if (figs == NULL)
		return NULL;
	for (w = 0; w < x->d.nw; w++)
		if (sdata_figs(c, &x->t, &x->d, w, m, idx,
		    sfilter_threshold(c, &x->f, x->f.wlo + w), figs + w * x->d.nc) == -1)
			return NULL;
	return figs;
}

/* ---- the page ---------------------------------------------------------- */

static void
table_waves(const struct trends *x, struct tdict *tbl)
{
	size_t	w;

	for (w = x->f.wlo; w < x->f.whi; w++) {
		struct tdict *s = tdict_section(tbl, "WAVE");

		tdict_set(s, "NAME", dbres_str(x->f.waves, w, 1));
		tdict_set(s, "OPENS", dbres_str(x->f.waves, w, 2));
	}
}

/* One row: a label and the figure of one cell in every wave, then the
 * change between the last two. */
static void
table_row(struct ctx *c, const struct trends *x, struct tdict *tbl, const char *label,
    const struct fig *figs, size_t cell, enum measure m, int section_row)
{
	struct tdict	*row = tdict_section(tbl, "ROW"), *s;
	const struct fig *f;
	const char	*ch = NULL;
	size_t		 w;
	int		 dir = 0;

	tdict_set(row, "LABEL", label);
	if (section_row)
		tdict_show(row, "SECTION_ROW");
	for (w = 0; w < x->d.nw; w++) {
		f = &figs[w * x->d.nc + cell];
		s = tdict_section(row, "CELL");
		tdict_set(s, "VALUE", fig_text(c, f, m, sfilter_threshold(c, &x->f, x->f.wlo + w)));
		if (f->why != SUP_SHOWN)
			tdict_show(s, "SUPPRESSED");
	}
	if (x->d.nw >= 2)
		ch = fig_change(c, &figs[(x->d.nw - 2) * x->d.nc + cell],
		    &figs[(x->d.nw - 1) * x->d.nc + cell], &dir);
	s = tdict_section(row, "CHANGE");
	tdict_set(s, "TEXT", ch != NULL ? ch : "Not shown");
	tdict_show(s, dir > 0 ? "UP" : dir < 0 ? "DOWN" : ch != NULL ? "SAME" : "NONE");
}

/* A chart of measure m for the cells in view, and its table. */
static int
view_block(struct ctx *c, const struct trends *x, struct tdict *b, const char *section,
    enum measure m, size_t idx, const char *chart, const char *caption)
{
	struct tdict	*s = tdict_section(b, section), *tbl;
	struct fig	*figs = trend_figs(c, x, m, idx);
	size_t		 i;

	if (figs == NULL)
		return 500;
	tdict_set(s, "CHART_SRC", arena_printf(c->a, "/insights/trends.svg?%s&chart=%s",
	    sfilter_query(c, &x->f, 0), chart));
	tdict_set(s, "CHART_ALT", arena_printf(c->a, "Line chart of %s by wave. The same "
	    "figures are in the table below.", caption));
	tbl = tdict_include(s, "TABLE", "insights/fig_table.tpl");
	tdict_set(tbl, "ID", chart);
	tdict_set(tbl, "CAPTION", caption);
	tdict_set(tbl, "FIRST_HEAD", "Group");
	table_waves(x, tbl);
	for (i = 0; i < x->f.nview; i++)
		table_row(c, x, tbl, x->t.cell[x->f.view[i]].name, figs, (size_t)x->f.view[i],
		    m, 0);
	return 0;
}

/* Sections and their questions for the focus cell. */
static int
detail_block(struct ctx *c, const struct trends *x, struct tdict *b)
{
	struct tdict	*tbl = tdict_include(b, "DETAIL", "insights/fig_table.tpl");
	struct fig	*figs;
	size_t		 q, sec = (size_t)-1;

	tdict_set(tbl, "ID", "detail");
	tdict_set(tbl, "CAPTION", arena_printf(c->a, "Percent favourable by section and "
	    "question: %s", x->t.cell[x->f.focus].name));
	tdict_set(tbl, "FIRST_HEAD", "Section or question");
	table_waves(x, tbl);
	for (q = 0; q < x->d.nq; q++) {
		if (x->d.sec_of[q] != sec) {
			sec = x->d.sec_of[q];
			if ((figs = trend_figs(c, x, M_SECTION, sec)) == NULL)
				return 500;
			table_row(c, x, tbl, x->d.sec_title[sec], figs, (size_t)x->f.focus,
			    M_SECTION, 1);
		}
		if ((figs = trend_figs(c, x, M_QUESTION, q)) == NULL)
			return 500;
		table_row(c, x, tbl, dbres_str(&x->d.qs, q, 2), figs, (size_t)x->f.focus,
		    M_QUESTION, 0);
	}
	return 0;
}

static void
last_rollup(struct ctx *c, struct tdict *b)
{
	struct dbres	r;

	if (db_ins_last_rollup(c->db, c->a, &r) > 0 && !dbres_null(&r, 0, 0))
		tdict_set(tdict_section(b, "UPDATED"), "AT", dbres_str(&r, 0, 0));
}

static int
trends_figures(struct ctx *c, const struct trends *x, struct tdict *b)
{
	int	rc;

	tdict_set(b, "SURVEY", x->f.survey_title);
	tdict_set(b, "CSV_HREF", arena_printf(c->a, "/insights/trends.csv?%s",
	    sfilter_query(c, &x->f, 0)));
	if ((rc = view_block(c, x, b, "OVERALL", M_OVERALL, 0, "overall",
	    "percent favourable across all agreement questions")) != 0)
		return rc;
	if (sdata_enps_question(&x->d) < x->d.nq && (rc = view_block(c, x, b, "ENPS",
	    M_ENPS, sdata_enps_question(&x->d), "enps",
	    "the recommend-as-a-place-to-work score (eNPS)")) != 0)
		return rc;
	return detail_block(c, x, b);
}

int
ins_trends(struct ctx *c)
{
	struct trends	 x;
	struct tdict	*b;
	int		 rc;

	if ((rc = trends_prepare(c, &x)) != 0)
		return rc;
	b = page_begin(c, x.f.errors ? "Error: Staff survey trends" : "Staff survey trends",
	    "insights/trends.tpl");
	if (b == NULL)
		return 500;
	tdict_setint(b, "THRESHOLD", c->cfg->threshold);
	sfilter_form(c, b, &x.t, &x.f, "/insights/trends", 0);
	last_rollup(c, b);
	if (x.f.errors > 0)
		return page_end(c, 422);
	if (x.f.survey == 0 || x.d.nw == 0) {
		tdict_show(b, "NO_WAVES");
		return page_end(c, 200);
	}
	tdict_show(b, "FIGURES");
	if ((rc = trends_figures(c, &x, b)) != 0)
		return rc;
	return page_end(c, 200);
}

/* ---- CSV --------------------------------------------------------------- */

/* Rows for one measure: each cell in view, each wave. */
static void
csv_measure(struct ctx *c, const struct trends *x, struct csv *w, enum measure m,
    size_t idx, const char *what, const char *section, const char *question)
{
	struct fig	*figs = trend_figs(c, x, m, idx);
	const struct fig *f, *p;
	const char	*ch;
	size_t		 i, k;
	int		 dir;

	if (figs == NULL) {
		w->failed = 1;
		return;
	}
	for (i = 0; i < x->f.nview; i++)
		for (k = 0; k < x->d.nw; k++) {
			f = &figs[k * x->d.nc + (size_t)x->f.view[i]];
			p = k > 0 ? &figs[(k - 1) * x->d.nc + (size_t)x->f.view[i]] : NULL;
			csv_text(w, x->t.cell[x->f.view[i]].name);
			csv_text(w, what);
			csv_text(w, section);
			csv_text(w, question);
			csv_text(w, dbres_str(x->f.waves, x->f.wlo + k, 1));
			csv_text(w, dbres_str(x->f.waves, x->f.wlo + k, 2));
			if (f->why != SUP_SHOWN || !f->has) {
				csv_text(w, fig_text(c, f, m, sfilter_threshold(c, &x->f,
				    x->f.wlo + k)));
				csv_text(w, NULL);
			} else {
				csv_int(w, f->pct);
				if (m == M_QUESTION)
					csv_num(w, f->mean, 2);
				else
					csv_text(w, NULL);
			}
			ch = p != NULL ? fig_change(c, p, f, &dir) : NULL;
			if (ch != NULL)
				csv_int(w, f->pct - p->pct);
			else
				csv_text(w, NULL);
			csv_end_row(w);
		}
}

int
ins_trends_csv(struct ctx *c)
{
	static const char *const head[] = { "Group", "Measure", "Section", "Question",
	    "Wave", "Wave opened", "Value", "Mean", "Change since previous wave" };
	struct trends	x;
	struct csv	w;
	size_t		i, q;
	int		rc;

	if ((rc = trends_prepare(c, &x)) != 0)
		return rc;
	if (x.f.errors > 0 || x.f.survey == 0)
		return x.f.errors > 0 ? 400 : 404;
	csv_begin(&w, &c->resp->body);
	for (i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		csv_text(&w, head[i]);
	csv_end_row(&w);
	csv_measure(c, &x, &w, M_OVERALL, 0, "Percent favourable", "All sections", NULL);
	if ((q = sdata_enps_question(&x.d)) < x.d.nq)
		csv_measure(c, &x, &w, M_ENPS, q, "eNPS", x.d.sec_title[x.d.sec_of[q]],
		    dbres_str(&x.d.qs, q, 2));
	for (i = 0; i < x.d.nsec; i++)
		csv_measure(c, &x, &w, M_SECTION, i, "Percent favourable", x.d.sec_title[i],
		    NULL);
	for (q = 0; q < x.d.nq; q++)
		csv_measure(c, &x, &w, M_QUESTION, q, strcmp(dbres_str(&x.d.qs, q, 1),
		    "yesno") == 0 ? "Percent yes" : "Percent favourable",
		    x.d.sec_title[x.d.sec_of[q]], dbres_str(&x.d.qs, q, 2));
	if (csv_error(&w) || csv_respond(c->resp, c->a, arena_printf(c->a,
	    "trends-%lld-%lld-%lld", x.f.survey, x.f.from, x.f.to)) == -1)
		return 500;
	c->resp->status = 200;
	return 0;
}

/* ---- SVG --------------------------------------------------------------- */

int
ins_trends_svg(struct ctx *c)
{
	const char		*chart = req_param(&c->req, "chart");
	struct trends		 x;
	struct svg_series	 s[3];
	struct svg_chart	 ch;
	struct fig		*figs;
	const char		**labels;
	enum measure		 m;
	size_t			 i, k;
	int			 rc;

	if (chart == NULL || (strcmp(chart, "overall") != 0 && strcmp(chart, "enps") != 0))
		return 404;
	if ((rc = trends_prepare(c, &x)) != 0)
		return rc;
	if (x.f.errors > 0 || x.f.survey == 0 || x.d.nw == 0)
		return x.f.errors > 0 ? 400 : 404;
	m = chart[0] == 'e' ? M_ENPS : M_OVERALL;
	if (m == M_ENPS && sdata_enps_question(&x.d) >= x.d.nq)
		return 404;
	figs = trend_figs(c, &x, m, m == M_ENPS ? sdata_enps_question(&x.d) : 0);
	labels = arena_alloc(c->a, sizeof(char *) * x.d.nw);
	if (figs == NULL || labels == NULL)
		return 500;
	for (k = 0; k < x.d.nw; k++)
		labels[k] = dbres_str(x.f.waves, x.f.wlo + k, 1);
	for (i = 0; i < x.f.nview; i++) {
		double		*y = arena_alloc(c->a, sizeof(double) * x.d.nw);
		unsigned char	*gap = arena_alloc(c->a, x.d.nw);

		if (y == NULL || gap == NULL)
			return 500;
		for (k = 0; k < x.d.nw; k++) {
			const struct fig *f = &figs[k * x.d.nc + (size_t)x.f.view[i]];

			gap[k] = !f->has;
			y[k] = (double)f->pct;
		}
		s[i] = (struct svg_series){ x.t.cell[x.f.view[i]].name, y, gap };
	}
	ch = (struct svg_chart){ m == M_ENPS ? "eNPS by wave" :
	    "Percent favourable by wave", "Gaps are waves with too few responses to "
	    "show. The table on the page gives the same figures.", labels, x.d.nw,
	    m == M_ENPS ? -100 : 0, 100, m == M_ENPS ? "" : "%", NULL };
	if (svg_line(&c->resp->body, &ch, s, x.f.nview) == -1)
		return 500;
	svg_respond(c->resp);
	c->resp->status = 200;
	return 0;
}
