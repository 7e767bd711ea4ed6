/* The pack's staff survey section (board_survey.h has the contract). */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "board_survey.h"
#include "db.h"
#include "db_insights.h"
#include "i2.h"
#include "ins.h"
#include "survey_data.h"
#include "svg.h"
#include "tmpl.h"

#define BS_WAVES	6	/* waves in the trend chart, the latest last */

/* One survey as the section shows it. */
struct bsurvey {
	struct otree	 t;
	struct sfilter	 f;	/* scope as /insights/trends; waves closed by the month */
	struct sdata	 d;
	size_t		 enps;	/* the eNPS question, or d.nq */
	struct fig	*ov;	/* overall, [w * d.nc + cell] */
	struct fig	*en;	/* eNPS, the same; NULL without an eNPS question */
};

/* The tree and the person's scope, read from the query exactly as the
 * trends page reads it. 0, or 403/404/500/503. */
static int
bs_scope(struct ctx *c, struct bsurvey *x)
{
	int	rc;

	if ((rc = otree_load(c, &x->t)) != 0 ||
	    (rc = sfilter_read(c, &x->t, &x->f, 0)) != 0)
		return rc;
	if (x->f.fv[SF_AREA].error != NULL || x->f.fv[SF_TEAM].error != NULL ||
	    x->f.fv[SF_SURVEY].error != NULL)
		return 404;
	return 0;
}

/* Is wave row i closed (not open now) and closed before next? */
static int
closed_by(const struct dbres *w, size_t i, const char *next)
{
	return dbres_int(w, i, 5) == 0 && strcmp(dbres_str(w, i, 3), next) < 0;
}

/* Choose the waves: the latest closed by the month's end and up to
 * BS_WAVES - 1 closed ones just before it, as f.wlo..whi (none: whi 0). */
static void
bs_waves(struct bsurvey *x, const char *next)
{
	const struct dbres	*w = x->f.waves;
	size_t			 i, lo, hi = 0;

	for (i = 0; i < w->nrows; i++)
		if (closed_by(w, i, next))
			hi = i + 1;
	x->f.wlo = x->f.whi = 0;
	if (hi == 0)
		return;
	for (lo = hi - 1; lo > 0 && hi - lo < BS_WAVES && closed_by(w, lo - 1, next); lo--)
		;
	x->f.wlo = lo;
	x->f.whi = hi;
	x->f.from = dbres_int(w, lo, 0);
	x->f.to = x->f.wave = dbres_int(w, hi - 1, 0);
	x->f.wave_row = (long)hi - 1;
}

/* The figures of measure m for every chosen wave, or NULL (ENOMEM). */
static struct fig *
bs_figs(struct ctx *c, const struct bsurvey *x, enum measure m, size_t idx)
{
	struct fig	*figs = arena_alloc(c->a, sizeof(*figs) * (x->d.nw * x->d.nc + 1));
	size_t		 w;

	if (figs == NULL)
		return NULL;
	for (w = 0; w < x->d.nw; w++)
		if (sdata_figs(c, &x->t, &x->d, w, m, idx, sfilter_threshold(c, &x->f,
		    x->f.wlo + w), figs + w * x->d.nc) == -1)
			return NULL;
	return figs;
}

/* Waves, rollups and figures of x->f.survey for the month ending before
 * next. 0 (x->f.whi 0: no wave closed by then), or a status. */
static int
bs_load(struct ctx *c, struct bsurvey *x, const char *next)
{
	int	rc;

	if (db_ins_waves(c->db, c->a, x->f.survey, x->f.waves) == -1)
		return 503;
	bs_waves(x, next);
	if (x->f.whi == 0)
		return 0;
	if ((rc = sdata_load(c, &x->t, &x->f, &x->d)) != 0)
		return rc;
	x->enps = sdata_enps_question(&x->d);
	x->en = NULL;
	if ((x->ov = bs_figs(c, x, M_OVERALL, 0)) == NULL ||
	    (x->enps < x->d.nq && (x->en = bs_figs(c, x, M_ENPS, x->enps)) == NULL))
		return 500;
	return 0;
}

