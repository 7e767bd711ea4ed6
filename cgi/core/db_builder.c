/*
 * SQL for the survey builder and waves (chorus-admin). Each change is one
 * transaction with its admin-log row. Statements that edit a survey name
 * the version and join it to state = 'draft', so a published version
 * cannot be changed through them whatever the caller passes. Counts of
 * responses are COUNT(*) over participation.wave_id only.
 */
#include <string.h>

#include "arena.h"
#include "db_builder.h"
#include "survey.h"

/* Responses of every wave of a version, from participation counts only. */
#define VERSION_RESPONSES \
	"(SELECT COUNT(*) FROM participation p JOIN wave w ON w.id = p.wave_id " \
	" WHERE w.survey_version_id = v.id)"
#define IS_DRAFT \
	"(SELECT id FROM survey_version WHERE id = ? AND state = 'draft')"

int
db_builder_surveys(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT s.id, s.slug, s.title, MAX(v.version), COUNT(v.id), "
	    "MAX(IF(v.state = 'draft', v.id, NULL)), "
	    "(SELECT x.id FROM survey_version x WHERE x.survey_id = s.id "
	    " ORDER BY x.version DESC LIMIT 1) FROM survey s "
	    "JOIN survey_version v ON v.survey_id = s.id "
	    "GROUP BY s.id, s.slug, s.title ORDER BY s.title";

	return db_exec(db, a, r, sql, NULL);
}

int
db_builder_versions(struct db *db, struct arena *a, long long survey,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT v.id, v.version, v.state, "
	    "(SELECT COUNT(*) FROM wave w WHERE w.survey_version_id = v.id), "
	    VERSION_RESPONSES " FROM survey_version v WHERE v.survey_id = ? "
	    "ORDER BY v.version DESC";

	return db_exec(db, a, r, sql, "i", survey);
}

int
db_builder_version(struct db *db, struct arena *a, long long version,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT s.id, s.slug, s.title, s.intro, v.version, v.state, "
	    "(SELECT COUNT(*) FROM wave w WHERE w.survey_version_id = v.id), "
	    VERSION_RESPONSES " FROM survey_version v "
	    "JOIN survey s ON s.id = v.survey_id WHERE v.id = ?";

	return db_exec(db, a, r, sql, "i", version);
}

int
db_builder_survey_get(struct db *db, struct arena *a, long long version,
    struct survey *s)
{
	struct dbres	r;
	int		n;

	if ((n = db_builder_version(db, a, version, &r)) <= 0)
		return n;
	if (db_survey_load(db, a, version, s) == -1)
		return -1;
	s->slug = dbres_str(&r, 0, 1);
	s->title = dbres_str(&r, 0, 2);
	s->intro = dbres_str(&r, 0, 3);
	s->version = (unsigned)dbres_int(&r, 0, 4);
	return 1;
}

/* The survey row, its draft version 1 and first section. 0, 1, -1. */
static int
survey_add_rows(struct db *db, const char *slug, const char *title,
    const char *intro, const char *section, long long *version)
{
	static const char ins_s[] =
	    "INSERT INTO survey (slug, title, intro) VALUES (?, ?, ?)";
	static const char ins_v[] =
	    "INSERT INTO survey_version (survey_id, version, state) "
	    "VALUES (?, 1, 'draft')";
	static const char ins_sec[] =
	    "INSERT INTO survey_section (survey_version_id, position, title, intro) "
	    "VALUES (?, 1, ?, '')";
	long long	sid;

	if (db_exec(db, NULL, NULL, ins_s, "sss", slug, title, intro) != 1)
		return db_is_dup(db) ? 1 : -1;
	sid = (long long)db_insert_id(db);
	if (db_exec(db, NULL, NULL, ins_v, "i", sid) != 1)
		return -1;
	*version = (long long)db_insert_id(db);
	if (db_exec(db, NULL, NULL, ins_sec, "is", *version, section) != 1)
		return -1;
	return 0;
}

int
db_builder_survey_add(struct db *db, long long actor, const char *slug,
    const char *title, const char *intro, const char *section,
    long long *version)
{
	int	rc;

	if (db_begin(db) == -1)
		return -1;
	rc = survey_add_rows(db, slug, title, intro, section, version);
	if (rc == 0)
		rc = db_admin_log(db, actor, "survey.add", slug, NULL, title);
	return db_finish(db, rc);
}

/* The survey's draft, if it has one: *draft set, 1; 0 none; -1. */
static int
draft_of(struct db *db, struct arena *a, long long survey, long long *draft)
{
	static const char sql[] =
	    "SELECT id FROM survey_version WHERE survey_id = ? AND state = 'draft' "
	    "FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "i", survey)) > 0)
		*draft = dbres_int(&r, 0, 0);
	return n < 0 ? -1 : n > 0;
}

/* Sections, questions and options of from into the new version to. 0 or -1. */
static int
copy_body(struct db *db, long long from, long long to)
{
	static const char sec[] =
	    "INSERT INTO survey_section (survey_version_id, position, title, intro) "
	    "SELECT ?, position, title, intro FROM survey_section "
	    "WHERE survey_version_id = ?";
	static const char qs[] =
	    "INSERT INTO question (survey_version_id, section_id, position, qkey, "
	    "kind, text, hint, required, maxlen, show_if_qkey, show_if_value) "
	    "SELECT ?, ns.id, q.position, q.qkey, q.kind, q.text, q.hint, "
	    "q.required, q.maxlen, q.show_if_qkey, q.show_if_value FROM question q "
	    "JOIN survey_section os ON os.id = q.section_id "
	    "JOIN survey_section ns ON ns.survey_version_id = ? "
	    " AND ns.position = os.position WHERE q.survey_version_id = ?";
	static const char opts[] =
	    "INSERT INTO question_option (question_id, position, value, label) "
	    "SELECT nq.id, o.position, o.value, o.label FROM question_option o "
	    "JOIN question oq ON oq.id = o.question_id "
	    "JOIN question nq ON nq.survey_version_id = ? AND nq.qkey = oq.qkey "
	    "WHERE oq.survey_version_id = ?";

	if (db_exec(db, NULL, NULL, sec, "ii", to, from) == -1 ||
	    db_exec(db, NULL, NULL, qs, "iii", to, to, from) == -1 ||
	    db_exec(db, NULL, NULL, opts, "ii", to, from) == -1)
		return -1;
	return 0;
}

