/*
 * SQL for case audits and escalations. The trail (audit_entry with its
 * audit_grade rows, escalation with its escalation_event rows) is only
 * ever appended to, each chain under its own named lock taken inside the
 * transaction, as db_ack_add() does for acknowledgements.
 */
#include <string.h>
#include <time.h>

#include "arena.h"
#include "audit.h"
#include "db.h"
#include "db_audit.h"

#define AUDIT_LOCK	"SELECT GET_LOCK('chorus_audit_chain', 10)"
#define AUDIT_UNLOCK	"SELECT RELEASE_LOCK('chorus_audit_chain')"
#define ESC_LOCK	"SELECT GET_LOCK('chorus_escalation_chain', 10)"
#define ESC_UNLOCK	"SELECT RELEASE_LOCK('chorus_escalation_chain')"

/* Run a GET_LOCK or RELEASE_LOCK statement: 0 when it answered 1, else -1. */
static int
named_lock(struct db *db, struct arena *a, const char *sql)
{
	struct dbres	r;

	if (db_exec(db, a, &r, sql, NULL) != 1)
		return -1;
	return dbres_int(&r, 0, 0) == 1 ? 0 : -1;
}

/* A chain's last hash (genesis when empty) into prev. 0 or -1. */
static int
chain_tail(struct db *db, struct arena *a, const char *sql, char prev[AUDIT_HEX + 1])
{
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, NULL)) == -1)
		return -1;
	memcpy(prev, n == 1 ? dbres_str(&r, 0, 0) : audit_genesis, AUDIT_HEX);
	prev[AUDIT_HEX] = '\0';
	return strlen(prev) == AUDIT_HEX ? 0 : -1;
}

int
db_audit_workers(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT s.id, s.display_name, t.name FROM staff s JOIN team t ON t.id = s.team_id "
	    "WHERE s.active = 1 AND t.closed_on IS NULL ORDER BY t.name, s.display_name, s.id";

	return db_exec(db, a, r, sql, NULL);
}

int
db_audit_start(struct db *db, struct arena *a, const char *case_ref,
    long long worker, long long auditor, long long *id)
{
	static const char team_sql[] =
	    "SELECT team_id FROM staff WHERE id = ? AND active = 1 AND team_id IS NOT NULL";
	static const char ver_sql[] =
	    "SELECT id FROM standards_version WHERE effective_on <= UTC_DATE() "
	    "ORDER BY effective_on DESC, version DESC LIMIT 1";
	static const char ins_sql[] =
	    "INSERT INTO audit (case_ref, team_id, worker_id, auditor_id, "
	    "standards_version_id, status, started_at) "
	    "VALUES (?, ?, ?, ?, ?, 'draft', UTC_TIMESTAMP())";
	struct dbres	t, v;
	int		n;

	if ((n = db_exec(db, a, &t, team_sql, "i", worker)) != 1)
		return n == 0 ? 1 : -1;
	if ((n = db_exec(db, a, &v, ver_sql, NULL)) != 1)
		return n == 0 ? 2 : -1;
	if (db_exec(db, a, NULL, ins_sql, "siiii", case_ref, dbres_int(&t, 0, 0),
	    worker, auditor, dbres_int(&v, 0, 0)) != 1)
		return -1;
	*id = (long long)db_insert_id(db);
	return 0;
}

int
db_audit_get(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT a.id, a.case_ref, a.team_id, t.name, IFNULL(a.worker_id, 0), "
	    "IFNULL(w.display_name, ''), a.auditor_id, au.display_name, "
	    "IFNULL(a.moderator_id, 0), IFNULL(m.display_name, ''), "
	    "a.standards_version_id, v.version, a.status, "
	    "DATE_FORMAT(a.started_at, '%Y-%m-%d %H:%i:%s'), IFNULL(w.manager_id, 0), "
	    "t.service_area_id "
	    "FROM audit a JOIN team t ON t.id = a.team_id "
	    "JOIN staff au ON au.id = a.auditor_id "
	    "JOIN standards_version v ON v.id = a.standards_version_id "
	    "LEFT JOIN staff w ON w.id = a.worker_id "
	    "LEFT JOIN staff m ON m.id = a.moderator_id WHERE a.id = ?";

	return db_exec(db, a, r, sql, "i", id);
}

