/*
 * /standards/audits/ and /standards/audit/ID: case audits against the
 * Practice Standards. An auditor starts an audit from a case reference,
 * grades each standard and the case overall (drafts are saved as they
 * go) and submits it; a second auditor moderates it, agreeing or giving
 * their own grade and reasons; the case's worker and their manager read
 * it, respond, and the worker says they have read it. Every decision is
 * appended to the audit trail (db_audit.c), and an Inadequate grade or a
 * safety concern opens an escalation to the team manager at once.
 */
#include <stdio.h>
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

#define TEXT_MAX	4000

static const char msg_long[] = "Keep this to 4000 characters or fewer";

/* What the signed-in person may do with the audit on screen. */
#define MAY_EDIT	0x01u	/* the auditor, while it is a draft */
#define MAY_MODERATE	0x02u	/* another auditor, not the worker, once submitted */
#define MAY_RESPOND	0x04u	/* the worker or their manager, once submitted */
#define MAY_READ	0x08u	/* the worker, until they have said so */
#define MAY_CLOSE	0x10u	/* the auditor or moderator, once moderated */

enum adoing { DO_SAVE, DO_SUBMIT, DO_MODERATE, DO_RESPOND, DO_READ, DO_CLOSE, DO__MAX };

static const char *const do_names[DO__MAX] = {
	[DO_SAVE] = "save", [DO_SUBMIT] = "submit", [DO_MODERATE] = "moderate",
	[DO_RESPOND] = "respond", [DO_READ] = "read", [DO_CLOSE] = "close",
};
static const unsigned do_needs[DO__MAX] = {
	[DO_SAVE] = MAY_EDIT, [DO_SUBMIT] = MAY_EDIT, [DO_MODERATE] = MAY_MODERATE,
	[DO_RESPOND] = MAY_RESPOND, [DO_READ] = MAY_READ, [DO_CLOSE] = MAY_CLOSE,
};

static const char *const status_labels[][2] = {
	{ "draft", "Draft" }, { "submitted", "Submitted" },
	{ "moderated", "Moderated" }, { "closed", "Closed" },
};

static const char *const kind_labels[][2] = {
	{ "submitted", "Submitted by the auditor" },
	{ "moderated", "Moderated" },
	{ "response", "Response" },
	{ "read", "Read by the worker" },
	{ "closed", "Closed" },
};

/* One audit as a page sees it. */
struct aview {
	struct dbres		 au;		/* db_audit_get() */
	struct audit_head	 head;
	struct dbres		 items;		/* standards: id, code, title, body, evidence */
	size_t			 n;		/* items.nrows + 1 (the overall grade) */
	const char		*status;
	unsigned		 may;
};

static const char *
lookup(const char *const tab[][2], size_t n, const char *key)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcmp(tab[i][0], key) == 0)
			return tab[i][1];
	return key;
}

/* "3 December 2026 at 14:05" in local time from a UTC cell. */
static const char *
local_time(struct ctx *c, const char *utc)
{
	char	out[64];

	if (audit_time_local(utc, out, sizeof(out)) == -1)
		return "";
	return arena_strdup(c->a, out);
}

/* A grade radio's value: one of the scale's names. */
static int
valid_grade(struct arena *a, const struct field *f, struct fieldval *fv)
{
	(void)a;
	if (grade_parse(fv->s) < 0)
		return fv->error = f->invalid, -1;
	return 0;
}

static const char *
item_code(const struct aview *v, size_t i)
{
	return i < v->items.nrows ? dbres_str(&v->items, i, 1) : AUDIT_OVERALL;
}

static const char *
item_title(const struct aview *v, size_t i)
{
	return i < v->items.nrows ? dbres_str(&v->items, i, 2) : "The case overall";
}

/* What this person may do, from the audit's status and who they are. */
static unsigned
audit_may(const struct ctx *c, const struct aview *v)
{
	long long	me = c->user->id;
	unsigned	may = 0;
	int		auditor = dbres_int(&v->au, 0, AU_AUDITOR) == me;
	int		worker = dbres_int(&v->au, 0, AU_WORKER) == me;
	int		moderator = dbres_int(&v->au, 0, AU_MODERATOR) == me;
	int		manager = has_role(c, RBIT(ROLE_MANAGER)) &&
			    (dbres_int(&v->au, 0, AU_TEAM) == c->user->team_id ||
			    dbres_int(&v->au, 0, AU_WORKER_MANAGER) == me);

	if (strcmp(v->status, "draft") == 0)
		return auditor ? MAY_EDIT : 0;
	if (strcmp(v->status, "submitted") == 0 && has_role(c, RBIT(ROLE_AUDITOR)) &&
	    !auditor && !worker)
		may |= MAY_MODERATE;
	if (strcmp(v->status, "closed") != 0 && (worker || manager))
		may |= MAY_RESPOND;
	if (worker)
		may |= MAY_READ;
	if (strcmp(v->status, "moderated") == 0 && (auditor || moderator))
		may |= MAY_CLOSE;
	return may;
}

