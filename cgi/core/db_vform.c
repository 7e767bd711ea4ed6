/*
 * SQL for editing voice form questions (chorus-admin): see db_vform.h.
 * The admin account may insert and update voice_question and voice_option
 * and count answers per question (feedback_answer.question_id only); it
 * has no DELETE on voice_question at all, so a question with answers can
 * only ever be retired.
 */
#include <string.h>

#include "arena.h"
#include "db.h"
#include "db_vform.h"

#define ANSWERS \
	"(SELECT COUNT(a.question_id) FROM feedback_answer a WHERE a.question_id = q.id)"
#define ENGLISH(key) \
	"(SELECT t.text FROM voice_text t WHERE t.lang = 'en' AND t.tkey = " key ")"

int
db_vform_form(struct db *db, struct arena *a, const char *slug, struct dbres *r)
{
	static const char sql[] = "SELECT id, slug, audience FROM voice_form WHERE slug = ?";

	return db_exec(db, a, r, sql, "s", slug);
}

int
db_vform_questions(struct db *db, struct arena *a, long long form, struct dbres *r)
{
	static const char sql[] =
	    "SELECT q.id, q.qkey, q.kind, q.topic, q.required, q.concern, q.retired_on, "
	    ENGLISH("CONCAT('q.', f.slug, '.', q.qkey)") ", " ANSWERS " "
	    "FROM voice_question q JOIN voice_form f ON f.id = q.form_id "
	    "WHERE q.form_id = ? ORDER BY q.retired_on IS NOT NULL, q.position";

	return db_exec(db, a, r, sql, "i", form);
}

