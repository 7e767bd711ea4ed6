/* SQL for the staff home page: the work waiting for this person. */
#include "app.h"
#include "db.h"

int
db_home_waves(struct db *db, struct arena *a, const struct user *u,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT w.id, w.title, DATE_FORMAT(w.closes_at, '%e %M %Y'), "
	    "EXISTS (SELECT 1 FROM participation p WHERE p.wave_id = w.id AND p.staff_id = ?), "
	    "EXISTS (SELECT 1 FROM survey_draft d WHERE d.wave_id = w.id AND d.staff_id = ?) "
	    "FROM wave w "
	    "WHERE w.opens_at <= UTC_TIMESTAMP() AND w.closes_at > UTC_TIMESTAMP() "
	    "AND (w.population = 'all' "
	    " OR (w.population = 'teams' AND EXISTS (SELECT 1 FROM wave_team t "
	    "     WHERE t.wave_id = w.id AND t.team_id = ?)) "
	    " OR (w.population = 'areas' AND EXISTS (SELECT 1 FROM wave_area wa "
	    "     JOIN team tm ON tm.service_area_id = wa.service_area_id "
	    "     WHERE wa.wave_id = w.id AND tm.id = ?))) "
	    "ORDER BY w.closes_at, w.id";

	return db_exec(db, a, r, sql, "iiii", u->id, u->id, u->team_id, u->team_id);
}

int
db_home_standards(struct db *db, struct arena *a, const struct user *u,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT v.id, v.version, DATE_FORMAT(v.effective_on, '%e %M %Y') "
	    "FROM standards_version v "
	    "WHERE v.id = (SELECT id FROM standards_version "
	    "  WHERE effective_on <= UTC_DATE() ORDER BY effective_on DESC, version DESC LIMIT 1) "
	    "AND NOT EXISTS (SELECT 1 FROM acknowledgement k "
	    "  WHERE k.staff_id = ? AND k.standards_version_id = v.id)";

	return db_exec(db, a, r, sql, "i", u->id);
}

/*
 * Audits waiting for this person: their own drafts, for auditors the
 * submitted audits they may moderate (not their own, not of their own
 * cases), and submitted audits of their cases they have not yet read.
 */
int
db_home_audits(struct db *db, struct arena *a, const struct user *u,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT a.id, a.case_ref, a.status, "
	    "CASE WHEN a.auditor_id = ? AND a.status = 'draft' THEN 'To complete' "
	    " WHEN a.worker_id = ? THEN 'To read' ELSE 'To moderate' END "
	    "FROM audit a "
	    "WHERE (a.auditor_id = ? AND a.status = 'draft') "
	    "OR (? AND a.status = 'submitted' AND a.auditor_id <> ? "
	    " AND IFNULL(a.worker_id, 0) <> ?) "
	    "OR (a.worker_id = ? AND a.status <> 'draft' AND NOT EXISTS (SELECT 1 "
	    " FROM audit_entry e WHERE e.audit_id = a.id AND e.kind = 'read' AND e.actor_id = ?)) "
	    "ORDER BY a.started_at, a.id LIMIT 50";
	long long	me = u->id, auditor = (u->roles & RBIT(ROLE_AUDITOR)) != 0;

	return db_exec(db, a, r, sql, "iiiiiiii", me, me, me, auditor, me, me, me, me);
}
