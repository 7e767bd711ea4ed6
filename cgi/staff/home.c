/*
 * The staff home page: what is waiting for this person — survey waves
 * open to them, the Practice Standards to acknowledge, case audits to do
 * and, for managers, escalations (at the top) and follow-ups from
 * children and families.
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "staff.h"
#include "tmpl.h"

static int
list_waves(struct ctx *c, struct tdict *b)
{
	struct dbres	 r;
	struct tdict	*s;
	size_t		 i;

	if (db_home_waves(c->db, c->a, c->user, &r) == -1)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(b, "SURVEY");
		tdict_set(s, "TITLE", dbres_str(&r, i, 1));
		tdict_set(s, "HREF", arena_printf(c->a, "/survey/%lld", dbres_int(&r, i, 0)));
		tdict_set(s, "CLOSES", dbres_str(&r, i, 2));
		tdict_set(s, "STATUS", dbres_int(&r, i, 3) ? "Submitted" :
		    dbres_int(&r, i, 4) ? "In progress" : "Not started");
	}
	if (r.nrows == 0)
		tdict_show(b, "NO_SURVEYS");
	return 0;
}

static int
list_standards(struct ctx *c, struct tdict *b)
{
	struct dbres	 r;
	struct tdict	*s;
	size_t		 i;

	if (db_home_standards(c->db, c->a, c->user, &r) == -1)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(b, "STANDARD");
		tdict_set(s, "VERSION", dbres_str(&r, i, 1));
		tdict_set(s, "HREF", "/standards/");
		tdict_set(s, "EFFECTIVE", dbres_str(&r, i, 2));
	}
	if (r.nrows == 0)
		tdict_show(b, "NO_STANDARDS");
	return 0;
}

static const char *const audit_status_labels[][2] = {
	{ "draft", "Draft" }, { "submitted", "Submitted" },
	{ "moderated", "Moderated" }, { "closed", "Closed" },
};

static const char *
audit_status(const char *s)
{
	size_t	i;

	for (i = 0; i < sizeof(audit_status_labels) / sizeof(audit_status_labels[0]); i++)
		if (strcmp(audit_status_labels[i][0], s) == 0)
			return audit_status_labels[i][1];
	return s;
}

static int
list_audits(struct ctx *c, struct tdict *b)
{
	struct dbres	 r;
	struct tdict	*s;
	size_t		 i;

	if (db_home_audits(c->db, c->a, c->user, &r) == -1)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(b, "AUDIT");
		tdict_set(s, "CASE_REF", dbres_str(&r, i, 1));
		tdict_set(s, "HREF", arena_printf(c->a, "/standards/audit/%lld", dbres_int(&r, i, 0)));
		tdict_set(s, "STATUS", audit_status(dbres_str(&r, i, 2)));
		tdict_set(s, "WHAT", dbres_str(&r, i, 3));
	}
	if (r.nrows == 0)
		tdict_show(b, "NO_AUDITS");
	return 0;
}

/*
 * At the top of the page: the open escalations a manager owns, overdue
 * ones marked, and for a head of service every overdue one.
 */
static int
list_escalations(struct ctx *c, struct tdict *b)
{
	if (has_role(c, RBIT(ROLE_MANAGER)) &&
	    escalations_fill(c, b, "ESCALATIONS", c->user->id) == -1)
		return -1;
	if (has_role(c, RBIT(ROLE_HEAD)) && escalations_fill(c, b, "HEAD_OVERDUE", 0) == -1)
		return -1;
	return 0;
}

/* Managers and duty workers: the open follow-ups they answer for, urgent first. */
static int
list_followups(struct ctx *c, struct tdict *b)
{
	struct dbres	 r;
	struct tdict	*blk, *s;
	size_t		 i, urgent = 0;

	if (!has_role(c, RBIT(ROLE_MANAGER) | RBIT(ROLE_DUTY)))
		return 0;
	if (db_followups(c->db, c->a, followup_scope(c), &r) == -1)
		return -1;
	blk = tdict_section(b, "FOLLOWUPS_BLOCK");
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(blk, "FOLLOWUP");
		tdict_set(s, "HREF", arena_printf(c->a, "/followup/%lld", dbres_int(&r, i, 0)));
		tdict_set(s, "TEAM", dbres_str(&r, i, 1));
		tdict_set(s, "DUE", dbres_str(&r, i, 4));
		if (dbres_int(&r, i, 6)) {
			tdict_show(s, "FOLLOWUP_URGENT");
			urgent++;
		}
		if (dbres_int(&r, i, 7))
			tdict_show(s, "FOLLOWUP_OVERDUE");
	}
	if (r.nrows == 0)
		tdict_show(blk, "NO_FOLLOWUPS");
	if (urgent > 0)
		tdict_setint(tdict_section(b, "URGENT"), "COUNT", (long long)urgent);
	return 0;
}

int
home_get(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Home", "staff/home.tpl");

	if (b == NULL)
		return 500;
	tdict_set(b, "USER_NAME", c->user->name);
	tdict_set(b, "TEAM_NAME", c->user->team_name);
	tdict_set(b, "ROLE_LABELS", roles_label(c->a, c->user->roles));
	if (list_escalations(c, b) == -1 || list_waves(c, b) == -1 || list_standards(c, b) == -1 ||
	    list_audits(c, b) == -1 || list_followups(c, b) == -1)
		return 503;
	return page_end(c, 200);
}