/* May this person see the audit at all? Auditors see every audit; the
 * worker, the team's managers and heads of service once it is submitted. */
static int
audit_visible(const struct ctx *c, const struct aview *v)
{
	long long	me = c->user->id;

	if (has_role(c, RBIT(ROLE_AUDITOR)) || dbres_int(&v->au, 0, AU_AUDITOR) == me)
		return 1;
	if (strcmp(v->status, "draft") == 0)
		return 0;
	return dbres_int(&v->au, 0, AU_WORKER) == me || has_role(c, RBIT(ROLE_HEAD)) ||
	    (has_role(c, RBIT(ROLE_MANAGER)) &&
	    (dbres_int(&v->au, 0, AU_TEAM) == c->user->team_id ||
	    dbres_int(&v->au, 0, AU_WORKER_MANAGER) == me));
}

/* Load /standards/audit/ID: 0, or 404, 403, 503. */
static int
audit_load(struct ctx *c, struct aview *v)
{
	long long	id;
	const char	*p = c->req.path + strlen("/standards/audit/");
	int		n;

	if (parse_ll(p, 1, 0x7fffffff, &id) == -1)
		return 404;
	if ((n = db_audit_get(c->db, c->a, id, &v->au)) != 1)
		return n == 0 ? 404 : 503;
	v->status = dbres_str(&v->au, 0, AU_STATUS);
	if (!audit_visible(c, v))
		return 403;
	db_audit_head(&v->au, &v->head);
	if (db_standards_list(c->db, c->a, v->head.version, &v->items) == -1)
		return 503;
	v->n = v->items.nrows + 1;
	v->may = audit_may(c, v);
	return 0;
}

/* ---- the grading form: three fields per item, then the safety box ---- */

enum { GF_GRADE, GF_EVIDENCE, GF_COMMENTS, GF__PER };

static struct field *
grade_fields(struct ctx *c, const struct aview *v)
{
	struct field	*f = arena_alloc(c->a, sizeof(*f) * (v->n * GF__PER + 1));
	size_t		 i;
	const char	*code;

	if (f == NULL)
		return NULL;
	for (i = 0; i < v->n; i++) {
		code = item_code(v, i);
		f[i * GF__PER + GF_GRADE] = (struct field){ arena_printf(c->a, "grade-%s", code),
		    valid_grade, 0, 32, 0, 0, NULL, "Choose a grade from the list" };
		f[i * GF__PER + GF_EVIDENCE] = (struct field){ arena_printf(c->a, "evidence-%s", code),
		    valid_text, 0, TEXT_MAX, 0, 0, NULL, msg_long };
		f[i * GF__PER + GF_COMMENTS] = (struct field){ arena_printf(c->a, "comments-%s", code),
		    valid_text, 0, TEXT_MAX, 0, 0, NULL, msg_long };
	}
	f[v->n * GF__PER] = (struct field){ "safety", valid_int, 0, 1, 1, 1, NULL,
	    "Tick the box or leave it empty" };
	return f;
}

/* The checks a submission adds to the draft's: every item graded, the
 * overall grade on the scale, evidence for every grade but N/A. */
static int
submit_checks(const struct aview *v, struct fieldval *fv)
{
	struct fieldval	*g, *e;
	size_t		 i;
	int		 errs = 0;

	for (i = 0; i < v->n; i++) {
		g = &fv[i * GF__PER + GF_GRADE];
		e = &fv[i * GF__PER + GF_EVIDENCE];
		if (g->error != NULL || e->error != NULL)
			continue;
		if (!g->present)
			g->error = i + 1 < v->n ? "Choose a grade for this standard, or not applicable" :
			    "Choose an overall grade for the case";
		else if (i + 1 == v->n && grade_parse(g->s) == GRADE_NA)
			g->error = "The overall grade cannot be not applicable: choose a grade";
		else if (grade_parse(g->s) != GRADE_NA && !e->present)
			e->error = "Enter the evidence for this grade";
		errs += g->error != NULL || e->error != NULL;
	}
	return errs;
}

