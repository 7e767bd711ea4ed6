/*
 * SQL for staff surveys: waves, definitions, drafts and the unlinkable
 * submit. Nothing here writes a time next to an answer, and nothing on
 * the answer side has an AUTO_INCREMENT.
 */
#include <string.h>

#include "arena.h"
#include "db.h"
#include "session.h"
#include "survey.h"

/*
 * The wave's columns, first in both queries below; wave_fill() reads them.
 * Whether the person's team is in the population is read through LEFT
 * JOINs on primary keys rather than EXISTS subqueries: every table is then
 * a constant lookup for the optimizer, which was most of the cost of a
 * statement that runs on every survey page. WAVE_FROM takes the team id
 * twice.
 */
#define WAVE_COLS \
	"w.id, w.survey_version_id, w.title, s.title, s.intro, " \
	"DATE_FORMAT(w.opens_at, '%e %M %Y'), DATE_FORMAT(w.closes_at, '%e %M %Y'), " \
	"IF(w.opens_at > UTC_TIMESTAMP(), -1, IF(w.closes_at <= UTC_TIMESTAMP(), 1, 0)), " \
	"w.threshold, " \
	"(w.population = 'all' " \
	" OR (w.population = 'teams' AND wt.team_id IS NOT NULL) " \
	" OR (w.population = 'areas' AND wa.wave_id IS NOT NULL)) "
#define WAVE_FROM \
	"FROM wave w JOIN survey_version v ON v.id = w.survey_version_id " \
	"JOIN survey s ON s.id = v.survey_id " \
	"LEFT JOIN wave_team wt ON wt.wave_id = w.id AND wt.team_id = ? " \
	"LEFT JOIN team tm ON tm.id = ? " \
	"LEFT JOIN wave_area wa ON wa.wave_id = w.id " \
	" AND wa.service_area_id = tm.service_area_id "

static void
wave_fill(const struct dbres *r, struct wave *w)
{
	w->id = dbres_int(r, 0, 0);
	w->version_id = dbres_int(r, 0, 1);
	w->title = dbres_str(r, 0, 2);
	w->survey_title = dbres_str(r, 0, 3);
	w->survey_intro = dbres_str(r, 0, 4);
	w->opens = dbres_str(r, 0, 5);
	w->closes = dbres_str(r, 0, 6);
	w->state = (enum wave_state)dbres_int(r, 0, 7);
	w->threshold = (unsigned)dbres_int(r, 0, 8);
	w->for_team = dbres_int(r, 0, 9) != 0;
}

int
db_wave_get(struct db *db, struct arena *a, long long wave, long long team,
    struct wave *w)
{
	static const char sql[] = "SELECT " WAVE_COLS WAVE_FROM "WHERE w.id = ?";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "iii", team, team, wave)) <= 0)
		return n;
	wave_fill(&r, w);
	return 1;
}

/* One round trip for every survey page, instead of three. */
int
db_wave_person(struct db *db, struct arena *a, long long wave, long long team,
    long long staff, struct wave *w, struct wave_person *wp)
{
	static const char sql[] =
	    "SELECT " WAVE_COLS ", "
	    "p.wave_id IS NOT NULL, d.answers, d.section, d.submit_token "
	    WAVE_FROM
	    "LEFT JOIN participation p ON p.wave_id = w.id AND p.staff_id = ? "
	    "LEFT JOIN survey_draft d ON d.wave_id = w.id AND d.staff_id = ? "
	    "WHERE w.id = ?";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "iiiii", team, team, staff, staff,
	    wave)) <= 0)
		return n;
	wave_fill(&r, w);
	wp->took_part = dbres_int(&r, 0, 10) != 0;
	wp->answers = NULL;
	wp->section = 1;
	wp->submit_token = NULL;
	if (!dbres_null(&r, 0, 12)) {
		wp->answers = r.cell[11] ? r.cell[11] : "";
		wp->section = dbres_int(&r, 0, 12);
		wp->submit_token = r.cell[13];
	}
	return 1;
}

static enum qkind
qkind_parse(const char *s)
{
	int	k;

	for (k = 0; k < Q__MAX; k++)
		if (strcmp(s, qkind_names[k]) == 0)
			return (enum qkind)k;
	return Q_TEXT;
}

