/*
 * SQL for Insights: the incremental rollup (chorusctl, ctl account) and
 * the report reads (chorus-insights account, rollup tables only).
 */
#include <string.h>

#include "arena.h"
#include "db.h"
#include "db_insights.h"

/* ---- the rollup -------------------------------------------------------- */

/* Headcount of every wave opened since the last run: the people in each
 * team who had started by its opening and had not left by then, within
 * the wave's population. Waves snapshotted, or -1. */
static int
rollup_headcount(struct db *db, struct arena *a)
{
	static const char count_sql[] =
	    "INSERT INTO roll_headcount (wave_id, team_id, headcount) "
	    "SELECT w.id, s.team_id, COUNT(*) FROM wave w "
	    "JOIN staff s ON s.team_id IS NOT NULL "
	    " AND (s.started_on IS NULL OR s.started_on <= DATE(w.opens_at)) "
	    " AND ((s.active = 1 AND s.left_on IS NULL) OR s.left_on > DATE(w.opens_at)) "
	    "JOIN team t ON t.id = s.team_id "
	    "WHERE w.opens_at <= UTC_TIMESTAMP() "
	    "AND NOT EXISTS (SELECT 1 FROM roll_wave r WHERE r.wave_id = w.id) "
	    "AND (w.population = 'all' "
	    " OR (w.population = 'areas' AND EXISTS (SELECT 1 FROM wave_area wa "
	    "  WHERE wa.wave_id = w.id AND wa.service_area_id = t.service_area_id)) "
	    " OR (w.population = 'teams' AND EXISTS (SELECT 1 FROM wave_team wt "
	    "  WHERE wt.wave_id = w.id AND wt.team_id = t.id))) "
	    "GROUP BY w.id, s.team_id";
	static const char mark_sql[] =
	    "INSERT INTO roll_wave (wave_id, snapshot_at) "
	    "SELECT w.id, UTC_TIMESTAMP() FROM wave w WHERE w.opens_at <= UTC_TIMESTAMP() "
	    "AND NOT EXISTS (SELECT 1 FROM roll_wave r WHERE r.wave_id = w.id)";

	if (db_exec(db, a, NULL, count_sql, NULL) < 0)
		return -1;
	return db_exec(db, a, NULL, mark_sql, NULL);
}

/* Add the counts of the claimed responses into the roll_* tables. 0 or -1.
 * STRAIGHT_JOIN: start from the claimed list, never from every answer to a
 * question (the temporary list has no statistics to go on). */
