/*
 * Waves: one run of a published survey version for a population.
 *
 *   GET  /admin/waves              every wave, with live response counts
 *   GET  /admin/waves/new          the form
 *   POST /admin/waves/new          create it
 *   GET  /admin/wave/W             one wave: when, who, how many responses
 *   POST /admin/wave/W/open        open now (before its opening time)
 *   POST /admin/wave/W/extend      move the closing time later
 *   GET  /admin/wave/W/close       are you sure?
 *   POST /admin/wave/W/close       close now
 *
 * Times are typed and shown in UK time and stored in UTC. Counts are how
 * many took part, never who.
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "builder.h"
#include "db_builder.h"
#include "field.h"
#include "form.h"
#include "tmpl.h"
#include "ukclock.h"

#define WAVE_PREFIX	"/admin/wave/"

static const char *const state_names[] = { "Not open yet", "Open", "Closed" };
static const char *const state_tags[] = { "govuk-tag--blue", "govuk-tag--green",
	"govuk-tag--grey" };

/* "9:30" or "09:30" (24-hour); fv->i is minutes after midnight. */
static int
valid_clock(struct arena *a, const struct field *f, struct fieldval *fv)
{
	const char	*s, *colon;
	long long	 h, m;
	char		 hh[3];

	if (valid_line(a, f, fv) == -1 || (colon = strchr(s = fv->s, ':')) == NULL ||
	    colon - s < 1 || colon - s > 2 || strlen(colon + 1) != 2)
		goto bad;
	memcpy(hh, s, (size_t)(colon - s));
	hh[colon - s] = '\0';
	if (parse_ll(hh, 0, 23, &h) == -1 || parse_ll(colon + 1, 0, 59, &m) == -1)
		goto bad;
	fv->i = h * 60 + m;
	return 0;
bad:
	fv->error = f->invalid;
	return -1;
}

/* "all", "areas" or "teams". */
static int
valid_population(struct arena *a, const struct field *f, struct fieldval *fv)
{
	if (valid_line(a, f, fv) == 0 && (strcmp(fv->s, "all") == 0 ||
	    strcmp(fv->s, "areas") == 0 || strcmp(fv->s, "teams") == 0))
		return 0;
	fv->error = f->invalid;
	return -1;
}

enum wfield { WF_VERSION, WF_TITLE, WF_OPENS_DAY, WF_OPENS_MONTH, WF_OPENS_YEAR,
	WF_OPENS_TIME, WF_CLOSES_DAY, WF_CLOSES_MONTH, WF_CLOSES_YEAR,
	WF_CLOSES_TIME, WF_POPULATION, WF_THRESHOLD, WF__MAX };

#define DATE_FIELDS(P, KEY, WORD) \
	[WF_##P##_DAY] = { KEY "_day", valid_int, FIELD_REQUIRED, 2, 1, 31, \
	    "Enter the " WORD " date", "The " WORD " date must be a real date" }, \
	[WF_##P##_MONTH] = { KEY "_month", valid_int, FIELD_REQUIRED, 2, 1, 12, \
	    "Enter the " WORD " date", "The " WORD " date must be a real date" }, \
	[WF_##P##_YEAR] = { KEY "_year", valid_int, FIELD_REQUIRED, 4, 2000, 2100, \
	    "Enter the " WORD " date", "The " WORD " date must be a real date" }, \
	[WF_##P##_TIME] = { KEY "_time", valid_clock, FIELD_REQUIRED, 5, 0, 0, \
	    "Enter the " WORD " time", \
	    "Enter the " WORD " time as hours and minutes, like 09:00 or 17:30" }

static const struct field wave_fields[WF__MAX] = {
	[WF_VERSION] = { "version", valid_int, FIELD_REQUIRED, 12, 1, 0x7fffffff,
	    "Select the survey version", "Select a published survey version from the list" },
	[WF_TITLE] = { "title", valid_line, FIELD_REQUIRED, 200, 0, 0,
	    "Enter a name for the wave", "Name must be 200 characters or fewer" },
	DATE_FIELDS(OPENS, "opens", "opening"),
	DATE_FIELDS(CLOSES, "closes", "closing"),
	[WF_POPULATION] = { "population", valid_population, FIELD_REQUIRED, 5, 0, 0,
	    "Select who is asked", "Select who is asked" },
	[WF_THRESHOLD] = { "threshold", valid_int, FIELD_REQUIRED, 3, 3, 100,
	    "Enter the anonymity threshold", "Anonymity threshold must be a whole number from 3 to 100" },
};