static struct audit_mark *
draft_marks(struct ctx *c, const struct aview *v, const struct fieldval *fv)
{
	struct audit_mark	*m = arena_alloc(c->a, sizeof(*m) * v->n);
	size_t			 i;

	if (m == NULL)
		return NULL;
	for (i = 0; i < v->n; i++)
		m[i] = (struct audit_mark){ item_code(v, i), fv[i * GF__PER].s, -1,
		    fv[i * GF__PER + GF_EVIDENCE].s ? fv[i * GF__PER + GF_EVIDENCE].s : "",
		    fv[i * GF__PER + GF_COMMENTS].s ? fv[i * GF__PER + GF_COMMENTS].s : "" };
	return m;
}

/* ---- rendering --------------------------------------------------------- */

static void
error_add(struct ctx *c, struct tdict *b, struct tdict **sum, const char *href,
    const char *msg)
{
	struct tdict	*e;

	(void)c;
	if (*sum == NULL)
		*sum = tdict_section(b, "ERRORS");
	e = tdict_section(*sum, "ERROR");
	tdict_set(e, "HREF", href);
	tdict_set(e, "MESSAGE", msg);
}

/* Radios for one grade: name, chosen value, N/A offered or not. */
static void
grade_radios(struct ctx *c, struct tdict *s, const char *name, const char *chosen, int na)
{
	struct tdict	*o;
	int		 g;

	for (g = 0; g < (na ? GRADE__MAX : GRADE_NA); g++) {
		o = tdict_section(s, "OPTION");
		tdict_set(o, "ID", g == 0 ? name : arena_printf(c->a, "%s-%s", name, grade_names[g]));
		tdict_set(o, "NAME", name);
		tdict_set(o, "VALUE", grade_names[g]);
		tdict_set(o, "LABEL", grade_labels[g]);
		if (chosen != NULL && strcmp(chosen, grade_names[g]) == 0)
			tdict_show(o, "CHECKED");
	}
}

/* An inline error in section key of s, and its line in the summary. */
static void
field_error(struct ctx *c, struct tdict *b, struct tdict *s, struct tdict **sum,
    const char *key, const char *id, const char *msg)
{
	if (msg == NULL)
		return;
	tdict_set(tdict_section(s, key), "MESSAGE", msg);
	error_add(c, b, sum, arena_printf(c->a, "#%s", id), msg);
}

/* The draft form, from what was posted (fv) or the saved draft. */
static int
draft_form(struct ctx *c, struct tdict *b, const struct aview *v,
    const struct fieldval *fv, struct tdict **sum)
{
	struct tdict	*f = tdict_section(b, "DRAFT_FORM"), *s;
	struct dbres	 d;
	const char	*code, *val[GF__PER];
	size_t		 i, k, j;
	int		 safety = 0;

	if (fv == NULL && db_audit_draft(c->db, c->a, v->head.id, &safety, &d) == -1)
		return -1;
	tdict_set(f, "CSRF", c->csrf);
	for (i = 0; i < v->n; i++) {
		code = item_code(v, i);
		s = tdict_section(f, "ITEM");
		tdict_set(s, "CODE", code);
		tdict_set(s, "TITLE", item_title(v, i));
		if (i < v->items.nrows)
			tdict_set(tdict_section(s, "GUIDE"), "EVIDENCE", dbres_str(&v->items, i, 4));
		for (k = 0; k < GF__PER; k++)
			val[k] = fv ? fv[i * GF__PER + k].raw : NULL;
		for (j = 0; fv == NULL && j < d.nrows; j++)
			if (strcmp(dbres_str(&d, j, 0), code) == 0)
				for (k = 0; k < GF__PER; k++)
					val[k] = dbres_null(&d, j, k + 1) ? NULL : dbres_str(&d, j, k + 1);
		grade_radios(c, s, arena_printf(c->a, "grade-%s", code), val[GF_GRADE], i + 1 < v->n);
		tdict_set(s, "EVIDENCE", val[GF_EVIDENCE] ? val[GF_EVIDENCE] : "");
		tdict_set(s, "COMMENTS", val[GF_COMMENTS] ? val[GF_COMMENTS] : "");
		if (fv == NULL)
			continue;
		field_error(c, b, s, sum, "GRADE_ERROR", arena_printf(c->a, "grade-%s", code),
		    fv[i * GF__PER + GF_GRADE].error);
		field_error(c, b, s, sum, "EVIDENCE_ERROR", arena_printf(c->a, "evidence-%s", code),
		    fv[i * GF__PER + GF_EVIDENCE].error);
		field_error(c, b, s, sum, "COMMENTS_ERROR", arena_printf(c->a, "comments-%s", code),
		    fv[i * GF__PER + GF_COMMENTS].error);
	}
	if (fv ? fv[v->n * GF__PER].present : safety)
		tdict_show(f, "SAFETY_CHECKED");
	return 0;
}

