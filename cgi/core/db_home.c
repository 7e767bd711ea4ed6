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

int
db_home_audits(struct db *db, struct arena *a, const struct user *u,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, case_ref, status, "
	    "IF(auditor_id = ?, 'To complete', 'To moderate') "
	    "FROM audit "
	    "WHERE (auditor_id = ? AND status = 'draft') "
	    "OR (moderator_id = ? AND status = 'submitted') "
	    "ORDER BY started_at, id";

	return db_exec(db, a, r, sql, "iii", u->id, u->id, u->id);
}
