/*
 * /standards/: read the Practice Standards in force, see what changed
 * since the version last acknowledged, and acknowledge it; managers see
 * who in their team has not yet. Acknowledgements are appended to a hash
 * chain (chorusctl verify checks it).
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "field.h"
#include "log.h"
#include "staff.h"
#include "tmpl.h"

enum afield { AF_VERSION, AF_CONFIRM, AF__MAX };

static const struct field ack_fields[AF__MAX] = {
	[AF_VERSION] = { "version", valid_int, FIELD_REQUIRED, 12, 1, 0x7fffffff,
	    "This page is out of date: reload it", "This page is out of date: reload it" },
	[AF_CONFIRM] = { "confirm", valid_int, FIELD_REQUIRED, 1, 1, 1,
	    "Confirm that you have read and understood the Practice Standards",
	    "Confirm that you have read and understood the Practice Standards" },
};

/* "What has changed since version N, the last one you acknowledged". */
static int
changes(struct ctx *c, struct tdict *b, const struct dbres *cur, char ***changed,
    size_t *nchanged)
{
	struct dbres	 last, ch;
	struct tdict	*s, *row;
	size_t		 i;
	int		 n;

	*nchanged = 0;
	if ((n = db_ack_last(c->db, c->a, c->user->id, dbres_int(cur, 0, 0), &last)) <= 0)
		return n;
	if (db_standards_changes(c->db, c->a, dbres_int(&last, 0, 0), dbres_int(cur, 0, 0), &ch) == -1)
		return -1;
	s = tdict_section(b, "CHANGES");
	tdict_set(s, "SINCE_VERSION", dbres_str(&last, 0, 1));
	if ((*changed = arena_alloc(c->a, sizeof(char *) * (ch.nrows + 1))) == NULL)
		return -1;
	for (i = 0; i < ch.nrows; i++) {
		row = tdict_section(s, "CHANGE");
		tdict_set(row, "CODE", dbres_str(&ch, i, 0));
		tdict_set(row, "TITLE", dbres_str(&ch, i, 1));
		tdict_set(row, "KIND", dbres_str(&ch, i, 2));
		(*changed)[(*nchanged)++] = ch.cell[i * ch.ncols];
	}
	return 0;
}

static int
was_changed(char **changed, size_t n, const char *code)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (changed[i] != NULL && strcmp(changed[i], code) == 0)
			return 1;
	return 0;
}

static void
standards_rows(struct tdict *b, const struct dbres *r, char **changed, size_t nchanged)
{
	struct tdict	*s;
	size_t		 i;

	for (i = 0; i < r->nrows; i++) {
		s = tdict_section(b, "STANDARD");
		tdict_set(s, "CODE", dbres_str(r, i, 1));
		tdict_set(s, "ID", dbres_str(r, i, 1));
		tdict_set(s, "TITLE", dbres_str(r, i, 2));
		tdict_set(s, "BODY", dbres_str(r, i, 3));
		tdict_set(s, "EVIDENCE", dbres_str(r, i, 4));
		if (was_changed(changed, nchanged, dbres_str(r, i, 1)))
			tdict_show(s, "STANDARD_CHANGED");
	}
}

