/*
 * What the staff survey reports share: the organisation tree, the
 * person's scope and the filters (ins.h has the contract).
 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "db_insights.h"
#include "ins.h"
#include "tmpl.h"

#define DEFAULT_WAVES	8	/* waves shown when no range is chosen */

static const struct field sfields[SF__MAX] = {
	[SF_SURVEY] = { "survey", valid_int, 0, 12, 1, 0x7fffffff, NULL,
	    "Choose a survey from the list" },
	[SF_WAVE] = { "wave", valid_int, 0, 12, 1, 0x7fffffff, NULL,
	    "Choose a wave from the list" },
	[SF_FROM] = { "from", valid_int, 0, 12, 1, 0x7fffffff, NULL,
	    "Choose the first wave from the list" },
	[SF_TO] = { "to", valid_int, 0, 12, 1, 0x7fffffff, NULL,
	    "Choose the last wave from the list" },
	[SF_AREA] = { "area", valid_int, 0, 12, 1, 0x7fffffff, NULL,
	    "Choose a service area from the list" },
	[SF_TEAM] = { "team", valid_int, 0, 12, 1, 0x7fffffff, NULL,
	    "Choose a team from the list" },
};

/* ---- the organisation tree --------------------------------------------- */

static int
otree_map(struct ctx *c, struct otree *t)
{
	size_t	i;

	t->max_team = 0;
	for (i = 0; i < t->n; i++)
		if (t->cell[i].kind == OC_TEAM && t->cell[i].id > t->max_team)
			t->max_team = t->cell[i].id;
	if ((t->team_at = arena_alloc(c->a, sizeof(long) * (size_t)(t->max_team + 1))) == NULL)
		return -1;
	for (i = 0; i <= (size_t)t->max_team; i++)
		t->team_at[i] = -1;
	for (i = 0; i < t->n; i++)
		if (t->cell[i].kind == OC_TEAM)
			t->team_at[t->cell[i].id] = (long)i;
	return 0;
}

int
otree_load(struct ctx *c, struct otree *t)
{
	struct dbres	r;
	size_t		i, k;
	long		area = -1;
	long long	last = -1;

	if (db_ins_org(c->db, c->a, &r) == -1)
		return 503;
	/* service + at most one area per team + teams + no team */
	if ((t->cell = arena_alloc(c->a, sizeof(*t->cell) * (2 * r.nrows + 2))) == NULL)
		return 500;
	t->cell[0] = (struct ocell){ OC_SERVICE, 0, "Whole service", -1 };
	t->n = 1;
	for (i = 0; i < r.nrows; i++)	/* areas first: parents before parts */
		if (dbres_int(&r, i, 2) != last) {
			last = dbres_int(&r, i, 2);
			t->cell[t->n++] = (struct ocell){ OC_AREA, last, dbres_str(&r, i, 3), 0 };
		}
	t->nareas = t->n - 1;
	for (i = 0, last = -1; i < r.nrows; i++) {
		if (dbres_int(&r, i, 2) != last) {
			last = dbres_int(&r, i, 2);
			for (k = 1; k <= t->nareas; k++)
				if (t->cell[k].id == last)
					area = (long)k;
		}
		t->cell[t->n++] = (struct ocell){ OC_TEAM, dbres_int(&r, i, 0),
		    dbres_str(&r, i, 1), area };
	}
	t->cell[t->n++] = (struct ocell){ OC_TEAM, 0, "No team recorded", 0 };
	return otree_map(c, t) == -1 ? 500 : 0;
}

long
otree_team(const struct otree *t, long long team)
{
	if (team == 0)
		return (long)t->n - 1;
	if (team < 0 || team > t->max_team)
		return -1;
	return t->team_at[team];
}

long
otree_area(const struct otree *t, long long area)
{
	size_t	k;

	for (k = 1; k <= t->nareas; k++)
		if (t->cell[k].id == area)
			return (long)k;
	return -1;
}

void
otree_cells(const struct otree *t, const long long *counts, struct sup_cell *sup)
{
	size_t	i;

	for (i = 0; i < t->n; i++) {
		sup[i].n = counts[i];
		sup[i].parent = t->cell[i].parent;
		sup[i].why = SUP_SHOWN;
	}
}