/* Fill sections from rows: id, title, intro. */
static int
load_sections(struct db *db, struct arena *a, long long version, struct survey *s)
{
	static const char sql[] =
	    "SELECT id, title, intro FROM survey_section "
	    "WHERE survey_version_id = ? ORDER BY position";
	struct dbres	r;
	size_t		i;

	if (db_exec(db, a, &r, sql, "i", version) == -1)
		return -1;
	s->nsections = r.nrows;
	if ((s->sections = arena_alloc(a, sizeof(*s->sections) * (r.nrows + 1))) == NULL)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		s->sections[i].id = dbres_int(&r, i, 0);
		s->sections[i].title = dbres_str(&r, i, 1);
		s->sections[i].intro = dbres_str(&r, i, 2);
	}
	return 0;
}

/* The section with this id, or NULL. */
static struct section *
section_by_id(struct survey *s, long long id)
{
	size_t	i;

	for (i = 0; i < s->nsections; i++)
		if (s->sections[i].id == id)
			return &s->sections[i];
	return NULL;
}

static void
question_fill(struct question *q, const struct dbres *r, size_t i)
{
	memset(q, 0, sizeof(*q));
	q->id = dbres_int(r, i, 0);
	q->qkey = dbres_str(r, i, 2);
	q->kind = qkind_parse(dbres_str(r, i, 3));
	q->text = dbres_str(r, i, 4);
	q->hint = dbres_str(r, i, 5);
	q->required = dbres_int(r, i, 6) != 0;
	q->maxlen = (unsigned)dbres_int(r, i, 7);
	q->show_if_qkey = dbres_null(r, i, 8) ? NULL : dbres_str(r, i, 8);
	q->show_if_value = dbres_null(r, i, 9) ? NULL : dbres_str(r, i, 9);
}

/* Questions, in order, into their sections (counted first, then filled). */
static int
load_questions(struct db *db, struct arena *a, long long version, struct survey *s)
{
	static const char sql[] =
	    "SELECT q.id, q.section_id, q.qkey, q.kind, q.text, q.hint, q.required, "
	    "q.maxlen, q.show_if_qkey, q.show_if_value FROM question q "
	    "JOIN survey_section sc ON sc.id = q.section_id "
	    "WHERE q.survey_version_id = ? ORDER BY sc.position, q.position";
	struct dbres	 r;
	struct section	*sc;
	size_t		 i;

	if (db_exec(db, a, &r, sql, "i", version) == -1)
		return -1;
	for (i = 0; i < r.nrows; i++)
		if ((sc = section_by_id(s, dbres_int(&r, i, 1))) != NULL)
			sc->nquestions++;
	for (i = 0; i < s->nsections; i++) {
		s->sections[i].questions = arena_alloc(a,
		    sizeof(struct question) * (s->sections[i].nquestions + 1));
		if (s->sections[i].questions == NULL)
			return -1;
		s->sections[i].nquestions = 0;
	}
	for (i = 0; i < r.nrows; i++)
		if ((sc = section_by_id(s, dbres_int(&r, i, 1))) != NULL)
			question_fill(&sc->questions[sc->nquestions++], &r, i);
	return 0;
}

/* The question with this id, or NULL. */
static struct question *
question_by_id(struct survey *s, long long id)
{
	size_t	i, j;

	for (i = 0; i < s->nsections; i++)
		for (j = 0; j < s->sections[i].nquestions; j++)
			if (s->sections[i].questions[j].id == id)
				return &s->sections[i].questions[j];
	return NULL;
}

