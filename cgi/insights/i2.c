/*
 * Shared by the voice, standards and Improvement Board reports: filters
 * and scope by role, the area/team tree that goes through suppress.h, and
 * tables rendered as HTML or CSV from the same rows.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "arena.h"
#include "buf.h"
#include "csvout.h"
#include "db.h"
#include "db_insights2.h"
#include "field.h"
#include "i2.h"
#include "tmpl.h"

/* "YYYY-MM" with a year from 2000 to 2099: fv->i is the month number.
 * On failure fv->error is the field's message (field.c reads a failure
 * without one as ENOMEM). */
static int
valid_month(struct arena *a, const struct field *f, struct fieldval *fv)
{
	long long	y, m;
	char		ys[5], ms[3];

	fv->error = f->invalid;
	if (strlen(fv->raw) != 7 || fv->raw[4] != '-')
		return -1;
	memcpy(ys, fv->raw, 4), ys[4] = '\0';
	memcpy(ms, fv->raw + 5, 2), ms[2] = '\0';
	if (parse_ll(ys, 2000, 2099, &y) == -1 || parse_ll(ms, 1, 12, &m) == -1 ||
	    ms[0] < '0' || ys[0] < '0')
		return -1;
	fv->i = y * 12 + m - 1;
	fv->s = fv->raw;
	fv->error = NULL;
	return 0;
}

/* "csv" or nothing. */
static int
valid_format(struct arena *a, const struct field *f, struct fieldval *fv)
{
	if (strcmp(fv->raw, "csv") != 0) {
		fv->error = f->invalid;
		return -1;
	}
	fv->s = fv->raw;
	return 0;
}

enum ffield { FF_AREA, FF_TEAM, FF_FROM, FF_TO, FF_MONTH, FF_FORMAT, FF_TABLE, FF__MAX };

static const struct field filter_fields[FF__MAX] = {
	[FF_AREA] = { "area", valid_int, 0, 12, 0, 0x7fffffff, NULL,
	    "Select a service area from the list" },	/* 0: all */
	[FF_TEAM] = { "team", valid_int, 0, 12, 0, 0x7fffffff, NULL,
	    "Select a team from the list" },	/* 0: all */
	[FF_FROM] = { "from", valid_month, 0, 7, 0, 0, NULL,
	    "Enter the first month as a year and month, like 2026-01" },
	[FF_TO] = { "to", valid_month, 0, 7, 0, 0, NULL,
	    "Enter the last month as a year and month, like 2026-12" },
	[FF_MONTH] = { "month", valid_month, 0, 7, 0, 0, NULL,
	    "Enter the month as a year and month, like 2026-03" },
	[FF_FORMAT] = { "format", valid_format, 0, 3, 0, 0, NULL, "Unknown format" },
	[FF_TABLE] = { "table", valid_line, 0, 16, 0, 0, NULL, "Unknown table" },
};

void
i2_month_str(long m, char out[8])
{
	unsigned	y = (unsigned)(m / 12) % 10000u, mo = (unsigned)(m % 12) % 12u + 1;

	snprintf(out, 8, "%04u-%02u", y, mo);
}

static void
month_date(long m, char out[11])
{
	unsigned	y = (unsigned)(m / 12) % 10000u, mo = (unsigned)(m % 12) % 12u + 1;

	snprintf(out, 11, "%04u-%02u-01", y, mo);
}

/* The months: default the last twelve to this one. NULL, or the error. */
static const char *
filter_months(struct i2filter *f, const struct fieldval *fv)
{
	time_t		 now = time(NULL);
	struct tm	 tm;
	long		 cur;

	gmtime_r(&now, &tm);
	cur = (long)(tm.tm_year + 1900) * 12 + tm.tm_mon;
	f->to = fv[FF_MONTH].present ? (long)fv[FF_MONTH].i :
	    fv[FF_TO].present ? (long)fv[FF_TO].i : cur;
	f->from = fv[FF_FROM].present && !fv[FF_MONTH].present ?
	    (long)fv[FF_FROM].i : f->to - 11;
	f->month = fv[FF_MONTH].present;
	if (f->from > f->to)
		return "The first month must be the same as or before the last month";
	if (f->to - f->from >= I2_MONTHS_MAX)
		return "Choose 36 months or fewer";
	i2_month_str(f->from, f->from_s);
	i2_month_str(f->to, f->to_s);
	month_date(f->from, f->from_d);
	month_date(f->to + 1, f->to_d);
	return NULL;
}

