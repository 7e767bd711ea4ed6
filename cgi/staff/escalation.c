/*
 * /standards/escalation/ID and /standards/escalations: escalations opened
 * by case audits. The case team's manager records the remedial action and
 * closes the escalation once an action is recorded; heads of service see
 * every overdue one. Overdue is worked out when the page is read.
 */
#include <string.h>
#include <time.h>

#include "app.h"
#include "arena.h"
#include "audit.h"
#include "db.h"
#include "db_audit.h"
#include "field.h"
#include "form.h"
#include "log.h"
#include "mail.h"
#include "staff.h"
#include "tmpl.h"

static const char *const reason_labels[][2] = {
	{ "safety", "Serious concern about the child's safety" },
	{ "inadequate", "Practice graded Inadequate" },
};

static const char *const event_labels[][2] = {
	{ "opened", "Opened" }, { "action", "Remedial action" }, { "closed", "Closed" },
};

static const char *
label(const char *const tab[][2], size_t n, const char *key)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcmp(tab[i][0], key) == 0)
			return tab[i][1];
	return key;
}

#define REASON(k)	label(reason_labels, 2, (k))

static const char *
local(struct ctx *c, const char *utc)
{
	char	out[64];

	audit_time_local(utc, out, sizeof(out));
	return arena_strdup(c->a, out);
}

/* The escalation from the path; may this person act on it? 0 or a status. */
static int
esc_load(struct ctx *c, struct dbres *r, long long *id, int *may_act)
{
	int	n, mine;

	if (parse_ll(c->req.path + strlen("/standards/escalation/"), 1, 0x7fffffff, id) == -1)
		return 404;
	if ((n = db_escalation_get(c->db, c->a, *id, r)) != 1)
		return n == 0 ? 404 : 503;
	mine = has_role(c, RBIT(ROLE_MANAGER)) && (dbres_int(r, 0, ES_OWNER) == c->user->id ||
	    dbres_int(r, 0, ES_TEAM) == c->user->team_id);
	if (!mine && !has_role(c, RBIT(ROLE_HEAD)))
		return 403;
	*may_act = mine && !dbres_int(r, 0, ES_CLOSED);
	return 0;
}

static int
esc_page(struct ctx *c, long long id, const struct dbres *r, int may_act,
    const struct fieldval *fv, int status)
{
	struct tdict	*b = page_begin(c, status == 422 ? "Error: Escalation" : "Escalation",
			    "audit/escalation.tpl"), *s, *f, *e;
	struct dbres	 ev;
	size_t		 i;

	if (b == NULL)
		return 500;
	if (db_escalation_events(c->db, c->a, id, &ev) == -1)
		return 503;
	tdict_set(b, "CASE_REF", dbres_str(r, 0, ES_CASE));
	tdict_set(b, "AUDIT_HREF", arena_printf(c->a, "/standards/audit/%lld", dbres_int(r, 0, ES_AUDIT)));
	tdict_set(b, "REASON", REASON(dbres_str(r, 0, ES_REASON)));
	tdict_set(b, "TEAM", dbres_str(r, 0, ES_TEAM_NAME));
	tdict_set(b, "OWNER", dbres_str(r, 0, ES_OWNER_NAME));
	tdict_set(b, "OPENED", local(c, dbres_str(r, 0, ES_OPENED)));
	tdict_set(b, "DUE", local(c, dbres_str(r, 0, ES_DUE)));
	tdict_set(b, "STATE", dbres_int(r, 0, ES_CLOSED) ? "Closed" :
	    dbres_int(r, 0, ES_OVERDUE) ? "Overdue" : "Open");
	if (dbres_int(r, 0, ES_OVERDUE))
		tdict_show(b, "OVERDUE");
	for (i = 0; i < ev.nrows; i++) {
		s = tdict_section(b, "EVENT");
		tdict_set(s, "WHAT", label(event_labels, 3, dbres_str(&ev, i, 0)));
		tdict_set(s, "WHO", dbres_str(&ev, i, 1));
		tdict_set(s, "AT", local(c, dbres_str(&ev, i, 2)));
		tdict_set(s, "NOTE", dbres_str(&ev, i, 3));
	}
	if (!may_act)
		return page_end(c, status);
	f = tdict_section(b, "ACT_FORM");
	tdict_set(f, "ACTION", arena_printf(c->a, "/standards/escalation/%lld", id));
	tdict_set(f, "CSRF", c->csrf);
	tdict_set(f, "TEXT", fv && fv->raw ? fv->raw : "");
	if (fv != NULL && fv->error != NULL) {
		tdict_set(tdict_section(f, "TEXT_ERROR"), "MESSAGE", fv->error);
		e = tdict_section(tdict_section(b, "ERRORS"), "ERROR");
		tdict_set(e, "HREF", "#text");
		tdict_set(e, "MESSAGE", fv->error);
	}
	return page_end(c, status);
}