static int
load_options(struct db *db, struct arena *a, long long version, struct survey *s)
{
	static const char sql[] =
	    "SELECT o.question_id, o.value, o.label, "
	    "(SELECT COUNT(*) FROM question_option c WHERE c.question_id = o.question_id) "
	    "FROM question_option o JOIN question q ON q.id = o.question_id "
	    "WHERE q.survey_version_id = ? ORDER BY o.question_id, o.position";
	struct dbres	 r;
	struct question	*q;
	size_t		 i;

	if (db_exec(db, a, &r, sql, "i", version) == -1)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		if ((q = question_by_id(s, dbres_int(&r, i, 0))) == NULL)
			continue;
		if (q->options == NULL &&
		    (q->options = arena_alloc(a, sizeof(struct qoption) *
		    (size_t)(dbres_int(&r, i, 3) + 1))) == NULL)
			return -1;
		q->options[q->noptions].value = dbres_str(&r, i, 1);
		q->options[q->noptions++].label = dbres_str(&r, i, 2);
	}
	return 0;
}

int
db_survey_load(struct db *db, struct arena *a, long long version, struct survey *s)
{
	memset(s, 0, sizeof(*s));
	if (load_sections(db, a, version, s) == -1 ||
	    load_questions(db, a, version, s) == -1 ||
	    load_options(db, a, version, s) == -1)
		return -1;
	return 0;
}

int
db_draft_save(struct db *db, long long wave, long long staff,
    const char *answers, long long section, const char *submit_token)
{
	static const char sql[] =
	    "INSERT INTO survey_draft (wave_id, staff_id, updated_at, answers, "
	    "section, submit_token) VALUES (?, ?, UTC_TIMESTAMP(), ?, ?, ?) "
	    "ON DUPLICATE KEY UPDATE updated_at = VALUES(updated_at), "
	    "answers = VALUES(answers), section = VALUES(section), "
	    "submit_token = VALUES(submit_token)";

	return db_exec(db, NULL, NULL, sql, "iisis", wave, staff, answers,
	    section, submit_token) < 0 ? -1 : 0;
}

/* Insert a response's answers, all in one array-bound statement. The
 * count inserted, or -1. */
static int
answers_insert(struct db *db, struct arena *a, const unsigned char rid[16],
    const struct answer_row *rows, size_t n)
{
	static const char sql[] =
	    "INSERT INTO answer (response_id, question_id, value, num, comment) "
	    "VALUES (?, ?, ?, ?, ?)";
	const char	**ids = arena_alloc(a, sizeof(char *) * (n + 1));
	const char	**vals = arena_alloc(a, sizeof(char *) * (n + 1));
	const char	**comments = arena_alloc(a, sizeof(char *) * (n + 1));
	unsigned long	 *idlens = arena_alloc(a, sizeof(unsigned long) * (n + 1));
	long long	 *qids = arena_alloc(a, sizeof(long long) * (n + 1));
	long long	 *nums = arena_alloc(a, sizeof(long long) * (n + 1));
	char		 *nonum = arena_alloc(a, n + 1);
	size_t		  i;

	if (!ids || !vals || !comments || !idlens || !qids || !nums || !nonum)
		return -1;
	for (i = 0; i < n; i++) {
		ids[i] = (const char *)rid;
		idlens[i] = 16;
		qids[i] = rows[i].qid;
		vals[i] = rows[i].value;
		nums[i] = rows[i].num;
		nonum[i] = !rows[i].has_num;
		comments[i] = rows[i].comment;
	}
	{
		const struct dbcol cols[5] = {
			{ 'b', NULL, ids, idlens, NULL },
			{ 'i', qids, NULL, NULL, NULL },
			{ 's', NULL, vals, NULL, NULL },
			{ 'i', nums, NULL, NULL, nonum },
			{ 's', NULL, comments, NULL, NULL },
		};
		return db_exec_rows(db, a, sql, n, cols, 5);
	}
}

/* Insert the response row and its answers. 0, 1 when the response id is
 * already stored, or -1. */
static int
response_insert(struct db *db, struct arena *a, const unsigned char rid[16],
    long long wave, long long team, const char *role_group,
    const struct answer_row *rows, size_t n)
{
	static const char sql[] =
	    "INSERT INTO response (id, wave_id, team_id, role_group) VALUES (?, ?, ?, ?)";

	if (db_exec(db, a, NULL, sql, "bi" "is", rid, (size_t)16, wave,
	    team, role_group) != 1)
		return db_is_dup(db) ? 1 : -1;
	return answers_insert(db, a, rid, rows, n) == (int)n ? 0 : -1;
}