/* The copy inside its transaction. 0, 1 (a draft exists), -1. */
static int
copy_rows(struct db *db, struct arena *a, long long actor, long long from,
    long long *version)
{
	static const char ins[] =
	    "INSERT INTO survey_version (survey_id, version, state) "
	    "SELECT survey_id, (SELECT MAX(version) + 1 FROM survey_version x "
	    " WHERE x.survey_id = v.survey_id), 'draft' FROM survey_version v "
	    "WHERE v.id = ?";
	struct dbres	r;
	int		n;

	if (db_builder_version(db, a, from, &r) != 1)
		return -1;
	if ((n = draft_of(db, a, dbres_int(&r, 0, 0), version)) != 0)
		return n;
	if (db_exec(db, NULL, NULL, ins, "i", from) != 1)
		return -1;
	*version = (long long)db_insert_id(db);
	if (copy_body(db, from, *version) == -1)
		return -1;
	return db_admin_log(db, actor, "survey.copy", dbres_str(&r, 0, 1),
	    arena_printf(a, "version %s", dbres_str(&r, 0, 4)),
	    arena_printf(a, "draft version id %lld", *version));
}

int
db_builder_copy(struct db *db, long long actor, long long from,
    long long *version)
{
	struct arena	*a;
	int		 rc;

	if ((a = arena_new(0)) == NULL)
		return -1;
	if (db_begin(db) == -1) {
		arena_free(a);
		return -1;
	}
	rc = db_finish(db, copy_rows(db, a, actor, from, version));
	arena_free(a);
	return rc;
}

int
db_builder_publish(struct db *db, long long actor, long long version)
{
	static const char empty[] =
	    "SELECT COUNT(*) FROM survey_section sc WHERE sc.survey_version_id = ? "
	    "AND NOT EXISTS (SELECT 1 FROM question q WHERE q.section_id = sc.id)";
	static const char upd[] =
	    "UPDATE survey_version SET state = 'published' "
	    "WHERE id = ? AND state = 'draft'";
	struct arena	*a;
	struct dbres	 r;
	int		 rc = -1, n;

	if ((a = arena_new(0)) == NULL)
		return -1;
	if (db_begin(db) == -1) {
		arena_free(a);
		return -1;
	}
	if (db_exec(db, a, &r, empty, "i", version) == 1 &&
	    (n = db_exec(db, NULL, NULL, upd, "i", version)) >= 0) {
		rc = n == 0 ? 1 : dbres_int(&r, 0, 0) > 0 ? 2 :
		    db_admin_log(db, actor, "survey.publish",
		    arena_printf(a, "survey version id %lld", version), "draft",
		    "published");
	}
	arena_free(a);
	return db_finish(db, rc);
}

int
db_builder_section_add(struct db *db, long long actor, long long version,
    const char *title, const char *intro)
{
	static const char sql[] =
	    "INSERT INTO survey_section (survey_version_id, position, title, intro) "
	    "SELECT d.id, COALESCE((SELECT MAX(position) FROM survey_section "
	    " WHERE survey_version_id = d.id), 0) + 1, ?, ? FROM " IS_DRAFT " d";
	int	n, rc;

	if (db_begin(db) == -1)
		return -1;
	if ((n = db_exec(db, NULL, NULL, sql, "ssi", title, intro, version)) < 0)
		rc = -1;
	else if (n == 0)
		rc = 1;
	else
		rc = db_admin_log(db, actor, "survey.section.add", title, NULL, title);
	return db_finish(db, rc);
}

/* Does the draft version hold this section? 1, 0, -1. Locks the version. */
static int
draft_section(struct db *db, struct arena *a, long long version, long long section)
{
	static const char sql[] =
	    "SELECT sc.id FROM survey_section sc JOIN survey_version v "
	    "ON v.id = sc.survey_version_id WHERE sc.id = ? AND v.id = ? "
	    "AND v.state = 'draft' FOR UPDATE";
	struct dbres	r;

	return db_exec(db, a, &r, sql, "ii", section, version);
}

/* The question of a draft version: fills *section, *pos, *qkey. 1, 0, -1. */
static int
draft_question(struct db *db, struct arena *a, long long version, long long q,
    long long *section, long long *pos, const char **qkey)
{
	static const char sql[] =
	    "SELECT q.section_id, q.position, q.qkey FROM question q "
	    "JOIN survey_version v ON v.id = q.survey_version_id "
	    "WHERE q.id = ? AND v.id = ? AND v.state = 'draft' FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "ii", q, version)) != 1)
		return n;
	*section = dbres_int(&r, 0, 0);
	*pos = dbres_int(&r, 0, 1);
	*qkey = dbres_str(&r, 0, 2);
	return 1;
}

/* Did qkey have another kind in an earlier version of this survey? 1, 0, -1. */
static int
kind_clash(struct db *db, struct arena *a, long long version, const char *qkey,
    const char *kind)
{
	static const char sql[] =
	    "SELECT 1 FROM question q JOIN survey_version v ON v.id = q.survey_version_id "
	    "WHERE v.survey_id = (SELECT survey_id FROM survey_version WHERE id = ?) "
	    "AND v.id <> ? AND q.qkey = ? AND q.kind <> ? LIMIT 1";
	struct dbres	r;

	return db_exec(db, a, &r, sql, "iiss", version, version, qkey, kind);
}

/* Replace a question's options with q's. 0 or -1. */
static int
options_put(struct db *db, struct arena *a, long long qid, const struct bquestion *q)
{
	static const char del[] = "DELETE FROM question_option WHERE question_id = ?";
	static const char ins[] =
	    "INSERT INTO question_option (question_id, position, value, label) "
	    "VALUES (?, ?, ?, ?)";
	struct dbcol	 cols[4];
	long long	*ids, *pos;
	size_t		 i;

	if (db_exec(db, NULL, NULL, del, "i", qid) == -1)
		return -1;
	if (q->nopts == 0)
		return 0;
	ids = arena_alloc(a, sizeof(*ids) * q->nopts);
	pos = arena_alloc(a, sizeof(*pos) * q->nopts);
	if (ids == NULL || pos == NULL)
		return -1;
	for (i = 0; i < q->nopts; i++) {
		ids[i] = qid;
		pos[i] = (long long)i + 1;
	}
	memset(cols, 0, sizeof(cols));
	cols[0].type = 'i';
	cols[0].vals = ids;
	cols[1].type = 'i';
	cols[1].vals = pos;
	cols[2].type = 's';
	cols[2].strs = q->opt_values;
	cols[3].type = 's';
	cols[3].strs = q->opt_labels;
	return db_exec_rows(db, a, ins, q->nopts, cols, 4) == (int)q->nopts ? 0 : -1;
}

