/*
 * /followup/: feedback from children and families that needs a person.
 * Managers see their team's, duty workers everyone's; urgent first,
 * overdue marked. Every step is appended to the trail with who and when,
 * and a follow-up closes only once what was done has been recorded.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "field.h"
#include "log.h"
#include "mail.h"
#include "staff.h"
#include "tmpl.h"

enum ffield { FF_DO, FF_TEXT, FF_ASSIGNEE, FF__MAX };

static const struct field step_fields[FF__MAX] = {
	[FF_DO] = { "do", valid_line, FIELD_REQUIRED, 16, 0, 0, "Choose what to do", "Choose what to do" },
	[FF_TEXT] = { "text", valid_text, 0, 4000, 0, 0, NULL,
	    "Keep this to 4000 characters or fewer" },
	[FF_ASSIGNEE] = { "assignee", valid_int, 0, 12, 1, 0x7fffffff, NULL, "Choose a person" },
};

/* What a person asks for, and the step it adds to the trail. */
static const char *const steps[] = { "assign", "note", "action", "close" };
static const char *const step_events[] = { "assigned", "note", "action", "closed" };

/*
 * Duty workers see every team's follow-ups (FOLLOWUP_ALL); a manager sees
 * their own team's, and a manager with no team sees none (FOLLOWUP_NONE).
 */
long long
followup_scope(const struct ctx *c)
{
	if (has_role(c, RBIT(ROLE_DUTY)))
		return FOLLOWUP_ALL;
	return c->user->team_id > 0 ? c->user->team_id : FOLLOWUP_NONE;
}

int
followup_list(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Follow-ups from children and families", "followup/list.tpl");
	struct tdict	*it;
	struct dbres	 r;
	size_t		 i;

	if (b == NULL)
		return 500;
	if (db_followups(c->db, c->a, followup_scope(c), &r) == -1)
		return 503;
	for (i = 0; i < r.nrows; i++) {
		it = tdict_section(b, "ITEM");
		tdict_set(it, "HREF", arena_printf(c->a, "/followup/%lld", dbres_int(&r, i, 0)));
		tdict_set(it, "TEAM", dbres_str(&r, i, 1));
		tdict_set(it, "REASON", dbres_str(&r, i, 2));
		tdict_set(it, "OPENED", dbres_str(&r, i, 3));
		tdict_set(it, "DUE", dbres_str(&r, i, 4));
		tdict_set(it, "STATUS", dbres_str(&r, i, 5));
		if (dbres_int(&r, i, 6))
			tdict_show(it, "URGENT");
		if (dbres_int(&r, i, 7))
			tdict_show(it, "OVERDUE");
	}
	if (r.nrows == 0)
		tdict_show(b, "NONE");
	return page_end(c, 200);
}

/* The follow-up's id from /followup/ID, and may this person see it? */
static int
item_load(struct ctx *c, long long *id, struct dbres *r)
{
	int	n;

	if (parse_ll(c->req.path + strlen("/followup/"), 1, 0x7fffffff, id) == -1)
		return 404;
	if ((n = db_followup(c->db, c->a, *id, r)) != 1)
		return n == 0 ? 404 : 503;
	if (followup_scope(c) != FOLLOWUP_ALL && dbres_int(r, 0, 1) != followup_scope(c))
		return 403;
	return 0;
}

static void
item_detail(struct ctx *c, struct tdict *b, const struct dbres *f)
{
	static const char *const keys[] = { "ID", NULL, "TEAM", "REASON", "OPENED", "DUE", "STATUS" };
	size_t	i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (keys[i] != NULL)
			tdict_set(b, keys[i], dbres_str(f, 0, i));
	if (dbres_int(f, 0, 7))
		tdict_show(b, "URGENT");
	if (dbres_int(f, 0, 8))
		tdict_show(b, "OVERDUE");
	tdict_set(b, "FORM_TITLE", dbres_str(f, 0, 10));
	tdict_set(b, "LANG_NAME", dbres_str(f, 0, 11));
	tdict_set(b, "RECEIVED", dbres_str(f, 0, 12));
	if (dbres_int(f, 0, 13) && !dbres_null(f, 0, 15)) {
		struct tdict *ct = tdict_section(b, "CONTACT");

		tdict_set(ct, "NAME", dbres_str(f, 0, 14));
		tdict_set(ct, "HOW", dbres_str(f, 0, 15));
	}
	if (dbres_int(f, 0, 16))
		tdict_show(b, "COMPLAINT");
	(void)c;
}