/* Use up a one-time token: 0, 1 used before, -1 error. */
static int
token_use(struct db *db, struct arena *a, const unsigned char token_hash[32])
{
	static const char sql[] = "INSERT INTO used_submission (token_hash) VALUES (?)";

	if (db_exec(db, a, NULL, sql, "b", token_hash, (size_t)32) == 1)
		return 0;
	return db_is_dup(db) ? 1 : -1;
}

/*
 * Three round trips: the procedure opens the transaction and writes the
 * participation, the used token, the response row and the draft's removal
 * (sql/migrations/0020_survey_submit.sql); then the answers; then COMMIT.
 */
int
db_survey_submit(struct db *db, struct arena *a, long long wave, long long staff,
    const unsigned char rid[16], const unsigned char token_hash[32], long long team,
    const char *role_group, const struct answer_row *rows, size_t n)
{
	static const char call_sql[] = "CALL survey_submit_begin(?, ?, ?, ?, ?, ?)";

	if (db_call_begin(db, a, call_sql, "ii" "bb" "is", wave, staff,
	    token_hash, (size_t)32, rid, (size_t)16, team, role_group) == -1)
		return db_is_dup(db) ? 1 : -1;
	if (answers_insert(db, a, rid, rows, n) != (int)n ||
	    db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

int
db_participation_replay(struct db *db, long long wave, long long staff)
{
	static const char part_sql[] =
	    "INSERT IGNORE INTO participation (wave_id, staff_id) VALUES (?, ?)";
	static const char draft_sql[] =
	    "DELETE FROM survey_draft WHERE wave_id = ? AND staff_id = ?";

	if (db_exec(db, NULL, NULL, part_sql, "ii", wave, staff) == -1 ||
	    db_exec(db, NULL, NULL, draft_sql, "ii", wave, staff) == -1)
		return -1;
	return 0;
}

/* Exactly once: a response id already stored means this file was replayed. */
int
db_response_replay(struct db *db, struct arena *a, const unsigned char rid[16],
    const unsigned char token_hash[32], long long wave, long long team,
    const char *role_group, const struct answer_row *rows, size_t n)
{
	int	rc;

	if (db_begin(db) == -1)
		return -1;
	/* a token already used: this was sent before, from another tab */
	if ((rc = token_use(db, a, token_hash)) != 0 ||
	    (rc = response_insert(db, a, rid, wave, team, role_group, rows, n)) != 0 ||
	    db_commit(db) == -1) {
		db_rollback(db);
		return rc == 1 ? 0 : -1;
	}
	return 0;
}

int
db_stash_put(struct db *db, const unsigned char *hash, long long staff,
    const char *path, const char *body, size_t len)
{
	static const char sql[] =
	    "INSERT INTO form_stash (token_hash, staff_id, path, body, created_at) "
	    "VALUES (?, ?, ?, ?, UTC_TIMESTAMP())";
	static const char old_sql[] =
	    "DELETE FROM form_stash WHERE created_at < UTC_TIMESTAMP() - INTERVAL 1 HOUR";

	if (db_exec(db, NULL, NULL, old_sql, NULL) == -1)
		return -1;
	return db_exec(db, NULL, NULL, sql, "bisb", hash, (size_t)TOKEN_HASH_LEN,
	    staff, path, body, len) == 1 ? 0 : -1;
}

int
db_stash_take(struct db *db, struct arena *a, const unsigned char *hash,
    long long staff, const char *path, char **body)
{
	static const char sql[] =
	    "SELECT body FROM form_stash WHERE token_hash = ? AND staff_id = ? "
	    "AND path = ? AND created_at > UTC_TIMESTAMP() - INTERVAL 1 HOUR";
	static const char del_sql[] = "DELETE FROM form_stash WHERE token_hash = ?";
	struct dbres	r;
	int		n;

	n = db_exec(db, a, &r, sql, "bis", hash, (size_t)TOKEN_HASH_LEN, staff, path);
	if (n <= 0)
		return n;
	*body = r.cell[0] ? r.cell[0] : "";
	if (db_exec(db, a, NULL, del_sql, "b", hash, (size_t)TOKEN_HASH_LEN) == -1)
		return -1;
	return 1;
}