int
escalation_get(struct ctx *c)
{
	struct dbres	r;
	long long	id;
	int		rc, may;

	if ((rc = esc_load(c, &r, &id, &may)) != 0)
		return rc;
	return esc_page(c, id, &r, may, NULL, 200);
}

static const struct field action_field = { "text", valid_text, FIELD_REQUIRED, 4000, 0, 0,
	"Enter the remedial action taken", "Keep this to 4000 characters or fewer" };

static int
close_confirm(struct ctx *c, long long id, const struct dbres *r)
{
	struct tdict	*b = page_begin(c, "Close this escalation", "audit/confirm.tpl"), *h;

	if (b == NULL)
		return 500;
	tdict_set(b, "HEADING", "Close this escalation");
	tdict_set(b, "CASE_REF", dbres_str(r, 0, ES_CASE));
	tdict_set(b, "TEXT", "Closing says the remedial action recorded is complete. It is kept "
	    "in the audit record and cannot be reopened.");
	tdict_set(b, "BUTTON", "Close escalation");
	tdict_set(b, "ACTION", arena_printf(c->a, "/standards/escalation/%lld", id));
	tdict_set(b, "BACK", arena_printf(c->a, "/standards/escalation/%lld", id));
	tdict_set(b, "CSRF", c->csrf);
	h = tdict_section(b, "HIDDEN");
	tdict_set(h, "NAME", "do");
	tdict_set(h, "VALUE", "close");
	return page_end(c, 200);
}

int
escalation_post(struct ctx *c)
{
	struct dbres	 r;
	struct fieldval	 fv;
	const char	*what = kv_str(&c->req.form, "do");
	long long	 id;
	int		 rc, may, close = strcmp(what, "close") == 0;

	if ((rc = esc_load(c, &r, &id, &may)) != 0)
		return rc;
	if (!may)
		return dbres_int(&r, 0, ES_CLOSED) ? 409 : 403;
	if (!close && strcmp(what, "action") != 0)
		return 400;
	if (close && strcmp(kv_str(&c->req.form, "confirm"), "1") != 0) {
		if (dbres_int(&r, 0, ES_ACTIONS) == 0)
			goto need_action;
		return close_confirm(c, id, &r);
	}
	memset(&fv, 0, sizeof(fv));
	if (!close && fields_check(c->a, &c->req.form, &action_field, 1, &fv) != 0)
		return fv.error ? esc_page(c, id, &r, may, &fv, 422) : 500;
	rc = db_escalation_step(c->db, c->a, id, c->user->id, close ? "closed" : "action",
	    close ? "Closed" : fv.s);
	if (rc == 1)
		goto need_action;
	if (rc == 2)
		return 409;
	if (rc == -1)
		return 503;
	log_info("escalation: %lld %s by %s", id, close ? "closed" : "action", c->user->username);
	return redirect(c, arena_printf(c->a, "/standards/escalation/%lld", id));
need_action:
	fv = (struct fieldval){ NULL, NULL, 0, 0,
	    "Record the remedial action before you close this escalation" };
	return esc_page(c, id, &r, may, &fv, 422);
}

/*
 * The escalations a person answers for: a manager's own open ones; for a
 * head of service, every overdue one as well.
 */
int
escalations_list(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Escalations", "audit/escalations.tpl");
	int		 n;

	if (b == NULL)
		return 500;
	if (has_role(c, RBIT(ROLE_MANAGER))) {
		if ((n = escalations_fill(c, b, "MINE", c->user->id)) == -1)
			return 503;
		tdict_show(b, n == 0 ? "MINE_NONE" : "MINE_HEADING");
	}
	if (has_role(c, RBIT(ROLE_HEAD))) {
		if ((n = escalations_fill(c, b, "OVERDUE_ALL", 0)) == -1)
			return 503;
		tdict_show(b, n == 0 ? "OVERDUE_NONE" : "OVERDUE_HEADING");
	}
	return page_end(c, 200);
}

