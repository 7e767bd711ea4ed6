#ifndef CHORUS_DB_AUDIT_H
#define CHORUS_DB_AUDIT_H
/*
 * SQL for case audits, moderation, responses and escalations
 * (sql/migrations/0010_audit.sql). Every step that decides something is
 * appended to a hash chain inside one transaction that holds the chain's
 * named lock; nothing here updates or deletes a trail row (the
 * escalation_mail claims beside the trail are inserted and deleted).
 */
#include <stddef.h>

#include "audit.h"

struct arena;
struct db;
struct dbres;

/* Columns of db_audit_get(). */
enum audit_col {
	AU_ID, AU_CASE, AU_TEAM, AU_TEAM_NAME, AU_WORKER, AU_WORKER_NAME,
	AU_AUDITOR, AU_AUDITOR_NAME, AU_MODERATOR, AU_MODERATOR_NAME,
	AU_VERSION, AU_VERSION_NO, AU_STATUS, AU_STARTED, AU_WORKER_MANAGER,
	AU_AREA,
	AU__MAX
};

/* Active people with a team, for the worker chooser: id, name, team. */
int	db_audit_workers(struct db *, struct arena *, struct dbres *);
/*
 * Start an audit of case_ref allocated to worker, by auditor, against the
 * standards version in force. 0 (*id set), 1 no such active worker with
 * a team, 2 no standards in force, -1 error.
 */
int	db_audit_start(struct db *, struct arena *, const char *case_ref,
	    long long worker, long long auditor, long long *id);
/* An active person with a team by username or staff number: id, name,
 * team id, team name. 1, 0 none, -1. */
int	db_audit_worker_find(struct db *, struct arena *, const char *who, struct dbres *);
/* One audit, columns as enum audit_col. 1, 0 none, -1. */
int	db_audit_get(struct db *, struct arena *, long long id, struct dbres *);
/* The audit row as it is hashed. */
void	db_audit_head(const struct dbres *, struct audit_head *);
/*
 * Audits a person may see, newest first: id, case_ref, team, worker,
 * auditor, status, started (UTC), open escalations. all 2: every audit
 * (auditors); 1: every submitted one (heads of service); 0: those of team
 * (0: none), of worker, or of the people manager manages (0: none).
 */
int	db_audits_list(struct db *, struct arena *, int all, long long team,
	    long long worker, long long manager, struct dbres *);
/* The draft: item, grade, evidence, comments; *safety from audit_draft. */
int	db_audit_draft(struct db *, struct arena *, long long id, int *safety,
	    struct dbres *);
/* Replace the draft with these marks (agreed ignored). 0 or -1. */
int	db_audit_draft_save(struct db *, struct arena *, long long id, int safety,
	    const struct audit_mark *, size_t n);
/* The trail: id, kind, actor name, at (UTC), corrects, safety, note, actor id. */
int	db_audit_entries(struct db *, struct arena *, long long id, struct dbres *);
/* The grades of its entries: entry id, item, grade, agreed (-1 NULL),
 * evidence, comments. */
int	db_audit_grades(struct db *, struct arena *, long long id, struct dbres *);

/* One step appended to an audit's trail, and what it changes. */
struct audit_rec {
	struct audit_step	 step;		/* at is filled in */
	struct audit_mark	*marks;		/* sorted here */
	size_t			 nmarks;
	const char		*expect;	/* status it needs, or NULL: not draft */
	const char		*status;	/* status after, or NULL: unchanged */
	int			 moderator;	/* set audit.moderator_id = actor */
	int			 drop_draft;
	unsigned		 safety_days;	/* escalate on safety, if step.safety */
	unsigned		 inadequate_days;	/* escalate when a mark is inadequate */
	const char		*holidays;	/* not working days ([audit] bank_holidays) */
};
/*
 * Append rec to the audit trail and open the escalations it calls for,
 * in one transaction. 0 done (*opened escalation ids, *nopened of them,
 * at most 2), 1 the audit is no longer in the expected status, -1 error.
 */
int	db_audit_record(struct db *, struct arena *, const struct audit_head *,
	    struct audit_rec *, long long opened[2], size_t *nopened);

/* Columns of db_escalation_get(). */
enum esc_col {
	ES_ID, ES_AUDIT, ES_REASON, ES_TEAM, ES_OWNER, ES_OPENED, ES_DUE,
	ES_CASE, ES_TEAM_NAME, ES_OWNER_NAME, ES_OWNER_EMAIL, ES_CLOSED,
	ES_OVERDUE, ES_ACTIONS, ES_AREA,
	ES__MAX
};
int	db_escalation_get(struct db *, struct arena *, long long id, struct dbres *);
/* Its events: kind, actor name, at (UTC), note. */
int	db_escalation_events(struct db *, struct arena *, long long id, struct dbres *);
/* The escalations of an audit: id, reason, owner name, due (UTC), closed, overdue. */
int	db_audit_escalations(struct db *, struct arena *, long long audit, struct dbres *);
/*
 * Open escalations, most urgent first: id, case_ref, reason, team, owner
 * name, due (UTC), overdue. owner > 0: that person's. area > 0: the
 * overdue ones of that service area; area 0 and owner 0: every overdue one.
 */
int	db_escalations_open(struct db *, struct arena *, long long owner,
	    long long area, struct dbres *);
/* Append an action or the closing to an escalation. 0, 1 closing needs an
 * action first, 2 already closed, -1 error. */
int	db_escalation_step(struct db *, struct arena *, long long id, long long actor,
	    const char *kind, const char *note);

/*
 * Escalation mail (0015_escalation_mail.sql). Open escalations whose owner
 * has not been mailed and whose mailing nobody has claimed, oldest first,
 * at most 50: id.
 */
int	db_escalations_unmailed(struct db *, struct arena *, struct dbres *);
/*
 * claim: take the mailing of escalation id for this worker, 1 when this
 * call did, 0 when another already has (or it was mailed), -1 error. Not
 * claim: give it back after a failed send, so a retry picks it up: 0, -1.
 */
int	db_escalation_mailed(struct db *, long long id, int claim);

/* Moderation agreement per auditor: auditor, items moderated, agreed,
 * audits moderated; the last row (auditor NULL) is everyone. */
int	db_audit_agreement(struct db *, struct arena *, struct dbres *);

/* For chorusctl verify. The audit chain: id, prev, hash, audit, case_ref,
 * team, worker, auditor, version, kind, actor, at, corrects, safety, note. */
int	db_audit_chain(struct db *, struct arena *, struct dbres *);
/* Every grade: entry id, item, grade, agreed (-1), evidence, comments, in
 * hash order. */
int	db_audit_chain_grades(struct db *, struct arena *, struct dbres *);
/* Audits whose status does not follow from their trail: id, status, expected. */
int	db_audit_status_mismatch(struct db *, struct arena *, struct dbres *);
/* The escalation chain: id, prev, hash, escalation, audit, reason, owner,
 * opened, due, kind, actor, at, corrects, note. */
int	db_escalation_chain(struct db *, struct arena *, struct dbres *);

#endif