void
db_audit_head(const struct dbres *r, struct audit_head *h)
{
	h->id = dbres_int(r, 0, AU_ID);
	h->case_ref = dbres_str(r, 0, AU_CASE);
	h->team = dbres_int(r, 0, AU_TEAM);
	h->worker = dbres_int(r, 0, AU_WORKER);
	h->auditor = dbres_int(r, 0, AU_AUDITOR);
	h->version = dbres_int(r, 0, AU_VERSION);
}

int
db_audits_list(struct db *db, struct arena *a, int all, long long team,
    long long worker, long long manager, struct dbres *r)
{
	static const char sql[] =
	    "SELECT a.id, a.case_ref, t.name, IFNULL(w.display_name, ''), au.display_name, "
	    "a.status, DATE_FORMAT(a.started_at, '%Y-%m-%d %H:%i:%s'), "
	    "(SELECT COUNT(*) FROM escalation e WHERE e.audit_id = a.id AND NOT EXISTS "
	    " (SELECT 1 FROM escalation_event x WHERE x.escalation_id = e.id AND x.kind = 'closed')) "
	    "FROM audit a JOIN team t ON t.id = a.team_id "
	    "JOIN staff au ON au.id = a.auditor_id LEFT JOIN staff w ON w.id = a.worker_id "
	    "WHERE ? = 2 OR (a.status <> 'draft' AND (? = 1 OR a.team_id = ? OR a.worker_id = ? "
	    " OR w.manager_id = ?)) "
	    "ORDER BY a.started_at DESC, a.id DESC LIMIT 500";

	return db_exec(db, a, r, sql, "iiiii", (long long)all, (long long)all, team, worker,
	    manager);
}

int
db_audit_draft(struct db *db, struct arena *a, long long id, int *safety,
    struct dbres *r)
{
	static const char head_sql[] = "SELECT safety_concern FROM audit_draft WHERE audit_id = ?";
	static const char sql[] =
	    "SELECT item, grade, evidence, comments FROM audit_draft_grade WHERE audit_id = ?";
	struct dbres	h;
	int		n;

	if ((n = db_exec(db, a, &h, head_sql, "i", id)) == -1)
		return -1;
	*safety = n == 1 && dbres_int(&h, 0, 0) != 0;
	return db_exec(db, a, r, sql, "i", id);
}

/* The marks as array-bound rows of (audit or entry id, item, grade, agreed,
 * evidence, comments); agreed bound only when with_agreed. */
static int
marks_insert(struct db *db, struct arena *a, const char *sql, long long owner,
    const struct audit_mark *m, size_t n, int with_agreed)
{
	long long	*ids = arena_alloc(a, sizeof(long long) * (n + 1));
	long long	*agreed = arena_alloc(a, sizeof(long long) * (n + 1));
	char		*noagree = arena_alloc(a, n + 1);
	const char	**item = arena_alloc(a, sizeof(char *) * (n + 1));
	const char	**grade = arena_alloc(a, sizeof(char *) * (n + 1));
	const char	**ev = arena_alloc(a, sizeof(char *) * (n + 1));
	const char	**cm = arena_alloc(a, sizeof(char *) * (n + 1));
	size_t		 i;

	if (!ids || !agreed || !noagree || !item || !grade || !ev || !cm)
		return -1;
	for (i = 0; i < n; i++) {
		ids[i] = owner;
		item[i] = m[i].item;
		grade[i] = m[i].grade;
		agreed[i] = m[i].agreed < 0 ? 0 : m[i].agreed;
		noagree[i] = m[i].agreed < 0;
		ev[i] = m[i].evidence ? m[i].evidence : "";
		cm[i] = m[i].comments ? m[i].comments : "";
	}
	{
		const struct dbcol cols[6] = {
			{ 'i', ids, NULL, NULL, NULL },
			{ 's', NULL, item, NULL, NULL },
			{ 's', NULL, grade, NULL, NULL },
			{ 's', NULL, ev, NULL, NULL },
			{ 's', NULL, cm, NULL, NULL },
			{ 'i', agreed, NULL, NULL, noagree },
		};
		return db_exec_rows(db, a, sql, n, cols, with_agreed ? 6 : 5) == (int)n ? 0 : -1;
	}
}