/* The smallest threshold a wave may have: the system's, never below 3. */
static long long
threshold_min(const struct ctx *c)
{
	return c->cfg->threshold > 3 ? (long long)c->cfg->threshold : 3;
}

/* Day, month, year and time fields from index first into UTC seconds; -1. */
static time_t
fields_time(const struct fieldval *fv, size_t first)
{
	struct ukdate	d;

	d.day = (int)fv[first].i;
	d.month = (int)fv[first + 1].i;
	d.year = (int)fv[first + 2].i;
	d.hour = (int)(fv[first + 3].i / 60);
	d.minute = (int)(fv[first + 3].i % 60);
	return ukdate_to_utc(&d);
}

/* A date is one answer: its day, month and year share one message, on the day. */
static void
date_errors(struct fieldval *fv, size_t first)
{
	const char	*e = fv[first].error ? fv[first].error :
			    fv[first + 1].error ? fv[first + 1].error : fv[first + 2].error;

	fv[first].error = e;
	fv[first + 1].error = fv[first + 2].error = NULL;
}

/* The ids given for a repeated checkbox field, checked as ids. -1 bad. */
static int
ids_of(struct ctx *c, const char *key, long long **ids, size_t *n)
{
	const struct kvlist	*f = &c->req.form;
	size_t			 i;

	*n = 0;
	if ((*ids = arena_alloc(c->a, sizeof(**ids) * (kv_count(f, key) + 1))) == NULL)
		return -1;
	for (i = 0; i < f->n; i++) {
		if (strcmp(f->v[i].key, key) != 0)
			continue;
		if (parse_ll(f->v[i].val, 1, 0x7fffffff, &(*ids)[*n]) == -1)
			return -1;
		(*n)++;
	}
	return 0;
}

/* ---- the list ------------------------------------------------------------ */

static void
wave_cells(struct ctx *c, struct tdict *d, const struct dbres *r, size_t i)
{
	int	st = (int)dbres_int(r, i, 8) + 1;

	tdict_set(d, "ID", dbres_str(r, i, 0));
	tdict_set(d, "TITLE", dbres_str(r, i, 1));
	tdict_set(d, "SURVEY", dbres_str(r, i, 2));
	tdict_set(d, "VERSION", dbres_str(r, i, 3));
	tdict_set(d, "OPENS", uk_show(c->a, dbres_str(r, i, 4)));
	tdict_set(d, "CLOSES", uk_show(c->a, dbres_str(r, i, 5)));
	tdict_set(d, "THRESHOLD", dbres_str(r, i, 7));
	tdict_set(d, "STATE", state_names[st]);
	tdict_set(d, "STATE_TAG", state_tags[st]);
	tdict_set(d, "RESPONSES", dbres_str(r, i, 9));
}

int
wave_list_get(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Survey waves", "admin/waves.tpl");
	struct dbres	 r;
	size_t		 i;

	if (b == NULL)
		return 500;
	if (db_builder_waves(c->db, c->a, &r) == -1)
		return 503;
	for (i = 0; i < r.nrows; i++)
		wave_cells(c, tdict_section(b, "WAVE"), &r, i);
	return page_end(c, 200);
}

/* ---- a new wave ------------------------------------------------------------ */

/* Checkboxes for areas or teams (rows: id, name[, area]), ticked as posted. */
static void
group_boxes(struct ctx *c, struct tdict *b, const char *sec, const char *key,
    const struct dbres *r)
{
	struct tdict	*d;
	size_t		 i, j;

	for (i = 0; i < r->nrows; i++) {
		d = tdict_section(b, sec);
		tdict_set(d, "ID", dbres_str(r, i, 0));
		tdict_set(d, "NAME", dbres_str(r, i, 1));
		if (r->ncols > 3)
			tdict_set(d, "AREA", dbres_str(r, i, 2));
		for (j = 0; j < c->req.form.n; j++)
			if (strcmp(c->req.form.v[j].key, key) == 0 &&
			    strcmp(c->req.form.v[j].val, dbres_str(r, i, 0)) == 0)
				tdict_show(d, "CHECKED");
	}
}