int
otree_headcount(struct ctx *c, const struct otree *t, long long wave, long long *out)
{
	struct dbres	h;
	size_t		i;
	long		cell;

	memset(out, 0, sizeof(*out) * t->n);
	if (db_ins_headcount(c->db, c->a, wave, &h) == -1)
		return 503;
	for (i = 0; i < h.nrows; i++)
		for (cell = otree_team(t, dbres_int(&h, i, 0)); cell >= 0;
		    cell = t->cell[cell].parent)
			out[cell] += dbres_int(&h, i, 1);
	return 0;
}

const char *
ins_rate_text(struct ctx *c, long long responses, long long headcount)
{
	if (headcount == 0)
		return "No headcount";
	return arena_printf(c->a, "%ld%%", (long)(100.0 * (double)responses /
	    (double)headcount + 0.5));
}

/* ---- scope ------------------------------------------------------------- */

static int
sees_all(const struct ctx *c)
{
	return has_role(c, RBIT(ROLE_HR) | RBIT(ROLE_PERFORMANCE));
}

/* The person's own team and area cells (-1 when they have none). */
static void
own_cells(const struct ctx *c, const struct otree *t, long *team, long *area)
{
	*team = c->user->team_id > 0 ? otree_team(t, c->user->team_id) : -1;
	*area = *team > 0 ? t->cell[*team].parent : -1;
}

/*
 * Narrow area and team cells to the person's scope and set focus and
 * view. 0, or 403.
 */
static int
scope_apply(struct ctx *c, const struct otree *t, struct sfilter *f, long acell,
    long tcell)
{
	long	own_t, own_a;

	f->nview = 0;
	if (!sees_all(c)) {
		own_cells(c, t, &own_t, &own_a);
		if (own_a <= 0)
			return 403;
		if (acell > 0 && acell != own_a)
			return 403;
		if (tcell > 0 && (t->cell[tcell].parent != own_a ||
		    (!has_role(c, RBIT(ROLE_HEAD)) && tcell != own_t)))
			return 403;
		acell = own_a;
		if (tcell <= 0 && !has_role(c, RBIT(ROLE_HEAD)))
			tcell = own_t;
	} else
		f->view[f->nview++] = 0;
	if (tcell > 0 && acell <= 0)
		acell = t->cell[tcell].parent;
	if (acell > 0)
		f->view[f->nview++] = acell;
	if (tcell > 0)
		f->view[f->nview++] = tcell;
	f->focus = f->view[f->nview - 1];
	f->area = acell > 0 ? t->cell[acell].id : 0;
	f->team = tcell > 0 ? t->cell[tcell].id : 0;
	return 0;
}

/* ---- filters ----------------------------------------------------------- */

static long
wave_row(const struct dbres *w, long long id)
{
	size_t	i;

	for (i = 0; i < w->nrows; i++)
		if (dbres_int(w, i, 0) == id)
			return (long)i;
	return -1;
}

static void
field_error(struct sfilter *f, enum sfield k, const char *msg)
{
	if (f->fv[k].error == NULL)
		f->errors++;
	f->fv[k].error = msg;
}

/* The survey: chosen, or the first one there is. 0, 404, 503. */
static int
pick_survey(struct ctx *c, struct sfilter *f)
{
	struct dbres	s;
	size_t		i;

	if (db_ins_surveys(c->db, c->a, &s) == -1)
		return 503;
	for (i = 0; i < s.nrows; i++)
		if (!f->fv[SF_SURVEY].present || dbres_int(&s, i, 0) == f->fv[SF_SURVEY].i) {
			f->survey = dbres_int(&s, i, 0);
			f->survey_title = dbres_str(&s, i, 1);
			return 0;
		}
	return s.nrows == 0 ? 0 : 404;
}

