/*
 * SQL for the Insights reports on child and family voice, Practice
 * Standards sign-off, case audits and the Improvement Board pack. Only
 * counts leave here; feedback is read through column grants without
 * contact details or free text.
 */
#include <stddef.h>

#include "db.h"
#include "db_insights2.h"

/* The key columns of a row by team t (LEFT JOINed, with area sa). */
#define TEAM_KEY \
	"IFNULL(t.id, 0) tid, IFNULL(t.name, 'No team given'), " \
	"IFNULL(sa.id, 0), IFNULL(sa.name, '') "
#define TEAM_GROUP "t.id, t.name, sa.id, sa.name "
/* A merged team's figures are its survivor's (0009: merged_into_id names
 * the surviving team directly), so t is the team a row counts for. */
#define SURVIVOR(t0) "team t ON t.id = COALESCE(" t0 ".merged_into_id, " t0 ".id) "
#define FB_FROM \
	"FROM feedback f LEFT JOIN team t0 ON t0.id = f.team_id " \
	"LEFT JOIN " SURVIVOR("t0") \
	"LEFT JOIN service_area sa ON sa.id = t.service_area_id " \
	"JOIN feedback_answer fa ON fa.feedback_id = f.id " \
	"JOIN voice_question q ON q.id = fa.question_id "
#define FB_PERIOD "f.received_on >= ? AND f.received_on < ? "
#define SAT_COUNTS \
	"COUNT(DISTINCT f.id), SUM(fa.value IN ('4', '5')), COUNT(fa.question_id) "

static int
exec_period(struct db *db, struct arena *a, struct dbres *r, const char *sql,
    const struct i2period *p)
{
	return db_exec(db, a, r, sql, "ss", p->from, p->to);
}

int
db_i2_sat_team(struct db *db, struct arena *a, const struct i2period *p,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT DATE_FORMAT(f.received_on, '%Y-%m') m, " TEAM_KEY ", " SAT_COUNTS
	    FB_FROM "WHERE q.kind = 'faces' AND " FB_PERIOD
	    "GROUP BY m, " TEAM_GROUP "ORDER BY m, tid";

	return exec_period(db, a, r, sql, p);
}

int
db_i2_sat_form(struct db *db, struct arena *a, const struct i2period *p,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT DATE_FORMAT(f.received_on, '%Y-%m') m, vf.id, vf.slug, " SAT_COUNTS
	    FB_FROM "JOIN voice_form vf ON vf.id = f.form_id "
	    "WHERE q.kind = 'faces' AND " FB_PERIOD
	    "GROUP BY m, vf.id, vf.slug, vf.position ORDER BY m, vf.position";

	return exec_period(db, a, r, sql, p);
}

int
db_i2_promise(struct db *db, struct arena *a, const struct i2period *p, struct dbres *r)
{
	static const char sql[] =
	    "SELECT DATE_FORMAT(f.received_on, '%Y-%m') m, q.qkey, " TEAM_KEY ", "
	    "COUNT(fa.question_id), SUM(fa.value = 'yes') " FB_FROM
	    "WHERE q.topic = 'care_promise' AND fa.value IN ('yes', 'no', 'notsure') AND "
	    FB_PERIOD "GROUP BY m, q.qkey, " TEAM_GROUP "ORDER BY m, q.qkey, tid";

	return exec_period(db, a, r, sql, p);
}

int
db_i2_promise_items(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT q.qkey, MIN(vt.text) FROM voice_question q "
	    "JOIN voice_form vf ON vf.id = q.form_id "
	    "LEFT JOIN voice_text vt ON vt.lang = 'en' "
	    " AND vt.tkey = CONCAT('q.', vf.slug, '.', q.qkey) "
	    "WHERE q.topic = 'care_promise' GROUP BY q.qkey ORDER BY q.qkey";

	return db_exec(db, a, r, sql, NULL);
}

/* Follow-ups fu opened in the period, with team t and area sa. */
#define FU_FROM \
	"FROM followup fu JOIN team t0 ON t0.id = fu.team_id JOIN " SURVIVOR("t0") \
	"JOIN service_area sa ON sa.id = t.service_area_id " \
	"WHERE fu.opened_at >= ? AND fu.opened_at < ? "

int
db_i2_followups(struct db *db, struct arena *a, const struct i2period *p,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT " TEAM_KEY ", COUNT(fu.id), SUM(fu.status = 'closed'), "
	    "SUM(fu.status <> 'closed' AND fu.due_at < UTC_TIMESTAMP()) "
	    FU_FROM "GROUP BY " TEAM_GROUP "ORDER BY tid";

	return exec_period(db, a, r, sql, p);
}

