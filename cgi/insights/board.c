/*
 * /insights/board?month=YYYY-MM: the Improvement Board pack. One page,
 * printed on A4 with each section on its own sheet: headline figures for
 * the month beside the month before, with a twelve-month trend chart;
 * child and family voice; Practice Standards and audits; the staff survey
 * (board_survey.c). Every figure is taken from the same suppressed tables
 * as the voice, standards and staff survey reports, so the pack never
 * shows what they hide. Whole-service packs list service areas, not
 * every team, so each section fits its sheet.
 * /insights/board/chart draws the trend as SVG for the page's <img>.
 */
#include <math.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "arena.h"
#include "board_survey.h"
#include "buf.h"
#include "db.h"
#include "db_insights2.h"
#include "i2.h"
#include "svg.h"
#include "tmpl.h"

#define SECTIONS	4

static const char *const section_titles[SECTIONS] = {
	"Headline figures", "Child and family voice", "Practice Standards and audits",
	"Staff survey",
};

/* Everything the pack shows, built once from the suppressed tables. */
struct pack {
	struct i2filter	 f;		/* twelve months to the pack's month */
	struct i2filter	 one;		/* the pack's month only (CSV links) */
	struct i2period	 year, cur, prev;
	const char	*month, *prev_month;	/* "March 2026" */
	struct i2table	 sat, forms, promise, grades;	/* over twelve months */
	struct i2table	 fu_cur, fu_prev, mod_cur, mod_prev, esc_cur, esc_prev, acks;
	const char	*version;
};

/* Dates of a month number: 'YYYY-MM-01' of it and of the next. */
static void
month_period(struct arena *a, long m, struct i2period *p)
{
	char	ym[8];

	i2_month_str(m, ym);
	p->from = arena_printf(a, "%s-01", ym);
	i2_month_str(m + 1, ym);
	p->to = arena_printf(a, "%s-01", ym);
}

/* Run the voice and standards builders for the pack. 0 or an HTTP status. */
static int
pack_build(struct ctx *c, struct pack *k)
{
	char		 ym[8];
	int		 rc;

	k->year = (struct i2period){ k->f.from_d, k->f.to_d };
	month_period(c->a, k->f.to, &k->cur);
	month_period(c->a, k->f.to - 1, &k->prev);
	i2_month_str(k->f.to, ym);
	k->month = i2_month_name(c->a, ym);
	i2_month_str(k->f.to - 1, ym);
	k->prev_month = i2_month_name(c->a, ym);
	if ((rc = voice_sat(c, &k->year, &k->f, &k->sat, &k->forms)) != 0 ||
	    (rc = voice_promise(c, &k->year, &k->f, &k->promise)) != 0 ||
	    (rc = standards_grades(c, &k->year, &k->f, &k->grades)) != 0 ||
	    (rc = voice_followups(c, &k->cur, &k->f, &k->fu_cur)) != 0 ||
	    (rc = voice_followups(c, &k->prev, &k->f, &k->fu_prev)) != 0 ||
	    (rc = standards_moderation(c, &k->cur, &k->f, &k->mod_cur, &k->esc_cur)) != 0 ||
	    (rc = standards_moderation(c, &k->prev, &k->f, &k->mod_prev, &k->esc_prev)) != 0 ||
	    (rc = standards_acks(c, &k->f, &k->acks, &k->version)) != 0)
		return rc;
	return 0;
}

/* A figure of the scope's row in a month ("" when the month has none). */
static const char *
fig(const struct pack *k, const struct i2table *t, const char *month, size_t col)
{
	const char	*s = i2_table_cell(t, i2_table_find(t, month, &k->f), col);

	return s[0] == '\0' ? "No figures" : s;
}

static void
headline(struct tdict *d, const char *measure, const char *cur, const char *prev)
{
	struct tdict	*s = tdict_section(d, "HEADLINE");

	tdict_set(s, "MEASURE", measure);
	tdict_set(s, "CUR", cur);
	tdict_set(s, "PREV", prev);
}