static int
item_lists(struct ctx *c, struct tdict *b, long long id, const struct dbres *f)
{
	struct dbres	 r;
	struct tdict	*s, *open;
	size_t		 i;

	if (db_followup_answers(c->db, c->a, id, &r) == -1)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(b, "ANSWER");
		tdict_set(s, "QUESTION", dbres_str(&r, i, 0));
		tdict_set(s, "VALUE", dbres_null(&r, i, 2) ? dbres_str(&r, i, 1) : dbres_str(&r, i, 2));
	}
	if (db_followup_events(c->db, c->a, id, &r) == -1)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(b, "EVENT");
		tdict_set(s, "AT", dbres_str(&r, i, 0));
		tdict_set(s, "WHO", dbres_str(&r, i, 1));
		tdict_set(s, "WHAT", dbres_str(&r, i, 2));
		tdict_set(s, "TEXT", dbres_str(&r, i, 3));
	}
	if (strcmp(dbres_str(f, 0, 6), "closed") == 0) {
		tdict_set(tdict_section(b, "CLOSED"), "AT", dbres_str(f, 0, 9));
		return 0;
	}
	if (db_team_people(c->db, c->a, dbres_int(f, 0, 1), &r) == -1)
		return -1;
	open = tdict_section(b, "OPEN_ACTIONS");
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(open, "ASSIGNEE");
		tdict_set(s, "ID", dbres_str(&r, i, 0));
		tdict_set(s, "NAME", dbres_str(&r, i, 1));
		if (dbres_int(&r, i, 0) == c->user->id)
			tdict_show(s, "SELECTED");
	}
	return 0;
}

/* The follow-up page, with an error message when a step was refused. */
static int
item_page(struct ctx *c, long long id, const struct dbres *f, const char *error,
    int status)
{
	struct tdict	*b = page_begin(c, arena_printf(c->a, "%sFollow-up %lld",
			    error ? "Error: " : "", id), "followup/item.tpl");
	struct tdict	*e;

	if (b == NULL)
		return 500;
	item_detail(c, b, f);
	tdict_set(b, "CSRF", c->csrf);
	if (error != NULL && req_param(&c->req, "text") != NULL)
		tdict_set(b, "TEXT_VALUE", req_param(&c->req, "text"));
	tdict_set(b, "ACTION", arena_printf(c->a, "/followup/%lld", id));
	if (error != NULL) {
		e = tdict_section(tdict_section(b, "ERRORS"), "ERROR");
		tdict_set(e, "HREF", "#text");
		tdict_set(e, "MESSAGE", error);
		tdict_set(tdict_section(b, "TEXT_ERROR"), "MESSAGE", error);
	}
	if (item_lists(c, b, id, f) == -1)
		return 503;
	return page_end(c, status);
}

int
followup_get(struct ctx *c)
{
	struct dbres	f;
	long long	id;
	int		st;

	if (strcmp(c->req.path, "/followup/") == 0)
		return followup_list(c);
	if ((st = item_load(c, &id, &f)) != 0)
		return st;
	return item_page(c, id, &f, NULL, 200);
}

/* Is this person an active member of the team? */
static int
in_team(struct ctx *c, long long team, long long person)
{
	struct dbres	r;
	size_t		i;

	if (db_team_people(c->db, c->a, team, &r) == -1)
		return 0;
	for (i = 0; i < r.nrows; i++)
		if (dbres_int(&r, i, 0) == person)
			return 1;
	return 0;
}

/* Which step (index into steps), or -1. */
static int
step_find(const char *s)
{
	size_t	i;

	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++)
		if (strcmp(s, steps[i]) == 0)
			return (int)i;
	return -1;
}

/* What the step needs that is missing, or NULL. */
static const char *
step_problem(const struct fieldval *fv)
{
	int	i = step_find(fv[FF_DO].s);

	if (i == -1)
		return "Choose what to do";
	if ((i == 1 || i == 2) && !fv[FF_TEXT].present)
		return i == 2 ? "Write what was done" : "Write a note";
	if (i == 0 && !fv[FF_ASSIGNEE].present)
		return "Choose a person";
	return NULL;
}