int
db_i2_first_action(struct db *db, struct arena *a, const struct i2period *p,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT t.id tid, TIMESTAMPDIFF(MINUTE, fu.opened_at, MIN(e.at)) mins "
	    "FROM followup fu JOIN team t0 ON t0.id = fu.team_id JOIN " SURVIVOR("t0")
	    "JOIN followup_event e ON e.followup_id = fu.id "
	    " AND e.action IN ('assigned', 'action', 'closed') "
	    "WHERE fu.opened_at >= ? AND fu.opened_at < ? "
	    "GROUP BY fu.id, t.id, fu.opened_at ORDER BY tid, mins";

	return exec_period(db, a, r, sql, p);
}

int
db_i2_standards_current(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, version, DATE_FORMAT(effective_on, '%e %M %Y') "
	    "FROM standards_version WHERE effective_on <= UTC_DATE() "
	    "ORDER BY effective_on DESC, version DESC LIMIT 1";

	return db_exec(db, a, r, sql, NULL);
}

int
db_i2_acks(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT " TEAM_KEY ", COUNT(p.id), COUNT(k.id) "
	    "FROM team t JOIN service_area sa ON sa.id = t.service_area_id "
	    "JOIN staff p ON p.team_id = t.id AND p.active = 1 "
	    "JOIN (SELECT id FROM standards_version WHERE effective_on <= UTC_DATE() "
	    "      ORDER BY effective_on DESC, version DESC LIMIT 1) v "
	    "LEFT JOIN acknowledgement k ON k.staff_id = p.id "
	    " AND k.standards_version_id = v.id "
	    "WHERE t.closed_on IS NULL GROUP BY " TEAM_GROUP "ORDER BY tid";

	return db_exec(db, a, r, sql, NULL);
}

/* Each audit's deciding entry e (its latest submission or moderation). */
#define DECIDING \
	"FROM audit_entry e JOIN audit au ON au.id = e.audit_id " \
	"JOIN team t0 ON t0.id = au.team_id JOIN " SURVIVOR("t0") \
	"JOIN service_area sa ON sa.id = t.service_area_id " \
	"JOIN audit_grade g ON g.entry_id = e.id " \
	"WHERE e.kind IN ('submitted', 'moderated') AND NOT EXISTS (" \
	" SELECT 1 FROM audit_entry l WHERE l.audit_id = e.audit_id " \
	" AND l.kind IN ('submitted', 'moderated') AND l.id > e.id) " \
	"AND e.at >= ? AND e.at < ? "

int
db_i2_grades(struct db *db, struct arena *a, const struct i2period *p, struct dbres *r)
{
	static const char sql[] =
	    "SELECT DATE_FORMAT(e.at, '%Y-%m') m, " TEAM_KEY ", g.grade, COUNT(*) "
	    DECIDING "AND g.item = 'OVERALL' "
	    "GROUP BY m, " TEAM_GROUP ", g.grade ORDER BY m, tid, g.grade";

	return exec_period(db, a, r, sql, p);
}

int
db_i2_moderation(struct db *db, struct arena *a, const struct i2period *p,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT " TEAM_KEY ", COUNT(DISTINCT e.audit_id), COUNT(g.item), "
	    "SUM(g.agreed = 1) "
	    "FROM audit_entry e JOIN audit au ON au.id = e.audit_id "
	    "JOIN team t0 ON t0.id = au.team_id JOIN " SURVIVOR("t0")
	    "JOIN service_area sa ON sa.id = t.service_area_id "
	    "JOIN audit_grade g ON g.entry_id = e.id AND g.agreed IS NOT NULL "
	    "WHERE e.kind = 'moderated' AND e.corrects_id IS NULL "
	    "AND e.at >= ? AND e.at < ? "
	    "GROUP BY " TEAM_GROUP "ORDER BY tid";

	return exec_period(db, a, r, sql, p);
}

int
db_i2_escalations(struct db *db, struct arena *a, const struct i2period *p,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT " TEAM_KEY ", COUNT(x.id), SUM(c.id IS NULL), "
	    "SUM(c.id IS NULL AND x.due_at < UTC_TIMESTAMP()) "
	    "FROM escalation x JOIN team t0 ON t0.id = x.team_id JOIN " SURVIVOR("t0")
	    "JOIN service_area sa ON sa.id = t.service_area_id "
	    "LEFT JOIN escalation_event c ON c.escalation_id = x.id AND c.kind = 'closed' "
	    "WHERE x.opened_at >= ? AND x.opened_at < ? "
	    "GROUP BY " TEAM_GROUP "ORDER BY tid";

	return exec_period(db, a, r, sql, p);
}

int
db_i2_areas(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, name FROM service_area WHERE closed_on IS NULL ORDER BY name";

	return db_exec(db, a, r, sql, NULL);
}

int
db_i2_teams(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, name, service_area_id FROM team WHERE closed_on IS NULL "
	    "ORDER BY name";

	return db_exec(db, a, r, sql, NULL);
}

int
db_i2_team_area(struct db *db, struct arena *a, long long team, struct dbres *r)
{
	static const char sql[] =
	    "SELECT service_area_id, name FROM team WHERE id = ?";

	return db_exec(db, a, r, sql, "i", team);
}