/* The headline rows: voice, then follow-ups, then standards and audits. */
static void
headlines(struct ctx *c, struct tdict *d, const struct pack *k)
{
	const struct i2table	*p = &k->promise;
	size_t			 i;

	headline(d, "Children and families happy or very happy",
	    fig(k, &k->sat, k->month, 3), fig(k, &k->sat, k->prev_month, 3));
	headline(d, "Voice responses", fig(k, &k->sat, k->month, 2),
	    fig(k, &k->sat, k->prev_month, 2));
	for (i = 0; i < p->nrows; i++)
		if (strcmp(p->rows[i].cell[0], k->month) == 0) {
			const char *item = p->rows[i].cell[1];
			long j, prev = -1;

			for (j = 0; j < (long)p->nrows; j++)
				if (strcmp(p->rows[j].cell[0], k->prev_month) == 0 &&
				    strcmp(p->rows[j].cell[1], item) == 0)
					prev = j;
			headline(d, arena_printf(c->a, "Care Promise kept: %s", item),
			    i2_table_cell(p, (long)i, 3),
			    prev < 0 ? "No figures" : i2_table_cell(p, prev, 3));
		}
	headline(d, "Follow-ups opened", fig(k, &k->fu_cur, NULL, 1), fig(k, &k->fu_prev, NULL, 1));
	headline(d, "Follow-ups opened in the month and overdue now",
	    fig(k, &k->fu_cur, NULL, 3), fig(k, &k->fu_prev, NULL, 3));
	headline(d, "Median time to first action on a follow-up",
	    fig(k, &k->fu_cur, NULL, 4), fig(k, &k->fu_prev, NULL, 4));
	headline(d, "Audits graded", fig(k, &k->grades, k->month, 2),
	    fig(k, &k->grades, k->prev_month, 2));
	headline(d, "Moderator agreed with the grade", fig(k, &k->mod_cur, NULL, 3),
	    fig(k, &k->mod_prev, NULL, 3));
	headline(d, "Escalations opened and still open", fig(k, &k->esc_cur, NULL, 2),
	    fig(k, &k->esc_prev, NULL, 2));
	headline(d, "Staff who have acknowledged the Practice Standards in force",
	    fig(k, &k->acks, NULL, 3), "Not kept by month");
}

/* Only the rows of the pack's month, for the voice and standards
 * sections (the headlines hold the month before). */
static struct i2table
one_month(struct arena *a, const struct i2table *t, const struct pack *k)
{
	struct i2table	out = *t;
	size_t		i;

	out.rows = arena_alloc(a, (t->nrows + 1) * sizeof(*out.rows));
	out.nrows = 0;
	out.cap = t->nrows + 1;
	for (i = 0; out.rows != NULL && i < t->nrows; i++)
		if (strcmp(t->rows[i].cell[0], k->month) == 0)
			out.rows[out.nrows++] = t->rows[i];
	if (out.rows == NULL)
		out.nrows = 0;
	return out;
}

/* The header every printed sheet carries: what, for whom, when made. */
static void
sections(struct ctx *c, struct tdict *b, const struct pack *k,
    struct tdict **sec)
{
	time_t		now = time(NULL);
	struct tm	tm;
	char		made[32];
	size_t		i;

	gmtime_r(&now, &tm);
	strftime(made, sizeof(made), "%Y-%m-%d", &tm);
	for (i = 0; i < SECTIONS; i++) {
		sec[i] = tdict_section(b, "SECTION");
		tdict_setint(sec[i], "NUMBER", (long long)i + 1);
		tdict_setint(sec[i], "OF", SECTIONS);
		tdict_set(sec[i], "TITLE", section_titles[i]);
		tdict_set(sec[i], "MONTH", k->month);
		tdict_set(sec[i], "MADE", made);
		tdict_set(sec[i], "COUNCIL", c->cfg->council);
		tdict_setint(sec[i], "THRESHOLD", i2_threshold(c));
		if (i == 0)
			tdict_show(sec[i], "FIRST");
	}
}

/* Filter values as a query string for links from the pack. */
static const char *
pack_query(struct arena *a, const struct i2filter *f)
{
	return arena_printf(a, "month=%s&area=%lld&team=%lld", f->to_s, f->area, f->team);
}

static int
board_page(struct ctx *c, struct pack *k)
{
	struct tdict	*b, *sec[SECTIONS];
	struct i2table	 t;
	int		 rc;

	if ((b = page_begin(c, arena_printf(c->a, "Improvement Board pack: %s",
	    k->month), "insights/board.tpl")) == NULL)
		return 500;
	if ((rc = i2_filter_form(c, b, &k->f, NULL, "/insights/board")) != 0)
		return rc;
	tdict_set(b, "MONTH", k->month);
	tdict_set(b, "PREV_MONTH", k->prev_month);
	sections(c, b, k, sec);
	tdict_set(sec[0], "CHART", arena_printf(c->a, "/insights/board/chart?%s",
	    pack_query(c->a, &k->f)));
	tdict_set(sec[0], "CHART_ALT", arena_printf(c->a, "Line chart of the twelve "
	    "months to %s: the share of children and families happy or very happy and "
	    "the share of audits graded good or outstanding. The figures are in the "
	    "tables of this pack.", k->month));
	tdict_set(sec[0], "MONTH", k->month);
	tdict_set(sec[0], "PREV_MONTH", k->prev_month);
	headlines(c, tdict_section(sec[0], "HEADLINES"), k);
	t = one_month(c->a, &k->sat, k);
	i2_table_html(c, sec[1], &t, &k->one, "/insights/voice");
	t = one_month(c->a, &k->promise, k);
	i2_table_html(c, sec[1], &t, &k->one, "/insights/voice");
	i2_table_html(c, sec[1], &k->fu_cur, &k->one, "/insights/voice");
	i2_table_html(c, sec[2], &k->acks, &k->one, "/insights/standards");
	t = one_month(c->a, &k->grades, k);
	i2_table_html(c, sec[2], &t, &k->one, "/insights/standards");
	i2_table_html(c, sec[2], &k->mod_cur, &k->one, "/insights/standards");
	i2_table_html(c, sec[2], &k->esc_cur, &k->one, "/insights/standards");
	if (k->version != NULL)
		tdict_set(tdict_section(sec[2], "VERSION"), "TEXT", k->version);
	if ((rc = board_survey(c, sec[3], k->f.to_s, k->cur.to)) != 0)
		return rc;
	return page_end(c, 200);
}