int
followup_post(struct ctx *c)
{
	struct fieldval	 fv[FF__MAX];
	struct dbres	 f;
	const char	*why, *text;
	long long	 id;
	int		 st, n;

	if ((st = item_load(c, &id, &f)) != 0)
		return st;
	if ((n = fields_check(c->a, &c->req.form, step_fields, FF__MAX, fv)) < 0)
		return 500;
	if (n > 0 || (why = step_problem(fv)) != NULL)
		return item_page(c, id, &f, n == 0 ? why : fv[FF_TEXT].error ?
		    fv[FF_TEXT].error : fv[FF_ASSIGNEE].error ? fv[FF_ASSIGNEE].error :
		    "Choose what to do", 422);
	if (fv[FF_ASSIGNEE].present && !in_team(c, dbres_int(&f, 0, 1), fv[FF_ASSIGNEE].i))
		return item_page(c, id, &f, "Choose a person in the team", 422);
	if (strcmp(dbres_str(&f, 0, 6), "closed") == 0)
		return item_page(c, id, &f, "This follow-up is closed: nothing more can be added", 409);
	text = fv[FF_TEXT].present ? fv[FF_TEXT].s :
	    strcmp(fv[FF_DO].s, "assign") == 0 ? "Assigned" : "Closed";
	n = db_followup_step(c->db, c->a, id, c->user->id, step_events[step_find(fv[FF_DO].s)], text,
	    fv[FF_ASSIGNEE].present ? fv[FF_ASSIGNEE].i : 0);
	if (n == 1)
		return item_page(c, id, &f, "Record what was done before you close this", 422);
	if (n == 2)
		return item_page(c, id, &f, "This follow-up is closed: nothing more can be added", 409);
	if (n == -1)
		return 503;
	log_info("followup: %lld %s by %s", id, fv[FF_DO].s, c->user->username);
	return redirect(c, arena_printf(c->a, "/followup/%lld", id));
}

/* Mail one follow-up's people: no child's words, only where to look. */
static int
mail_one(struct ctx *c, const struct dbres *r, size_t i)
{
	struct dbres	  to;
	const char	**addr;
	size_t		  k;

	if (db_followup_recipients(c->db, c->a, dbres_int(r, i, 1), &to) <= 0) {
		log_err("followup: nobody to tell about follow-up %lld: give team %s a "
		    "manager with an e-mail address, or someone the duty role",
		    dbres_int(r, i, 0), dbres_str(r, i, 2));
		return -1;
	}
	if ((addr = arena_alloc(c->a, sizeof(*addr) * to.nrows)) == NULL)
		return -1;
	for (k = 0; k < to.nrows; k++)
		addr[k] = dbres_str(&to, k, 0);
	return mail_send(c->cfg, addr, to.nrows,
	    arena_printf(c->a, "%sFeedback from a child or family needs action (%s)",
		dbres_int(r, i, 3) ? "URGENT: " : "", dbres_str(r, i, 2)),
	    arena_printf(c->a, "Feedback about %s needs action by %s.\n\nWhy: %s\n\n"
		"Open it in Chorus:\n%s/followup/%lld\n", dbres_str(r, i, 2),
		dbres_str(r, i, 5), dbres_str(r, i, 4), c->cfg->origin, dbres_int(r, i, 0)));
}

/* After a response: mail the managers of newly opened follow-ups. */
void
followup_mail_tick(struct ctx *c)
{
	static time_t	last;
	struct dbres	r;
	size_t		i;

	if (c->db_down || !tick_due(&last, 5))
		return;
	if (db_followups_unnotified(c->db, c->a, &r) <= 0)
		return;
	for (i = 0; i < r.nrows; i++) {
		/* claim it first, so two workers never mail the same one */
		if (db_followup_notified(c->db, dbres_int(&r, i, 0), 1) != 1)
			continue;
		if (mail_one(c, &r, i) == -1) {
			log_err("followup: could not mail about follow-up %lld", dbres_int(&r, i, 0));
			db_followup_notified(c->db, dbres_int(&r, i, 0), 0);
		}
	}
}