/* The waves: one (wave=) or a range (from=, to=). */
static int
pick_waves(struct sfilter *f, int one_wave)
{
	const struct dbres	*w = f->waves;
	long			 lo = 0, hi = (long)w->nrows - 1;

	f->wave_row = -1;
	if (one_wave) {
		f->wave_row = f->fv[SF_WAVE].present ? wave_row(w, f->fv[SF_WAVE].i) : hi;
		if (f->fv[SF_WAVE].present && f->wave_row < 0)
			return 404;
		f->wave = f->wave_row >= 0 ? dbres_int(w, (size_t)f->wave_row, 0) : 0;
		f->wlo = f->wave_row >= 0 ? (size_t)f->wave_row : 0;
		f->whi = f->wave_row >= 0 ? (size_t)f->wave_row + 1 : 0;
		f->from = f->to = f->wave;
		return 0;
	}
	if (hi >= DEFAULT_WAVES && !f->fv[SF_FROM].present)
		lo = hi - DEFAULT_WAVES + 1;
	if (f->fv[SF_FROM].present && (lo = wave_row(w, f->fv[SF_FROM].i)) < 0)
		field_error(f, SF_FROM, sfields[SF_FROM].invalid);
	if (f->fv[SF_TO].present && (hi = wave_row(w, f->fv[SF_TO].i)) < 0)
		field_error(f, SF_TO, sfields[SF_TO].invalid);
	if (f->errors == 0 && lo > hi)
		field_error(f, SF_FROM, "The first wave must be the same as or before the last wave");
	if (f->errors > 0 || w->nrows == 0) {
		f->wlo = f->whi = 0;
		return 0;
	}
	f->wlo = (size_t)lo;
	f->whi = (size_t)hi + 1;
	f->from = dbres_int(w, f->wlo, 0);
	f->to = dbres_int(w, f->whi - 1, 0);
	return 0;
}

/* Area and team as chosen: cells, or field errors. */
static void
pick_org(const struct otree *t, struct sfilter *f, long *acell, long *tcell)
{
	*acell = *tcell = -1;
	if (f->fv[SF_AREA].present && (*acell = otree_area(t, f->fv[SF_AREA].i)) < 0)
		field_error(f, SF_AREA, sfields[SF_AREA].invalid);
	if (f->fv[SF_TEAM].present && ((*tcell = otree_team(t, f->fv[SF_TEAM].i)) <= 0 ||
	    *tcell == (long)t->n - 1))
		field_error(f, SF_TEAM, sfields[SF_TEAM].invalid);
	else if (*acell > 0 && *tcell > 0 && t->cell[*tcell].parent != *acell)
		field_error(f, SF_TEAM, "Choose a team in the service area you chose, or all teams");
}

int
sfilter_read(struct ctx *c, const struct otree *t, struct sfilter *f, int one_wave)
{
	long	acell, tcell;
	int	rc;

	memset(f, 0, sizeof(*f));
	if ((f->errors = fields_check(c->a, &c->req.query, sfields, SF__MAX, f->fv)) < 0)
		return 500;
	if ((f->waves = arena_alloc(c->a, sizeof(*f->waves))) == NULL)
		return 500;
	pick_org(t, f, &acell, &tcell);
	if ((rc = scope_apply(c, t, f, f->errors ? -1 : acell, f->errors ? -1 : tcell)) != 0)
		return rc;
	if (f->fv[SF_SURVEY].error != NULL)
		return 0;
	if ((rc = pick_survey(c, f)) != 0)
		return rc;
	if (f->survey == 0) {
		f->waves->nrows = 0;
		return 0;
	}
	if (db_ins_waves(c->db, c->a, f->survey, f->waves) == -1)
		return 503;
	return pick_waves(f, one_wave);
}

unsigned
sfilter_threshold(const struct ctx *c, const struct sfilter *f, size_t row)
{
	return suppress_threshold(c->cfg->threshold,
	    (unsigned)dbres_int(f->waves, row, 4));
}

const char *
sfilter_query(struct ctx *c, const struct sfilter *f, int one_wave)
{
	char	org[64] = "";

	if (f->team > 0)
		snprintf(org, sizeof(org), "&team=%lld", f->team);
	else if (f->area > 0)
		snprintf(org, sizeof(org), "&area=%lld", f->area);
	if (one_wave)
		return arena_printf(c->a, "survey=%lld&wave=%lld%s", f->survey, f->wave, org);
	return arena_printf(c->a, "survey=%lld&from=%lld&to=%lld%s", f->survey, f->from,
	    f->to, org);
}

/* ---- the filter form --------------------------------------------------- */

static void
form_error(struct tdict *form, struct tdict *b, const struct sfilter *f, enum sfield k,
    const char *section, const char *id)
{
	struct tdict	*e;

	if (f->fv[k].error == NULL)
		return;
	tdict_set(tdict_section(form, section), "MESSAGE", f->fv[k].error);
	e = tdict_section(tdict_section(b, "ERRORS"), "ERROR");
	tdict_set(e, "HREF", id);
	tdict_set(e, "MESSAGE", f->fv[k].error);
}