static void
version_options(struct tdict *b, const struct dbres *r, const char *chosen)
{
	struct tdict	*d;
	size_t		 i;

	for (i = 0; i < r->nrows; i++) {
		d = tdict_section(b, "VERSION_OPTION");
		tdict_set(d, "ID", dbres_str(r, i, 0));
		tdict_set(d, "SURVEY", dbres_str(r, i, 1));
		tdict_set(d, "VERSION", dbres_str(r, i, 2));
		if (chosen != NULL && strcmp(chosen, dbres_str(r, i, 0)) == 0)
			tdict_show(d, "SELECTED");
	}
}

/* The form; fv NULL for a fresh one (threshold and population defaulted). */
static int
new_page(struct ctx *c, int status, struct fieldval *fv)
{
	struct tdict	*b = page_begin(c, fv ? "Error: Create a wave" : "Create a wave",
			    "admin/wave_new.tpl");
	struct dbres	 versions, areas, teams;
	const char	*pop;
	long long	 dflt = threshold_min(c) > 5 ? threshold_min(c) : 5;

	if (b == NULL)
		return 500;
	if (db_builder_published(c->db, c->a, &versions) == -1 ||
	    db_areas(c->db, c->a, &areas) == -1 ||
	    db_builder_open_teams(c->db, c->a, &teams) == -1)
		return 503;
	tdict_set(b, "CSRF", c->csrf);
	tdict_setint(b, "THRESHOLD_MIN", threshold_min(c));
	if (fv != NULL)
		form_fill(c, b, wave_fields, fv, WF__MAX);
	else
		tdict_setint(b, "THRESHOLD", dflt);
	pop = fv && fv[WF_POPULATION].raw ? fv[WF_POPULATION].raw : "all";
	tdict_show(b, strcmp(pop, "teams") == 0 ? "POP_TEAMS" :
	    strcmp(pop, "areas") == 0 ? "POP_AREAS" : "POP_ALL");
	version_options(b, &versions, fv ? fv[WF_VERSION].raw : req_param(&c->req, "version"));
	group_boxes(c, b, "AREA", "area", &areas);
	group_boxes(c, b, "TEAM", "team", &teams);
	return page_end(c, status);
}

int
wave_new_get(struct ctx *c)
{
	return new_page(c, 200, NULL);
}

/* The checks across fields: real dates, closing after opening and in the
 * future, threshold, a group for areas/teams. Errors into fv; count. */
static int
wave_check(struct ctx *c, struct fieldval *fv, struct bwave *w, time_t *opens,
    time_t *closes)
{
	int	errs = 0;

	if ((*opens = fields_time(fv, WF_OPENS_DAY)) == -1) {
		fv[WF_OPENS_DAY].error = wave_fields[WF_OPENS_DAY].invalid;
		errs++;
	}
	if ((*closes = fields_time(fv, WF_CLOSES_DAY)) == -1) {
		fv[WF_CLOSES_DAY].error = wave_fields[WF_CLOSES_DAY].invalid;
		errs++;
	} else if (*opens != -1 && *closes <= *opens) {
		fv[WF_CLOSES_DAY].error = "The closing date and time must be after the opening";
		errs++;
	} else if (*closes <= time(NULL)) {
		fv[WF_CLOSES_DAY].error = "The closing date and time must be in the future";
		errs++;
	}
	if (fv[WF_THRESHOLD].i < threshold_min(c)) {
		fv[WF_THRESHOLD].error = arena_printf(c->a, "Anonymity threshold must "
		    "be at least %lld, the minimum for this service", threshold_min(c));
		errs++;
	}
	if (strcmp(w->population, "all") != 0 && w->ngroups == 0) {
		fv[WF_POPULATION].error = strcmp(w->population, "teams") == 0 ?
		    "Select at least one team" : "Select at least one service area";
		errs++;
	}
	return errs;
}

