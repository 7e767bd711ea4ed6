/*
 * /standards/audits/: the case audits a person may see, starting one from
 * a case reference (auditors), and how often moderators agree.
 */
#include <string.h>

#include "app.h"
#include "arena.h"
#include "audit.h"
#include "db.h"
#include "db_audit.h"
#include "field.h"
#include "form.h"
#include "log.h"
#include "staff.h"
#include "tmpl.h"

/* A case reference (audit_case_ref_ok()). */
static int
valid_case_ref(struct arena *a, const struct field *f, struct fieldval *fv)
{
	(void)a;
	if (!audit_case_ref_ok(fv->s))
		return fv->error = f->invalid, -1;
	return 0;
}

enum nfield { NF_CASE, NF_WORKER, NF__MAX };

static const struct field new_fields[NF__MAX] = {
	[NF_CASE] = { "case_ref", valid_case_ref, FIELD_REQUIRED, 32, 0, 0,
	    "Enter the case reference",
	    "Case reference must be 32 letters, digits, hyphens or slashes at most" },
	[NF_WORKER] = { "worker", valid_int, FIELD_REQUIRED, 12, 1, 0x7fffffff,
	    "Choose the allocated worker", "Choose the allocated worker from the list" },
};

static const char *const status_labels[][2] = {
	{ "draft", "Draft" }, { "submitted", "Submitted" },
	{ "moderated", "Moderated" }, { "closed", "Closed" },
};

static const char *
status_label(const char *s)
{
	size_t	i;

	for (i = 0; i < sizeof(status_labels) / sizeof(status_labels[0]); i++)
		if (strcmp(status_labels[i][0], s) == 0)
			return status_labels[i][1];
	return s;
}

int
audits_list(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Case audits", "audit/list.tpl"), *s;
	struct dbres	 r;
	size_t		 i;
	char		 at[64];
	int		 all = has_role(c, RBIT(ROLE_AUDITOR)) ? 2 : has_role(c, RBIT(ROLE_HEAD)) ? 1 : 0;

	if (b == NULL)
		return 500;
	if (db_audits_list(c->db, c->a, all, has_role(c, RBIT(ROLE_MANAGER)) ?
	    c->user->team_id : 0, c->user->id, has_role(c, RBIT(ROLE_MANAGER)) ?
	    c->user->id : 0, &r) == -1)
		return 503;
	if (all == 2)
		tdict_show(b, "AUDITOR_LINKS");
	if (has_role(c, RBIT(ROLE_MANAGER) | RBIT(ROLE_HEAD)))
		tdict_show(b, "MANAGER_LINKS");
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(b, "AUDIT");
		tdict_set(s, "HREF", arena_printf(c->a, "/standards/audit/%lld", dbres_int(&r, i, 0)));
		tdict_set(s, "CASE_REF", dbres_str(&r, i, 1));
		tdict_set(s, "TEAM", dbres_str(&r, i, 2));
		tdict_set(s, "WORKER", dbres_str(&r, i, 3));
		tdict_set(s, "AUDITOR", dbres_str(&r, i, 4));
		tdict_set(s, "STATUS", status_label(dbres_str(&r, i, 5)));
		audit_time_local(dbres_str(&r, i, 6), at, sizeof(at));
		tdict_set(s, "STARTED", at);
		if (dbres_int(&r, i, 7) > 0)
			tdict_show(s, "ESCALATED");
	}
	tdict_show(b, r.nrows == 0 ? "NONE" : "ROWS");
	return page_end(c, 200);
}

/* The start form; fv (may be NULL) redisplays what was refused. */
static int
new_page(struct ctx *c, const struct fieldval *fv, const char *error, int status)
{
	struct tdict	*b = page_begin(c, status == 422 ? "Error: Start a case audit" :
			    "Start a case audit", "audit/new.tpl"), *s, *sum = NULL, *e;
	struct dbres	 w;
	const char	*chosen = fv ? fv[NF_WORKER].raw : req_param(&c->req, "worker");
	const char	*case_ref = fv ? fv[NF_CASE].raw : req_param(&c->req, "case");
	static const char *const href[NF__MAX] = { "#case_ref", "#worker" };
	static const char *const key[NF__MAX] = { "CASE_ERROR", "WORKER_ERROR" };
	size_t		 i;

	if (b == NULL)
		return 500;
	if (db_audit_workers(c->db, c->a, &w) == -1)
		return 503;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "CASE_REF", case_ref ? case_ref : "");
	for (i = 0; i < w.nrows; i++) {
		s = tdict_section(b, "WORKER");
		tdict_set(s, "ID", dbres_str(&w, i, 0));
		tdict_set(s, "NAME", dbres_str(&w, i, 1));
		tdict_set(s, "TEAM", dbres_str(&w, i, 2));
		if (chosen != NULL && strcmp(chosen, dbres_str(&w, i, 0)) == 0)
			tdict_show(s, "SELECTED");
	}
	for (i = 0; fv != NULL && i < NF__MAX; i++) {
		const char *msg = fv[i].error ? fv[i].error : (i == NF_WORKER ? error : NULL);

		if (msg == NULL)
			continue;
		if (sum == NULL)
			sum = tdict_section(b, "ERRORS");
		e = tdict_section(sum, "ERROR");
		tdict_set(e, "HREF", href[i]);
		tdict_set(e, "MESSAGE", msg);
		tdict_set(tdict_section(b, key[i]), "MESSAGE", msg);
	}
	return page_end(c, status);
}

int
audit_new_get(struct ctx *c)
{
	return new_page(c, NULL, NULL, 200);
}

int
audit_new_post(struct ctx *c)
{
	struct fieldval	fv[NF__MAX];
	long long	id;
	int		n;

	if ((n = fields_check(c->a, &c->req.form, new_fields, NF__MAX, fv)) < 0)
		return 500;
	if (n > 0)
		return new_page(c, fv, NULL, 422);
	n = db_audit_start(c->db, c->a, fv[NF_CASE].s, fv[NF_WORKER].i, c->user->id, &id);
	if (n == 1)
		return new_page(c, fv, "Choose the allocated worker from the list", 422);
	if (n == 2)
		return new_page(c, fv, "There are no Practice Standards in force to audit against", 409);
	if (n == -1)
		return 503;
	log_info("audit: %lld started by %s", id, c->user->username);
	return redirect(c, arena_printf(c->a, "/standards/audit/%lld", id));
}

/* How often moderators agree with the auditor's grades, per auditor. */
int
audits_agreement(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Moderation agreement", "audit/agreement.tpl"), *s;
	struct dbres	 r;
	long long	 items, agreed;
	size_t		 i;

	if (b == NULL)
		return 500;
	if (db_audit_agreement(c->db, c->a, &r) == -1)
		return 503;
	for (i = 0; i < r.nrows; i++) {
		items = dbres_int(&r, i, 1);
		agreed = dbres_int(&r, i, 2);
		s = tdict_section(b, dbres_null(&r, i, 0) ? "OVERALL" : "AUDITOR");
		tdict_set(s, "NAME", dbres_str(&r, i, 0));
		tdict_setint(s, "ITEMS", items);
		tdict_setint(s, "AGREED", agreed);
		tdict_setint(s, "AUDITS", dbres_int(&r, i, 3));
		tdict_setint(s, "PERCENT", items > 0 ? (agreed * 100 + items / 2) / items : 0);
	}
	tdict_show(b, r.nrows == 0 ? "NONE" : "ROWS");
	return page_end(c, 200);
}