/*
 * Open escalations (owner's, or every overdue one when owner is 0) as one
 * block section of b with a COUNT and an ESC row each; no block when there
 * are none. Returns how many, or -1.
 */
int
escalations_fill(struct ctx *c, struct tdict *b, const char *block, long long owner)
{
	struct dbres	 r;
	struct tdict	*s, *e;
	size_t		 i, overdue = 0;

	if (db_escalations_open(c->db, c->a, owner, 0, &r) == -1)
		return -1;
	if (r.nrows == 0)
		return 0;
	s = tdict_section(b, block);
	for (i = 0; i < r.nrows; i++) {
		e = tdict_section(s, "ESC");
		tdict_set(e, "HREF", arena_printf(c->a, "/standards/escalation/%lld", dbres_int(&r, i, 0)));
		tdict_set(e, "CASE_REF", dbres_str(&r, i, 1));
		tdict_set(e, "REASON", REASON(dbres_str(&r, i, 2)));
		tdict_set(e, "TEAM", dbres_str(&r, i, 3));
		tdict_set(e, "OWNER", dbres_str(&r, i, 4));
		tdict_set(e, "DUE", local(c, dbres_str(&r, i, 5)));
		if (dbres_int(&r, i, 6)) {
			tdict_show(e, "OVERDUE");
			overdue++;
		}
	}
	tdict_setint(s, "COUNT", (long long)r.nrows);
	tdict_setint(s, "OVERDUE_COUNT", (long long)overdue);
	return (int)r.nrows;
}

/* Tell the owner an escalation is theirs: where to look, no case detail. */
static int
escalation_mail(struct ctx *c, long long id)
{
	struct dbres	 r;
	const char	*to;

	if (db_escalation_get(c->db, c->a, id, &r) != 1)
		return -1;
	to = dbres_str(&r, 0, ES_OWNER_EMAIL);
	if (*to == '\0') {
		log_err("escalation: %lld: %s has no e-mail address", id, dbres_str(&r, 0, ES_OWNER_NAME));
		return -1;
	}
	return mail_send(c->cfg, &to, 1,
	    arena_printf(c->a, "%sCase audit escalation for %s (case %s)",
		strcmp(dbres_str(&r, 0, ES_REASON), "safety") == 0 ? "URGENT: " : "",
		dbres_str(&r, 0, ES_TEAM_NAME), dbres_str(&r, 0, ES_CASE)),
	    arena_printf(c->a, "A case audit of case %s in %s has been escalated to you.\n\n"
		"Why: %s\nDue: %s\n\nRecord the remedial action in Chorus:\n%s/standards/escalation/%lld\n",
		dbres_str(&r, 0, ES_CASE), dbres_str(&r, 0, ES_TEAM_NAME),
		REASON(dbres_str(&r, 0, ES_REASON)), local(c, dbres_str(&r, 0, ES_DUE)),
		c->cfg->origin, id));
}

/*
 * Mail the owner of escalation id exactly once, whichever worker gets
 * there first: claim the mailing, send, and give the claim back when the
 * send fails so that escalation_mail_tick() tries again. 0 sent, or
 * claimed by another worker; -1 not sent (logged).
 */
int
escalation_notify(struct ctx *c, long long id)
{
	int	n;

	if ((n = db_escalation_mailed(c->db, id, 1)) == 0)
		return 0;
	if (n == 1 && escalation_mail(c, id) == 0) {
		log_info("escalation: %lld mailed to its owner", id);
		return 0;
	}
	if (n == 1 && db_escalation_mailed(c->db, id, 0) == -1)
		log_err("escalation: %lld: could not give back the mail claim", id);
	log_err("escalation: could not mail about escalation %lld: will try again", id);
	return -1;
}

/* After a response, every few seconds: mail escalations not yet mailed. */
void
escalation_mail_tick(struct ctx *c)
{
	static time_t	last;
	struct dbres	r;
	size_t		i;

	if (c->db_down || !tick_due(&last, 5))
		return;
	if (db_escalations_unmailed(c->db, c->a, &r) <= 0)
		return;
	for (i = 0; i < r.nrows; i++)
		escalation_notify(c, dbres_int(&r, i, 0));
}