static void
wave_options(struct tdict *s, const struct sfilter *f, const char *section,
    long selected)
{
	struct tdict	*o;
	size_t		 i;

	for (i = 0; i < f->waves->nrows; i++) {
		o = tdict_section(s, section);
		tdict_set(o, "ID", dbres_str(f->waves, i, 0));
		tdict_set(o, "NAME", dbres_str(f->waves, i, 1));
		if ((long)i == selected)
			tdict_show(o, "SELECTED");
	}
}

static void
org_options(struct ctx *c, struct tdict *form, struct tdict *b, const struct otree *t,
    const struct sfilter *f)
{
	struct tdict	*s, *o;
	size_t		 i;
	long		 own_t, own_a;

	own_cells(c, t, &own_t, &own_a);
	if (sees_all(c)) {
		s = tdict_section(form, "AREA_CHOICE");
		form_error(s, b, f, SF_AREA, "AREA_ERROR", "#area");
		for (i = 1; i <= t->nareas; i++) {
			o = tdict_section(s, "AREA_OPTION");
			tdict_setint(o, "ID", t->cell[i].id);
			tdict_set(o, "NAME", t->cell[i].name);
			if (t->cell[i].id == f->area && f->area > 0)
				tdict_show(o, "SELECTED");
		}
	}
	if (!sees_all(c) && !has_role(c, RBIT(ROLE_HEAD)))
		return;	/* a manager sees their own team and area only */
	s = tdict_section(form, "TEAM_CHOICE");
	form_error(s, b, f, SF_TEAM, "TEAM_ERROR", "#team");
	for (i = t->nareas + 1; i + 1 < t->n; i++) {
		if (!sees_all(c) && t->cell[i].parent != own_a)
			continue;
		o = tdict_section(s, "TEAM_OPTION");
		tdict_setint(o, "ID", t->cell[i].id);
		tdict_set(o, "NAME", t->cell[i].name);
		tdict_set(o, "AREA", t->cell[t->cell[i].parent].name);
		if (t->cell[i].id == f->team && f->team > 0)
			tdict_show(o, "SELECTED");
	}
}

void
sfilter_form(struct ctx *c, struct tdict *b, const struct otree *t,
    const struct sfilter *f, const char *action, int flags)
{
	int		 one_wave = flags & SFORM_ONE_WAVE;
	struct tdict	*form = tdict_include(b, "FILTER", "insights/survey_filter.tpl"), *s;
	struct dbres	 sv;
	size_t		 i;

	if (form == NULL)
		return;
	tdict_set(form, "ACTION", action);
	form_error(form, b, f, SF_SURVEY, "SURVEY_ERROR", "#survey");
	if (db_ins_surveys(c->db, c->a, &sv) != -1)
		for (i = 0; i < sv.nrows; i++) {
			s = tdict_section(form, "SURVEY_OPTION");
			tdict_set(s, "ID", dbres_str(&sv, i, 0));
			tdict_set(s, "NAME", dbres_str(&sv, i, 1));
			if (dbres_int(&sv, i, 0) == f->survey)
				tdict_show(s, "SELECTED");
		}
	if (one_wave) {
		s = tdict_section(form, "WAVE_CHOICE");
		form_error(s, b, f, SF_WAVE, "WAVE_ERROR", "#wave");
		wave_options(s, f, "WAVE_OPTION", f->wave_row);
	} else {
		s = tdict_section(form, "RANGE_CHOICE");
		form_error(s, b, f, SF_FROM, "FROM_ERROR", "#from");
		form_error(s, b, f, SF_TO, "TO_ERROR", "#to");
		wave_options(s, f, "FROM_OPTION", f->whi > 0 ? (long)f->wlo : -1);
		wave_options(s, f, "TO_OPTION", f->whi > 0 ? (long)f->whi - 1 : -1);
		if (f->fv[SF_FROM].error || f->fv[SF_TO].error)
			tdict_show(s, "RANGE_ERROR_CLASS");
	}
	if (!(flags & SFORM_NO_ORG))
		org_options(c, form, b, t, f);
	for (i = 0; i < f->nview; i++)
		tdict_set(tdict_section(b, "SCOPE"), "NAME", t->cell[f->view[i]].name);
	tdict_set(b, "FOCUS", t->cell[f->focus].name);
}