/* Insert a new question at the end of its section. 0, 2 qkey taken, -1. */
static int
question_insert(struct db *db, long long version, const struct bquestion *q,
    long long *id)
{
	static const char sql[] =
	    "INSERT INTO question (survey_version_id, section_id, position, qkey, "
	    "kind, text, hint, required, maxlen, show_if_qkey, show_if_value) "
	    "SELECT ?, ?, COALESCE((SELECT MAX(position) FROM question "
	    " WHERE section_id = ?), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?";

	if (db_exec(db, NULL, NULL, sql, "iiissssiiss", version, q->section_id,
	    q->section_id, q->qkey, q->kind, q->text, q->hint,
	    (long long)(q->required != 0), q->maxlen, q->show_if_qkey,
	    q->show_if_qkey ? q->show_if_value : NULL) != 1)
		return db_is_dup(db) ? 2 : -1;
	*id = (long long)db_insert_id(db);
	return 0;
}

static int
question_update(struct db *db, long long version, const struct bquestion *q)
{
	static const char sql[] =
	    "UPDATE question SET kind = ?, text = ?, hint = ?, required = ?, "
	    "maxlen = ?, show_if_qkey = ?, show_if_value = ? "
	    "WHERE id = ? AND survey_version_id = ?";

	return db_exec(db, NULL, NULL, sql, "sssiissii", q->kind, q->text, q->hint,
	    (long long)(q->required != 0), q->maxlen, q->show_if_qkey,
	    q->show_if_qkey ? q->show_if_value : NULL, q->id, version) < 0 ? -1 : 0;
}

/* The save inside its transaction. */
static int
question_save_rows(struct db *db, struct arena *a, long long actor,
    long long version, const struct bquestion *q, long long *id)
{
	long long	 sec, pos;
	const char	*qkey = q->qkey;
	int		 n;

	if (q->id != 0)
		n = draft_question(db, a, version, q->id, &sec, &pos, &qkey);
	else
		n = draft_section(db, a, version, q->section_id);
	if (n != 1)
		return n == 0 ? 1 : -1;
	if ((n = kind_clash(db, a, version, qkey, q->kind)) != 0)
		return n < 0 ? -1 : 3;
	*id = q->id;
	if (q->id == 0 && (n = question_insert(db, version, q, id)) != 0)
		return n;
	if (q->id != 0 && question_update(db, version, q) == -1)
		return -1;
	if (options_put(db, a, *id, q) == -1)
		return -1;
	return db_admin_log(db, actor, q->id ? "survey.question.edit" :
	    "survey.question.add", arena_printf(a, "survey version id %lld "
	    "question %s", version, qkey), NULL, q->text);
}

int
db_builder_question_save(struct db *db, struct arena *a, long long actor,
    long long version, const struct bquestion *q, long long *id)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, question_save_rows(db, a, actor, version, q, id));
}

/* The neighbour of (section, pos) in direction dir: id, position. 1, 0, -1. */
static int
neighbour(struct db *db, struct arena *a, long long section, long long pos,
    int dir, long long *nid, long long *npos)
{
	static const char up[] =
	    "SELECT id, position FROM question WHERE section_id = ? AND position < ? "
	    "ORDER BY position DESC LIMIT 1 FOR UPDATE";
	static const char down[] =
	    "SELECT id, position FROM question WHERE section_id = ? AND position > ? "
	    "ORDER BY position LIMIT 1 FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, dir < 0 ? up : down, "ii", section, pos)) != 1)
		return n;
	*nid = dbres_int(&r, 0, 0);
	*npos = dbres_int(&r, 0, 1);
	return 1;
}

/* Swap positions through 0, which no question holds. 0 or -1. */
static int
swap_positions(struct db *db, long long a_id, long long a_pos, long long b_id,
    long long b_pos)
{
	static const char sql[] = "UPDATE question SET position = ? WHERE id = ?";

	if (db_exec(db, NULL, NULL, sql, "ii", 0LL, a_id) != 1 ||
	    db_exec(db, NULL, NULL, sql, "ii", a_pos, b_id) != 1 ||
	    db_exec(db, NULL, NULL, sql, "ii", b_pos, a_id) != 1)
		return -1;
	return 0;
}

/*
 * The section next to this one in direction dir, locked, with the lowest
 * and highest question positions in it (0 when it has none). 1, 0, -1.
 */
static int
next_section(struct db *db, struct arena *a, long long version, long long section,
    int dir, long long *next, long long *lo, long long *hi)
{
	static const char up[] =
	    "SELECT n.id FROM survey_section n JOIN survey_section s ON s.id = ? "
	    "WHERE n.survey_version_id = ? AND n.position < s.position "
	    "ORDER BY n.position DESC LIMIT 1 FOR UPDATE";
	static const char down[] =
	    "SELECT n.id FROM survey_section n JOIN survey_section s ON s.id = ? "
	    "WHERE n.survey_version_id = ? AND n.position > s.position "
	    "ORDER BY n.position LIMIT 1 FOR UPDATE";
	static const char span[] =
	    "SELECT COALESCE(MIN(position), 0), COALESCE(MAX(position), 0) "
	    "FROM question WHERE section_id = ? FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, dir < 0 ? up : down, "ii", section, version)) != 1)
		return n;
	*next = dbres_int(&r, 0, 0);
	if (db_exec(db, a, &r, span, "i", *next) != 1)
		return -1;
	*lo = dbres_int(&r, 0, 0);
	*hi = dbres_int(&r, 0, 1);
	return 1;
}

/*
 * The first or last question of its section goes on to the end of the
 * section before or the start of the section after. 1 moved, 0 nowhere to
 * go, -1. *to is the section it is in now, *npos its position there.
 */