/* The grades as submitted, with the moderation beside them. */
static void
grades_view(struct ctx *c, struct tdict *b, const struct aview *v, const struct dbres *ent,
    const struct dbres *g)
{
	struct tdict	*blk, *s;
	long long	 sub = 0, mod = 0;
	size_t		 i, j;

	for (i = 0; i < ent->nrows; i++) {
		if (strcmp(dbres_str(ent, i, 1), "submitted") == 0)
			sub = dbres_int(ent, i, 0);
		else if (strcmp(dbres_str(ent, i, 1), "moderated") == 0)
			mod = dbres_int(ent, i, 0);
	}
	if (sub == 0)
		return;
	blk = tdict_section(b, "GRADES");
	for (i = 0; i < v->n; i++) {
		s = tdict_section(blk, "GRADE");
		tdict_set(s, "CODE", item_code(v, i));
		tdict_set(s, "TITLE", item_title(v, i));
		for (j = 0; j < g->nrows; j++) {
			if (strcmp(dbres_str(g, j, 1), item_code(v, i)) != 0)
				continue;
			if (dbres_int(g, j, 0) == sub) {
				tdict_set(s, "GRADE_LABEL", grade_label(dbres_str(g, j, 2)));
				tdict_set(s, "EVIDENCE", dbres_str(g, j, 4));
				tdict_set(s, "COMMENTS", dbres_str(g, j, 5));
			} else if (dbres_int(g, j, 0) == mod) {
				struct tdict *m = tdict_section(s, dbres_int(g, j, 3) ? "AGREED" : "DISAGREED");

				tdict_set(m, "GRADE_LABEL", grade_label(dbres_str(g, j, 2)));
				tdict_set(m, "REASONS", dbres_str(g, j, 5));
			}
		}
	}
	(void)c;
}

/* The trail, oldest first, with the responses. 1 when this person has
 * said they read the audit, else 0. */
static int
trail_view(struct ctx *c, struct tdict *b, const struct dbres *ent)
{
	struct tdict	*s;
	size_t		 i;
	int		 read = 0;

	for (i = 0; i < ent->nrows; i++) {
		s = tdict_section(b, "ENTRY");
		tdict_set(s, "WHAT", lookup(kind_labels, sizeof(kind_labels) / sizeof(kind_labels[0]),
		    dbres_str(ent, i, 1)));
		tdict_set(s, "WHO", dbres_str(ent, i, 2));
		tdict_set(s, "AT", local_time(c, dbres_str(ent, i, 3)));
		tdict_set(s, "NOTE", dbres_str(ent, i, 6));
		if (dbres_int(ent, i, 4))
			tdict_show(s, "CORRECTION");
		if (dbres_int(ent, i, 5))
			tdict_show(s, "SAFETY");
		if (strcmp(dbres_str(ent, i, 1), "read") == 0 &&
		    dbres_int(ent, i, 7) == c->user->id)
			read = 1;
	}
	return read;
}

static int
escalations_view(struct ctx *c, struct tdict *b, const struct aview *v)
{
	struct dbres	 r;
	struct tdict	*s;
	size_t		 i;

	if (db_audit_escalations(c->db, c->a, v->head.id, &r) == -1)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(b, "ESCALATION");
		tdict_set(s, "HREF", arena_printf(c->a, "/standards/escalation/%lld", dbres_int(&r, i, 0)));
		tdict_set(s, "REASON", strcmp(dbres_str(&r, i, 1), "safety") == 0 ?
		    "Concern about the child's safety" : "Practice graded Inadequate");
		tdict_set(s, "OWNER", dbres_str(&r, i, 2));
		tdict_set(s, "DUE", local_time(c, dbres_str(&r, i, 3)));
		tdict_set(s, "STATE", dbres_int(&r, i, 4) ? "Closed" : dbres_int(&r, i, 5) ?
		    "Overdue" : "Open");
		if (!dbres_int(&r, i, 4) && dbres_int(&r, i, 5))
			tdict_show(s, "OVERDUE");
	}
	return 0;
}

