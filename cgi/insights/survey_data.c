/* Staff survey figures from the rollups (survey_data.h has the contract). */
#include <math.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "db_insights.h"
#include "survey_data.h"

/* Sections in question order: sec_of and sec_title. 0 or -1. */
static int
sections(struct ctx *c, struct sdata *d)
{
	size_t		i;
	long long	last = -1;

	d->sec_of = arena_alloc(c->a, sizeof(size_t) * (d->nq + 1));
	d->sec_title = arena_alloc(c->a, sizeof(char *) * (d->nq + 1));
	if (d->sec_of == NULL || d->sec_title == NULL)
		return -1;
	d->nsec = 0;
	for (i = 0; i < d->nq; i++) {
		if (dbres_int(&d->qs, i, 3) != last) {
			last = dbres_int(&d->qs, i, 3);
			d->sec_title[d->nsec++] = dbres_str(&d->qs, i, 4);
		}
		d->sec_of[i] = d->nsec - 1;
	}
	return 0;
}

static long
question_of(const struct sdata *d, const char *qkey)
{
	size_t	i;

	for (i = 0; i < d->nq; i++)
		if (strcmp(dbres_str(&d->qs, i, 0), qkey) == 0)
			return (long)i;
	return -1;
}

static long
wave_of(const struct sfilter *f, long long id)
{
	size_t	i;

	for (i = f->wlo; i < f->whi; i++)
		if (dbres_int(f->waves, i, 0) == id)
			return (long)(i - f->wlo);
	return -1;
}

/* An id -> value map from a two-column result ordered by id. */
struct idmap {
	size_t		 n;
	long long	*id, *val;
};

/* Map column 0 to column 1 (as a number), or, with keys, to the index of
 * column 1 in keys' qkey column (-1 when it has none). 0, or -1 ENOMEM. */
static int
idmap_build(struct ctx *c, const struct dbres *r, const struct sdata *keys,
    struct idmap *m)
{
	size_t	i;

	m->n = r->nrows;
	m->id = arena_alloc(c->a, sizeof(long long) * (m->n + 1));
	m->val = arena_alloc(c->a, sizeof(long long) * (m->n + 1));
	if (m->id == NULL || m->val == NULL)
		return -1;
	for (i = 0; i < m->n; i++) {
		m->id[i] = dbres_int(r, i, 0);
		m->val[i] = keys != NULL ? question_of(keys, dbres_str(r, i, 1)) :
		    dbres_int(r, i, 1);
	}
	return 0;
}