/* The page, with an error when the box was not ticked. */
static int
standards_page(struct ctx *c, const char *error, int status)
{
	struct tdict	*b = page_begin(c, error ? "Error: Practice Standards" :
			    "Practice Standards", "standards/index.tpl"), *f, *e;
	struct dbres	 cur, list, ack;
	char		**changed = NULL;
	size_t		 nchanged = 0;
	int		 n;

	if (b == NULL)
		return 500;
	if ((n = db_standards_current(c->db, c->a, &cur)) == -1)
		return 503;
	if (has_role(c, RBIT(ROLE_MANAGER)))
		tdict_set(tdict_section(b, "TEAM_LINK"), "HREF", "/standards/team");
	if (n == 0) {
		tdict_show(b, "NONE");
		return page_end(c, 200);
	}
	tdict_set(b, "TITLE", dbres_str(&cur, 0, 4));
	tdict_set(b, "VERSION", dbres_str(&cur, 0, 1));
	tdict_set(b, "EFFECTIVE", dbres_str(&cur, 0, 2));
	tdict_set(b, "SUMMARY", dbres_str(&cur, 0, 3));
	if (db_standards_list(c->db, c->a, dbres_int(&cur, 0, 0), &list) == -1 ||
	    (n = db_ack_get(c->db, c->a, c->user->id, dbres_int(&cur, 0, 0), &ack)) == -1 ||
	    (n == 0 && changes(c, b, &cur, &changed, &nchanged) == -1))
		return 503;
	standards_rows(b, &list, changed, nchanged);
	if (n == 1) {
		tdict_set(tdict_section(b, "ACKNOWLEDGED"), "AT", dbres_str(&ack, 0, 0));
		return page_end(c, 200);
	}
	f = tdict_section(b, "ACK_FORM");
	tdict_set(f, "ACTION", "/standards/");
	tdict_set(f, "CSRF", c->csrf);
	tdict_set(f, "VERSION_ID", dbres_str(&cur, 0, 0));
	if (error != NULL) {
		tdict_set(tdict_section(f, "ACK_ERROR"), "MESSAGE", error);
		e = tdict_section(tdict_section(b, "ERRORS"), "ERROR");
		tdict_set(e, "HREF", "#confirm");
		tdict_set(e, "MESSAGE", error);
	}
	return page_end(c, status);
}

int
standards_get(struct ctx *c)
{
	return standards_page(c, NULL, 200);
}

int
standards_post(struct ctx *c)
{
	struct fieldval	 fv[AF__MAX];
	struct dbres	 cur;
	int		 n;

	if ((n = fields_check(c->a, &c->req.form, ack_fields, AF__MAX, fv)) < 0)
		return 500;
	if (n > 0)
		return standards_page(c, fv[AF_CONFIRM].error ? fv[AF_CONFIRM].error :
		    fv[AF_VERSION].error, 422);
	if ((n = db_standards_current(c->db, c->a, &cur)) != 1)
		return n == 0 ? 404 : 503;
	if (dbres_int(&cur, 0, 0) != fv[AF_VERSION].i)
		return standards_page(c, "A newer version is now in force: read it and acknowledge that one", 409);
	if ((n = db_ack_add(c->db, c->a, c->user->id, fv[AF_VERSION].i)) == -1)
		return 503;
	if (n == 0)
		log_info("standards: version %lld acknowledged by %s", fv[AF_VERSION].i,
		    c->user->username);
	return redirect(c, "/standards/");
}

/* Managers: who in the team has acknowledged the version in force. */
int
standards_team(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Your team and the Practice Standards", "standards/team.tpl");
	struct tdict	*p;
	struct dbres	 cur, r;
	size_t		 i, done = 0;
	int		 n;

	if (b == NULL)
		return 500;
	if ((n = db_standards_current(c->db, c->a, &cur)) == -1)
		return 503;
	tdict_set(b, "TEAM_NAME", c->user->team_name);
	if (n == 0 || db_team_acks(c->db, c->a, c->user->team_id, dbres_int(&cur, 0, 0), &r) == -1) {
		if (n != 0)
			return 503;
		tdict_show(b, "NONE");
		return page_end(c, 200);
	}
	tdict_set(b, "VERSION", dbres_str(&cur, 0, 1));
	tdict_set(b, "EFFECTIVE", dbres_str(&cur, 0, 2));
	for (i = 0; i < r.nrows; i++) {
		p = tdict_section(b, "PERSON");
		tdict_set(p, "NAME", dbres_str(&r, i, 0));
		tdict_set(p, "JOB", dbres_str(&r, i, 1));
		tdict_set(p, "AT", dbres_str(&r, i, 2));
		tdict_set(p, "OUTSTANDING_DAYS", dbres_str(&r, i, 3));
		tdict_set(p, "STATUS", dbres_null(&r, i, 2) ? "Not yet" : "Acknowledged");
		if (dbres_null(&r, i, 2))
			tdict_show(p, "NOT_YET");
		else
			done++;
	}
	tdict_setint(b, "DONE", (long long)done);
	tdict_setint(b, "TOTAL", (long long)r.nrows);
	if (r.nrows == 0)
		tdict_show(b, "NONE");
	return page_end(c, 200);
}