static int
cross_section(struct db *db, struct arena *a, long long version, long long q,
    long long sec, int dir, long long *to, long long *npos)
{
	static const char put[] =
	    "UPDATE question SET section_id = ?, position = ? WHERE id = ?";
	static const char shift[] =
	    "UPDATE question SET position = position + 1 WHERE section_id = ? "
	    "ORDER BY position DESC";
	long long	lo, hi;
	int		n;

	if ((n = next_section(db, a, version, sec, dir, to, &lo, &hi)) != 1)
		return n;
	if (dir < 0)
		*npos = hi + 1;
	else if (lo > 1)
		*npos = lo - 1;
	else {
		if (lo == 1 && db_exec(db, NULL, NULL, shift, "i", *to) == -1)
			return -1;
		*npos = 1;
	}
	return db_exec(db, NULL, NULL, put, "iii", *to, *npos, q) == 1 ? 1 : -1;
}

static int
question_move_rows(struct db *db, struct arena *a, long long actor,
    long long version, long long q, int dir)
{
	long long	 sec, pos, nid, npos, to;
	const char	*qkey, *what;
	int		 n;

	if ((n = draft_question(db, a, version, q, &sec, &pos, &qkey)) != 1)
		return n == 0 ? 1 : -1;
	what = arena_printf(a, "survey version id %lld question %s", version, qkey);
	if ((n = neighbour(db, a, sec, pos, dir, &nid, &npos)) == -1)
		return -1;
	if (n == 1) {
		if (swap_positions(db, q, pos, nid, npos) == -1)
			return -1;
		return db_admin_log(db, actor, "survey.question.move", what,
		    arena_printf(a, "position %lld", pos),
		    arena_printf(a, "position %lld", npos));
	}
	if ((n = cross_section(db, a, version, q, sec, dir, &to, &npos)) != 1)
		return n == 0 ? 1 : -1;
	return db_admin_log(db, actor, "survey.question.move", what,
	    arena_printf(a, "section id %lld position %lld", sec, pos),
	    arena_printf(a, "section id %lld position %lld", to, npos));
}

int
db_builder_question_move(struct db *db, struct arena *a, long long actor,
    long long version, long long question, int dir)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, question_move_rows(db, a, actor, version, question, dir));
}

static int
question_remove_rows(struct db *db, struct arena *a, long long actor,
    long long version, long long q)
{
	static const char dep[] =
	    "SELECT 1 FROM question WHERE survey_version_id = ? AND show_if_qkey = ? "
	    "LIMIT 1";
	static const char del_o[] = "DELETE FROM question_option WHERE question_id = ?";
	static const char del_q[] =
	    "DELETE FROM question WHERE id = ? AND survey_version_id = ?";
	struct dbres	 r;
	long long	 sec, pos;
	const char	*qkey;
	int		 n;

	if ((n = draft_question(db, a, version, q, &sec, &pos, &qkey)) != 1)
		return n == 0 ? 1 : -1;
	if ((n = db_exec(db, a, &r, dep, "is", version, qkey)) != 0)
		return n < 0 ? -1 : 2;
	if (db_exec(db, NULL, NULL, del_o, "i", q) == -1 ||
	    db_exec(db, NULL, NULL, del_q, "ii", q, version) != 1)
		return -1;
	return db_admin_log(db, actor, "survey.question.remove",
	    arena_printf(a, "survey version id %lld question %s", version, qkey),
	    qkey, NULL);
}

int
db_builder_question_remove(struct db *db, struct arena *a, long long actor,
    long long version, long long question)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, question_remove_rows(db, a, actor, version, question));
}

/* ---- waves --------------------------------------------------------------- */

int
db_builder_published(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT v.id, s.title, v.version FROM survey_version v "
	    "JOIN survey s ON s.id = v.survey_id WHERE v.state = 'published' "
	    "ORDER BY s.title, v.version DESC";

	return db_exec(db, a, r, sql, NULL);
}

#define WAVE_SELECT \
	"SELECT w.id, w.title, s.title, v.version, " \
	"DATE_FORMAT(w.opens_at, '%Y-%m-%d %H:%i:%s'), " \
	"DATE_FORMAT(w.closes_at, '%Y-%m-%d %H:%i:%s'), w.population, w.threshold, " \
	"IF(w.opens_at > UTC_TIMESTAMP(), -1, IF(w.closes_at <= UTC_TIMESTAMP(), 1, 0)), " \
	"(SELECT COUNT(*) FROM participation p WHERE p.wave_id = w.id) " \
	"FROM wave w JOIN survey_version v ON v.id = w.survey_version_id " \
	"JOIN survey s ON s.id = v.survey_id "

int
db_builder_waves(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] = WAVE_SELECT "ORDER BY w.opens_at DESC, w.id DESC";

	return db_exec(db, a, r, sql, NULL);
}

int
db_builder_wave(struct db *db, struct arena *a, long long wave, struct dbres *r)
{
	static const char sql[] = WAVE_SELECT "WHERE w.id = ?";

	return db_exec(db, a, r, sql, "i", wave);
}

int
db_builder_wave_groups(struct db *db, struct arena *a, long long wave,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT t.name FROM wave_team wt JOIN team t ON t.id = wt.team_id "
	    "WHERE wt.wave_id = ? UNION ALL "
	    "SELECT sa.name FROM wave_area wa JOIN service_area sa "
	    "ON sa.id = wa.service_area_id WHERE wa.wave_id = ? ORDER BY 1";

	return db_exec(db, a, r, sql, "ii", wave, wave);
}

int
db_builder_open_teams(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT t.id, t.name, sa.name FROM team t JOIN service_area sa "
	    "ON sa.id = t.service_area_id WHERE t.closed_on IS NULL "
	    "ORDER BY sa.name, t.name";

	return db_exec(db, a, r, sql, NULL);
}

/* The wave's areas or teams. 0, 2 one does not exist, -1. */
static int
wave_groups_put(struct db *db, struct arena *a, long long id, const struct bwave *w)
{
	static const char team[] =
	    "INSERT INTO wave_team (wave_id, team_id) SELECT ?, id FROM team "
	    "WHERE id = ? AND closed_on IS NULL";
	static const char area[] =
	    "INSERT INTO wave_area (wave_id, service_area_id) SELECT ?, id "
	    "FROM service_area WHERE id = ? AND closed_on IS NULL";
	const char	*sql = strcmp(w->population, "teams") == 0 ? team : area;
	size_t		 i;
	int		 n;

	(void)a;
	if (strcmp(w->population, "all") == 0)
		return 0;
	for (i = 0; i < w->ngroups; i++) {
		if ((n = db_exec(db, NULL, NULL, sql, "ii", id, w->groups[i])) != 1)
			return n == 0 || db_is_dup(db) ? 2 : -1;
	}
	return 0;
}

