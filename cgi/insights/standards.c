/*
 * /insights/standards: Practice Standards and case audits. Who has
 * acknowledged the version in force, team by team; overall audit grades
 * across the four Ofsted grades month by month; how often moderators
 * agreed; escalations opened, still open and overdue. Every figure goes
 * through suppress.h over the whole service before the filter picks rows.
 * Counts of people (acknowledgements) are treated as B1 treats counts of
 * people: the same threshold and complementary rules, so that no report
 * in Insights shows a group smaller than the threshold.
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "db_insights2.h"
#include "i2.h"
#include "tmpl.h"

static const char *const ack_head[] = { "Group", "Staff", "Acknowledged",
    "Share acknowledged" };
static const char *const grade_head[] = { "Month", "Group", "Audits",
    "Outstanding", "Good", "Requires improvement", "Inadequate" };
static const char *const mod_head[] = { "Group", "Moderated audits",
    "Grades compared", "Moderator agreed" };
static const char *const esc_head[] = { "Group", "Opened", "Still open",
    "Overdue now" };

/* The grades in the order of their columns (audit_grade.grade values). */
static const char *const grades[4] = { "outstanding", "good",
    "requires_improvement", "inadequate" };

static void grade_figs(struct arena *, const struct i2node *, const char **);

/* Add the rows of a tree the filter covers: name, n, then the figures
 * fig() gives. */
typedef void (*figs_fn)(struct arena *, const struct i2node *, const char **out);

static int
tree_rows(struct arena *a, struct i2table *t, const struct i2tree *tr,
    const struct i2filter *f, const char *month, figs_fn figs)
{
	long		*idx, n, i;
	const char	**cells;
	size_t		 k = month != NULL;

	if ((n = i2_order(a, tr, f, &idx)) < 0 ||
	    (cells = arena_alloc(a, t->ncols * sizeof(char *))) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		const struct i2node *nd = &tr->node[idx[i]];

		if (month != NULL)
			cells[0] = month;
		cells[k] = nd->name;
		cells[k + 1] = arena_printf(a, "%lld", nd->n);
		figs(a, nd, cells + k + 2);
		if (i2_table_row(a, t, !suppress_shown(&tr->cell[idx[i]]), nd->level,
		    cells) == -1)
			return -1;
		if (figs == grade_figs && nd->n > 0)
			i2_table_value(t, 100.0 * (double)(nd->v[0] + nd->v[1]) /
			    (double)nd->n);
	}
	return 0;
}

static void
ack_figs(struct arena *a, const struct i2node *nd, const char **out)
{
	out[0] = arena_printf(a, "%lld", nd->v[0]);
	out[1] = i2_pct(a, nd->v[0], nd->n);
}

/* Acknowledgement of the version in force, by group. */
int
standards_acks(struct ctx *c, const struct i2filter *f, struct i2table *t,
    const char **version)
{
	struct dbres	r, cur;
	struct i2tree	tr;

	if (db_i2_standards_current(c->db, c->a, &cur) == -1 ||
	    db_i2_acks(c->db, c->a, &r) == -1)
		return 503;
	*version = cur.nrows ? arena_printf(c->a, "version %s, in force from %s",
	    dbres_str(&cur, 0, 1), dbres_str(&cur, 0, 2)) : NULL;
	if (i2_table_init(c->a, t, "acks", "Acknowledgement of the Practice Standards "
	    "in force", ack_head, 4, 1, suppress_label(c->a, i2_threshold(c))) == -1 ||
	    i2_tree(c->a, &r, 0, r.nrows, 0, 1, &tr) == -1 ||
	    i2_tree_suppress(&tr, i2_threshold(c), 0) == -1 ||
	    tree_rows(c->a, t, &tr, f, NULL, ack_figs) == -1)
		return 500;
	return 0;
}

/*
 * The grade rows (month, key, grade, count) pivoted to one row per month
 * and team: month, key, audits, then a count per grade, as a dbres that
 * i2_tree reads (key at 1, n at 5).
 */
static int
grades_pivot(struct arena *a, const struct dbres *r, struct dbres *out)
{
	size_t	i, g, row = 0, nc = 1 + I2C__KEY + 1 + 4;

	out->ncols = nc;
	out->nrows = 0;
	if ((out->cell = arena_alloc(a, (r->nrows + 1) * nc * sizeof(char *))) == NULL ||
	    (out->len = arena_alloc(a, (r->nrows + 1) * nc * sizeof(size_t))) == NULL)
		return -1;
	for (i = 0; i < r->nrows; i++) {
		if (i == 0 || strcmp(dbres_str(r, i, 0), dbres_str(r, i - 1, 0)) != 0 ||
		    dbres_int(r, i, 1) != dbres_int(r, i - 1, 1)) {
			row = out->nrows++;
			for (g = 0; g <= I2C__KEY; g++)
				out->cell[row * nc + g] = (char *)dbres_str(r, i, g);
			for (g = 0; g < 5; g++)
				out->cell[row * nc + 1 + I2C__KEY + g] = "0";
		}
		for (g = 0; g < 4; g++)
			if (strcmp(dbres_str(r, i, 1 + I2C__KEY), grades[g]) == 0)
				out->cell[row * nc + 1 + I2C__KEY + 1 + g] =
				    (char *)dbres_str(r, i, 2 + I2C__KEY);
		out->cell[row * nc + 1 + I2C__KEY] = arena_printf(a, "%lld",
		    dbres_int(out, row, 1 + I2C__KEY) + dbres_int(r, i, 2 + I2C__KEY));
	}
	return 0;
}