/* A team's area: 0, 404 no such team, 503. */
static int
team_area(struct ctx *c, long long team, long long *area)
{
	struct dbres	r;
	int		n;

	if ((n = db_i2_team_area(c->db, c->a, team, &r)) == -1)
		return 503;
	if (n == 0)
		return 404;
	*area = dbres_int(&r, 0, 0);
	return 0;
}

/* Narrow the filter to what the person may see: 0, 403, 404 or 503.
 * As in the staff survey reports, a manager sees their own team beside
 * its service area as a whole, never another team. */
static int
filter_scope(struct ctx *c, struct i2filter *f)
{
	long long	own_area, area;
	int		rc;

	if (f->team != 0) {
		if ((rc = team_area(c, f->team, &area)) != 0)
			return rc;
		if (f->area != 0 && f->area != area)
			return 404;
		f->area = area;
	}
	if (has_role(c, RBIT(ROLE_HR) | RBIT(ROLE_PERFORMANCE)))
		return 0;
	if (c->user->team_id == 0)
		return 403;
	if ((rc = team_area(c, c->user->team_id, &own_area)) != 0)
		return rc == 404 ? 403 : rc;
	if (f->area != 0 && f->area != own_area)
		return 403;
	f->area = own_area;
	if (has_role(c, RBIT(ROLE_HEAD)))
		return 0;
	if (f->team != 0 && f->team != c->user->team_id)
		return 403;
	f->team = c->user->team_id;
	f->with_area = 1;
	return 0;
}

int
i2_filter(struct ctx *c, struct i2filter *f, const char **month_err)
{
	struct fieldval	 fv[FF__MAX];
	int		 n;

	memset(f, 0, sizeof(*f));
	*month_err = NULL;
	if ((n = fields_check(c->a, &c->req.query, filter_fields, FF__MAX, fv)) < 0)
		return 500;
	if (fv[FF_AREA].error || fv[FF_TEAM].error || fv[FF_FORMAT].error ||
	    fv[FF_TABLE].error)
		return 404;
	f->area = fv[FF_AREA].present ? fv[FF_AREA].i : 0;
	f->team = fv[FF_TEAM].present ? fv[FF_TEAM].i : 0;
	f->csv = fv[FF_FORMAT].present;
	f->table = fv[FF_TABLE].s;
	if ((n = filter_scope(c, f)) != 0)
		return n;
	f->from_in = fv[FF_FROM].raw;
	f->to_in = fv[FF_TO].raw;
	f->month_in = fv[FF_MONTH].raw;
	if (fv[FF_FROM].error || fv[FF_TO].error || fv[FF_MONTH].error) {
		*month_err = fv[FF_FROM].error ? fv[FF_FROM].error :
		    fv[FF_TO].error ? fv[FF_TO].error : fv[FF_MONTH].error;
		return 422;
	}
	if ((*month_err = filter_months(f, fv)) != NULL)
		return 422;
	return 0;
}

/* The area and team choices this person has. */
static void
filter_options(struct ctx *c, struct tdict *d, const struct i2filter *f,
    const struct dbres *areas, const struct dbres *teams)
{
	struct tdict	*s;
	size_t		 i;
	int		 all = has_role(c, RBIT(ROLE_HR) | RBIT(ROLE_PERFORMANCE));
	int		 head = all || has_role(c, RBIT(ROLE_HEAD));

	if (all) {
		s = tdict_section(d, "AREA_CHOICE");
		for (i = 0; i < areas->nrows; i++) {
			struct tdict *o = tdict_section(s, "AREA_OPTION");
			tdict_set(o, "ID", dbres_str(areas, i, 0));
			tdict_set(o, "NAME", dbres_str(areas, i, 1));
			if (dbres_int(areas, i, 0) == f->area)
				tdict_show(o, "SELECTED");
		}
	}
	if (!head)
		return;
	s = tdict_section(d, "TEAM_CHOICE");
	for (i = 0; i < teams->nrows; i++) {
		struct tdict *o;

		if (!all && dbres_int(teams, i, 2) != f->area)
			continue;
		o = tdict_section(s, "TEAM_OPTION");
		tdict_set(o, "ID", dbres_str(teams, i, 0));
		tdict_set(o, "NAME", dbres_str(teams, i, 1));
		if (dbres_int(teams, i, 0) == f->team)
			tdict_show(o, "SELECTED");
	}
}

