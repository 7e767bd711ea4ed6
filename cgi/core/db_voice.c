/*
 * SQL for child and family voice: the form definitions and their words
 * (read), and feedback with its follow-up (insert only: the voice account
 * can do nothing else).
 */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "voice.h"

int
db_voice_forms(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, slug FROM voice_form WHERE active = 1 ORDER BY position";

	return db_exec(db, a, r, sql, NULL);
}

static enum vkind
vkind_parse(const char *s)
{
	static const char *const names[VK__MAX] = { "faces", "ynns", "single", "text" };
	int	k;

	for (k = 0; k < VK__MAX; k++)
		if (strcmp(s, names[k]) == 0)
			return (enum vkind)k;
	return VK_TEXT;
}

static enum vconcern
vconcern_parse(const char *s)
{
	return strcmp(s, "no") == 0 ? VC_NO : strcmp(s, "yes") == 0 ? VC_YES :
	    strcmp(s, "option") == 0 ? VC_OPTION : VC_NEVER;
}

/* The question with this id, or NULL. */
static struct vquestion *
vquestion_by_id(struct vform *f, long long id)
{
	size_t	i;

	for (i = 0; i < f->nq; i++)
		if (f->q[i].id == id)
			return &f->q[i];
	return NULL;
}

static int
form_options(struct db *db, struct arena *a, struct vform *f)
{
	static const char sql[] =
	    "SELECT o.question_id, o.value, o.concern, "
	    "(SELECT COUNT(*) FROM voice_option c WHERE c.question_id = o.question_id) "
	    "FROM voice_option o JOIN voice_question q ON q.id = o.question_id "
	    "WHERE q.form_id = ? ORDER BY o.question_id, o.position";
	struct dbres		 r;
	struct vquestion	*q;
	size_t			 i;

	if (db_exec(db, a, &r, sql, "i", f->id) == -1)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		if ((q = vquestion_by_id(f, dbres_int(&r, i, 0))) == NULL)
			continue;
		if (q->options == NULL && (q->options = arena_alloc(a,
		    sizeof(struct voption) * (size_t)(dbres_int(&r, i, 3) + 1))) == NULL)
			return -1;
		q->options[q->noptions].value = dbres_str(&r, i, 1);
		q->options[q->noptions++].concern = dbres_int(&r, i, 2) != 0;
	}
	return 0;
}

int
db_voice_form(struct db *db, struct arena *a, const char *slug, struct vform *f)
{
	static const char sql[] =
	    "SELECT f.id, q.id, q.qkey, q.kind, q.required, q.maxlen, q.concern "
	    "FROM voice_form f JOIN voice_question q ON q.form_id = f.id "
	    "WHERE f.slug = ? AND f.active = 1 AND q.retired_on IS NULL ORDER BY q.position";
	struct dbres	r;
	size_t		i;
	int		n;

	memset(f, 0, sizeof(*f));
	if ((n = db_exec(db, a, &r, sql, "s", slug)) <= 0)
		return n;
	f->id = dbres_int(&r, 0, 0);
	f->slug = arena_strdup(a, slug);
	if ((f->q = arena_alloc(a, sizeof(*f->q) * r.nrows)) == NULL)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		f->q[i].id = dbres_int(&r, i, 1);
		f->q[i].qkey = dbres_str(&r, i, 2);
		f->q[i].kind = vkind_parse(dbres_str(&r, i, 3));
		f->q[i].required = dbres_int(&r, i, 4) != 0;
		f->q[i].maxlen = (unsigned)dbres_int(&r, i, 5);
		f->q[i].concern = vconcern_parse(dbres_str(&r, i, 6));
	}
	f->nq = r.nrows;
	return form_options(db, a, f) == 0 ? 1 : -1;
}

int
db_voice_langs(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT code, name, dir FROM voice_lang ORDER BY position";

	return db_exec(db, a, r, sql, NULL);
}

int
db_voice_texts(struct db *db, struct arena *a, const char *lang, struct vtexts *t)
{
	static const char lang_sql[] = "SELECT code, dir FROM voice_lang WHERE code = ?";
	/* English first, then the language's own words over it */
	static const char sql[] =
	    "SELECT tkey, text FROM voice_text WHERE lang = 'en' OR lang = ? "
	    "ORDER BY lang = 'en' DESC";
	struct dbres	l, r;
	size_t		i;
	int		n;

	if ((n = db_exec(db, a, &l, lang_sql, "s", lang)) <= 0)
		return n;
	if (db_exec(db, a, &r, sql, "s", lang) == -1)
		return -1;
	t->lang = dbres_str(&l, 0, 0);
	t->dir = dbres_str(&l, 0, 1);
	if ((t->v = arena_alloc(a, sizeof(*t->v) * (r.nrows + 1))) == NULL)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		t->v[i].key = dbres_str(&r, i, 0);
		t->v[i].text = dbres_str(&r, i, 1);
	}
	t->n = r.nrows;
	return 1;
}

int
db_voice_link(struct db *db, struct arena *a, const char *code, long long *team,
    const char **name)
{
	static const char sql[] =
	    "SELECT t.id, t.name FROM voice_link l JOIN team t ON t.id = l.team_id "
	    "WHERE l.code = ? AND t.closed_on IS NULL";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "s", code)) <= 0)
		return n;
	*team = dbres_int(&r, 0, 0);
	*name = dbres_str(&r, 0, 1);
	return 1;
}

int
db_voice_teams(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, name FROM team WHERE closed_on IS NULL ORDER BY name";

	return db_exec(db, a, r, sql, NULL);
}

int
db_voice_terms(struct db *db, struct arena *a, const char *lang, struct dbres *r)
{
	static const char sql[] =
	    "SELECT term FROM safeguard_term WHERE lang = ? OR lang = 'en'";

	return db_exec(db, a, r, sql, "s", lang);
}