int
db_vform_question(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT q.id, q.qkey, q.kind, q.topic, q.required, q.concern, q.retired_on, "
	    ENGLISH("CONCAT('q.', f.slug, '.', q.qkey)") ", " ANSWERS ", q.maxlen, f.slug, "
	    ENGLISH("CONCAT('q.', f.slug, '.', q.qkey, '.hint')") " "
	    "FROM voice_question q JOIN voice_form f ON f.id = q.form_id WHERE q.id = ?";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_vform_options(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT o.value, o.concern, "
	    ENGLISH("CONCAT('opt.', f.slug, '.', q.qkey, '.', o.value)") " "
	    "FROM voice_option o JOIN voice_question q ON q.id = o.question_id "
	    "JOIN voice_form f ON f.id = q.form_id WHERE o.question_id = ? ORDER BY o.position";

	return db_exec(db, a, r, sql, "i", id);
}

/* The English words of key: written, or removed in every language when empty. */
static int
english_put(struct db *db, const char *key, const char *text)
{
	static const char put[] =
	    "INSERT INTO voice_text (lang, tkey, text, draft) VALUES ('en', ?, ?, 0) "
	    "ON DUPLICATE KEY UPDATE text = VALUES(text)";
	static const char del[] = "DELETE FROM voice_text WHERE tkey = ?";

	if (text == NULL || text[0] == '\0')
		return db_exec(db, NULL, NULL, del, "s", key) == -1 ? -1 : 0;
	return db_exec(db, NULL, NULL, put, "ss", key, text) == -1 ? -1 : 0;
}

/* The words of q and its hint, and its choices (replacing any). 0 or -1. */
static int
words_and_options(struct db *db, struct arena *a, long long id, const char *slug,
    const char *qkey, const struct vq_edit *q)
{
	static const char del[] = "DELETE FROM voice_option WHERE question_id = ?";
	static const char ins[] =
	    "INSERT INTO voice_option (question_id, position, value, concern) VALUES (?, ?, ?, ?)";
	size_t	i;

	if (english_put(db, arena_printf(a, "q.%s.%s", slug, qkey), q->text) == -1 ||
	    english_put(db, arena_printf(a, "q.%s.%s.hint", slug, qkey), q->hint) == -1 ||
	    db_exec(db, NULL, NULL, del, "i", id) == -1)
		return -1;
	for (i = 0; i < q->nopt; i++)
		if (db_exec(db, NULL, NULL, ins, "iisi", id, (long long)i + 1, q->opt_value[i],
		    (long long)(q->opt_concern[i] != 0)) == -1 ||
		    english_put(db, arena_printf(a, "opt.%s.%s.%s", slug, qkey, q->opt_value[i]),
		    q->opt_label[i]) == -1)
			return -1;
	return 0;
}

int
db_vform_add(struct db *db, struct arena *a, long long actor, long long form,
    const char *slug, const struct vq_edit *q, long long *id)
{
	static const char sql[] =
	    "INSERT INTO voice_question (form_id, position, qkey, topic, kind, required, "
	    "maxlen, concern) SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ?, ?, ?, ? "
	    "FROM voice_question WHERE form_id = ?";
	int	rc = 0;

	if (db_begin(db) == -1)
		return -1;
	if (db_exec(db, NULL, NULL, sql, "isssiisi", form, q->qkey, q->topic, q->kind,
	    (long long)(q->required != 0), q->maxlen, q->concern, form) == -1)
		rc = db_is_dup(db) ? 2 : -1;
	if (rc == 0) {
		*id = (long long)db_insert_id(db);
		if (words_and_options(db, a, *id, slug, q->qkey, q) == -1 ||
		    db_admin_log(db, actor, "voice.question.add", arena_printf(a, "%s.%s", slug,
		    q->qkey), NULL, arena_printf(a, "%s, %s, concern %s: %s", q->kind, q->topic,
		    q->concern, q->text)) == -1)
			rc = -1;
	}
	return db_finish(db, rc);
}

/* Do q's choices begin with the question's current values? 1, 0, -1. */
static int
keeps_values(struct db *db, struct arena *a, long long id, const struct vq_edit *q)
{
	static const char sql[] =
	    "SELECT value FROM voice_option WHERE question_id = ? ORDER BY position FOR UPDATE";
	struct dbres	r;
	size_t		i;

	if (db_exec(db, a, &r, sql, "i", id) == -1)
		return -1;
	if (r.nrows > q->nopt)
		return 0;
	for (i = 0; i < r.nrows; i++)
		if (strcmp(dbres_str(&r, i, 0), q->opt_value[i]) != 0)
			return 0;
	return 1;
}

int
db_vform_change(struct db *db, struct arena *a, long long actor, long long id,
    const struct vq_edit *q)
{
	static const char lock[] =
	    "SELECT q.qkey, f.slug, " ANSWERS ", q.topic, q.required, q.concern "
	    "FROM voice_question q JOIN voice_form f ON f.id = q.form_id "
	    "WHERE q.id = ? AND q.retired_on IS NULL FOR UPDATE";
	static const char upd[] =
	    "UPDATE voice_question SET topic = ?, required = ?, maxlen = ?, concern = ? "
	    "WHERE id = ?";
	struct dbres	r;
	int		n, rc = 0;

	if (db_begin(db) == -1)
		return -1;
	if ((n = db_exec(db, a, &r, lock, "i", id)) <= 0)
		rc = n == 0 ? 1 : -1;
	else if (dbres_int(&r, 0, 2) > 0 && (n = keeps_values(db, a, id, q)) != 1)
		rc = n == 0 ? 3 : -1;
	else if (db_exec(db, NULL, NULL, upd, "siisi", q->topic, (long long)(q->required != 0),
	    q->maxlen, q->concern, id) == -1 ||
	    words_and_options(db, a, id, dbres_str(&r, 0, 1), dbres_str(&r, 0, 0), q) == -1 ||
	    db_admin_log(db, actor, "voice.question.change", arena_printf(a, "%s.%s",
	    dbres_str(&r, 0, 1), dbres_str(&r, 0, 0)), arena_printf(a, "%s, required %s, "
	    "concern %s", dbres_str(&r, 0, 3), dbres_str(&r, 0, 4), dbres_str(&r, 0, 5)),
	    arena_printf(a, "%s, required %d, concern %s: %s", q->topic, q->required != 0,
	    q->concern, q->text)) == -1)
		rc = -1;
	return db_finish(db, rc);
}

int
db_vform_move(struct db *db, struct arena *a, long long actor, long long id, int dir)
{
	static const char me[] =
	    "SELECT form_id, position, qkey FROM voice_question WHERE id = ? "
	    "AND retired_on IS NULL FOR UPDATE";
	static const char up[] =
	    "SELECT id, position FROM voice_question WHERE form_id = ? AND retired_on IS NULL "
	    "AND position < ? ORDER BY position DESC LIMIT 1 FOR UPDATE";
	static const char down[] =
	    "SELECT id, position FROM voice_question WHERE form_id = ? AND retired_on IS NULL "
	    "AND position > ? ORDER BY position LIMIT 1 FOR UPDATE";
	static const char set[] = "UPDATE voice_question SET position = ? WHERE id = ?";
	struct dbres	r, o;
	int		n, rc = 0;

	if (db_begin(db) == -1)
		return -1;
	if ((n = db_exec(db, a, &r, me, "i", id)) <= 0)
		rc = n == 0 ? 1 : -1;
	else if ((n = db_exec(db, a, &o, dir < 0 ? up : down, "ii", dbres_int(&r, 0, 0),
	    dbres_int(&r, 0, 1))) <= 0)
		rc = n == 0 ? 1 : -1;
	/* positions are unique per form: park this one at 0 while swapping */
	else if (db_exec(db, NULL, NULL, set, "ii", 0LL, id) == -1 ||
	    db_exec(db, NULL, NULL, set, "ii", dbres_int(&r, 0, 1), dbres_int(&o, 0, 0)) == -1 ||
	    db_exec(db, NULL, NULL, set, "ii", dbres_int(&o, 0, 1), id) == -1 ||
	    db_admin_log(db, actor, "voice.question.move", dbres_str(&r, 0, 2),
	    dbres_str(&r, 0, 1), dbres_str(&o, 0, 1)) == -1)
		rc = -1;
	return db_finish(db, rc);
}

int
db_vform_retire(struct db *db, struct arena *a, long long actor, long long id)
{
	static const char sql[] =
	    "UPDATE voice_question SET retired_on = CURRENT_DATE WHERE id = ? "
	    "AND retired_on IS NULL";
	static const char who[] =
	    "SELECT CONCAT(f.slug, '.', q.qkey) FROM voice_question q "
	    "JOIN voice_form f ON f.id = q.form_id WHERE q.id = ?";
	struct dbres	r;
	int		n, rc = 0;

	if (db_begin(db) == -1)
		return -1;
	if ((n = db_exec(db, NULL, NULL, sql, "i", id)) <= 0)
		rc = n == 0 ? 1 : -1;
	else if (db_exec(db, a, &r, who, "i", id) != 1 ||
	    db_admin_log(db, actor, "voice.question.retire", dbres_str(&r, 0, 0), NULL,
	    "retired: off the form, answers kept") == -1)
		rc = -1;
	return db_finish(db, rc);
}