static void
audit_summary(struct ctx *c, struct tdict *b, const struct aview *v)
{
	tdict_set(b, "ID", dbres_str(&v->au, 0, AU_ID));
	tdict_set(b, "CASE_REF", v->head.case_ref);
	tdict_set(b, "TEAM", dbres_str(&v->au, 0, AU_TEAM_NAME));
	tdict_set(b, "WORKER", dbres_str(&v->au, 0, AU_WORKER_NAME));
	tdict_set(b, "AUDITOR", dbres_str(&v->au, 0, AU_AUDITOR_NAME));
	tdict_set(b, "MODERATOR", dbres_str(&v->au, 0, AU_MODERATOR_NAME));
	tdict_set(b, "VERSION", dbres_str(&v->au, 0, AU_VERSION_NO));
	tdict_set(b, "STARTED", local_time(c, dbres_str(&v->au, 0, AU_STARTED)));
	tdict_set(b, "STATUS_LABEL", lookup(status_labels,
	    sizeof(status_labels) / sizeof(status_labels[0]), v->status));
	tdict_set(b, "ACTION", arena_printf(c->a, "/standards/audit/%lld", v->head.id));
	tdict_set(b, "CSRF", c->csrf);
}

static int moderate_form(struct ctx *, struct tdict *, const struct aview *,
    const struct dbres *, const struct fieldval *, struct tdict **);

/*
 * The audit page: its summary, escalations, the form this person may
 * use (fv: what they posted, redisplayed with errors) and the trail.
 */
static int
audit_page(struct ctx *c, struct aview *v, int doing, const struct fieldval *fv,
    const char *note_error, int status)
{
	struct tdict	*b = page_begin(c, arena_printf(c->a, "%sCase audit %s",
			    status == 422 ? "Error: " : "", v->head.case_ref), "audit/audit.tpl");
	struct tdict	*sum = NULL, *f;
	struct dbres	 ent, g;
	int		 read;

	if (b == NULL)
		return 500;
	audit_summary(c, b, v);
	if (db_audit_entries(c->db, c->a, v->head.id, &ent) == -1 ||
	    db_audit_grades(c->db, c->a, v->head.id, &g) == -1 || escalations_view(c, b, v) == -1)
		return 503;
	read = trail_view(c, b, &ent);
	grades_view(c, b, v, &ent, &g);
	if (doing == DO_SAVE && fv == NULL)
		tdict_show(b, "SAVED");
	if ((v->may & MAY_EDIT) &&
	    draft_form(c, b, v, doing == DO_SAVE || doing == DO_SUBMIT ? fv : NULL, &sum) == -1)
		return 503;
	if ((v->may & MAY_MODERATE) &&
	    moderate_form(c, b, v, &g, doing == DO_MODERATE ? fv : NULL, &sum) == -1)
		return 503;
	if (v->may & MAY_RESPOND) {
		f = tdict_section(b, "RESPOND_FORM");
		tdict_set(f, "RESPONSE", doing == DO_RESPOND && fv ? fv[0].raw : "");
		if (doing == DO_RESPOND && note_error != NULL)
			field_error(c, b, f, &sum, "RESPONSE_ERROR", "response", note_error);
	}
	if ((v->may & MAY_READ) && !read)
		tdict_show(b, "READ_FORM");
	if (v->may & MAY_CLOSE)
		tdict_show(b, "CLOSE_FORM");
	return page_end(c, status);
}

/* ---- moderation -------------------------------------------------------- */

enum { MF_AGREE, MF_GRADE, MF_REASONS, MF__PER };

static struct field *
moderate_fields(struct ctx *c, const struct aview *v)
{
	struct field	*f = arena_alloc(c->a, sizeof(*f) * v->n * MF__PER);
	size_t		 i;
	const char	*code;

	if (f == NULL)
		return NULL;
	for (i = 0; i < v->n; i++) {
		code = item_code(v, i);
		f[i * MF__PER + MF_AGREE] = (struct field){ arena_printf(c->a, "agree-%s", code),
		    valid_int, FIELD_REQUIRED, 1, 0, 1,
		    "Say whether you agree with the grade", "Say whether you agree with the grade" };
		f[i * MF__PER + MF_GRADE] = (struct field){ arena_printf(c->a, "mgrade-%s", code),
		    valid_grade, 0, 32, 0, 0, NULL, "Choose a grade from the list" };
		f[i * MF__PER + MF_REASONS] = (struct field){ arena_printf(c->a, "reasons-%s", code),
		    valid_text, 0, TEXT_MAX, 0, 0, NULL, msg_long };
	}
	return f;
}