static int
wave_add_rows(struct db *db, struct arena *a, long long actor,
    const struct bwave *w, long long *id)
{
	static const char sql[] =
	    "INSERT INTO wave (survey_version_id, title, opens_at, closes_at, "
	    "population, threshold) SELECT id, ?, ?, ?, ?, ? FROM survey_version "
	    "WHERE id = ? AND state = 'published'";
	int	n;

	if ((n = db_exec(db, NULL, NULL, sql, "ssssii", w->title, w->opens,
	    w->closes, w->population, w->threshold, w->version_id)) != 1)
		return n == 0 ? 1 : -1;
	*id = (long long)db_insert_id(db);
	if ((n = wave_groups_put(db, a, *id, w)) != 0)
		return n;
	return db_admin_log(db, actor, "wave.add", w->title, NULL,
	    arena_printf(a, "survey version id %lld, %s to %s UTC, %s, threshold %lld",
	    w->version_id, w->opens, w->closes, w->population, w->threshold));
}

int
db_builder_wave_add(struct db *db, struct arena *a, long long actor,
    const struct bwave *w, long long *id)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, wave_add_rows(db, a, actor, w, id));
}

static int
wave_change_rows(struct db *db, struct arena *a, long long actor, long long wave,
    enum wave_change how, const char *when)
{
	static const char *const sql[] = {
		[WAVE_OPEN_NOW] = "UPDATE wave SET opens_at = UTC_TIMESTAMP() "
		    "WHERE id = ? AND opens_at > UTC_TIMESTAMP()",
		[WAVE_CLOSE_NOW] = "UPDATE wave SET closes_at = UTC_TIMESTAMP() "
		    "WHERE id = ? AND opens_at <= UTC_TIMESTAMP() "
		    "AND closes_at > UTC_TIMESTAMP()",
		[WAVE_EXTEND] = "UPDATE wave SET closes_at = ? WHERE id = ? "
		    "AND closes_at > UTC_TIMESTAMP() AND closes_at < ?",
	};
	static const char *const action[] = {
		[WAVE_OPEN_NOW] = "wave.open", [WAVE_CLOSE_NOW] = "wave.close",
		[WAVE_EXTEND] = "wave.extend",
	};
	struct dbres	r;
	int		n;

	if (db_builder_wave(db, a, wave, &r) != 1)
		return 1;
	if (how == WAVE_EXTEND)
		n = db_exec(db, NULL, NULL, sql[how], "sis", when, wave, when);
	else
		n = db_exec(db, NULL, NULL, sql[how], "i", wave);
	if (n != 1)
		return n == 0 ? 1 : -1;
	return db_admin_log(db, actor, action[how], dbres_str(&r, 0, 1),
	    arena_printf(a, "%s to %s UTC", dbres_str(&r, 0, 4), dbres_str(&r, 0, 5)),
	    how == WAVE_EXTEND ? arena_printf(a, "closes %s UTC", when) :
	    how == WAVE_OPEN_NOW ? "opened now" : "closed now");
}

int
db_builder_wave_change(struct db *db, struct arena *a, long long actor,
    long long wave, enum wave_change how, const char *when_utc)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, wave_change_rows(db, a, actor, wave, how, when_utc));
}

int
db_builder_version_id(struct db *db, struct arena *a, const char *slug,
    long long version, long long *id)
{
	static const char sql[] =
	    "SELECT v.id FROM survey_version v JOIN survey s ON s.id = v.survey_id "
	    "WHERE s.slug = ? AND (? = 0 OR v.version = ?) "
	    "ORDER BY v.version DESC LIMIT 1";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "sii", slug, version, version)) == 1)
		*id = dbres_int(&r, 0, 0);
	return n;
}

/* ---- Practice Standards ------------------------------------------------------ */

int
db_std_versions(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT v.id, v.version, v.title, DATE_FORMAT(v.effective_on, '%e %M %Y'), "
	    "(SELECT COUNT(*) FROM standard s WHERE s.standards_version_id = v.id), "
	    "v.id = (SELECT c.id FROM standards_version c WHERE c.effective_on <= UTC_DATE() "
	    " ORDER BY c.effective_on DESC, c.version DESC LIMIT 1), "
	    "v.effective_on > UTC_DATE() FROM standards_version v ORDER BY v.version DESC";

	return db_exec(db, a, r, sql, NULL);
}

int
db_std_draft(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, version, title, DATE_FORMAT(effective_on, '%Y-%m-%d'), summary "
	    "FROM standards_draft ORDER BY id LIMIT 1";

	return db_exec(db, a, r, sql, NULL);
}

int
db_std_draft_list(struct db *db, struct arena *a, long long draft, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, code, title, body, evidence FROM standard_draft "
	    "WHERE draft_id = ? ORDER BY position";

	return db_exec(db, a, r, sql, "i", draft);
}

/* The draft's id, locked: 1, 0 none, -1. */
static int
std_draft_lock(struct db *db, struct arena *a, long long *id)
{
	static const char sql[] =
	    "SELECT id FROM standards_draft ORDER BY id LIMIT 1 FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, NULL)) == 1)
		*id = dbres_int(&r, 0, 0);
	return n;
}

static int
std_draft_new_rows(struct db *db, struct arena *a, long long actor)
{
	static const char ins[] =
	    "INSERT INTO standards_draft (version, title, effective_on, summary, created_by) "
	    "SELECT COALESCE(MAX(version), 0) + 1, COALESCE((SELECT title FROM "
	    "standards_version ORDER BY version DESC LIMIT 1), 'Practice Standards'), "
	    "NULL, '', ? FROM standards_version";
	static const char copy[] =
	    "INSERT INTO standard_draft (draft_id, position, code, title, body, evidence) "
	    "SELECT ?, position, code, title, body, evidence FROM standard "
	    "WHERE standards_version_id = (SELECT id FROM standards_version "
	    "ORDER BY version DESC LIMIT 1)";
	long long	id;
	int		n;

	if ((n = std_draft_lock(db, a, &id)) != 0)
		return n < 0 ? -1 : 1;
	if (db_exec(db, NULL, NULL, ins, "i", actor) != 1)
		return -1;
	id = (long long)db_insert_id(db);
	if (db_exec(db, NULL, NULL, copy, "i", id) == -1)
		return -1;
	return db_admin_log(db, actor, "standards.draft", "Practice Standards draft",
	    NULL, arena_printf(a, "draft id %lld", id));
}