/* The words for what the page covers: "Front Door North", an area or all. */
static const char *
scope_words(const struct i2filter *f, const struct dbres *areas,
    const struct dbres *teams)
{
	size_t	i;

	if (f->team != 0) {
		for (i = 0; i < teams->nrows; i++)
			if (dbres_int(teams, i, 0) == f->team)
				return dbres_str(teams, i, 1);
		return "Team";
	}
	if (f->area != 0) {
		for (i = 0; i < areas->nrows; i++)
			if (dbres_int(areas, i, 0) == f->area)
				return dbres_str(areas, i, 1);
		return "Service area";
	}
	return "All service areas";
}

int
i2_filter_form(struct ctx *c, struct tdict *b, const struct i2filter *f,
    const char *err, const char *action)
{
	struct dbres	 areas, teams;
	struct tdict	*d, *m;

	if (db_i2_areas(c->db, c->a, &areas) == -1 ||
	    db_i2_teams(c->db, c->a, &teams) == -1)
		return 503;
	d = tdict_include(b, "FILTER", "insights/board_filter.tpl");
	if (d == NULL)
		return 500;
	tdict_set(d, "ACTION", action);
	if (f->summary) {
		m = tdict_section(d, "ONE_MONTH");
		tdict_set(m, "MONTH", f->month_in ? f->month_in : f->to_s);
	} else {
		m = tdict_section(d, "MONTH_RANGE");
		tdict_set(m, "FROM", f->from_in ? f->from_in : f->from_s);
		tdict_set(m, "TO", f->to_in ? f->to_in : f->to_s);
	}
	if (err != NULL)
		tdict_set(tdict_section(m, "MONTH_ERROR"), "MESSAGE", err);
	filter_options(c, d, f, &areas, &teams);
	tdict_set(b, "SCOPE", scope_words(f, &areas, &teams));
	if (f->from_s[0] != '\0') {
		const char *period = arena_printf(c->a, "%s to %s",
		    i2_month_name(c->a, f->from_s), i2_month_name(c->a, f->to_s));

		tdict_set(b, "PERIOD", period);
		tdict_set(tdict_section(b, "PERIOD_LINE"), "PERIOD", period);
	}
	tdict_setint(b, "THRESHOLD", i2_threshold(c));
	return 0;
}

int
i2_error_page(struct ctx *c, const char *title, const char *tpl,
    const struct i2filter *f, const char *err, const char *action)
{
	struct tdict	*b, *e;
	int		 rc;

	if ((b = page_begin(c, arena_printf(c->a, "Error: %s", title), tpl)) == NULL)
		return 500;
	if ((rc = i2_filter_form(c, b, f, err, action)) != 0)
		return rc;
	e = tdict_section(tdict_section(b, "ERRORS"), "ERROR");
	tdict_set(e, "HREF", f->summary ? "#month" : "#from");
	tdict_set(e, "MESSAGE", err);
	return page_end(c, 422);
}

int
i2_csv_of(struct ctx *c, const struct i2table *t, size_t n,
    const struct i2filter *f, const char *prefix)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (f->table != NULL && strcmp(t[i].key, f->table) == 0)
			return i2_table_csv(c, &t[i], arena_printf(c->a,
			    "chorus-%s-%s-%s-to-%s", prefix, t[i].key, f->from_s,
			    f->to_s));
	return 404;
}

unsigned
i2_threshold(const struct ctx *c)
{
	return suppress_threshold(c->cfg->threshold, 0);
}

/* ---- the tree -------------------------------------------------------- */

/* The index of the area node for area id, added after the root if new. */
static long
area_node(struct i2tree *t, long long area, const char *name)
{
	size_t	i;

	for (i = 1; i < t->n; i++)
		if (t->node[i].level == 1 && t->node[i].id == area)
			return (long)i;
	t->node[t->n] = (struct i2node){ .level = 1, .id = area, .area = area,
	    .name = name };
	t->cell[t->n].parent = 0;
	return (long)t->n++;
}

static void
node_add(struct i2node *to, const struct i2node *from)
{
	size_t	k;

	to->n += from->n;
	for (k = 0; k < I2_NV; k++)
		to->v[k] += from->v[k];
}