/* The submission's grade of item code, from the grades cells. */
static const char *
submitted_grade(const struct dbres *ent, const struct dbres *g, const char *code)
{
	long long	sub = 0;
	size_t		i;

	for (i = 0; i < ent->nrows; i++)
		if (strcmp(dbres_str(ent, i, 1), "submitted") == 0)
			sub = dbres_int(ent, i, 0);
	for (i = 0; i < g->nrows; i++)
		if (dbres_int(g, i, 0) == sub && strcmp(dbres_str(g, i, 1), code) == 0)
			return dbres_str(g, i, 2);
	return NULL;
}

/* A disagreement needs the moderator's own, different grade and reasons. */
static int
moderate_checks(const struct aview *v, const struct dbres *ent, const struct dbres *g,
    struct fieldval *fv)
{
	struct fieldval	*ag, *gr, *re;
	const char	*was;
	size_t		 i;
	int		 errs = 0;

	for (i = 0; i < v->n; i++) {
		ag = &fv[i * MF__PER];
		gr = &fv[i * MF__PER + MF_GRADE];
		re = &fv[i * MF__PER + MF_REASONS];
		if (ag->error != NULL || ag->i == 1 || gr->error != NULL || re->error != NULL)
			continue;
		was = submitted_grade(ent, g, item_code(v, i));
		if (!gr->present)
			gr->error = "Choose your grade";
		else if (i + 1 == v->n && grade_parse(gr->s) == GRADE_NA)
			gr->error = "The overall grade cannot be not applicable: choose a grade";
		else if (was != NULL && strcmp(was, gr->s) == 0)
			gr->error = "Your grade is the same as the auditor's: choose agree, or a different grade";
		if (!re->present)
			re->error = "Enter your reasons for a different grade";
		errs += gr->error != NULL || re->error != NULL;
	}
	return errs;
}

static int
moderate_form(struct ctx *c, struct tdict *b, const struct aview *v, const struct dbres *g,
    const struct fieldval *fv, struct tdict **sum)
{
	struct tdict	*f = tdict_section(b, "MODERATE_FORM"), *s;
	struct dbres	 ent;
	const char	*code, *agree;
	size_t		 i;

	if (db_audit_entries(c->db, c->a, v->head.id, &ent) == -1)
		return -1;
	for (i = 0; i < v->n; i++) {
		code = item_code(v, i);
		s = tdict_section(f, "MITEM");
		tdict_set(s, "CODE", code);
		tdict_set(s, "TITLE", item_title(v, i));
		tdict_set(s, "WAS", grade_label(submitted_grade(&ent, g, code)));
		agree = fv ? fv[i * MF__PER].raw : NULL;
		if (agree != NULL && strcmp(agree, "1") == 0)
			tdict_show(s, "AGREE_CHECKED");
		if (agree != NULL && strcmp(agree, "0") == 0)
			tdict_show(s, "DISAGREE_CHECKED");
		grade_radios(c, s, arena_printf(c->a, "mgrade-%s", code),
		    fv ? fv[i * MF__PER + MF_GRADE].raw : NULL, i + 1 < v->n);
		tdict_set(s, "REASONS", fv && fv[i * MF__PER + MF_REASONS].raw ?
		    fv[i * MF__PER + MF_REASONS].raw : "");
		if (fv == NULL)
			continue;
		field_error(c, b, s, sum, "AGREE_ERROR", arena_printf(c->a, "agree-%s", code),
		    fv[i * MF__PER].error);
		field_error(c, b, s, sum, "MGRADE_ERROR", arena_printf(c->a, "mgrade-%s", code),
		    fv[i * MF__PER + MF_GRADE].error);
		field_error(c, b, s, sum, "REASONS_ERROR", arena_printf(c->a, "reasons-%s", code),
		    fv[i * MF__PER + MF_REASONS].error);
	}
	return 0;
}

static struct audit_mark *
moderation_marks(struct ctx *c, const struct aview *v, const struct dbres *ent,
    const struct dbres *g, const struct fieldval *fv)
{
	struct audit_mark	*m = arena_alloc(c->a, sizeof(*m) * v->n);
	size_t			 i;
	int			 agreed;

	if (m == NULL)
		return NULL;
	for (i = 0; i < v->n; i++) {
		agreed = fv[i * MF__PER].i == 1;
		m[i] = (struct audit_mark){ item_code(v, i),
		    agreed ? submitted_grade(ent, g, item_code(v, i)) : fv[i * MF__PER + MF_GRADE].s,
		    agreed, "", agreed ? "" : fv[i * MF__PER + MF_REASONS].s };
		if (m[i].grade == NULL)
			return NULL;
	}
	return m;
}

/* ---- confirmation ------------------------------------------------------ */

/* "Are you sure?" for an irreversible step: the same form again, hidden,
 * with confirm=1, and what will follow from it. */
