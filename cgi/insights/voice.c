/*
 * /insights/voice: the voice of children and families. Satisfaction with
 * the picture-face questions by team and by form, month by month; the
 * Care Promise (the share of children saying each promise is kept); and
 * follow-ups opened, closed and overdue with the median time to first
 * action. Every figure goes through suppress.h over the whole service
 * before the filter picks rows, in the page and in its CSV.
 */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "db_insights2.h"
#include "i2.h"
#include "tmpl.h"

static const char *const sat_head[] = { "Month", "Group", "Responses",
    "Happy or very happy" };
static const char *const form_head[] = { "Month", "Form", "Responses",
    "Happy or very happy" };
static const char *const promise_head[] = { "Month", "Promise", "Answered",
    "Say it is kept" };
static const char *const fu_head[] = { "Group", "Opened", "Closed",
    "Overdue now", "Median time to first action" };

/* Which form a slug is, in words. */
static const char *
form_name(const char *slug)
{
	static const struct { const char *slug, *name; } names[] = {
		{ "under8", "Children under 8" }, { "8-12", "Children 8 to 12" },
		{ "13-18", "Young people 13 to 18" }, { "parents", "Parents and carers" },
	};
	size_t	i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i].slug, slug) == 0)
			return names[i].name;
	return slug;
}

/* Rows of a month's tree, as the filter covers them, into t. */
static int
sat_rows(struct arena *a, struct i2table *t, const char *month,
    const struct i2tree *tr, const struct i2filter *f)
{
	long		*idx, n, i;
	const char	*cells[4];

	if ((n = i2_order(a, tr, f, &idx)) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		const struct i2node *nd = &tr->node[idx[i]];

		cells[0] = month;
		cells[1] = nd->name;
		cells[2] = arena_printf(a, "%lld", nd->n);
		cells[3] = i2_pct(a, nd->v[0], nd->v[1]);
		if (i2_table_row(a, t, !suppress_shown(&tr->cell[idx[i]]), nd->level,
		    cells) == -1)
			return -1;
		if (nd->v[1] > 0)
			i2_table_value(t, 100.0 * (double)nd->v[0] / (double)nd->v[1]);
	}
	return 0;
}

/* A month's forms as a one-level tree under the month's total. */
static int
form_tree(struct arena *a, const struct dbres *r, size_t lo, size_t hi,
    struct i2tree *t)
{
	size_t	i, cap = hi - lo + 1;

	if ((t->node = arena_alloc(a, cap * sizeof(*t->node))) == NULL ||
	    (t->cell = arena_alloc(a, cap * sizeof(*t->cell))) == NULL)
		return -1;
	t->node[0] = (struct i2node){ .level = 0, .name = "All forms" };
	t->cell[0].parent = -1;
	t->n = 1;
	for (i = lo; i < hi; i++, t->n++) {
		t->node[t->n] = (struct i2node){ .level = 2, .id = dbres_int(r, i, 1),
		    .name = form_name(dbres_str(r, i, 2)), .n = dbres_int(r, i, 3),
		    .v = { dbres_int(r, i, 4), dbres_int(r, i, 5) } };
		t->cell[t->n].parent = 0;
		t->node[0].n += t->node[t->n].n;
		t->node[0].v[0] += t->node[t->n].v[0];
		t->node[0].v[1] += t->node[t->n].v[1];
	}
	return 0;
}

/* The form rows of one month (lo..hi in forms), or hi == lo when none. */
static void
form_range(const struct dbres *forms, const char *month, size_t *lo, size_t *hi)
{
	for (*lo = 0; *lo < forms->nrows; (*lo)++)
		if (strcmp(dbres_str(forms, *lo, 0), month) == 0)
			break;
	*hi = *lo < forms->nrows ? i2_run(forms, *lo, 0) : *lo;
}

/*
 * Satisfaction by team and by form, month by month. The two breakdowns
 * share each month's total: when either hides it, both do.
 */
int
voice_sat(struct ctx *c, const struct i2period *p, const struct i2filter *f,
    struct i2table *teams, struct i2table *forms)
{
	struct dbres	 rt, rf;
	struct i2tree	 tt, ft;
	size_t		 lo, hi, flo, fhi, i;
	unsigned	 th = i2_threshold(c);
	const char	*label = suppress_label(c->a, th), *month;
	int		 whole = f->area == 0 && f->team == 0;