int
i2_tree(struct arena *a, const struct dbres *r, size_t lo, size_t hi, size_t key,
    size_t nv, struct i2tree *t)
{
	size_t		 i, k, cap = 1 + 2 * (hi - lo);
	long		 p;
	struct i2node	 team;

	t->n = 0;
	if ((t->node = arena_alloc(a, cap * sizeof(*t->node))) == NULL ||
	    (t->cell = arena_alloc(a, cap * sizeof(*t->cell))) == NULL)
		return -1;
	t->node[0] = (struct i2node){ .level = 0, .name = "All teams" };
	t->cell[0].parent = -1;
	t->n = 1;
	for (i = lo; i < hi; i++) {
		team = (struct i2node){ .level = 2, .id = dbres_int(r, i, key + I2C_TEAM),
		    .area = dbres_int(r, i, key + I2C_AREA),
		    .name = dbres_str(r, i, key + I2C_TEAM_NAME),
		    .n = dbres_int(r, i, key + I2C__KEY) };
		for (k = 0; k < nv && k < I2_NV; k++)
			team.v[k] = dbres_int(r, i, key + I2C__KEY + 1 + k);
		p = team.area == 0 ? 0 : area_node(t, team.area,
		    dbres_str(r, i, key + I2C_AREA_NAME));
		node_add(&t->node[0], &team);
		if (p != 0)
			node_add(&t->node[p], &team);
		t->node[t->n] = team;
		t->cell[t->n].parent = p;
		t->n++;
	}
	return 0;
}

int
i2_tree_suppress(struct i2tree *t, unsigned threshold, int hide_root)
{
	size_t	i;

	for (i = 0; i < t->n; i++)
		t->cell[i].n = t->node[i].n;
	/* A count below the threshold marks the root small, so that rule 3
	 * keeps enough of its parts hidden that it cannot be rebuilt. */
	if (hide_root && t->n > 0 && t->cell[0].n > 0)
		t->cell[0].n = 1;
	return suppress_tree(t->cell, t->n, threshold);
}

int
i2_node_in(const struct i2node *nd, const struct i2filter *f)
{
	if (f->team != 0)
		return (nd->level == 2 && nd->id == f->team) ||
		    (f->with_area && nd->level == 1 && nd->id == f->area);
	if (f->area != 0)
		return nd->level != 0 && nd->area == f->area;
	return 1;
}

long
i2_scope_node(const struct i2tree *t, const struct i2filter *f)
{
	size_t	i;

	for (i = 0; i < t->n; i++) {
		if (f->team != 0 && t->node[i].level == 2 && t->node[i].id == f->team)
			return (long)i;
		if (f->team == 0 && f->area != 0 && t->node[i].level == 1 &&
		    t->node[i].id == f->area)
			return (long)i;
		if (f->team == 0 && f->area == 0 && t->node[i].level == 0)
			return (long)i;
	}
	return -1;
}

long
i2_order(struct arena *a, const struct i2tree *t, const struct i2filter *f,
    long **idx)
{
	size_t	i, j;
	long	n = 0;

	if ((*idx = arena_alloc(a, (t->n + 1) * sizeof(long))) == NULL)
		return -1;
	for (i = 0; i < t->n; i++) {
		if (t->node[i].level == 2 && t->node[i].area != 0)
			continue;
		if (t->node[i].level == 2 && f->summary && f->team == 0 && f->area == 0)
			continue;
		if (i2_node_in(&t->node[i], f))
			(*idx)[n++] = (long)i;
		if (t->node[i].level != 1)
			continue;
		for (j = 0; j < t->n && !(f->summary && f->area == 0); j++)
			if (t->node[j].level == 2 && t->node[j].area == t->node[i].id &&
			    i2_node_in(&t->node[j], f))
				(*idx)[n++] = (long)j;
	}
	return n;
}

size_t
i2_run(const struct dbres *r, size_t lo, size_t col)
{
	size_t	hi;

	for (hi = lo + 1; hi < r->nrows; hi++)
		if (strcmp(dbres_str(r, hi, col), dbres_str(r, lo, col)) != 0)
			break;
	return hi;
}

/* ---- tables ---------------------------------------------------------- */

int
i2_table_init(struct arena *a, struct i2table *t, const char *key,
    const char *caption, const char *const *head, size_t ncols, size_t nkey,
    const char *hidden_label)
{
	*t = (struct i2table){ .key = key, .caption = caption, .head = head,
	    .ncols = ncols, .nkey = nkey, .hidden_label = hidden_label, .cap = 16 };
	t->rows = arena_alloc(a, t->cap * sizeof(*t->rows));
	return t->rows == NULL ? -1 : 0;
}

int
i2_table_row(struct arena *a, struct i2table *t, int hidden, int level,
    const char **cells)
{
	struct i2row	*nr;

	if (t->nrows == t->cap) {
		if ((nr = arena_alloc(a, 2 * t->cap * sizeof(*nr))) == NULL)
			return -1;
		memcpy(nr, t->rows, t->nrows * sizeof(*nr));
		t->rows = nr;
		t->cap *= 2;
	}
	if ((t->rows[t->nrows].cell = arena_alloc(a, t->ncols * sizeof(char *))) == NULL)
		return -1;
	memcpy(t->rows[t->nrows].cell, cells, t->ncols * sizeof(char *));
	t->rows[t->nrows].hidden = hidden;
	t->rows[t->nrows].level = level;
	t->nrows++;
	return 0;
}