int
wave_new_post(struct ctx *c)
{
	struct fieldval	 fv[WF__MAX];
	struct bwave	 w;
	long long	*ids, id;
	time_t		 opens, closes;
	int		 n;

	if ((n = fields_check(c->a, &c->req.form, wave_fields, WF__MAX, fv)) != 0) {
		date_errors(fv, WF_OPENS_DAY);
		date_errors(fv, WF_CLOSES_DAY);
		return n < 0 ? 500 : new_page(c, 422, fv);
	}
	memset(&w, 0, sizeof(w));
	w.population = fv[WF_POPULATION].s;
	if (ids_of(c, strcmp(w.population, "teams") == 0 ? "team" : "area", &ids,
	    &w.ngroups) == -1)
		return 400;
	w.groups = ids;
	if (wave_check(c, fv, &w, &opens, &closes) != 0)
		return new_page(c, 422, fv);
	w.version_id = fv[WF_VERSION].i;
	w.title = fv[WF_TITLE].s;
	w.opens = utc_format(c->a, opens);
	w.closes = utc_format(c->a, closes);
	w.threshold = fv[WF_THRESHOLD].i;
	if ((n = db_builder_wave_add(c->db, c->a, c->user->id, &w, &id)) == -1)
		return 503;
	if (n == 1)
		fv[WF_VERSION].error = wave_fields[WF_VERSION].invalid;
	if (n == 2)
		fv[WF_POPULATION].error = "Select only open teams or service areas";
	if (n != 0)
		return new_page(c, 422, fv);
	return redirect(c, arena_printf(c->a, WAVE_PREFIX "%lld?saved=1", id));
}

/* ---- one wave ------------------------------------------------------------------ */

enum wact { WA_VIEW, WA_OPEN, WA_EXTEND, WA_CLOSE, WA__MAX };

static const char *const wact_names[WA__MAX] = {
	[WA_VIEW] = "", [WA_OPEN] = "open", [WA_EXTEND] = "extend", [WA_CLOSE] = "close",
};

/* The extend form: the new closing date and time, the wave form's four. */
static const struct field *const extend_fields = wave_fields + WF_CLOSES_DAY;
#define EXTEND_FIELDS(fv)	((fv) + WF_CLOSES_DAY)

/* The extend form starts from the current closing time, in UK time. */
static void
closes_prefill(struct ctx *c, struct tdict *b, const char *utc)
{
	struct ukdate	d;
	time_t		t = utc_parse(utc);

	if (t == -1)
		return;
	ukdate_from_utc(t, &d);
	tdict_setint(b, "CLOSES_DAY", d.day);
	tdict_setint(b, "CLOSES_MONTH", d.month);
	tdict_setint(b, "CLOSES_YEAR", d.year);
	tdict_set(b, "CLOSES_TIME", arena_printf(c->a, "%02d:%02d", d.hour, d.minute));
}

/* The wave page, or (close) the are-you-sure page; fv: a refused extend. */
static int
wave_page(struct ctx *c, long long id, enum wact what, int status,
    struct fieldval *fv, const char *problem)
{
	struct tdict	*b;
	struct dbres	 r, g;
	size_t		 i;
	int		 n, st;