/* The query that draws a survey's chart for this pack. */
static const char *
chart_query(struct ctx *c, const struct bsurvey *x, const char *ym)
{
	char	org[64] = "";

	if (x->f.team > 0)
		snprintf(org, sizeof(org), "&team=%lld", x->f.team);
	else if (x->f.area > 0)
		snprintf(org, sizeof(org), "&area=%lld", x->f.area);
	return arena_printf(c->a, "month=%s&survey=%lld%s", ym, x->f.survey, org);
}

/* One table row: a group's measure in the latest wave, the one before,
 * and the change between them. */
static void
score_row(struct ctx *c, struct tdict *s, const struct bsurvey *x, const struct fig *figs,
    enum measure m, size_t cell)
{
	struct tdict	*r = tdict_section(s, "SCORE");
	size_t		 last = x->d.nw - 1;
	const struct fig *cur = &figs[last * x->d.nc + cell], *prev;
	const char	*ch = NULL;
	int		 dir = 0;

	tdict_set(r, "GROUP", x->t.cell[cell].name);
	tdict_set(r, "MEASURE", m == M_ENPS ? "eNPS" : "Percent favourable");
	tdict_set(r, "CUR", fig_text(c, cur, m, sfilter_threshold(c, &x->f, x->f.wlo + last)));
	if (last == 0)
		tdict_set(r, "PREV", "No earlier wave");
	else {
		prev = &figs[(last - 1) * x->d.nc + cell];
		tdict_set(r, "PREV", fig_text(c, prev, m, sfilter_threshold(c, &x->f,
		    x->f.wlo + last - 1)));
		ch = fig_change(c, prev, cur, &dir);
	}
	tdict_set(r, "CHANGE", ch != NULL ? ch : "Not shown");
	if (dir != 0)
		tdict_show(r, dir > 0 ? "UP" : "DOWN");
}

/* A group's response rate in the latest wave: responses as suppressed
 * for its overall figure, against the headcount at opening. */
static void
rate_row(struct ctx *c, struct tdict *s, const struct bsurvey *x, const long long *head,
    size_t cell)
{
	struct tdict	 *r = tdict_section(s, "RATE");
	const struct fig *f = &x->ov[(x->d.nw - 1) * x->d.nc + cell];
	unsigned	  thr = sfilter_threshold(c, &x->f, x->f.whi - 1);

	tdict_set(r, "GROUP", x->t.cell[cell].name);
	tdict_setint(r, "HEADCOUNT", head[cell]);
	if (f->why != SUP_SHOWN) {
		tdict_set(r, "RESPONSES", suppress_label(c->a, thr));
		tdict_set(r, "RATE", suppress_label(c->a, thr));
		return;
	}
	tdict_setint(r, "RESPONSES", f->n);
	tdict_set(r, "RATE", ins_rate_text(c, f->n, head[cell]));
}

/* One survey's block: words, chart, scores, response rates. 0 or a status. */
static int
survey_block(struct ctx *c, struct tdict *d, const struct bsurvey *x, const char *ym)
{
	struct tdict	*s = tdict_section(d, "SURVEY");
	long long	*head = arena_alloc(c->a, sizeof(*head) * (x->t.n + 1));
	size_t		 i, last = x->f.whi - 1;
	int		 rc;

	if (head == NULL)
		return 500;
	if ((rc = otree_headcount(c, &x->t, x->f.wave, head)) != 0)
		return rc;
	tdict_setint(s, "ID", x->f.survey);
	tdict_set(s, "TITLE", x->f.survey_title);
	tdict_set(s, "LATEST", dbres_str(x->f.waves, last, 1));
	tdict_set(s, "CLOSED", dbres_str(x->f.waves, last, 3));
	tdict_set(s, "PREV", x->d.nw > 1 ? dbres_str(x->f.waves, last - 1, 1) :
	    "No earlier wave");
	if (x->d.nw > 1)
		tdict_set(tdict_section(s, "PREV_WAVE"), "NAME", dbres_str(x->f.waves, last - 1, 1));
	tdict_set(s, "CHART", arena_printf(c->a, "/insights/board/survey.svg?%s",
	    chart_query(c, x, ym)));
	tdict_set(s, "CHART_ALT", arena_printf(c->a, "Line chart of percent favourable "
	    "across all agreement questions in %s, wave by wave, the last %zu waves to %s. "
	    "The latest two are in the table below.", x->f.survey_title, x->d.nw,
	    dbres_str(x->f.waves, last, 1)));
	for (i = 0; i < x->f.nview; i++) {
		score_row(c, s, x, x->ov, M_OVERALL, (size_t)x->f.view[i]);
		if (x->en != NULL)
			score_row(c, s, x, x->en, M_ENPS, (size_t)x->f.view[i]);
	}
	for (i = 0; i < x->f.nview; i++)
		rate_row(c, s, x, head, (size_t)x->f.view[i]);
	return 0;
}