/* The value of id, or miss when the map does not have it. */
static long long
idmap_get(const struct idmap *m, long long id, long long miss)
{
	size_t	lo = 0, hi = m->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (m->id[mid] == id)
			return m->val[mid];
		if (m->id[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return miss;
}

/*
 * Add one row of roll_score to its team's cell and every total above it.
 * The team as recorded is folded as the old grouped read did:
 * COALESCE(merged_into_id, id), and 0 (no team recorded) when the team
 * row is gone.
 */
static void
add_score(const struct otree *t, const struct idmap *fold, struct score *row,
    const struct dbres *r, size_t i)
{
	struct score	s;
	long long	team = dbres_int(r, i, 2);
	long		cell;

	if ((cell = otree_team(t, team == 0 ? 0 : idmap_get(fold, team, 0))) < 0)
		return;
	s.answered = dbres_int(r, i, 3);
	s.favourable = dbres_int(r, i, 4);
	s.total = dbres_int(r, i, 5);
	s.promoters = dbres_int(r, i, 6);
	s.detractors = dbres_int(r, i, 7);
	for (; cell >= 0; cell = t->cell[cell].parent) {
		row[cell].answered += s.answered;
		row[cell].favourable += s.favourable;
		row[cell].total += s.total;
		row[cell].promoters += s.promoters;
		row[cell].detractors += s.detractors;
	}
}

/* The scores of the chosen waves: one ungrouped read of roll_score, with
 * questions matched by key across survey versions and merged teams folded
 * here. 0, or 503/500. */
static int
load_scores(struct ctx *c, const struct otree *t, const struct sfilter *f,
    struct sdata *d)
{
	struct dbres	qr, tr, r;
	struct idmap	qmap, fold;
	size_t		i;
	long long	q, wid = -1;
	long		w = -1;

	if (db_ins_question_ids(c->db, c->a, f->survey, &qr) == -1 ||
	    db_ins_team_fold(c->db, c->a, &tr) == -1 ||
	    db_ins_score_rows(c->db, c->a, f->survey, f->from, f->to, &r) == -1)
		return 503;
	if (idmap_build(c, &qr, d, &qmap) == -1 || idmap_build(c, &tr, NULL, &fold) == -1)
		return 500;
	for (i = 0; i < r.nrows; i++) {
		if (dbres_int(&r, i, 0) != wid) {	/* rows come wave by wave */
			wid = dbres_int(&r, i, 0);
			w = wave_of(f, wid);
		}
		if (w < 0 || (q = idmap_get(&qmap, dbres_int(&r, i, 1), -1)) < 0)
			continue;
		add_score(t, &fold, d->sc + ((size_t)w * d->nq + (size_t)q) * d->nc, &r, i);
	}
	return 0;
}

static int
load_responses(struct ctx *c, const struct otree *t, const struct sfilter *f,
    struct sdata *d)
{
	struct dbres	r;
	size_t		i;
	long		w, cell;

	if (db_ins_responses(c->db, c->a, f->survey, f->from, f->to, &r) == -1)
		return 503;
	for (i = 0; i < r.nrows; i++) {
		if ((w = wave_of(f, dbres_int(&r, i, 0))) < 0 ||
		    (cell = otree_team(t, dbres_int(&r, i, 1))) < 0)
			continue;
		for (; cell >= 0; cell = t->cell[cell].parent)
			d->resp[(size_t)w * d->nc + (size_t)cell] += dbres_int(&r, i, 2);
	}
	return 0;
}

int
sdata_load(struct ctx *c, const struct otree *t, const struct sfilter *f,
    struct sdata *d)
{
	int	rc;

	memset(d, 0, sizeof(*d));
	d->nw = f->whi - f->wlo;
	d->nc = t->n;
	if (db_ins_questions(c->db, c->a, f->survey, 1, &d->qs) == -1)
		return 503;
	d->nq = d->qs.nrows;
	if (sections(c, d) == -1)
		return 500;
	d->sc = arena_alloc(c->a, sizeof(struct score) * (d->nw * d->nq * d->nc + 1));
	d->resp = arena_alloc(c->a, sizeof(long long) * (d->nw * d->nc + 1));
	if (d->sc == NULL || d->resp == NULL)
		return 500;
	if (d->nw == 0)
		return 0;
	if ((rc = load_scores(c, t, f, d)) != 0)
		return rc;
	return load_responses(c, t, f, d);
}

size_t
sdata_enps_question(const struct sdata *d)
{
	size_t	i;

	for (i = 0; i < d->nq; i++)
		if (strcmp(dbres_str(&d->qs, i, 1), "scale10") == 0)
			return i;
	return d->nq;
}

/* Does question q count towards measure m (idx)? */
static int
counts_in(const struct sdata *d, size_t q, enum measure m, size_t idx)
{
	int	agree = strcmp(dbres_str(&d->qs, q, 1), "agree5") == 0;

	switch (m) {
	case M_OVERALL:
		return agree;
	case M_SECTION:
		return agree && d->sec_of[q] == idx;
	default:
		return q == idx;
	}
}

/* The measure's pooled score of one cell in wave w. */
static struct score
pooled(const struct sdata *d, size_t w, enum measure m, size_t idx, size_t cell)
{
	struct score		 s = { 0, 0, 0, 0, 0 };
	const struct score	*x;
	size_t			 q;

	for (q = 0; q < d->nq; q++) {
		if (!counts_in(d, q, m, idx))
			continue;
		x = &d->sc[(w * d->nq + q) * d->nc + cell];
		s.answered += x->answered;
		s.favourable += x->favourable;
		s.total += x->total;
		s.promoters += x->promoters;
		s.detractors += x->detractors;
	}
	return s;
}

int
sdata_figs(struct ctx *c, const struct otree *t, const struct sdata *d, size_t w,
    enum measure m, size_t idx, unsigned thr, struct fig *out)
{
	struct sup_cell	*sup = arena_alloc(c->a, sizeof(*sup) * (d->nc + 1));
	long long	*n = arena_alloc(c->a, sizeof(long long) * (d->nc + 1));
	struct score	*s = arena_alloc(c->a, sizeof(*s) * (d->nc + 1));
	size_t		 i;

	if (sup == NULL || n == NULL || s == NULL)
		return -1;
	for (i = 0; i < d->nc; i++) {
		s[i] = m == M_QUESTION || m == M_ENPS ?
		    d->sc[(w * d->nq + idx) * d->nc + i] : pooled(d, w, m, idx, i);
		n[i] = m == M_QUESTION || m == M_ENPS ? s[i].answered : d->resp[w * d->nc + i];
	}
	otree_cells(t, n, sup);
	if (suppress_tree(sup, d->nc, thr) == -1)
		return -1;
	for (i = 0; i < d->nc; i++) {
		memset(&out[i], 0, sizeof(out[i]));
		out[i].why = sup[i].why;
		out[i].n = n[i];
		if (!suppress_shown(&sup[i]) || s[i].answered == 0)
			continue;
		out[i].has = 1;
		if (m == M_ENPS)
			out[i].pct = lround(100.0 * (double)(s[i].promoters - s[i].detractors) /
			    (double)s[i].answered);
		else
			out[i].pct = lround(100.0 * (double)s[i].favourable / (double)s[i].answered);
		out[i].mean = (double)s[i].total / (double)s[i].answered;
	}
	return 0;
}

const char *
fig_text(struct ctx *c, const struct fig *f, enum measure m, unsigned t)
{
	if (f->why != SUP_SHOWN)
		return suppress_label(c->a, t);
	if (!f->has)
		return "No responses";
	if (m == M_ENPS)
		return arena_printf(c->a, "%+ld", f->pct);
	return arena_printf(c->a, "%ld%%", f->pct);
}

const char *
fig_change(struct ctx *c, const struct fig *prev, const struct fig *cur, int *dir)
{
	struct sup_cell	p = { prev->n, -1, prev->why }, q = { cur->n, -1, cur->why };
	long		delta;

	*dir = 0;
	if (!suppress_change(&p, &q) || !prev->has || !cur->has)
		return NULL;
	delta = cur->pct - prev->pct;
	*dir = delta > 0 ? 1 : delta < 0 ? -1 : 0;
	if (delta == 0)
		return "No change";
	return arena_printf(c->a, "%s %ld", delta > 0 ? "\xE2\x96\xB2" : "\xE2\x96\xBC",
	    delta > 0 ? delta : -delta);
}