	if ((n = db_builder_wave(c->db, c->a, id, &r)) != 1)
		return n == 0 ? 404 : 503;
	st = (int)dbres_int(&r, 0, 8);
	if ((b = page_begin(c, arena_printf(c->a, "%s%s%s", fv || problem ? "Error: " : "",
	    what == WA_CLOSE ? "Close " : "", dbres_str(&r, 0, 1)),
	    what == WA_CLOSE ? "admin/wave_close.tpl" : "admin/wave.tpl")) == NULL)
		return 500;
	if (db_builder_wave_groups(c->db, c->a, id, &g) == -1)
		return 503;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "BASE", arena_printf(c->a, WAVE_PREFIX "%lld", id));
	wave_cells(c, b, &r, 0);
	tdict_set(b, "POPULATION", strcmp(dbres_str(&r, 0, 6), "all") == 0 ?
	    "All staff" : strcmp(dbres_str(&r, 0, 6), "teams") == 0 ? "These teams" :
	    "These service areas");
	for (i = 0; i < g.nrows; i++)
		tdict_set(tdict_section(b, "GROUP"), "NAME", dbres_str(&g, i, 0));
	tdict_show(b, st < 0 ? "CAN_OPEN" : "NO_OPEN");
	if (st <= 0)
		tdict_show(b, "CAN_EXTEND");
	if (st == 0)
		tdict_show(b, "CAN_CLOSE");
	if (req_param(&c->req, "saved") != NULL)
		tdict_show(b, "SAVED");
	if (fv != NULL)
		form_fill(c, b, extend_fields, EXTEND_FIELDS(fv), 4);
	else
		closes_prefill(c, b, dbres_str(&r, 0, 5));
	if (problem != NULL)
		form_error(c, b, "closes_day", problem);
	return page_end(c, status);
}

/* "/admin/wave/12/extend" into 12 and WA_EXTEND; -1 if not one. */
static int
wpath_parse(const char *path, long long *id, enum wact *act)
{
	const char	*rest = path + strlen(WAVE_PREFIX);
	int		 k;

	if (path_id(&rest, id) == -1)
		return -1;
	for (k = 0; k < WA__MAX; k++)
		if (strcmp(rest, wact_names[k]) == 0) {
			*act = (enum wact)k;
			return 0;
		}
	return -1;
}

int
wave_page_get(struct ctx *c)
{
	long long	id;
	enum wact	act;

	if (wpath_parse(c->req.path, &id, &act) == -1)
		return 404;
	if (act != WA_VIEW && act != WA_CLOSE) {
		resp_header(c->resp, c->a, "Allow", "POST");
		return 405;
	}
	return wave_page(c, id, act, 200, NULL, NULL);
}

/* The new closing time from the extend form. 0 (*when set), or the page again. */
static int
extend_post(struct ctx *c, long long id)
{
	struct fieldval	 fv[WF__MAX];
	time_t		 t;
	int		 n;

	memset(fv, 0, sizeof(fv));
	if ((n = fields_check(c->a, &c->req.form, extend_fields, 4, EXTEND_FIELDS(fv))) != 0) {
		date_errors(fv, WF_CLOSES_DAY);
		return n < 0 ? 500 : wave_page(c, id, WA_VIEW, 422, fv, NULL);
	}
	if ((t = fields_time(fv, WF_CLOSES_DAY)) == -1)
		return wave_page(c, id, WA_VIEW, 422, fv, extend_fields[0].invalid);
	if (t <= time(NULL))
		return wave_page(c, id, WA_VIEW, 422, fv,
		    "The new closing date and time must be in the future");
	n = db_builder_wave_change(c->db, c->a, c->user->id, id, WAVE_EXTEND,
	    utc_format(c->a, t));
	if (n == 1)
		return wave_page(c, id, WA_VIEW, 409, fv, "The new closing time must "
		    "be later than the current one, and the wave must not have closed");
	return n == -1 ? 503 : redirect(c, arena_printf(c->a, WAVE_PREFIX "%lld?saved=1", id));
}

int
wave_page_post(struct ctx *c)
{
	long long	id;
	enum wact	act;
	int		n;

	if (wpath_parse(c->req.path, &id, &act) == -1)
		return 404;
	if (act == WA_VIEW) {
		resp_header(c->resp, c->a, "Allow", "GET, HEAD");
		return 405;
	}
	if (act == WA_EXTEND)
		return extend_post(c, id);
	n = db_builder_wave_change(c->db, c->a, c->user->id, id,
	    act == WA_OPEN ? WAVE_OPEN_NOW : WAVE_CLOSE_NOW, NULL);
	if (n == -1)
		return 503;
	if (n == 1)
		return wave_page(c, id, WA_VIEW, 409, NULL, act == WA_OPEN ?
		    "This wave is already open or closed" : "This wave is not open");
	return redirect(c, arena_printf(c->a, WAVE_PREFIX "%lld?saved=1", id));
}