static int
rollup_add(struct db *db, struct arena *a, long long batch)
{
	static const char resp_sql[] =
	    "INSERT INTO roll_response (wave_id, team_id, responses) "
	    "SELECT STRAIGHT_JOIN r.wave_id, COALESCE(r.team_id, 0), COUNT(*) "
	    "FROM roll_claim c JOIN response r ON r.id = c.id "
	    "GROUP BY r.wave_id, COALESCE(r.team_id, 0) "
	    "ON DUPLICATE KEY UPDATE responses = responses + VALUES(responses)";
	static const char ans_sql[] =
	    "INSERT INTO roll_answer (wave_id, question_id, team_id, value, answers) "
	    "SELECT STRAIGHT_JOIN r.wave_id, a.question_id, COALESCE(r.team_id, 0), a.value, "
	    " COUNT(*) "
	    "FROM roll_claim c JOIN response r ON r.id = c.id JOIN answer a ON a.response_id = r.id "
	    "JOIN question q ON q.id = a.question_id AND q.kind <> 'text' "
	    "GROUP BY r.wave_id, a.question_id, COALESCE(r.team_id, 0), a.value "
	    "ON DUPLICATE KEY UPDATE answers = answers + VALUES(answers)";
	static const char score_sql[] =
	    "INSERT INTO roll_score (wave_id, question_id, team_id, answered, "
	    " favourable, total, promoters, detractors) "
	    "SELECT STRAIGHT_JOIN r.wave_id, a.question_id, COALESCE(r.team_id, 0), "
	    " SUM(a.num IS NOT NULL OR q.kind = 'yesno'), "
	    " SUM(COALESCE(CASE q.kind WHEN 'agree5' THEN a.num >= 4 "
	    "  WHEN 'yesno' THEN a.value = 'yes' ELSE a.num >= 9 END, 0)), "
	    " SUM(CASE q.kind WHEN 'yesno' THEN a.value = 'yes' ELSE COALESCE(a.num, 0) END), "
	    " SUM(COALESCE(q.kind = 'scale10' AND a.num >= 9, 0)), "
	    " SUM(COALESCE(q.kind = 'scale10' AND a.num <= 6, 0)) "
	    "FROM roll_claim c JOIN response r ON r.id = c.id JOIN answer a ON a.response_id = r.id "
	    "JOIN question q ON q.id = a.question_id "
	    " AND q.kind IN ('agree5', 'scale10', 'yesno') "
	    "GROUP BY r.wave_id, a.question_id, COALESCE(r.team_id, 0) "
	    "ON DUPLICATE KEY UPDATE answered = answered + VALUES(answered), "
	    " favourable = favourable + VALUES(favourable), total = total + VALUES(total), "
	    " promoters = promoters + VALUES(promoters), "
	    " detractors = detractors + VALUES(detractors)";
	static const char comment_sql[] =
	    "INSERT INTO roll_comment (wave_id, question_id, ord, comment) "
	    "SELECT STRAIGHT_JOIN r.wave_id, a.question_id, "
	    " UNHEX(MD5(CONCAT(RAND(), '/', RAND(), '/', HEX(r.id), '/', a.question_id))), "
	    " a.comment "
	    "FROM roll_claim c JOIN response r ON r.id = c.id JOIN answer a ON a.response_id = r.id "
	    "JOIN question q ON q.id = a.question_id AND q.kind = 'text' "
	    "WHERE a.comment IS NOT NULL AND a.comment <> ''";
	/* The waves this batch changed, so that readers who keep a wave's
	 * figures know to read them again (0018_roll_wave_batch.sql). */
	static const char wave_sql[] =
	    "UPDATE roll_wave w JOIN (SELECT STRAIGHT_JOIN DISTINCT r.wave_id "
	    " FROM roll_claim c JOIN response r ON r.id = c.id) x "
	    " ON x.wave_id = w.wave_id SET w.batch = ?";

	if (db_exec(db, a, NULL, resp_sql, NULL) < 0 ||
	    db_exec(db, a, NULL, ans_sql, NULL) < 0 ||
	    db_exec(db, a, NULL, score_sql, NULL) < 0 ||
	    db_exec(db, a, NULL, comment_sql, NULL) < 0 ||
	    db_exec(db, a, NULL, wave_sql, "i", batch) < 0)
		return -1;
	return 0;
}

/*
 * Open a batch and claim the uncounted responses into it: their ids go to
 * a temporary list (roll_claim, this connection's only) that the counting
 * statements join, and each is stamped with the batch. Claimed, or -1.
 */
static int
rollup_claim(struct db *db, struct arena *a, long long *b)
{
	static const char drop_sql[] = "DROP TEMPORARY TABLE IF EXISTS roll_claim";
	static const char tmp_sql[] =
	    "CREATE TEMPORARY TABLE roll_claim (id BINARY(16) NOT NULL PRIMARY KEY) "
	    "ENGINE=InnoDB";
	static const char batch_sql[] =
	    "INSERT INTO rollup_batch (ran_at) VALUES (UTC_TIMESTAMP())";
	static const char list_sql[] =
	    "INSERT INTO roll_claim (id) SELECT id FROM response WHERE rollup_batch IS NULL";
	static const char claim_sql[] =
	    "UPDATE response r JOIN roll_claim c ON c.id = r.id SET r.rollup_batch = ?";

	if (db_exec(db, a, NULL, drop_sql, NULL) < 0 ||
	    db_exec(db, a, NULL, tmp_sql, NULL) < 0 ||
	    db_exec(db, a, NULL, batch_sql, NULL) != 1)
		return -1;
	*b = (long long)db_insert_id(db);
	if (db_exec(db, a, NULL, list_sql, NULL) < 0)
		return -1;
	return db_exec(db, a, NULL, claim_sql, "i", *b);
}