int
board_survey(struct ctx *c, struct tdict *sec, const char *ym, const char *next)
{
	struct tdict	*d = tdict_include(sec, "STAFF_SURVEY", "insights/board_survey.tpl");
	struct bsurvey	 base, x;
	struct dbres	 sv;
	size_t		 i, shown = 0;
	int		 rc;

	if (d == NULL)
		return 500;
	if ((rc = bs_scope(c, &base)) != 0)
		return rc;
	if (db_ins_surveys(c->db, c->a, &sv) == -1)
		return 503;
	tdict_set(d, "MONTH", i2_month_name(c->a, ym));
	for (i = 0; i < sv.nrows; i++) {
		x = base;
		x.f.survey = dbres_int(&sv, i, 0);
		x.f.survey_title = dbres_str(&sv, i, 1);
		if ((x.f.waves = arena_alloc(c->a, sizeof(*x.f.waves))) == NULL)
			return 500;
		if ((rc = bs_load(c, &x, next)) != 0)
			return rc;
		if (x.f.whi == 0)
			continue;
		if ((rc = survey_block(c, d, &x, ym)) != 0)
			return rc;
		shown++;
	}
	if (shown == 0)
		tdict_show(d, "NONE");
	return 0;
}

/* The chart's series: one line per cell in view. 0, or -1 (ENOMEM). */
static int
chart_series(struct ctx *c, const struct bsurvey *x, struct svg_series *s)
{
	size_t	i, k;

	for (i = 0; i < x->f.nview; i++) {
		double		*y = arena_alloc(c->a, sizeof(double) * x->d.nw);
		unsigned char	*gap = arena_alloc(c->a, x->d.nw);

		if (y == NULL || gap == NULL)
			return -1;
		for (k = 0; k < x->d.nw; k++) {
			const struct fig *f = &x->ov[k * x->d.nc + (size_t)x->f.view[i]];

			gap[k] = !f->has;
			y[k] = (double)f->pct;
		}
		s[i] = (struct svg_series){ x->t.cell[x->f.view[i]].name, y, gap };
	}
	return 0;
}

int
insights_board_survey_chart(struct ctx *c)
{
	struct i2filter		 pf;
	struct bsurvey		 x;
	struct svg_series	 s[3];
	struct svg_chart	 ch;
	const char		*err, **labels;
	char			 ym[8];
	size_t			 k;
	int			 rc;

	if ((rc = i2_filter(c, &pf, &err)) != 0)
		return rc == 422 ? 404 : rc;
	if ((rc = bs_scope(c, &x)) != 0)
		return rc;
	if (!x.f.fv[SF_SURVEY].present || x.f.survey == 0)
		return 404;
	i2_month_str(pf.to + 1, ym);
	if ((rc = bs_load(c, &x, arena_printf(c->a, "%s-01", ym))) != 0)
		return rc;
	if (x.f.whi == 0)
		return 404;
	if ((labels = arena_alloc(c->a, sizeof(char *) * x.d.nw)) == NULL ||
	    chart_series(c, &x, s) == -1)
		return 500;
	for (k = 0; k < x.d.nw; k++)
		labels[k] = dbres_str(x.f.waves, x.f.wlo + k, 1);
	ch = (struct svg_chart){ .title = arena_printf(c->a, "%s: percent favourable by "
	    "wave", x.f.survey_title), .desc = "Gaps are waves with too few responses to "
	    "show. The pack's table gives the latest two.", .labels = labels,
	    .npoints = x.d.nw, .ymin = 0, .ymax = 100, .unit = "%" };
	if (svg_line(&c->resp->body, &ch, s, x.f.nview) == -1)
		return 500;
	svg_respond(c->resp);
	c->resp->status = 200;
	return 0;
}