int
db_std_draft_new(struct db *db, struct arena *a, long long actor)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, std_draft_new_rows(db, a, actor));
}

static int
std_draft_save_rows(struct db *db, struct arena *a, long long actor,
    const char *title, const char *summary, const char *effective)
{
	static const char sql[] =
	    "UPDATE standards_draft SET title = ?, summary = ?, effective_on = ? "
	    "WHERE id = ?";
	long long	id;
	int		n;

	if ((n = std_draft_lock(db, a, &id)) != 1)
		return n < 0 ? -1 : 1;
	if (db_exec(db, NULL, NULL, sql, "sssi", title, summary, effective, id) == -1)
		return -1;
	return db_admin_log(db, actor, "standards.draft.edit", title, NULL,
	    arena_printf(a, "effective %s", effective ? effective : "not set"));
}

int
db_std_draft_save(struct db *db, struct arena *a, long long actor,
    const char *title, const char *summary, const char *effective)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, std_draft_save_rows(db, a, actor, title, summary, effective));
}

static int
std_save_rows(struct db *db, struct arena *a, long long actor, long long id,
    const char *code, const char *title, const char *body, const char *evidence)
{
	static const char ins[] =
	    "INSERT INTO standard_draft (draft_id, position, code, title, body, evidence) "
	    "SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ?, ? FROM standard_draft "
	    "WHERE draft_id = ?";
	static const char upd[] =
	    "UPDATE standard_draft SET title = ?, body = ?, evidence = ? "
	    "WHERE id = ? AND draft_id = ?";
	static const char get[] =
	    "SELECT code FROM standard_draft WHERE id = ? AND draft_id = ?";
	struct dbres	r;
	long long	draft;
	int		n;

	if ((n = std_draft_lock(db, a, &draft)) != 1)
		return n < 0 ? -1 : 1;
	if (id == 0 && db_exec(db, NULL, NULL, ins, "issssi", draft, code, title,
	    body, evidence, draft) != 1)
		return db_is_dup(db) ? 2 : -1;
	if (id != 0) {
		if ((n = db_exec(db, a, &r, get, "ii", id, draft)) != 1)
			return n < 0 ? -1 : 1;
		code = dbres_str(&r, 0, 0);
		if (db_exec(db, NULL, NULL, upd, "sssii", title, body, evidence, id,
		    draft) == -1)
			return -1;
	}
	return db_admin_log(db, actor, id ? "standards.standard.edit" :
	    "standards.standard.add", code, NULL, title);
}

int
db_std_save(struct db *db, struct arena *a, long long actor, long long id,
    const char *code, const char *title, const char *body, const char *evidence)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, std_save_rows(db, a, actor, id, code, title, body, evidence));
}

static int
std_move_rows(struct db *db, struct arena *a, long long actor, long long id, int dir)
{
	static const char me[] =
	    "SELECT position, code FROM standard_draft WHERE id = ? AND draft_id = ?";
	static const char up[] =
	    "SELECT id, position FROM standard_draft WHERE draft_id = ? AND position < ? "
	    "ORDER BY position DESC LIMIT 1";
	static const char down[] =
	    "SELECT id, position FROM standard_draft WHERE draft_id = ? AND position > ? "
	    "ORDER BY position LIMIT 1";
	static const char set[] = "UPDATE standard_draft SET position = ? WHERE id = ?";
	struct dbres	r, o;
	long long	draft, pos, opos, oid;
	int		n;

	if ((n = std_draft_lock(db, a, &draft)) != 1 ||
	    (n = db_exec(db, a, &r, me, "ii", id, draft)) != 1)
		return n < 0 ? -1 : 1;
	pos = dbres_int(&r, 0, 0);
	if ((n = db_exec(db, a, &o, dir < 0 ? up : down, "ii", draft, pos)) != 1)
		return n < 0 ? -1 : 1;
	oid = dbres_int(&o, 0, 0);
	opos = dbres_int(&o, 0, 1);
	if (db_exec(db, NULL, NULL, set, "ii", 0LL, id) != 1 ||
	    db_exec(db, NULL, NULL, set, "ii", pos, oid) != 1 ||
	    db_exec(db, NULL, NULL, set, "ii", opos, id) != 1)
		return -1;
	return db_admin_log(db, actor, "standards.standard.move", dbres_str(&r, 0, 1),
	    arena_printf(a, "position %lld", pos), arena_printf(a, "position %lld", opos));
}

int
db_std_move(struct db *db, struct arena *a, long long actor, long long id, int dir)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, std_move_rows(db, a, actor, id, dir));
}

static int
std_remove_rows(struct db *db, struct arena *a, long long actor, long long id)
{
	static const char get[] =
	    "SELECT code, title FROM standard_draft WHERE id = ? AND draft_id = ?";
	static const char del[] = "DELETE FROM standard_draft WHERE id = ? AND draft_id = ?";
	struct dbres	r;
	long long	draft;
	int		n;

	if ((n = std_draft_lock(db, a, &draft)) != 1 ||
	    (n = db_exec(db, a, &r, get, "ii", id, draft)) != 1)
		return n < 0 ? -1 : 1;
	if (db_exec(db, NULL, NULL, del, "ii", id, draft) != 1)
		return -1;
	return db_admin_log(db, actor, "standards.standard.remove", dbres_str(&r, 0, 0),
	    dbres_str(&r, 0, 1), NULL);
}

int
db_std_remove(struct db *db, struct arena *a, long long actor, long long id)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, std_remove_rows(db, a, actor, id));
}

static int
std_publish_rows(struct db *db, struct arena *a, long long actor, long long *version)
{
	static const char ready[] =
	    "SELECT d.summary <> '' AND d.effective_on >= UTC_DATE() AND EXISTS "
	    "(SELECT 1 FROM standard_draft s WHERE s.draft_id = d.id), d.version "
	    "FROM standards_draft d WHERE d.id = ?";
	static const char ins_v[] =
	    "INSERT INTO standards_version (version, effective_on, summary, title) "
	    "SELECT version, effective_on, summary, title FROM standards_draft WHERE id = ?";
	static const char ins_s[] =
	    "INSERT INTO standard (standards_version_id, position, code, title, body, evidence) "
	    "SELECT ?, position, code, title, body, evidence FROM standard_draft "
	    "WHERE draft_id = ?";
	static const char del[] = "DELETE FROM standards_draft WHERE id = ?";
	struct dbres	r;
	long long	draft;
	int		n;

	if ((n = std_draft_lock(db, a, &draft)) != 1)
		return n < 0 ? -1 : 1;
	if (db_exec(db, a, &r, ready, "i", draft) != 1)
		return -1;
	if (dbres_int(&r, 0, 0) != 1)
		return 2;
	if (db_exec(db, NULL, NULL, ins_v, "i", draft) != 1)
		return -1;
	*version = (long long)db_insert_id(db);
	if (db_exec(db, NULL, NULL, ins_s, "ii", *version, draft) < 1 ||
	    db_exec(db, NULL, NULL, del, "i", draft) != 1)
		return -1;
	return db_admin_log(db, actor, "standards.publish", arena_printf(a,
	    "Practice Standards version %s", dbres_str(&r, 0, 1)), "draft",
	    arena_printf(a, "standards version id %lld", *version));
}