/* The filter for the pack: month=YYYY-MM (default this month). -1 when
 * good; else the status, having shown the form with its error (422) when
 * page is set, or 404 for a chart with a bad month. */
static int
pack_filter(struct ctx *c, struct pack *k, int page)
{
	const char	*err;
	int		 rc;

	rc = i2_filter(c, &k->f, &err);
	k->f.summary = 1;
	if (rc == 422 && !page)
		return 404;
	if (rc == 422)
		return i2_error_page(c, "Improvement Board pack", "insights/board.tpl",
		    &k->f, err, "/insights/board");
	if (rc != 0)
		return rc;
	/* The CSV links under the pack's tables cover its month, as they do. */
	k->one = k->f;
	k->one.from = k->f.to;
	i2_month_str(k->one.from, k->one.from_s);
	return -1;
}

int
insights_board(struct ctx *c)
{
	struct pack	*k;
	int		 rc;

	if ((k = arena_alloc(c->a, sizeof(*k))) == NULL)
		return 500;
	if ((rc = pack_filter(c, k, 1)) != -1)
		return rc;
	if ((rc = pack_build(c, k)) != 0)
		return rc;
	return board_page(c, k);
}

/* One chart series from a table's scope rows, month by month. */
static void
series(struct arena *a, const struct i2table *t, const struct i2filter *f,
    double *y, unsigned char *gap, const char **labels)
{
	long	m, r;
	char	ym[8];

	for (m = f->from; m <= f->to; m++) {
		i2_month_str(m, ym);
		r = i2_table_find(t, i2_month_name(a, ym), f);
		y[m - f->from] = r >= 0 && t->rows[r].valued ? t->rows[r].value : NAN;
		gap[m - f->from] = r < 0 || t->rows[r].hidden || !t->rows[r].valued;
		labels[m - f->from] = arena_printf(a, "%.3s %.2s", i2_month_name(a, ym),
		    ym + 2);
	}
}

/* The trend chart: satisfaction and audits good or outstanding, %. */
int
insights_board_chart(struct ctx *c)
{
	struct pack		*k;
	struct svg_series	 s[2];
	struct svg_chart	 ch;
	size_t			 n;
	double			*y;
	unsigned char		*gap;
	const char		**labels;
	int			 rc;

	if ((k = arena_alloc(c->a, sizeof(*k))) == NULL)
		return 500;
	if ((rc = pack_filter(c, k, 0)) != -1)
		return rc;
	if ((rc = pack_build(c, k)) != 0)
		return rc;
	n = (size_t)(k->f.to - k->f.from + 1);
	if ((y = arena_alloc(c->a, 2 * n * sizeof(*y))) == NULL ||
	    (gap = arena_alloc(c->a, 2 * n)) == NULL ||
	    (labels = arena_alloc(c->a, n * sizeof(*labels))) == NULL)
		return 500;
	series(c->a, &k->sat, &k->f, y, gap, labels);
	series(c->a, &k->grades, &k->f, y + n, gap + n, labels);
	s[0] = (struct svg_series){ "Happy or very happy", y, gap };
	s[1] = (struct svg_series){ "Audits good or outstanding", y + n, gap + n };
	ch = (struct svg_chart){ .title = arena_printf(c->a, "Twelve months to %s",
	    k->month), .desc = "The tables of the pack give the same figures.",
	    .labels = labels, .npoints = n, .ymin = 0, .ymax = 100, .unit = "%",
	    .gap_text = suppress_label(c->a, i2_threshold(c)) };
	if (svg_line(&c->resp->body, &ch, s, 2) == -1)
		return 500;
	svg_respond(c->resp);
	c->resp->status = 200;
	return 0;
}
