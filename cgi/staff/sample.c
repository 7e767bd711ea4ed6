/*
 * /standards/audits/sample: a manager pastes the open cases from the case
 * management system, one "case reference, worker" per line (the worker's
 * username or staff number), and gets a random sample of N cases per
 * team to audit. Nothing is stored: the sample is a list to hand to the
 * auditors, each case with a link that starts its audit.
 */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "app.h"
#include "arena.h"
#include "audit.h"
#include "db.h"
#include "db_audit.h"
#include "field.h"
#include "staff.h"
#include "tmpl.h"

#define SAMPLE_LINES	5000
#define SAMPLE_SHOWN_ERRORS	5

enum sfield { SF_PER_TEAM, SF_CASES, SF__MAX };

static const struct field sample_fields[SF__MAX] = {
	[SF_PER_TEAM] = { "per_team", valid_int, FIELD_REQUIRED, 3, 1, 100,
	    "Enter how many cases to sample from each team",
	    "How many cases per team must be a whole number from 1 to 100" },
	[SF_CASES] = { "cases", valid_text, FIELD_REQUIRED, 60000, 0, 0,
	    "Paste the open cases, one per line",
	    "The list must be 60000 characters or fewer: split it and sample each part" },
};

struct scase {
	const char	*ref;
	long long	 worker, team;
	const char	*worker_name, *team_name;
};

static const char *const line_errors[] = {
	[CASE_LINE_NOSEP] = "put a comma between the case reference and the worker",
	[CASE_LINE_BADREF] = "the case reference must be 32 letters, digits, hyphens or slashes at most",
	[CASE_LINE_NOWHO] = "give the worker after the comma",
};

/* One line into *out: NULL when it is good (*blank for an empty line),
 * "" on a database error, else what is wrong with it. */
static const char *
parse_line(struct ctx *c, char *line, struct scase *out, int *blank)
{
	struct dbres		 w;
	char			*ref, *who;
	enum case_line		 k;
	int			 n;

	*blank = 0;
	if ((k = audit_case_line(line, &ref, &who)) == CASE_LINE_BLANK)
		return *blank = 1, NULL;
	if (k != CASE_LINE_OK)
		return line_errors[k];
	if ((n = db_audit_worker_find(c->db, c->a, who, &w)) == -1)
		return "";
	if (n == 0)
		return "no active worker with that username or staff number";
	*out = (struct scase){ ref, dbres_int(&w, 0, 0), dbres_int(&w, 0, 2),
	    dbres_str(&w, 0, 1), dbres_str(&w, 0, 3) };
	return NULL;
}

static int
by_team(const void *a, const void *b)
{
	const struct scase	*x = a, *y = b;
	int			 d = strcmp(x->team_name, y->team_name);

	return d != 0 ? d : (x->team > y->team) - (x->team < y->team);
}

/* Keep per random cases of each team (cases sorted by team), in place. */
static size_t
sample_teams(struct scase *cs, size_t n, size_t per)
{
	size_t		 i = 0, j, k, run, out = 0;
	struct scase	 t;

	while (i < n) {
		for (run = 1; i + run < n && cs[i + run].team == cs[i].team; run++)
			;
		for (k = 0; k < run && k < per; k++) {
			j = k + randombytes_uniform((uint32_t)(run - k));
			t = cs[i + k];
			cs[i + k] = cs[i + j];
			cs[i + j] = t;
			cs[out++] = cs[i + k];
		}
		i += run;
	}
	return out;
}