void
i2_table_value(struct i2table *t, double value)
{
	if (t->nrows > 0) {
		t->rows[t->nrows - 1].value = value;
		t->rows[t->nrows - 1].valued = 1;
	}
}

long
i2_table_find(const struct i2table *t, const char *month, const struct i2filter *f)
{
	int	level = f->team != 0 ? 2 : f->area != 0 ? 1 : 0;
	size_t	i;

	for (i = 0; i < t->nrows; i++)
		if ((month == NULL || strcmp(t->rows[i].cell[0], month) == 0) &&
		    t->rows[i].level == level)
			return (long)i;
	return -1;
}

const char *
i2_table_cell(const struct i2table *t, long row, size_t col)
{
	if (row < 0 || (size_t)row >= t->nrows || col >= t->ncols)
		return "";
	if (t->rows[row].hidden && col >= t->nkey)
		return t->hidden_label;
	return t->rows[row].cell[col];
}

static void
table_row_html(struct tdict *s, const struct i2table *t, const struct i2row *row)
{
	struct tdict	*cell;
	size_t		 j;

	if (row->level < 2)
		tdict_show(s, "TOTAL_ROW");
	for (j = 0; j < t->nkey; j++)
		tdict_set(tdict_section(s, j == 0 ? "KEY_FIRST" : "KEY"), "TEXT",
		    row->cell[j]);
	if (row->hidden) {
		cell = tdict_section(s, "HIDDEN");
		tdict_setint(cell, "SPAN", (long long)(t->ncols - t->nkey));
		tdict_set(cell, "TEXT", t->hidden_label);
		return;
	}
	for (j = t->nkey; j < t->ncols; j++)
		tdict_set(tdict_section(s, "FIG"), "TEXT", row->cell[j]);
}

void
i2_table_html(struct ctx *c, struct tdict *d, const struct i2table *t,
    const struct i2filter *f, const char *path)
{
	struct tdict	*s = tdict_include(tdict_section(d, "TABLE"), "TABLE_HTML",
			    "insights/board_table.tpl");
	size_t		 i;

	if (s == NULL)
		return;
	tdict_set(s, "ID", t->key);
	tdict_set(s, "CAPTION", t->caption);
	tdict_set(s, "CSV", arena_printf(c->a, "%s?area=%lld&team=%lld&from=%s&to=%s"
	    "&format=csv&table=%s", path, f->area, f->team, f->from_s, f->to_s, t->key));
	for (i = 0; i < t->ncols; i++)
		tdict_set(tdict_section(s, i < t->nkey ? "HEAD_KEY" : "HEAD_FIG"),
		    "TEXT", t->head[i]);
	if (t->nrows == 0)
		tdict_setint(tdict_section(s, "EMPTY"), "SPAN", (long long)t->ncols);
	for (i = 0; i < t->nrows; i++)
		table_row_html(tdict_section(s, "ROW"), t, &t->rows[i]);
}

int
i2_table_csv(struct ctx *c, const struct i2table *t, const char *filename)
{
	struct csv	 w;
	size_t		 i, j;

	csv_begin(&w, &c->resp->body);
	for (j = 0; j < t->ncols; j++)
		csv_text(&w, t->head[j]);
	csv_end_row(&w);
	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < t->ncols; j++)
			csv_text(&w, t->rows[i].hidden && j >= t->nkey ?
			    t->hidden_label : t->rows[i].cell[j]);
		csv_end_row(&w);
	}
	if (csv_error(&w) || csv_respond(c->resp, c->a, filename) == -1)
		return 500;
	c->resp->status = 200;
	return 0;
}

/* ---- words ----------------------------------------------------------- */

const char *
i2_pct(struct arena *a, long long num, long long den)
{
	if (den <= 0)
		return "";
	return arena_printf(a, "%lld%%", (num * 200 + den) / (den * 2));
}

const char *
i2_month_name(struct arena *a, const char *ym)
{
	static const char *const names[12] = { "January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December" };
	long long	m;

	if (strlen(ym) != 7 || parse_ll(ym + 5, 1, 12, &m) == -1)
		return ym;
	return arena_printf(a, "%s %.4s", names[m - 1], ym);
}