int
db_std_publish(struct db *db, struct arena *a, long long actor, long long *version)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, std_publish_rows(db, a, actor, version));
}

/* ---- voice forms ------------------------------------------------------------- */

int
db_vadm_links(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT l.code, t.name, t.id FROM voice_link l JOIN team t ON t.id = l.team_id "
	    "ORDER BY t.name, l.code";

	return db_exec(db, a, r, sql, NULL);
}

int
db_vadm_link(struct db *db, struct arena *a, const char *code, struct dbres *r)
{
	static const char sql[] =
	    "SELECT l.code, t.name FROM voice_link l JOIN team t ON t.id = l.team_id "
	    "WHERE l.code = ?";

	return db_exec(db, a, r, sql, "s", code);
}

int
db_vadm_link_add(struct db *db, long long actor, long long team, const char *code)
{
	static const char sql[] =
	    "INSERT INTO voice_link (code, team_id) SELECT ?, id FROM team "
	    "WHERE id = ? AND closed_on IS NULL";
	int	n, rc;

	if (db_begin(db) == -1)
		return -1;
	if ((n = db_exec(db, NULL, NULL, sql, "si", code, team)) == -1)
		rc = db_is_dup(db) ? 2 : -1;
	else if (n == 0)
		rc = 1;
	else
		rc = db_admin_log(db, actor, "voice.link.add", code, NULL, "team link");
	return db_finish(db, rc);
}

int
db_vadm_terms(struct db *db, struct arena *a, const char *lang, struct dbres *r)
{
	static const char sql[] =
	    "SELECT term FROM safeguard_term WHERE lang = ? ORDER BY term";

	return db_exec(db, a, r, sql, "s", lang);
}

int
db_vadm_term_add(struct db *db, long long actor, const char *lang, const char *term)
{
	static const char sql[] =
	    "INSERT INTO safeguard_term (lang, term) SELECT code, ? FROM voice_lang "
	    "WHERE code = ?";
	int	n, rc;

	if (db_begin(db) == -1)
		return -1;
	if ((n = db_exec(db, NULL, NULL, sql, "ss", term, lang)) == -1)
		rc = db_is_dup(db) ? 2 : -1;
	else if (n == 0)
		rc = 1;
	else
		rc = db_admin_log(db, actor, "voice.term.add", lang, NULL, term);
	return db_finish(db, rc);
}

int
db_vadm_term_remove(struct db *db, long long actor, const char *lang, const char *term)
{
	static const char sql[] = "DELETE FROM safeguard_term WHERE lang = ? AND term = ?";
	int	n, rc;

	if (db_begin(db) == -1)
		return -1;
	if ((n = db_exec(db, NULL, NULL, sql, "ss", lang, term)) == -1)
		rc = -1;
	else if (n == 0)
		rc = 1;
	else
		rc = db_admin_log(db, actor, "voice.term.remove", lang, term, NULL);
	return db_finish(db, rc);
}

int
db_vadm_texts(struct db *db, struct arena *a, const char *lang, const char *slug,
    struct dbres *r)
{
	static const char form[] =
	    "SELECT e.tkey, e.text, t.text, t.draft FROM voice_text e "
	    "LEFT JOIN voice_text t ON t.lang = ? AND t.tkey = e.tkey WHERE e.lang = 'en' "
	    "AND (e.tkey LIKE CONCAT('form.', ?, '.%') OR e.tkey LIKE CONCAT('q.', ?, '.%') "
	    " OR e.tkey LIKE CONCAT('opt.', ?, '.%')) "
	    /* not a retired question's words: nobody sees them again */
	    "AND NOT EXISTS (SELECT 1 FROM voice_question q "
	    " JOIN voice_form f ON f.id = q.form_id "
	    " WHERE f.slug = ? AND q.retired_on IS NOT NULL "
	    " AND (e.tkey = CONCAT('q.', f.slug, '.', q.qkey) "
	    "  OR LOCATE(CONCAT('q.', f.slug, '.', q.qkey, '.'), e.tkey) = 1 "
	    "  OR LOCATE(CONCAT('opt.', f.slug, '.', q.qkey, '.'), e.tkey) = 1)) "
	    "ORDER BY e.tkey";
	static const char shared[] =
	    "SELECT e.tkey, e.text, t.text, t.draft FROM voice_text e "
	    "LEFT JOIN voice_text t ON t.lang = ? AND t.tkey = e.tkey WHERE e.lang = 'en' "
	    "AND e.tkey NOT LIKE 'form.%' AND e.tkey NOT LIKE 'q.%' "
	    "AND e.tkey NOT LIKE 'opt.%' ORDER BY e.tkey";

	if (slug == NULL)
		return db_exec(db, a, r, shared, "s", lang);
	return db_exec(db, a, r, form, "sssss", lang, slug, slug, slug, slug);
}

/* One key's words: written, removed, or left (no English). Rows, or -1. */
static int
text_put(struct db *db, const char *lang, const char *key, const char *text, int draft)
{
	static const char put[] =
	    "INSERT INTO voice_text (lang, tkey, text, draft) SELECT ?, tkey, ?, ? "
	    "FROM voice_text WHERE lang = 'en' AND tkey = ? "
	    "ON DUPLICATE KEY UPDATE text = VALUES(text), draft = VALUES(draft)";
	static const char del[] = "DELETE FROM voice_text WHERE lang = ? AND tkey = ?";

	if (text[0] == '\0')
		return db_exec(db, NULL, NULL, del, "ss", lang, key);
	return db_exec(db, NULL, NULL, put, "ssis", lang, text, (long long)(draft != 0), key);
}