	if (db_i2_sat_team(c->db, c->a, p, &rt) == -1 ||
	    db_i2_sat_form(c->db, c->a, p, &rf) == -1)
		return 503;
	if (i2_table_init(c->a, teams, "sat", "Satisfaction by team, month by month",
	    sat_head, 4, 2, label) == -1 ||
	    i2_table_init(c->a, forms, "forms", "Satisfaction by form, month by month",
	    form_head, 4, 2, label) == -1)
		return 500;
	for (lo = 0; lo < rt.nrows; lo = hi) {
		hi = i2_run(&rt, lo, 0);
		month = i2_month_name(c->a, dbres_str(&rt, lo, 0));
		form_range(&rf, dbres_str(&rt, lo, 0), &flo, &fhi);
		if (i2_tree(c->a, &rt, lo, hi, 1, 2, &tt) == -1 ||
		    form_tree(c->a, &rf, flo, fhi, &ft) == -1 ||
		    i2_tree_suppress(&tt, th, 0) == -1 || i2_tree_suppress(&ft, th, 0) == -1)
			return 500;
		if (suppress_shown(&tt.cell[0]) != suppress_shown(&ft.cell[0]) &&
		    (suppress_shown(&tt.cell[0]) ? i2_tree_suppress(&tt, th, 1) :
		    i2_tree_suppress(&ft, th, 1)) == -1)
			return 500;
		if (sat_rows(c->a, teams, month, &tt, f) == -1)
			return 500;
		for (i = 0; whole && i < ft.n; i++)
			if (i2_table_row(c->a, forms, !suppress_shown(&ft.cell[i]),
			    ft.node[i].level, (const char *[]){ month, ft.node[i].name,
			    arena_printf(c->a, "%lld", ft.node[i].n),
			    i2_pct(c->a, ft.node[i].v[0], ft.node[i].v[1]) }) == -1)
				return 500;
	}
	return 0;
}

/* The words of a Care Promise item. */
static const char *
promise_words(const struct dbres *items, const char *qkey)
{
	size_t	i;

	for (i = 0; i < items->nrows; i++)
		if (strcmp(dbres_str(items, i, 0), qkey) == 0 &&
		    !dbres_null(items, i, 1))
			return dbres_str(items, i, 1);
	return qkey;
}

/* One Care Promise item's month: the scope's row. */
static int
promise_row(struct ctx *c, struct i2table *t, const struct dbres *r, size_t lo,
    size_t hi, const struct dbres *items, const struct i2filter *f)
{
	struct i2tree	 tr;
	long		 s;
	unsigned	 th = i2_threshold(c);

	if (i2_tree(c->a, r, lo, hi, 2, 1, &tr) == -1 ||
	    i2_tree_suppress(&tr, th, 0) == -1)
		return -1;
	if ((s = i2_scope_node(&tr, f)) < 0)
		return 0;
	return i2_table_row(c->a, t, !suppress_shown(&tr.cell[s]), 2,
	    (const char *[]){ i2_month_name(c->a, dbres_str(r, lo, 0)),
	    promise_words(items, dbres_str(r, lo, 1)),
	    arena_printf(c->a, "%lld", tr.node[s].n),
	    i2_pct(c->a, tr.node[s].v[0], tr.node[s].n) });
}

/* Care Promise items month by month, for the filter's scope. */
int
voice_promise(struct ctx *c, const struct i2period *p, const struct i2filter *f,
    struct i2table *t)
{
	struct dbres	 r, items;
	size_t		 lo, hi;

	if (db_i2_promise(c->db, c->a, p, &r) == -1 ||
	    db_i2_promise_items(c->db, c->a, &items) == -1)
		return 503;
	if (i2_table_init(c->a, t, "promise", "The Care Promise: children who say "
	    "each promise is kept", promise_head, 4, 2,
	    suppress_label(c->a, i2_threshold(c))) == -1)
		return 500;
	for (lo = 0; lo < r.nrows; lo = hi) {
		for (hi = lo + 1; hi < r.nrows && strcmp(dbres_str(&r, hi, 0),
		    dbres_str(&r, lo, 0)) == 0 && strcmp(dbres_str(&r, hi, 1),
		    dbres_str(&r, lo, 1)) == 0; hi++)
			;
		if (promise_row(c, t, &r, lo, hi, &items, f) == -1)
			return 500;
	}
	return 0;
}

static int
cmp_ll(const void *x, const void *y)
{
	long long	a = *(const long long *)x, b = *(const long long *)y;

	return a < b ? -1 : a > b;
}

/* Median minutes to first action of the follow-ups under node nd (the
 * tree gives each team its area), or -1 when none has been acted on. */