/* One run at a time (the timer, a manual run, the dev stack's loop): take
 * or give back a named lock for this database. 1 taken, 0 busy, -1. */
static int
rollup_lock(struct db *db, struct arena *a, int take)
{
	static const char get_sql[] =
	    "SELECT GET_LOCK(CONCAT(DATABASE(), '.chorus_rollup'), 60)";
	static const char put_sql[] =
	    "SELECT RELEASE_LOCK(CONCAT(DATABASE(), '.chorus_rollup'))";
	struct dbres	r;

	if (db_exec(db, a, &r, take ? get_sql : put_sql, NULL) != 1)
		return -1;
	return dbres_int(&r, 0, 0) == 1;
}

static int rollup_batch_run(struct db *, struct arena *, struct rollup_stats *);

int
db_rollup(struct db *db, struct arena *a, struct rollup_stats *st)
{
	int	rc;

	memset(st, 0, sizeof(*st));
	if ((rc = rollup_lock(db, a, 1)) != 1)
		return -1;	/* busy for a minute, or no database */
	rc = rollup_batch_run(db, a, st);
	rollup_lock(db, a, 0);
	return rc;
}

/* The batch itself, under the lock. */
static int
rollup_batch_run(struct db *db, struct arena *a, struct rollup_stats *st)
{
	static const char done_sql[] =
	    "UPDATE rollup_batch SET responses = ? WHERE id = ?";
	/* Read committed: the scan for new responses takes no gap locks, so
	 * submissions arriving meanwhile are never held up by the rollup. */
	static const char iso_sql[] =
	    "SET TRANSACTION ISOLATION LEVEL READ COMMITTED";
	long long	b = 0;
	int		waves, n;

	if (db_exec(db, a, NULL, iso_sql, NULL) < 0 || db_begin(db) == -1)
		return -1;
	if ((waves = rollup_headcount(db, a)) < 0 ||
	    (n = rollup_claim(db, a, &b)) < 0 ||
	    (n > 0 && rollup_add(db, a, b) == -1) ||
	    db_exec(db, a, NULL, done_sql, "ii", (long long)n, b) < 0) {
		db_rollback(db);
		return -1;
	}
	if (n == 0 && waves == 0) {
		db_rollback(db);	/* nothing new: no empty batch rows */
		return 0;
	}
	if (db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	st->batch = b;
	st->responses = n;
	st->waves = waves;
	return 0;
}

/* ---- report reads ------------------------------------------------------ */

int
db_ins_surveys(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT s.id, s.title FROM survey s WHERE EXISTS (SELECT 1 FROM survey_version v "
	    " JOIN wave w ON w.survey_version_id = v.id "
	    " WHERE v.survey_id = s.id AND w.opens_at <= UTC_TIMESTAMP()) ORDER BY s.title";

	return db_exec(db, a, r, sql, NULL);
}

int
db_ins_waves(struct db *db, struct arena *a, long long survey, struct dbres *r)
{
	static const char sql[] =
	    "SELECT w.id, w.title, DATE_FORMAT(w.opens_at, '%Y-%m-%d'), "
	    " DATE_FORMAT(w.closes_at, '%Y-%m-%d'), w.threshold, "
	    " w.closes_at > UTC_TIMESTAMP(), s.title, COALESCE(rw.batch, 0) "
	    "FROM wave w JOIN survey_version v ON v.id = w.survey_version_id "
	    "JOIN survey s ON s.id = v.survey_id "
	    "LEFT JOIN roll_wave rw ON rw.wave_id = w.id "
	    "WHERE v.survey_id = ? AND w.opens_at <= UTC_TIMESTAMP() "
	    "ORDER BY w.opens_at, w.id";

	return db_exec(db, a, r, sql, "i", survey);
}

int
db_ins_wave(struct db *db, struct arena *a, long long wave, struct dbres *r)
{
	static const char sql[] =
	    "SELECT w.id, w.title, DATE_FORMAT(w.opens_at, '%Y-%m-%d'), "
	    " DATE_FORMAT(w.closes_at, '%Y-%m-%d'), w.threshold, "
	    " w.closes_at > UTC_TIMESTAMP(), s.id, s.title "
	    "FROM wave w JOIN survey_version v ON v.id = w.survey_version_id "
	    "JOIN survey s ON s.id = v.survey_id "
	    "WHERE w.id = ? AND w.opens_at <= UTC_TIMESTAMP()";

	return db_exec(db, a, r, sql, "i", wave);
}

int
db_ins_questions(struct db *db, struct arena *a, long long survey, int scored,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT q.qkey, q.kind, q.text, sc.position, sc.title FROM question q "
	    "JOIN survey_section sc ON sc.id = q.section_id "
	    "WHERE q.survey_version_id = (SELECT v.id FROM survey_version v "
	    "  JOIN wave w ON w.survey_version_id = v.id "
	    "  WHERE v.survey_id = ? AND w.opens_at <= UTC_TIMESTAMP() "
	    "  ORDER BY v.version DESC LIMIT 1) "
	    "AND (q.kind IN ('agree5', 'scale10', 'yesno')) = (? = 1) "
	    "ORDER BY sc.position, q.position";

	return db_exec(db, a, r, sql, "ii", survey, (long long)(scored != 0));
}

int
db_ins_org(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT t.id, t.name, sa.id, sa.name FROM team t "
	    "JOIN service_area sa ON sa.id = t.service_area_id "
	    "WHERE t.merged_into_id IS NULL ORDER BY sa.name, sa.id, t.name";

	return db_exec(db, a, r, sql, NULL);
}

int
db_ins_score_rows(struct db *db, struct arena *a, long long survey, long long from,
    long long to, struct dbres *r)
{
	/* STRAIGHT_JOIN: the survey's few waves first, then a range of
	 * roll_score's primary key for each; no join, no temporary table. */
	static const char sql[] =
	    "SELECT STRAIGHT_JOIN s.wave_id, s.question_id, s.team_id, s.answered, "
	    " s.favourable, s.total, s.promoters, s.detractors "
	    "FROM survey_version v JOIN wave w ON w.survey_version_id = v.id "
	    "JOIN roll_score s ON s.wave_id = w.id "
	    "WHERE v.survey_id = ? AND w.opens_at <= UTC_TIMESTAMP() "
	    "AND (? = 0 OR w.opens_at >= (SELECT f.opens_at FROM wave f WHERE f.id = ?)) "
	    "AND (? = 0 OR w.opens_at <= (SELECT l.opens_at FROM wave l WHERE l.id = ?))";

	return db_exec(db, a, r, sql, "iiiii", survey, from, from, to, to);
}

int
db_ins_question_ids(struct db *db, struct arena *a, long long survey, struct dbres *r)
{
	static const char sql[] =
	    "SELECT q.id, q.qkey FROM survey_version v "
	    "JOIN question q ON q.survey_version_id = v.id "
	    " AND q.kind IN ('agree5', 'scale10', 'yesno') "
	    "WHERE v.survey_id = ? ORDER BY q.id";

	return db_exec(db, a, r, sql, "i", survey);
}

int
db_ins_team_fold(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT t.id, COALESCE(t.merged_into_id, t.id) FROM team t ORDER BY t.id";

	return db_exec(db, a, r, sql, NULL);
}

int
db_ins_responses(struct db *db, struct arena *a, long long survey, long long from,
    long long to, struct dbres *r)
{
	static const char sql[] =
	    "SELECT p.wave_id, COALESCE(t.merged_into_id, t.id, 0), SUM(p.responses) "
	    "FROM wave w JOIN survey_version v ON v.id = w.survey_version_id "
	    "JOIN roll_response p ON p.wave_id = w.id "
	    "LEFT JOIN team t ON t.id = p.team_id "
	    "WHERE v.survey_id = ? AND w.opens_at <= UTC_TIMESTAMP() "
	    "AND (? = 0 OR w.opens_at >= (SELECT f.opens_at FROM wave f WHERE f.id = ?)) "
	    "AND (? = 0 OR w.opens_at <= (SELECT l.opens_at FROM wave l WHERE l.id = ?)) "
	    "GROUP BY p.wave_id, COALESCE(t.merged_into_id, t.id, 0)";

	return db_exec(db, a, r, sql, "iiiii", survey, from, from, to, to);
}

int
db_ins_headcount(struct db *db, struct arena *a, long long wave, struct dbres *r)
{
	static const char sql[] =
	    "SELECT COALESCE(t.merged_into_id, t.id), SUM(h.headcount) "
	    "FROM roll_headcount h JOIN team t ON t.id = h.team_id "
	    "WHERE h.wave_id = ? GROUP BY COALESCE(t.merged_into_id, t.id)";

	return db_exec(db, a, r, sql, "i", wave);
}

int
db_ins_answers(struct db *db, struct arena *a, long long wave, const char *qkey,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT COALESCE(t.merged_into_id, t.id, 0), n.value, SUM(n.answers) "
	    "FROM wave w JOIN question q ON q.survey_version_id = w.survey_version_id "
	    " AND q.qkey = ? "
	    "JOIN roll_answer n ON n.wave_id = w.id AND n.question_id = q.id "
	    "LEFT JOIN team t ON t.id = n.team_id "
	    "WHERE w.id = ? GROUP BY COALESCE(t.merged_into_id, t.id, 0), n.value";

	return db_exec(db, a, r, sql, "si", qkey, wave);
}

int
db_ins_comment_counts(struct db *db, struct arena *a, long long wave, struct dbres *r)
{
	static const char sql[] =
	    "SELECT q.qkey, COUNT(c.ord) FROM wave w "
	    "JOIN question q ON q.survey_version_id = w.survey_version_id AND q.kind = 'text' "
	    "LEFT JOIN roll_comment c ON c.wave_id = w.id AND c.question_id = q.id "
	    "WHERE w.id = ? GROUP BY q.id, q.qkey";

	return db_exec(db, a, r, sql, "i", wave);
}

int
db_ins_comments(struct db *db, struct arena *a, long long wave, const char *qkey,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT c.comment FROM wave w "
	    "JOIN question q ON q.survey_version_id = w.survey_version_id AND q.qkey = ? "
	    "JOIN roll_comment c ON c.wave_id = w.id AND c.question_id = q.id "
	    "WHERE w.id = ? ORDER BY c.ord";

	return db_exec(db, a, r, sql, "si", qkey, wave);
}

/*
 * What a kept report depends on besides the person, the query and the
 * clock: the last rollup batch (every write to the roll_* tables is in
 * one) and the catalog generation (migration 0019's triggers on the
 * organisation and survey tables). Read with the session: two lookups.
 */
const char ins_stamp_cols[] =
    "(SELECT COALESCE(MAX(id), 0) FROM rollup_batch), "
    "(SELECT gen FROM catalog_gen WHERE id = 1)";

/* Seconds until the next wave opens or closes (when a report's waves
 * change by the clock alone): 1 with *secs set, 0 if none ever will, -1. */
int
db_ins_next_change(struct db *db, struct arena *a, long long *secs)
{
	static const char sql[] =
	    "SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), LEAST("
	    " COALESCE((SELECT MIN(opens_at) FROM wave WHERE opens_at > UTC_TIMESTAMP()), "
	    "  '9999-12-31'), "
	    " COALESCE((SELECT MIN(closes_at) FROM wave WHERE closes_at > UTC_TIMESTAMP()), "
	    "  '9999-12-31')))";
	struct dbres	r;

	if (db_exec(db, a, &r, sql, NULL) != 1 || dbres_null(&r, 0, 0))
		return -1;
	*secs = dbres_int(&r, 0, 0);
	return *secs > 365LL * 24 * 3600 * 1000 ? 0 : 1;
}

int
db_ins_last_rollup(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT DATE_FORMAT(MAX(ran_at), '%Y-%m-%d %H:%i UTC') FROM rollup_batch "
	    "WHERE responses > 0";

	return db_exec(db, a, r, sql, NULL);
}