static int
confirm_page(struct ctx *c, const struct aview *v, const char *heading, const char *text,
    const char *warning, const char *button)
{
	struct tdict		*b = page_begin(c, heading, "audit/confirm.tpl"), *h;
	const struct kv		*k;
	size_t			 i;

	if (b == NULL)
		return 500;
	tdict_set(b, "HEADING", heading);
	tdict_set(b, "TEXT", text);
	tdict_set(b, "BUTTON", button);
	tdict_set(b, "CASE_REF", v->head.case_ref);
	if (warning != NULL)
		tdict_set(tdict_section(b, "WARNING"), "TEXT", warning);
	tdict_set(b, "ACTION", arena_printf(c->a, "/standards/audit/%lld", v->head.id));
	tdict_set(b, "BACK", arena_printf(c->a, "/standards/audit/%lld", v->head.id));
	tdict_set(b, "CSRF", c->csrf);
	for (i = 0; i < c->req.form.n; i++) {
		k = &c->req.form.v[i];
		if (strcmp(k->key, "csrf") == 0 || strcmp(k->key, "confirm") == 0)
			continue;
		h = tdict_section(b, "HIDDEN");
		tdict_set(h, "NAME", k->key);
		tdict_set(h, "VALUE", k->val);
	}
	return page_end(c, 200);
}

static int
confirmed(const struct ctx *c)
{
	const char	*s = kv_str(&c->req.form, "confirm");

	return s != NULL && strcmp(s, "1") == 0;
}

/* ---- posting ----------------------------------------------------------- */

/*
 * Mail the owners of escalations just opened (after the commit). One that
 * cannot be sent now stays unmailed and escalation_mail_tick() retries it.
 */
static void
escalations_mail(struct ctx *c, const long long *ids, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		escalation_notify(c, ids[i]);
}

/* Append a step; 409 when someone else moved the audit on first. */
static int
record(struct ctx *c, struct aview *v, struct audit_rec *rec)
{
	long long	opened[2];
	size_t		nopened;
	int		n;

	rec->safety_days = c->cfg->audit_safety_days;
	rec->inadequate_days = c->cfg->audit_inadequate_days;
	rec->holidays = c->cfg->audit_holidays;
	if ((n = db_audit_record(c->db, c->a, &v->head, rec, opened, &nopened)) == -1)
		return 503;
	if (n == 1)
		return 409;
	log_info("audit: %lld %s by %s", v->head.id, rec->step.kind, c->user->username);
	escalations_mail(c, opened, nopened);
	return redirect(c, arena_printf(c->a, "/standards/audit/%lld", v->head.id));
}

static int
post_draft(struct ctx *c, struct aview *v, int doing)
{
	struct field		*tab = grade_fields(c, v);
	struct fieldval		*fv;
	struct audit_mark	*m;
	struct audit_rec	 rec;
	int			 errs, safety;

	if (tab == NULL || (fv = arena_alloc(c->a, sizeof(*fv) * (v->n * GF__PER + 1))) == NULL)
		return 500;
	if ((errs = fields_check(c->a, &c->req.form, tab, v->n * GF__PER + 1, fv)) < 0)
		return 500;
	if (doing == DO_SUBMIT)
		errs += submit_checks(v, fv);
	if (errs > 0)
		return audit_page(c, v, doing, fv, NULL, 422);
	safety = fv[v->n * GF__PER].present;
	if ((m = draft_marks(c, v, fv)) == NULL)
		return 500;
	if (db_audit_draft_save(c->db, c->a, v->head.id, safety, m, v->n) == -1)
		return 503;
	if (doing == DO_SAVE)
		return redirect(c, arena_printf(c->a, "/standards/audit/%lld?saved=1", v->head.id));
	if (!confirmed(c))
		return confirm_page(c, v, "Submit this audit",
		    "Once submitted the grades cannot be changed. The audit goes to a second auditor "
		    "for moderation, and the worker and their manager can read it.",
		    safety ? "You have said you have a serious concern about the child's safety: "
		    "an escalation will open at once and the team manager will be e-mailed." : NULL,
		    "Submit audit");
	memset(&rec, 0, sizeof(rec));
	rec.step = (struct audit_step){ "submitted", c->user->id, NULL, 0, safety, "" };
	rec.marks = m;
	rec.nmarks = v->n;
	rec.expect = "draft";
	rec.status = "submitted";
	rec.drop_draft = 1;
	return record(c, v, &rec);
}

