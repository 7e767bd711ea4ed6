/* Staff survey figures from the rollups (survey_data.h has the contract). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "db_insights.h"
#include "survey_data.h"

/* Sections in question order (sec_of, sec_title) and which questions
 * are agreement scales (agree). 0 or -1. */
static int
sections(struct ctx *c, struct sdata *d)
{
	size_t		i;
	long long	last = -1;

	d->sec_of = arena_alloc(c->a, sizeof(size_t) * (d->nq + 1));
	d->sec_title = arena_alloc(c->a, sizeof(char *) * (d->nq + 1));
	d->agree = arena_alloc(c->a, d->nq + 1);
	if (d->sec_of == NULL || d->sec_title == NULL || d->agree == NULL)
		return -1;
	d->nsec = 0;
	for (i = 0; i < d->nq; i++) {
		if (dbres_int(&d->qs, i, 3) != last) {
			last = dbres_int(&d->qs, i, 3);
			d->sec_title[d->nsec++] = dbres_str(&d->qs, i, 4);
		}
		d->sec_of[i] = d->nsec - 1;
		d->agree[i] = strcmp(dbres_str(&d->qs, i, 1), "agree5") == 0;
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
 * questions matched by key across survey versions (qmap) and merged teams
 * folded here (fold). 0, or 503/500. */
static int
load_scores(struct ctx *c, const struct otree *t, const struct sfilter *f,
    const struct idmap *qmap, const struct idmap *fold, struct sdata *d)
{
	struct dbres	r;
	size_t		i;
	long long	q, wid = -1;
	long		w = -1;

	if (db_ins_score_rows(c->db, c->a, f->survey, f->from, f->to, &r) == -1)
		return 503;
	for (i = 0; i < r.nrows; i++) {
		if (dbres_int(&r, i, 0) != wid) {	/* rows come wave by wave */
			wid = dbres_int(&r, i, 0);
			w = wave_of(f, wid);
		}
		if (w < 0 || (q = idmap_get(qmap, dbres_int(&r, i, 1), -1)) < 0)
			continue;
		add_score(t, fold, d->sc + ((size_t)w * d->nq + (size_t)q) * d->nc, &r, i);
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

/*
 * The figures of a wave, kept by each worker between requests.
 *
 * A wave's roll_* rows change only when a rollup batch adds to them, and
 * the batch that last did is roll_wave.batch (column 7 of db_ins_waves).
 * What the rows add up to also depends on the organisation tree, on which
 * teams are folded into which, and on the survey's questions: those are
 * small reads made on every request anyway, and they are hashed into the
 * key. So a block read once is good while its wave, batch and key stay the
 * same; a merge, a new team or a new batch just makes a new key, and the
 * old block is never used again. Only counts are kept: suppression is
 * still worked out on every request, over the whole tree, as before.
 */
#define WCACHE_MAX	64	/* waves per worker: 64 x 40 questions x 161 cells ~ 16 MB */

struct wblock {
	long long	 wave, batch;
	unsigned char	 key[crypto_generichash_BYTES];
	size_t		 nq, nc;
	struct score	*sc;		/* [q * nc + cell] */
	long long	*resp;		/* [cell] */
};

static struct wblock	wcache[WCACHE_MAX];
static size_t		wcache_next;	/* the next slot to reuse, round robin */

static void
hash_res(crypto_generichash_state *h, const struct dbres *r)
{
	size_t	i, n = r->nrows * r->ncols;
	unsigned char	null = 0xff;

	crypto_generichash_update(h, (const unsigned char *)&n, sizeof(n));
	for (i = 0; i < n; i++) {
		if (r->cell[i] == NULL)
			crypto_generichash_update(h, &null, 1);
		else
			crypto_generichash_update(h, (const unsigned char *)r->cell[i],
			    r->len[i] + 1);	/* with its NUL: cells cannot run together */
	}
}

/* What a wave's block depends on besides its batch, hashed into key. */
static void
wcache_key(const struct otree *t, const struct sfilter *f, const struct sdata *d,
    const struct dbres *qr, const struct dbres *tr, unsigned char *key)
{
	crypto_generichash_state	h;
	size_t				i;

	crypto_generichash_init(&h, NULL, 0, crypto_generichash_BYTES);
	crypto_generichash_update(&h, (const unsigned char *)&f->survey, sizeof(f->survey));
	hash_res(&h, &d->qs);
	hash_res(&h, qr);
	hash_res(&h, tr);
	crypto_generichash_update(&h, (const unsigned char *)&t->n, sizeof(t->n));
	for (i = 0; i < t->n; i++) {
		crypto_generichash_update(&h, (const unsigned char *)&t->cell[i].id,
		    sizeof(t->cell[i].id));
		crypto_generichash_update(&h, (const unsigned char *)&t->cell[i].parent,
		    sizeof(t->cell[i].parent));
		crypto_generichash_update(&h, (const unsigned char *)&t->cell[i].kind,
		    sizeof(t->cell[i].kind));
	}
	crypto_generichash_final(&h, key, crypto_generichash_BYTES);
}

static struct wblock *
wcache_find(long long wave, long long batch, const unsigned char *key, size_t nq,
    size_t nc)
{
	size_t	i;

	for (i = 0; i < WCACHE_MAX; i++)
		if (wcache[i].sc != NULL && wcache[i].wave == wave &&
		    wcache[i].batch == batch && wcache[i].nq == nq &&
		    wcache[i].nc == nc && memcmp(wcache[i].key, key,
		    crypto_generichash_BYTES) == 0)
			return &wcache[i];
	return NULL;
}

/* Keep wave row w of d (just read) for later requests. Out of memory is
 * not an error: the next request reads the wave again. */
static void
wcache_put(const struct sfilter *f, const struct sdata *d, size_t w,
    const unsigned char *key)
{
	long long	 wave = dbres_int(f->waves, f->wlo + w, 0);
	long long	 batch = dbres_int(f->waves, f->wlo + w, 7);
	struct wblock	*b = wcache_find(wave, batch, key, d->nq, d->nc);
	size_t		 nsc = d->nq * d->nc;

	if (b == NULL) {
		b = &wcache[wcache_next];
		wcache_next = (wcache_next + 1) % WCACHE_MAX;
		free(b->sc);
		free(b->resp);
		memset(b, 0, sizeof(*b));
		b->sc = malloc(sizeof(struct score) * (nsc + 1));
		b->resp = malloc(sizeof(long long) * (d->nc + 1));
		if (b->sc == NULL || b->resp == NULL) {
			free(b->sc);
			free(b->resp);
			memset(b, 0, sizeof(*b));
			return;
		}
		b->wave = wave;
		b->batch = batch;
		b->nq = d->nq;
		b->nc = d->nc;
		memcpy(b->key, key, crypto_generichash_BYTES);
	}
	memcpy(b->sc, d->sc + w * nsc, sizeof(struct score) * nsc);
	memcpy(b->resp, d->resp + w * d->nc, sizeof(long long) * d->nc);
}

/* Fill d from kept blocks when every chosen wave has one: 1, else 0
 * (and d is left as it was, zeroed). */
static int
wcache_fill(struct ctx *c, const struct sfilter *f, struct sdata *d,
    const unsigned char *key)
{
	struct wblock	**b = arena_alloc(c->a, sizeof(*b) * (d->nw + 1));
	size_t		  w, nsc = d->nq * d->nc;

	if (b == NULL)
		return 0;
	for (w = 0; w < d->nw; w++)
		if ((b[w] = wcache_find(dbres_int(f->waves, f->wlo + w, 0),
		    dbres_int(f->waves, f->wlo + w, 7), key, d->nq, d->nc)) == NULL)
			return 0;
	for (w = 0; w < d->nw; w++) {
		memcpy(d->sc + w * nsc, b[w]->sc, sizeof(struct score) * nsc);
		memcpy(d->resp + w * d->nc, b[w]->resp, sizeof(long long) * d->nc);
	}
	return 1;
}

int
sdata_load(struct ctx *c, const struct otree *t, const struct sfilter *f,
    struct sdata *d)
{
	unsigned char	key[crypto_generichash_BYTES];
	struct dbres	qr, tr;
	struct idmap	qmap, fold;
	size_t		w;
	int		rc;

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
	if (db_ins_question_ids(c->db, c->a, f->survey, &qr) == -1 ||
	    db_ins_team_fold(c->db, c->a, &tr) == -1)
		return 503;
	wcache_key(t, f, d, &qr, &tr, key);
	if (wcache_fill(c, f, d, key))
		return 0;
	if (idmap_build(c, &qr, d, &qmap) == -1 || idmap_build(c, &tr, NULL, &fold) == -1)
		return 500;
	if ((rc = load_scores(c, t, f, &qmap, &fold, d)) != 0 ||
	    (rc = load_responses(c, t, f, d)) != 0)
		return rc;
	for (w = 0; w < d->nw; w++)
		wcache_put(f, d, w, key);
	return 0;
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
	int	agree = d->agree[q];

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