static long long
median_minutes(struct arena *a, const struct dbres *acts, const struct i2tree *tr,
    const struct i2node *nd)
{
	long long	*v;
	size_t		 i, j, n = 0;

	if ((v = arena_alloc(a, (acts->nrows + 1) * sizeof(*v))) == NULL)
		return -1;
	for (i = 0; i < acts->nrows; i++)
		for (j = 0; j < tr->n; j++)
			if (tr->node[j].level == 2 &&
			    tr->node[j].id == dbres_int(acts, i, 0) &&
			    (nd->level == 0 || (nd->level == 1 && tr->node[j].area == nd->id) ||
			    (nd->level == 2 && tr->node[j].id == nd->id)))
				v[n++] = dbres_int(acts, i, 1);
	if (n == 0)
		return -1;
	qsort(v, n, sizeof(*v), cmp_ll);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* "45 minutes", "1 hour", "3 hours 20 minutes", "2 days 4 hours"; "" for none. */
const char *
voice_duration(struct arena *a, long long min)
{
	if (min < 0)
		return "";
	if (min < 60)
		return arena_printf(a, "%lld minute%s", min, min == 1 ? "" : "s");
	if (min < 48 * 60 && min % 60 == 0)
		return arena_printf(a, "%lld hour%s", min / 60, min / 60 == 1 ? "" : "s");
	if (min < 48 * 60)
		return arena_printf(a, "%lld hour%s %lld minute%s", min / 60,
		    min / 60 == 1 ? "" : "s", min % 60, min % 60 == 1 ? "" : "s");
	if (min % 1440 / 60 == 0)
		return arena_printf(a, "%lld days", min / 1440);
	return arena_printf(a, "%lld days %lld hour%s", min / 1440, min % 1440 / 60,
	    min % 1440 / 60 == 1 ? "" : "s");
}

/* Follow-ups opened in the period, by group. */
int
voice_followups(struct ctx *c, const struct i2period *p, const struct i2filter *f,
    struct i2table *t)
{
	struct dbres	 r, acts;
	struct i2tree	 tr;
	long		*idx, n, i;
	unsigned	 th = i2_threshold(c);

	if (db_i2_followups(c->db, c->a, p, &r) == -1 ||
	    db_i2_first_action(c->db, c->a, p, &acts) == -1)
		return 503;
	if (i2_table_init(c->a, t, "followups", "Follow-ups opened in the period",
	    fu_head, 5, 1, suppress_label(c->a, th)) == -1 ||
	    i2_tree(c->a, &r, 0, r.nrows, 0, 2, &tr) == -1 ||
	    i2_tree_suppress(&tr, th, 0) == -1 || (n = i2_order(c->a, &tr, f, &idx)) < 0)
		return 500;
	for (i = 0; i < n; i++) {
		const struct i2node *nd = &tr.node[idx[i]];

		if (i2_table_row(c->a, t, !suppress_shown(&tr.cell[idx[i]]), nd->level,
		    (const char *[]){ nd->name, arena_printf(c->a, "%lld", nd->n),
		    arena_printf(c->a, "%lld", nd->v[0]), arena_printf(c->a, "%lld", nd->v[1]),
		    voice_duration(c->a, median_minutes(c->a, &acts, &tr, nd)) }) == -1)
			return 500;
	}
	return 0;
}

/* The page, or one of its tables as CSV. */
int
insights_voice(struct ctx *c)
{
	struct i2filter	 f;
	struct i2period	 p;
	struct i2table	 t[4];
	struct tdict	*b;
	const char	*err;
	size_t		 i, nt = 4;
	int		 rc;

	if ((rc = i2_filter(c, &f, &err)) == 422)
		return i2_error_page(c, "Child and family voice", "insights/voice.tpl",
		    &f, err, "/insights/voice");
	if (rc != 0)
		return rc;
	p = (struct i2period){ f.from_d, f.to_d };
	if ((rc = voice_sat(c, &p, &f, &t[0], &t[1])) != 0 ||
	    (rc = voice_promise(c, &p, &f, &t[2])) != 0 ||
	    (rc = voice_followups(c, &p, &f, &t[3])) != 0)
		return rc;
	if (f.csv)
		return i2_csv_of(c, t, nt, &f, "voice");
	if ((b = page_begin(c, "Child and family voice", "insights/voice.tpl")) == NULL)
		return 500;
	if ((rc = i2_filter_form(c, b, &f, NULL, "/insights/voice")) != 0)
		return rc;
	for (i = 0; i < nt; i++)
		if (i != 1 || (f.area == 0 && f.team == 0))
			i2_table_html(c, b, &t[i], &f, "/insights/voice");
	return page_end(c, 200);
}