int
db_audit_draft_save(struct db *db, struct arena *a, long long id, int safety,
    const struct audit_mark *m, size_t n)
{
	static const char head_sql[] =
	    "INSERT INTO audit_draft (audit_id, safety_concern, saved_at) "
	    "VALUES (?, ?, UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE "
	    "safety_concern = VALUES(safety_concern), saved_at = VALUES(saved_at)";
	static const char del_sql[] = "DELETE FROM audit_draft_grade WHERE audit_id = ?";
	static const char ins_sql[] =
	    "INSERT INTO audit_draft_grade (audit_id, item, grade, evidence, comments) "
	    "VALUES (?, ?, ?, ?, ?)";

	if (db_begin(db) == -1)
		return -1;
	if (db_exec(db, a, NULL, head_sql, "ii", id, (long long)(safety != 0)) == -1 ||
	    db_exec(db, a, NULL, del_sql, "i", id) == -1 ||
	    marks_insert(db, a, ins_sql, id, m, n, 0) == -1 || db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

int
db_audit_entries(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT e.id, e.kind, s.display_name, DATE_FORMAT(e.at, '%Y-%m-%d %H:%i:%s'), "
	    "IFNULL(e.corrects_id, 0), e.safety_concern, e.note, e.actor_id "
	    "FROM audit_entry e JOIN staff s ON s.id = e.actor_id "
	    "WHERE e.audit_id = ? ORDER BY e.id";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_audit_grades(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT g.entry_id, g.item, g.grade, IFNULL(g.agreed, -1), g.evidence, g.comments "
	    "FROM audit_grade g JOIN audit_entry e ON e.id = g.entry_id "
	    "WHERE e.audit_id = ? ORDER BY g.entry_id, g.item COLLATE utf8mb4_bin";

	return db_exec(db, a, r, sql, "i", id);
}

/* The audit's status, locked for this transaction: 1 (*status), 0, -1. */
static int
status_lock(struct db *db, struct arena *a, long long id, const char **status)
{
	static const char sql[] = "SELECT status FROM audit WHERE id = ? FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "i", id)) == 1)
		*status = dbres_str(&r, 0, 0);
	return n;
}

/* Who an escalation goes to: a manager of the case team (the worker's own
 * manager first), else the worker's manager, else whoever raised it. */
static long long
esc_owner(struct db *db, struct arena *a, const struct audit_head *h, long long actor)
{
	static const char sql[] =
	    "SELECT COALESCE("
	    " (SELECT m.id FROM staff m WHERE m.active = 1 AND FIND_IN_SET('manager', m.roles) "
	    "  AND m.team_id = ? ORDER BY m.id = (SELECT IFNULL(MAX(manager_id), 0) FROM staff "
	    "  WHERE id = ?) DESC, m.id LIMIT 1), "
	    " (SELECT m.id FROM staff w JOIN staff m ON m.id = w.manager_id AND m.active = 1 "
	    "  WHERE w.id = ?), ?)";
	struct dbres	r;

	if (db_exec(db, a, &r, sql, "iiii", h->team, h->worker, h->worker, actor) != 1)
		return -1;
	return dbres_int(&r, 0, 0);
}

/* Append one event to the escalation chain (lock held). 0 or -1. */
static int
esc_event_add(struct db *db, struct arena *a, const struct esc_head *e,
    const struct audit_step *s)
{
	static const char tail_sql[] =
	    "SELECT LOWER(HEX(hash)) FROM escalation_event ORDER BY id DESC LIMIT 1";
	static const char sql[] =
	    "INSERT INTO escalation_event (escalation_id, kind, actor_id, at, corrects_id, "
	    "note, prev_hash, hash) VALUES (?, ?, ?, ?, NULLIF(?, 0), ?, UNHEX(?), UNHEX(?))";
	char	prev[AUDIT_HEX + 1], hash[AUDIT_HEX + 1];

	if (chain_tail(db, a, tail_sql, prev) == -1)
		return -1;
	esc_event_hash(prev, e, s, hash);
	return db_exec(db, a, NULL, sql, "isisisss", e->id, s->kind, s->actor, s->at,
	    s->corrects, s->note, prev, hash) == 1 ? 0 : -1;
}

static const char *const esc_opened_note[] = {
	"Opened: the auditor has a serious concern about the child's safety",
	"Opened: practice graded Inadequate",
};

/*
 * Open an escalation for reason (0 safety, 1 inadequate) unless the audit
 * has one already: 0 opened (*id), 1 already open, -1 error. *locked
 * says whether this transaction holds the escalation chain lock.
 */
static int
esc_open(struct db *db, struct arena *a, const struct audit_head *h, long long entry,
    int reason, unsigned days, const char *holidays, const struct audit_step *s,
    int *locked, long long *id)
{
	static const char has_sql[] = "SELECT id FROM escalation WHERE audit_id = ? AND reason = ?";
	static const char sql[] =
	    "INSERT INTO escalation (audit_id, entry_id, reason, team_id, owner_id, opened_at, due_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?)";
	static const char *const reasons[] = { "safety", "inadequate" };
	struct esc_head		e;
	struct audit_step	ev = { "opened", s->actor, s->at, 0, 0, esc_opened_note[reason] };
	struct dbres		r;
	struct tm		tm;
	char			due[20];
	int			n;

	if ((n = db_exec(db, a, &r, has_sql, "is", h->id, reasons[reason])) != 0)
		return n == 1 ? 1 : -1;
	memset(&tm, 0, sizeof(tm));
	if (strptime(s->at, "%Y-%m-%d %H:%M:%S", &tm) == NULL)
		return -1;
	audit_time_utc(audit_due(timegm(&tm), days, holidays), due);
	e = (struct esc_head){ 0, h->id, reasons[reason], esc_owner(db, a, h, s->actor), s->at,
	    arena_strdup(a, due) };
	if (e.owner <= 0 || e.due == NULL ||
	    db_exec(db, a, NULL, sql, "iisiiss", h->id, entry, e.reason, h->team, e.owner,
	    e.opened, e.due) != 1)
		return -1;
	e.id = *id = (long long)db_insert_id(db);
	if (!*locked) {
		if (named_lock(db, a, ESC_LOCK) == -1)
			return -1;
		*locked = 1;
	}
	return esc_event_add(db, a, &e, &ev);
}

static int
has_inadequate(const struct audit_rec *rec)
{
	size_t	i;

	for (i = 0; i < rec->nmarks; i++)
		if (grade_parse(rec->marks[i].grade) == GRADE_INADEQUATE)
			return 1;
	return 0;
}

/* The entry, its grades and the status change (audit chain lock held). */
static int
entry_add(struct db *db, struct arena *a, const struct audit_head *h,
    struct audit_rec *rec, long long *entry)
{
	static const char tail_sql[] =
	    "SELECT LOWER(HEX(hash)) FROM audit_entry ORDER BY id DESC LIMIT 1";
	static const char sql[] =
	    "INSERT INTO audit_entry (audit_id, kind, actor_id, at, corrects_id, "
	    "safety_concern, note, prev_hash, hash) "
	    "VALUES (?, ?, ?, ?, NULLIF(?, 0), ?, ?, UNHEX(?), UNHEX(?))";
	static const char grade_sql[] =
	    "INSERT INTO audit_grade (entry_id, item, grade, evidence, comments, agreed) "
	    "VALUES (?, ?, ?, ?, ?, ?)";
	static const char status_sql[] =
	    "UPDATE audit SET status = ?, moderator_id = IF(?, ?, moderator_id) WHERE id = ?";
	static const char drop1_sql[] = "DELETE FROM audit_draft_grade WHERE audit_id = ?";
	static const char drop2_sql[] = "DELETE FROM audit_draft WHERE audit_id = ?";
	struct audit_step	*s = &rec->step;
	char			 prev[AUDIT_HEX + 1], hash[AUDIT_HEX + 1];

	if (chain_tail(db, a, tail_sql, prev) == -1)
		return -1;
	audit_marks_sort(rec->marks, rec->nmarks);
	audit_entry_hash(prev, h, s, rec->marks, rec->nmarks, hash);
	if (db_exec(db, a, NULL, sql, "isisiisss", h->id, s->kind, s->actor, s->at,
	    s->corrects, (long long)(s->safety != 0), s->note, prev, hash) != 1)
		return -1;
	*entry = (long long)db_insert_id(db);
	if (marks_insert(db, a, grade_sql, *entry, rec->marks, rec->nmarks, 1) == -1)
		return -1;
	if (rec->status != NULL && db_exec(db, a, NULL, status_sql, "siii", rec->status,
	    (long long)rec->moderator, s->actor, h->id) == -1)
		return -1;
	if (rec->drop_draft && (db_exec(db, a, NULL, drop1_sql, "i", h->id) == -1 ||
	    db_exec(db, a, NULL, drop2_sql, "i", h->id) == -1))
		return -1;
	return 0;
}

/* Everything db_audit_record() does, inside its transaction. */
static int
record_in_tx(struct db *db, struct arena *a, const struct audit_head *h,
    struct audit_rec *rec, long long opened[2], size_t *nopened, int *esc_locked)
{
	const char	*status;
	long long	 entry, id;
	int		 n;

	if ((n = status_lock(db, a, h->id, &status)) != 1)
		return n == 0 ? 1 : -1;
	if (rec->expect ? strcmp(status, rec->expect) != 0 : strcmp(status, "draft") == 0)
		return 1;
	if (entry_add(db, a, h, rec, &entry) == -1)
		return -1;
	if (rec->step.safety && rec->safety_days > 0) {
		if ((n = esc_open(db, a, h, entry, 0, rec->safety_days, rec->holidays,
		    &rec->step, esc_locked, &id)) == -1)
			return -1;
		if (n == 0)
			opened[(*nopened)++] = id;
	}
	if (has_inadequate(rec) && rec->inadequate_days > 0) {
		if ((n = esc_open(db, a, h, entry, 1, rec->inadequate_days, rec->holidays,
		    &rec->step, esc_locked, &id)) == -1)
			return -1;
		if (n == 0)
			opened[(*nopened)++] = id;
	}
	return 0;
}

int
db_audit_record(struct db *db, struct arena *a, const struct audit_head *h,
    struct audit_rec *rec, long long opened[2], size_t *nopened)
{
	char	at[20];
	int	n, esc_locked = 0;

	*nopened = 0;
	audit_time_utc(time(NULL), at);
	if ((rec->step.at = arena_strdup(a, at)) == NULL || db_begin(db) == -1)
		return -1;
	if (named_lock(db, a, AUDIT_LOCK) == -1) {
		db_rollback(db);
		named_lock(db, a, AUDIT_UNLOCK);
		return -1;
	}
	n = record_in_tx(db, a, h, rec, opened, nopened, &esc_locked);
	if (n == 0 && db_commit(db) == -1)
		n = -1;
	if (n != 0) {
		db_rollback(db);
		*nopened = 0;
	}
	if (esc_locked)
		named_lock(db, a, ESC_UNLOCK);
	named_lock(db, a, AUDIT_UNLOCK);
	return n;
}

#define ESC_OPEN_SQL \
	"NOT EXISTS (SELECT 1 FROM escalation_event x WHERE x.escalation_id = e.id " \
	"AND x.kind = 'closed')"

int
db_escalation_get(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT e.id, e.audit_id, e.reason, e.team_id, e.owner_id, "
	    "DATE_FORMAT(e.opened_at, '%Y-%m-%d %H:%i:%s'), "
	    "DATE_FORMAT(e.due_at, '%Y-%m-%d %H:%i:%s'), a.case_ref, t.name, o.display_name, "
	    "IFNULL(o.email, ''), NOT " ESC_OPEN_SQL ", "
	    ESC_OPEN_SQL " AND e.due_at < UTC_TIMESTAMP(), "
	    "(SELECT COUNT(*) FROM escalation_event y WHERE y.escalation_id = e.id "
	    " AND y.kind = 'action'), t.service_area_id "
	    "FROM escalation e JOIN audit a ON a.id = e.audit_id JOIN team t ON t.id = e.team_id "
	    "JOIN staff o ON o.id = e.owner_id WHERE e.id = ?";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_escalation_events(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT x.kind, s.display_name, DATE_FORMAT(x.at, '%Y-%m-%d %H:%i:%s'), x.note "
	    "FROM escalation_event x JOIN staff s ON s.id = x.actor_id "
	    "WHERE x.escalation_id = ? ORDER BY x.id";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_audit_escalations(struct db *db, struct arena *a, long long audit, struct dbres *r)
{
	static const char sql[] =
	    "SELECT e.id, e.reason, o.display_name, DATE_FORMAT(e.due_at, '%Y-%m-%d %H:%i:%s'), "
	    "NOT " ESC_OPEN_SQL ", " ESC_OPEN_SQL " AND e.due_at < UTC_TIMESTAMP() "
	    "FROM escalation e JOIN staff o ON o.id = e.owner_id WHERE e.audit_id = ? "
	    "ORDER BY e.id";

	return db_exec(db, a, r, sql, "i", audit);
}

int
db_escalations_open(struct db *db, struct arena *a, long long owner,
    long long area, struct dbres *r)
{
	static const char sql[] =
	    "SELECT e.id, a.case_ref, e.reason, t.name, o.display_name, "
	    "DATE_FORMAT(e.due_at, '%Y-%m-%d %H:%i:%s'), e.due_at < UTC_TIMESTAMP() "
	    "FROM escalation e JOIN audit a ON a.id = e.audit_id JOIN team t ON t.id = e.team_id "
	    "JOIN staff o ON o.id = e.owner_id "
	    "WHERE " ESC_OPEN_SQL " AND IF(? > 0, e.owner_id = ?, e.due_at < UTC_TIMESTAMP() "
	    " AND (? = 0 OR t.service_area_id = ?)) "
	    "ORDER BY e.due_at, e.id";

	return db_exec(db, a, r, sql, "iiii", owner, owner, area, area);
}

/* The escalation row, locked, as hashed; *closed and *actions. 1, 0, -1. */
static int
esc_lock_row(struct db *db, struct arena *a, long long id, struct esc_head *e,
    int *closed, long long *actions)
{
	static const char sql[] =
	    "SELECT e.id, e.audit_id, e.reason, e.owner_id, "
	    "DATE_FORMAT(e.opened_at, '%Y-%m-%d %H:%i:%s'), "
	    "DATE_FORMAT(e.due_at, '%Y-%m-%d %H:%i:%s'), NOT " ESC_OPEN_SQL ", "
	    "(SELECT COUNT(*) FROM escalation_event y WHERE y.escalation_id = e.id "
	    " AND y.kind = 'action') FROM escalation e WHERE e.id = ? FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "i", id)) != 1)
		return n;
	*e = (struct esc_head){ dbres_int(&r, 0, 0), dbres_int(&r, 0, 1), dbres_str(&r, 0, 2),
	    dbres_int(&r, 0, 3), dbres_str(&r, 0, 4), dbres_str(&r, 0, 5) };
	*closed = dbres_int(&r, 0, 6) != 0;
	*actions = dbres_int(&r, 0, 7);
	return 1;
}

static int
esc_step_in_tx(struct db *db, struct arena *a, long long id, const struct audit_step *s)
{
	struct esc_head	e;
	long long	actions;
	int		closed, n;

	if ((n = esc_lock_row(db, a, id, &e, &closed, &actions)) != 1)
		return -1;
	if (closed)
		return 2;
	if (strcmp(s->kind, "closed") == 0 && actions == 0)
		return 1;
	return esc_event_add(db, a, &e, s);
}

int
db_escalation_step(struct db *db, struct arena *a, long long id, long long actor,
    const char *kind, const char *note)
{
	struct audit_step	s = { kind, actor, NULL, 0, 0, note };
	char			at[20];
	int			n;

	audit_time_utc(time(NULL), at);
	s.at = at;
	if (db_begin(db) == -1)
		return -1;
	if (named_lock(db, a, ESC_LOCK) == -1) {
		db_rollback(db);
		named_lock(db, a, ESC_UNLOCK);
		return -1;
	}
	n = esc_step_in_tx(db, a, id, &s);
	if (n == 0 && db_commit(db) == -1)
		n = -1;
	if (n != 0)
		db_rollback(db);
	named_lock(db, a, ESC_UNLOCK);
	return n;
}

/* ---- escalation mail (0015_escalation_mail.sql) ------------------------ */

int
db_escalations_unmailed(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT e.id FROM escalation e WHERE NOT EXISTS (SELECT 1 FROM escalation_mail m "
	    "WHERE m.escalation_id = e.id) AND " ESC_OPEN_SQL " ORDER BY e.id LIMIT 50";

	return db_exec(db, a, r, sql, NULL);
}

int
db_escalation_mailed(struct db *db, long long id, int claim)
{
	static const char claim_sql[] =
	    "INSERT INTO escalation_mail (escalation_id, mailed_at) VALUES (?, UTC_TIMESTAMP())";
	static const char undo_sql[] =
	    "DELETE FROM escalation_mail WHERE escalation_id = ?";
	int	n;

	if (!claim)
		return db_exec(db, NULL, NULL, undo_sql, "i", id) == -1 ? -1 : 0;
	if ((n = db_exec(db, NULL, NULL, claim_sql, "i", id)) == -1)
		return db_is_dup(db) ? 0 : -1;
	return n == 1 ? 1 : -1;
}

int
db_audit_agreement(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT s.display_name, COUNT(*), SUM(g.agreed), COUNT(DISTINCT e.audit_id) "
	    "FROM audit_grade g JOIN audit_entry e ON e.id = g.entry_id AND e.kind = 'moderated' "
	    "JOIN audit au ON au.id = e.audit_id JOIN staff s ON s.id = au.auditor_id "
	    "WHERE g.agreed IS NOT NULL GROUP BY s.id, s.display_name WITH ROLLUP";

	return db_exec(db, a, r, sql, NULL);
}

int
db_audit_chain(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT e.id, LOWER(HEX(e.prev_hash)), LOWER(HEX(e.hash)), a.id, a.case_ref, "
	    "a.team_id, IFNULL(a.worker_id, 0), a.auditor_id, a.standards_version_id, e.kind, "
	    "e.actor_id, DATE_FORMAT(e.at, '%Y-%m-%d %H:%i:%s'), IFNULL(e.corrects_id, 0), "
	    "e.safety_concern, e.note "
	    "FROM audit_entry e LEFT JOIN audit a ON a.id = e.audit_id ORDER BY e.id";

	return db_exec(db, a, r, sql, NULL);
}

int
db_audit_chain_grades(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT entry_id, item, grade, IFNULL(agreed, -1), evidence, comments "
	    "FROM audit_grade ORDER BY entry_id, item COLLATE utf8mb4_bin";

	return db_exec(db, a, r, sql, NULL);
}

int
db_audit_status_mismatch(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, status, expected FROM (SELECT a.id, a.status, "
	    "IFNULL((SELECT e.kind FROM audit_entry e WHERE e.audit_id = a.id "
	    " AND e.kind IN ('submitted', 'moderated', 'closed') ORDER BY e.id DESC LIMIT 1), "
	    " 'draft') AS expected FROM audit a) s "
	    "WHERE status <> expected ORDER BY id";

	return db_exec(db, a, r, sql, NULL);
}

int
db_escalation_chain(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT x.id, LOWER(HEX(x.prev_hash)), LOWER(HEX(x.hash)), e.id, e.audit_id, "
	    "e.reason, e.owner_id, DATE_FORMAT(e.opened_at, '%Y-%m-%d %H:%i:%s'), "
	    "DATE_FORMAT(e.due_at, '%Y-%m-%d %H:%i:%s'), x.kind, x.actor_id, "
	    "DATE_FORMAT(x.at, '%Y-%m-%d %H:%i:%s'), IFNULL(x.corrects_id, 0), x.note "
	    "FROM escalation_event x LEFT JOIN escalation e ON e.id = x.escalation_id "
	    "ORDER BY x.id";

	return db_exec(db, a, r, sql, NULL);
}

int
db_audit_worker_find(struct db *db, struct arena *a, const char *who, struct dbres *r)
{
	static const char sql[] =
	    "SELECT s.id, s.display_name, t.id, t.name FROM staff s JOIN team t ON t.id = s.team_id "
	    "WHERE (s.username = ? OR s.staff_no = ?) AND s.active = 1 LIMIT 1";

	return db_exec(db, a, r, sql, "ss", who, who);
}