/*
 * The team a follow-up goes to: the feedback's, else the duty team, else
 * (a council that has not named one yet) the first open team, with an
 * error in the log: a child's feedback is never refused for want of one.
 */
static long long
followup_team(struct db *db, struct arena *a, long long team)
{
	static const char sql[] =
	    "SELECT id, duty FROM team WHERE closed_on IS NULL "
	    "ORDER BY duty DESC, id LIMIT 1";
	struct dbres	r;

	if (team > 0)
		return team;
	if (db_exec(db, a, &r, sql, NULL) != 1)
		return 0;
	if (!dbres_int(&r, 0, 1))
		log_err("voice: no duty team is set (chorusctl team duty NAME); "
		    "a follow-up went to team %lld instead", dbres_int(&r, 0, 0));
	return dbres_int(&r, 0, 0);
}

int
db_voice_team_ok(struct db *db, struct arena *a, long long team)
{
	static const char sql[] =
	    "SELECT 1 FROM team WHERE id = ? AND closed_on IS NULL";
	struct dbres	r;

	return db_exec(db, a, &r, sql, "i", team);
}

int
db_voice_lang_ok(struct db *db, struct arena *a, const char *lang)
{
	static const char sql[] = "SELECT 1 FROM voice_lang WHERE code = ?";
	struct dbres	r;

	return db_exec(db, a, &r, sql, "s", lang);
}

/* Answers of s as rows: question id, value, text. */
static int
answers_insert(struct db *db, struct arena *a, const struct vsubmission *s)
{
	static const char sql[] =
	    "INSERT INTO feedback_answer (feedback_id, question_id, value, text) "
	    "VALUES (?, ?, ?, ?)";
	size_t		 i, n = 0;
	const struct kv	*kv;
	const char	**ids = arena_alloc(a, sizeof(char *) * (s->form->nq + 1));
	unsigned long	 *idl = arena_alloc(a, sizeof(unsigned long) * (s->form->nq + 1));
	long long	 *qids = arena_alloc(a, sizeof(long long) * (s->form->nq + 1));
	const char	**vals = arena_alloc(a, sizeof(char *) * (s->form->nq + 1));
	const char	**texts = arena_alloc(a, sizeof(char *) * (s->form->nq + 1));

	if (!ids || !idl || !qids || !vals || !texts)
		return -1;
	for (i = 0; i < s->form->nq; i++) {
		const struct vquestion *q = &s->form->q[i];

		if ((kv = kv_get(s->answers, q->qkey)) == NULL || kv->vallen == 0)
			continue;
		ids[n] = (const char *)s->fid;
		idl[n] = 16;
		qids[n] = q->id;
		vals[n] = q->kind == VK_TEXT ? "text" : kv->val;
		texts[n++] = q->kind == VK_TEXT ? kv->val : NULL;
	}
	{
		const struct dbcol cols[4] = {
			{ 'b', NULL, ids, idl, NULL }, { 'i', qids, NULL, NULL, NULL },
			{ 's', NULL, vals, NULL, NULL }, { 's', NULL, texts, NULL, NULL },
		};
		return n == 0 || db_exec_rows(db, a, sql, n, cols, 4) == (int)n ? 0 : -1;
	}
}

/* A follow-up and its first event. */
static int
followup_open(struct db *db, struct arena *a, const struct vsubmission *s,
    int urgent, const char *reason, unsigned due_hours)
{
	static const char sql[] =
	    "INSERT INTO followup (team_id, urgent, status, opened_at, due_at, "
	    "feedback_id, reason) VALUES (?, ?, 'open', UTC_TIMESTAMP(), "
	    "UTC_TIMESTAMP() + INTERVAL ? HOUR, ?, ?)";
	static const char ev_sql[] =
	    "INSERT INTO followup_event (followup_id, at, actor_id, action, text) "
	    "VALUES (?, UTC_TIMESTAMP(), NULL, 'opened', ?)";
	long long	team = followup_team(db, a, s->team);

	if (team == 0)
		return -1;
	if (db_exec(db, a, NULL, sql, "iiibs", team, (long long)urgent,
	    (long long)due_hours, s->fid, (size_t)16, reason) != 1)
		return -1;
	return db_exec(db, a, NULL, ev_sql, "is", (long long)db_insert_id(db),
	    reason) == 1 ? 0 : -1;
}

int
voice_store_rows(struct db *db, struct arena *a, const struct vsubmission *s,
    const char *urgent_reason, unsigned due_hours)
{
	static const char sql[] =
	    "INSERT INTO feedback (id, form_id, team_id, lang, received_on, kiosk, "
	    "wants_contact, wants_complaint, contact_name, contact_how) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	const char	*why = urgent_reason;

	if (db_begin(db) == -1)
		return -1;
	if (db_exec(db, a, NULL, sql, "bis" "ssiii" "ss", s->fid, (size_t)16,
	    s->form->id, s->team > 0 ? arena_printf(a, "%lld", s->team) : NULL,
	    s->lang, s->received,
	    (long long)s->kiosk, (long long)s->contact, (long long)s->complaint,
	    s->contact ? s->contact_name : NULL, s->contact ? s->contact_how : NULL) != 1) {
		db_rollback(db);
		return db_is_dup(db) ? 1 : -1;
	}
	if (why == NULL && s->complaint)
		why = "A complaint was requested";
	if (answers_insert(db, a, s) == -1 ||
	    (why != NULL && followup_open(db, a, s, urgent_reason != NULL, why,
	    urgent_reason != NULL ? due_hours : due_hours * 5) == -1) ||
	    db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	return 0;
}
