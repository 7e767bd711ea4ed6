/*
 * SQL for the follow-up queue: feedback that needs a person, and the
 * append-only trail of what was done about it.
 */
#include <string.h>

#include "arena.h"
#include "db.h"

#define FU_TIME(col)	"DATE_FORMAT(" col ", '%e %b %Y %H:%i')"

int
db_followups(struct db *db, struct arena *a, long long team, struct dbres *r)
{
	static const char sql[] =
	    "SELECT f.id, t.name, f.reason, " FU_TIME("f.opened_at") ", "
	    FU_TIME("f.due_at") ", f.status, f.urgent, f.due_at < UTC_TIMESTAMP() "
	    "FROM followup f JOIN team t ON t.id = f.team_id "
	    "WHERE f.status <> 'closed' AND (? = 0 OR f.team_id = ?) "
	    "ORDER BY f.urgent DESC, f.due_at, f.id";

	return db_exec(db, a, r, sql, "ii", team, team);
}

int
db_followup(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT f.id, f.team_id, t.name, f.reason, " FU_TIME("f.opened_at") ", "
	    FU_TIME("f.due_at") ", f.status, f.urgent, "
	    "f.status <> 'closed' AND f.due_at < UTC_TIMESTAMP(), " FU_TIME("f.closed_at") ", "
	    "vf.slug, COALESCE(l.name, fb.lang), DATE_FORMAT(fb.received_on, '%e %b %Y'), fb.wants_contact, "
	    "fb.contact_name, fb.contact_how, fb.wants_complaint, HEX(fb.id) "
	    "FROM followup f JOIN team t ON t.id = f.team_id "
	    "JOIN feedback fb ON fb.id = f.feedback_id "
	    "JOIN voice_form vf ON vf.id = fb.form_id "
	    "LEFT JOIN voice_lang l ON l.code = fb.lang WHERE f.id = ?";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_followup_answers(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT COALESCE(vt.text, q.qkey), fa.value, fa.text "
	    "FROM followup f JOIN feedback_answer fa ON fa.feedback_id = f.feedback_id "
	    "JOIN voice_question q ON q.id = fa.question_id "
	    "JOIN voice_form vf ON vf.id = q.form_id "
	    "LEFT JOIN voice_text vt ON vt.lang = 'en' "
	    " AND vt.tkey = CONCAT('q.', vf.slug, '.', q.qkey) "
	    "WHERE f.id = ? ORDER BY q.position";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_followup_events(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT " FU_TIME("e.at") ", COALESCE(p.display_name, 'Screening on arrival'), "
	    "e.action, e.text FROM followup_event e "
	    "LEFT JOIN staff p ON p.id = e.actor_id WHERE e.followup_id = ? ORDER BY e.id";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_team_people(struct db *db, struct arena *a, long long team, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, display_name FROM staff WHERE team_id = ? AND active = 1 "
	    "ORDER BY display_name";

	return db_exec(db, a, r, sql, "i", team);
}

/* Is the follow-up still open? Locks its row for the step. 1, 0, -1. */
static int
still_open(struct db *db, struct arena *a, long long id)
{
	static const char sql[] =
	    "SELECT 1 FROM followup WHERE id = ? AND status <> 'closed' FOR UPDATE";
	struct dbres	r;

	return db_exec(db, a, &r, sql, "i", id);
}

/* Has an action been recorded? 1, 0, -1. */
static int
has_action(struct db *db, struct arena *a, long long id)
{
	static const char sql[] =
	    "SELECT 1 FROM followup_event WHERE followup_id = ? AND action = 'action' LIMIT 1";
	struct dbres	r;

	return db_exec(db, a, &r, sql, "i", id);
}

int
db_followup_step(struct db *db, struct arena *a, long long id, long long actor,
    const char *action, const char *text, long long assignee)
{
	static const char ev_sql[] =
	    "INSERT INTO followup_event (followup_id, at, actor_id, action, text) "
	    "VALUES (?, UTC_TIMESTAMP(), ?, ?, ?)";
	static const char assign_sql[] =
	    "UPDATE followup SET assigned_to = ?, status = 'assigned' "
	    "WHERE id = ? AND status <> 'closed'";
	static const char close_sql[] =
	    "UPDATE followup SET status = 'closed', closed_at = UTC_TIMESTAMP() "
	    "WHERE id = ? AND status <> 'closed'";
	int	n = 0, closing = strcmp(action, "closed") == 0;

	if (db_begin(db) == -1)
		return -1;
	if ((n = still_open(db, a, id)) != 1) {
		db_rollback(db);
		return n == 0 ? 2 : -1;
	}
	if (closing && (n = has_action(db, a, id)) != 1) {
		db_rollback(db);
		return n == 0 ? 1 : -1;
	}
	if (db_exec(db, a, NULL, ev_sql, "iiss", id, actor, action, text) != 1 ||
	    (strcmp(action, "assigned") == 0 &&
	    db_exec(db, a, NULL, assign_sql, "ii", assignee, id) == -1) ||
	    (closing && db_exec(db, a, NULL, close_sql, "i", id) == -1) ||
	    db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

int
db_followups_unnotified(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT f.id, f.team_id, t.name, f.urgent, f.reason, " FU_TIME("f.due_at") " "
	    "FROM followup f JOIN team t ON t.id = f.team_id "
	    "WHERE f.notified_at IS NULL AND f.status <> 'closed' ORDER BY f.id LIMIT 50";

	return db_exec(db, a, r, sql, NULL);
}

int
db_followup_recipients(struct db *db, struct arena *a, long long team, struct dbres *r)
{
	static const char sql[] =
	    "SELECT email FROM staff WHERE active = 1 AND email IS NOT NULL AND email <> '' "
	    "AND ((team_id = ? AND FIND_IN_SET('manager', roles)) OR FIND_IN_SET('duty', roles)) "
	    "ORDER BY FIND_IN_SET('duty', roles), id";

	return db_exec(db, a, r, sql, "i", team);
}

int
db_followup_notified(struct db *db, long long id, int claim)
{
	static const char claim_sql[] =
	    "UPDATE followup SET notified_at = UTC_TIMESTAMP() "
	    "WHERE id = ? AND notified_at IS NULL";
	static const char undo_sql[] =
	    "UPDATE followup SET notified_at = NULL WHERE id = ?";

	return db_exec(db, NULL, NULL, claim ? claim_sql : undo_sql, "i", id);
}