static void
grade_figs(struct arena *a, const struct i2node *nd, const char **out)
{
	size_t	g;

	for (g = 0; g < 4; g++)
		out[g] = arena_printf(a, "%lld", nd->v[g]);
}

/* Overall audit grades month by month, by group. */
int
standards_grades(struct ctx *c, const struct i2period *p, const struct i2filter *f,
    struct i2table *t)
{
	struct dbres	 raw, r;
	struct i2tree	 tr;
	size_t		 lo, hi;
	unsigned	 th = i2_threshold(c);

	if (db_i2_grades(c->db, c->a, p, &raw) == -1)
		return 503;
	if (grades_pivot(c->a, &raw, &r) == -1 ||
	    i2_table_init(c->a, t, "grades", "Overall audit grades, month by month",
	    grade_head, 7, 2, suppress_label(c->a, th)) == -1)
		return 500;
	for (lo = 0; lo < r.nrows; lo = hi) {
		hi = i2_run(&r, lo, 0);
		if (i2_tree(c->a, &r, lo, hi, 1, 4, &tr) == -1 ||
		    i2_tree_suppress(&tr, th, 0) == -1 ||
		    tree_rows(c->a, t, &tr, f, i2_month_name(c->a, dbres_str(&r, lo, 0)),
		    grade_figs) == -1)
			return 500;
	}
	return 0;
}

static void
mod_figs(struct arena *a, const struct i2node *nd, const char **out)
{
	out[0] = arena_printf(a, "%lld", nd->v[0]);
	out[1] = i2_pct(a, nd->v[1], nd->v[0]);
}

static void
esc_figs(struct arena *a, const struct i2node *nd, const char **out)
{
	out[0] = arena_printf(a, "%lld", nd->v[0]);
	out[1] = arena_printf(a, "%lld", nd->v[1]);
}

/* Moderation agreement and escalations over the period, by group. */
int
standards_moderation(struct ctx *c, const struct i2period *p,
    const struct i2filter *f, struct i2table *mod, struct i2table *esc)
{
	struct dbres	 rm, re;
	struct i2tree	 tm, te;
	unsigned	 th = i2_threshold(c);
	const char	*label = suppress_label(c->a, th);

	if (db_i2_moderation(c->db, c->a, p, &rm) == -1 ||
	    db_i2_escalations(c->db, c->a, p, &re) == -1)
		return 503;
	if (i2_table_init(c->a, mod, "moderation", "Moderation: how often the second "
	    "auditor agreed with a grade", mod_head, 4, 1, label) == -1 ||
	    i2_table_init(c->a, esc, "escalations", "Escalations opened in the period",
	    esc_head, 4, 1, label) == -1 ||
	    i2_tree(c->a, &rm, 0, rm.nrows, 0, 2, &tm) == -1 ||
	    i2_tree(c->a, &re, 0, re.nrows, 0, 2, &te) == -1 ||
	    i2_tree_suppress(&tm, th, 0) == -1 || i2_tree_suppress(&te, th, 0) == -1 ||
	    tree_rows(c->a, mod, &tm, f, NULL, mod_figs) == -1 ||
	    tree_rows(c->a, esc, &te, f, NULL, esc_figs) == -1)
		return 500;
	return 0;
}

/* The page, or one of its tables as CSV. */
int
insights_standards(struct ctx *c)
{
	struct i2filter	 f;
	struct i2period	 p;
	struct i2table	 t[4];
	struct tdict	*b;
	const char	*err, *version;
	size_t		 i;
	int		 rc;

	if ((rc = i2_filter(c, &f, &err)) == 422)
		return i2_error_page(c, "Practice Standards and audits",
		    "insights/standards.tpl", &f, err, "/insights/standards");
	if (rc != 0)
		return rc;
	p = (struct i2period){ f.from_d, f.to_d };
	if ((rc = standards_acks(c, &f, &t[0], &version)) != 0 ||
	    (rc = standards_grades(c, &p, &f, &t[1])) != 0 ||
	    (rc = standards_moderation(c, &p, &f, &t[2], &t[3])) != 0)
		return rc;
	if (f.csv)
		return i2_csv_of(c, t, 4, &f, "standards");
	if ((b = page_begin(c, "Practice Standards and audits",
	    "insights/standards.tpl")) == NULL)
		return 500;
	if ((rc = i2_filter_form(c, b, &f, NULL, "/insights/standards")) != 0)
		return rc;
	if (version != NULL)
		tdict_set(tdict_section(b, "VERSION"), "TEXT", version);
	for (i = 0; i < 4; i++)
		i2_table_html(c, b, &t[i], &f, "/insights/standards");
	return page_end(c, 200);
}