static int
post_moderate(struct ctx *c, struct aview *v)
{
	struct field		*tab = moderate_fields(c, v);
	struct fieldval		*fv;
	struct audit_rec	 rec;
	struct dbres		 ent, g;
	int			 errs;

	if (tab == NULL || (fv = arena_alloc(c->a, sizeof(*fv) * v->n * MF__PER)) == NULL)
		return 500;
	if (db_audit_entries(c->db, c->a, v->head.id, &ent) == -1 ||
	    db_audit_grades(c->db, c->a, v->head.id, &g) == -1)
		return 503;
	if ((errs = fields_check(c->a, &c->req.form, tab, v->n * MF__PER, fv)) < 0)
		return 500;
	errs += moderate_checks(v, &ent, &g, fv);
	if (errs > 0)
		return audit_page(c, v, DO_MODERATE, fv, NULL, 422);
	if (!confirmed(c))
		return confirm_page(c, v, "Record this moderation",
		    "Your decision on each grade is added to the audit record and cannot be changed.",
		    NULL, "Record moderation");
	memset(&rec, 0, sizeof(rec));
	rec.step = (struct audit_step){ "moderated", c->user->id, NULL, 0, 0, "" };
	if ((rec.marks = moderation_marks(c, v, &ent, &g, fv)) == NULL)
		return 409;
	rec.nmarks = v->n;
	rec.expect = "submitted";
	rec.status = "moderated";
	rec.moderator = 1;
	return record(c, v, &rec);
}

/* This person's latest response, which a new one corrects: id or 0. */
static long long
last_response(const struct ctx *c, const struct dbres *ent)
{
	long long	id = 0;
	size_t		i;

	for (i = 0; i < ent->nrows; i++)
		if (strcmp(dbres_str(ent, i, 1), "response") == 0 &&
		    dbres_int(ent, i, 7) == c->user->id)
			id = dbres_int(ent, i, 0);
	return id;
}

static const struct field response_field = { "response", valid_text, FIELD_REQUIRED,
	TEXT_MAX, 0, 0, "Enter your response", msg_long };

static int
post_note(struct ctx *c, struct aview *v, int doing)
{
	struct fieldval		 fv;
	struct audit_rec	 rec;
	struct dbres		 ent;
	size_t			 i;

	memset(&rec, 0, sizeof(rec));
	if (db_audit_entries(c->db, c->a, v->head.id, &ent) == -1)
		return 503;
	rec.step = (struct audit_step){ do_names[doing], c->user->id, NULL, 0, 0, "" };
	if (doing == DO_RESPOND) {
		if (fields_check(c->a, &c->req.form, &response_field, 1, &fv) != 0)
			return fv.error ? audit_page(c, v, DO_RESPOND, &fv, fv.error, 422) : 500;
		rec.step.kind = "response";
		rec.step.note = fv.s;
		rec.step.corrects = last_response(c, &ent);
	} else if (doing == DO_READ) {
		for (i = 0; i < ent.nrows; i++)
			if (strcmp(dbres_str(&ent, i, 1), "read") == 0 &&
			    dbres_int(&ent, i, 7) == c->user->id)
				return redirect(c, arena_printf(c->a, "/standards/audit/%lld", v->head.id));
	} else {
		if (!confirmed(c))
			return confirm_page(c, v, "Close this audit",
			    "Closing ends the audit: responses can no longer be added. Escalations "
			    "stay open until their manager closes them.", NULL, "Close audit");
		rec.step.kind = "closed";
		rec.expect = "moderated";
		rec.status = "closed";
	}
	return record(c, v, &rec);
}

int
audit_get(struct ctx *c)
{
	struct aview	v;
	int		rc;

	if ((rc = audit_load(c, &v)) != 0)
		return rc;
	/* ?saved=1 after "Save draft": the page says so */
	return audit_page(c, &v, (v.may & MAY_EDIT) && req_param(&c->req, "saved") != NULL ?
	    DO_SAVE : -1, NULL, NULL, 200);
}

int
audit_post(struct ctx *c)
{
	struct aview	 v;
	const char	*what = kv_str(&c->req.form, "do");
	int		 rc, d;

	if ((rc = audit_load(c, &v)) != 0)
		return rc;
	for (d = 0; d < DO__MAX; d++)
		if (what != NULL && strcmp(what, do_names[d]) == 0)
			break;
	if (d == DO__MAX)
		return 400;
	if (!(v.may & do_needs[d]))
		return 403;
	if (d == DO_SAVE || d == DO_SUBMIT)
		return post_draft(c, &v, d);
	if (d == DO_MODERATE)
		return post_moderate(c, &v);
	return post_note(c, &v, d);
}