static int
sample_page(struct ctx *c, const struct fieldval *fv, const char *const *errs, size_t nerrs,
    const struct scase *cs, size_t n, int status)
{
	struct tdict	*b = page_begin(c, status == 422 ? "Error: Sample cases to audit" :
			    "Sample cases to audit", "audit/sample.tpl"), *sum = NULL, *e, *t = NULL, *r, *res;
	size_t		 i;

	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "PER_TEAM", fv ? fv[SF_PER_TEAM].raw : "2");
	tdict_set(b, "CASES", fv && fv[SF_CASES].raw ? fv[SF_CASES].raw : "");
	for (i = 0; fv != NULL && i < SF__MAX; i++)
		if (fv[i].error != NULL) {
			sum = sum ? sum : tdict_section(b, "ERRORS");
			e = tdict_section(sum, "ERROR");
			tdict_set(e, "HREF", i == SF_PER_TEAM ? "#per_team" : "#cases");
			tdict_set(e, "MESSAGE", fv[i].error);
			tdict_set(tdict_section(b, i == SF_PER_TEAM ? "PER_TEAM_ERROR" :
			    "CASES_ERROR"), "MESSAGE", fv[i].error);
		}
	for (i = 0; i < nerrs; i++) {
		sum = sum ? sum : tdict_section(b, "ERRORS");
		e = tdict_section(sum, "ERROR");
		tdict_set(e, "HREF", "#cases");
		tdict_set(e, "MESSAGE", errs[i]);
		tdict_set(tdict_section(b, "CASES_ERROR"), "MESSAGE", errs[i]);
	}
	res = n > 0 ? tdict_section(b, "RESULT") : NULL;
	for (i = 0; i < n; i++) {
		if (t == NULL || cs[i].team != cs[i - 1].team) {
			t = tdict_section(res, "TEAM");
			tdict_set(t, "NAME", cs[i].team_name);
		}
		r = tdict_section(t, "CASE");
		tdict_set(r, "REF", cs[i].ref);
		tdict_set(r, "WORKER", cs[i].worker_name);
		if (has_role(c, RBIT(ROLE_AUDITOR)))
			tdict_set(tdict_section(r, "START"), "HREF", arena_printf(c->a,
			    "/standards/audits/new?case=%s&worker=%lld", cs[i].ref, cs[i].worker));
	}
	return page_end(c, status);
}

int
audits_sample_get(struct ctx *c)
{
	return sample_page(c, NULL, NULL, 0, NULL, 0, 200);
}

int
audits_sample_post(struct ctx *c)
{
	struct fieldval	  fv[SF__MAX];
	struct scase	 *cs;
	const char	 *errs[SAMPLE_SHOWN_ERRORS], *msg;
	char		 *text, *line, *save = NULL;
	size_t		  n = 0, nerrs = 0, lineno = 0;
	int		  blank;

	if (fields_check(c->a, &c->req.form, sample_fields, SF__MAX, fv) < 0)
		return 500;
	if (fv[SF_PER_TEAM].error || fv[SF_CASES].error)
		return sample_page(c, fv, NULL, 0, NULL, 0, 422);
	if ((text = arena_strdup(c->a, fv[SF_CASES].s)) == NULL ||
	    (cs = arena_alloc(c->a, sizeof(*cs) * SAMPLE_LINES)) == NULL)
		return 500;
	for (line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		if (++lineno > SAMPLE_LINES) {
			errs[nerrs < SAMPLE_SHOWN_ERRORS ? nerrs++ : nerrs - 1] =
			    "Paste 5000 lines or fewer at a time";
			break;
		}
		if ((msg = parse_line(c, line, &cs[n], &blank)) != NULL && *msg == '\0')
			return 503;
		if (msg != NULL && nerrs < SAMPLE_SHOWN_ERRORS)
			errs[nerrs++] = arena_printf(c->a, "Line %zu: %s", lineno, msg);
		else if (msg == NULL && !blank)
			n++;
	}
	if (nerrs > 0)
		return sample_page(c, fv, errs, nerrs, NULL, 0, 422);
	qsort(cs, n, sizeof(*cs), by_team);
	n = sample_teams(cs, n, (size_t)fv[SF_PER_TEAM].i);
	return sample_page(c, fv, NULL, 0, cs, n, 200);
}