int
db_vadm_texts_save(struct db *db, struct arena *a, long long actor, const char *lang,
    const char *const *keys, const char *const *texts, const int *drafts, size_t n)
{
	size_t	i;
	int	m, total = 0, rc = 0;

	if (db_begin(db) == -1)
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		if ((m = text_put(db, lang, keys[i], texts[i], drafts[i])) == -1)
			rc = -1;
		else
			total += m;
	}
	if (rc == 0)
		rc = db_admin_log(db, actor, "voice.texts", lang, NULL,
		    arena_printf(a, "%zu words checked, %d rows changed", n, total));
	return db_finish(db, rc) == 0 ? total : -1;
}

/* ---- sections of a draft -------------------------------------------------------- */

/* The draft's section: position and title. 1, 0 (not a draft / no such), -1. */
static int
draft_section_row(struct db *db, struct arena *a, long long version, long long section,
    long long *pos, const char **title)
{
	static const char sql[] =
	    "SELECT sc.position, sc.title FROM survey_section sc JOIN survey_version v "
	    "ON v.id = sc.survey_version_id WHERE sc.id = ? AND v.id = ? "
	    "AND v.state = 'draft' FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "ii", section, version)) != 1)
		return n;
	*pos = dbres_int(&r, 0, 0);
	*title = dbres_str(&r, 0, 1);
	return 1;
}

static int
section_save_rows(struct db *db, struct arena *a, long long actor, long long version,
    long long section, const char *title, const char *intro)
{
	static const char sql[] =
	    "UPDATE survey_section SET title = ?, intro = ? WHERE id = ? AND survey_version_id = ?";
	const char	*old;
	long long	 pos;
	int		 n;

	if ((n = draft_section_row(db, a, version, section, &pos, &old)) != 1)
		return n == 0 ? 1 : -1;
	if (db_exec(db, NULL, NULL, sql, "ssii", title, intro, section, version) == -1)
		return -1;
	return db_admin_log(db, actor, "survey.section.edit", arena_printf(a,
	    "survey version id %lld section %lld", version, pos), old, title);
}

int
db_builder_section_save(struct db *db, struct arena *a, long long actor,
    long long version, long long section, const char *title, const char *intro)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, section_save_rows(db, a, actor, version, section, title, intro));
}

static int
section_move_rows(struct db *db, struct arena *a, long long actor, long long version,
    long long section, int dir)
{
	static const char up[] =
	    "SELECT id, position FROM survey_section WHERE survey_version_id = ? "
	    "AND position < ? ORDER BY position DESC LIMIT 1 FOR UPDATE";
	static const char down[] =
	    "SELECT id, position FROM survey_section WHERE survey_version_id = ? "
	    "AND position > ? ORDER BY position LIMIT 1 FOR UPDATE";
	static const char set[] = "UPDATE survey_section SET position = ? WHERE id = ?";
	struct dbres	 r;
	const char	*title;
	long long	 pos, opos, oid;
	int		 n;

	if ((n = draft_section_row(db, a, version, section, &pos, &title)) != 1 ||
	    (n = db_exec(db, a, &r, dir < 0 ? up : down, "ii", version, pos)) != 1)
		return n == 0 ? 1 : -1;
	oid = dbres_int(&r, 0, 0);
	opos = dbres_int(&r, 0, 1);
	if (db_exec(db, NULL, NULL, set, "ii", 0LL, section) != 1 ||
	    db_exec(db, NULL, NULL, set, "ii", pos, oid) != 1 ||
	    db_exec(db, NULL, NULL, set, "ii", opos, section) != 1)
		return -1;
	return db_admin_log(db, actor, "survey.section.move", arena_printf(a,
	    "survey version id %lld section %s", version, title),
	    arena_printf(a, "position %lld", pos), arena_printf(a, "position %lld", opos));
}

int
db_builder_section_move(struct db *db, struct arena *a, long long actor,
    long long version, long long section, int dir)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, section_move_rows(db, a, actor, version, section, dir));
}

static int
section_remove_rows(struct db *db, struct arena *a, long long actor, long long version,
    long long section)
{
	static const char used[] = "SELECT 1 FROM question WHERE section_id = ? LIMIT 1";
	static const char del[] =
	    "DELETE FROM survey_section WHERE id = ? AND survey_version_id = ?";
	struct dbres	 r;
	const char	*title;
	long long	 pos;
	int		 n;

	if ((n = draft_section_row(db, a, version, section, &pos, &title)) != 1)
		return n == 0 ? 1 : -1;
	if ((n = db_exec(db, a, &r, used, "i", section)) != 0)
		return n < 0 ? -1 : 2;
	if (db_exec(db, NULL, NULL, del, "ii", section, version) != 1)
		return -1;
	return db_admin_log(db, actor, "survey.section.remove", arena_printf(a,
	    "survey version id %lld section %lld", version, pos), title, NULL);
}

int
db_builder_section_remove(struct db *db, struct arena *a, long long actor,
    long long version, long long section)
{
	if (db_begin(db) == -1)
		return -1;
	return db_finish(db, section_remove_rows(db, a, actor, version, section));
}

/* ---- the survey's title and introduction (helper G) ----------------------------- */

int
db_builder_survey_about(struct db *db, struct arena *a, long long actor, long long version,
    const char *title, const char *intro)
{
	static const char lock[] =
	    "SELECT s.id, s.slug, s.title FROM survey_version v JOIN survey s ON s.id = v.survey_id "
	    "WHERE v.id = ? AND v.state = 'draft' AND v.version = "
	    "(SELECT MAX(m.version) FROM survey_version m WHERE m.survey_id = v.survey_id) "
	    "FOR UPDATE";
	static const char upd[] = "UPDATE survey SET title = ?, intro = ? WHERE id = ?";
	struct dbres	r;
	int		n, rc = 0;

	if (db_begin(db) == -1)
		return -1;
	if ((n = db_exec(db, a, &r, lock, "i", version)) <= 0)
		rc = n == 0 ? 1 : -1;
	else if (db_exec(db, NULL, NULL, upd, "ssi", title, intro, dbres_int(&r, 0, 0)) == -1 ||
	    db_admin_log(db, actor, "survey.about", dbres_str(&r, 0, 1), dbres_str(&r, 0, 2),
	    title) == -1)
		rc = -1;
	return db_finish(db, rc);
}
