/* SQL for administration: the roster import and the admin log. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "db.h"
#include "db_admin.h"
#include "log.h"

/* ---- the roster as it stands -------------------------------------------- */

/* Columns in enum rcol order, then active. FOR UPDATE: the import locks
 * every person it plans against until it commits. */
#define STAFF_WORLD_SQL \
	"SELECT s.staff_no, s.display_name, COALESCE(s.email, ''), s.username, " \
	"s.job_title, COALESCE(t.name, ''), COALESCE(sa.name, ''), " \
	"COALESCE(m.staff_no, ''), COALESCE(s.started_on, ''), " \
	"COALESCE(s.left_on, ''), s.active FROM staff s " \
	"LEFT JOIN team t ON t.id = s.team_id " \
	"LEFT JOIN service_area sa ON sa.id = t.service_area_id " \
	"LEFT JOIN staff m ON m.id = s.manager_id FOR UPDATE"

static int
world_staff(struct db *db, struct arena *a, struct roster_world *w)
{
	static const char	 sql[] = STAFF_WORLD_SQL;
	struct roster_person	*p;
	struct dbres		 r;
	size_t			 i;
	int			 c;

	if (db_exec(db, a, &r, sql, NULL) == -1)
		return -1;
	if ((p = arena_alloc(a, (r.nrows + 1) * sizeof(*p))) == NULL)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		for (c = 0; c < RC__MAX; c++)
			p[i].v[c] = dbres_str(&r, i, (size_t)c);
		p[i].active = dbres_int(&r, i, RC__MAX) != 0;
	}
	w->staff = p, w->nstaff = r.nrows;
	return 0;
}

static int
world_teams(struct db *db, struct arena *a, struct roster_world *w)
{
	static const char	 sql[] =
	    "SELECT t.name, sa.name, mt.name, t.closed_on IS NOT NULL FROM team t "
	    "JOIN service_area sa ON sa.id = t.service_area_id "
	    "LEFT JOIN team mt ON mt.id = t.merged_into_id FOR UPDATE";
	struct roster_team	*t;
	struct dbres		 r;
	size_t			 i;

	if (db_exec(db, a, &r, sql, NULL) == -1 ||
	    (t = arena_alloc(a, (r.nrows + 1) * sizeof(*t))) == NULL)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		t[i].name = dbres_str(&r, i, 0);
		t[i].area = dbres_str(&r, i, 1);
		t[i].merged_into = dbres_null(&r, i, 2) ? NULL : dbres_str(&r, i, 2);
		t[i].closed = dbres_int(&r, i, 3) != 0;
	}
	w->teams = t, w->nteams = r.nrows;
	return 0;
}

static int
world_areas(struct db *db, struct arena *a, struct roster_world *w)
{
	static const char	 sql[] =
	    "SELECT name, closed_on IS NOT NULL FROM service_area FOR UPDATE";
	static const char	 today_sql[] = "SELECT UTC_DATE()";
	struct roster_area	*s;
	struct dbres		 r, d;
	size_t			 i;

	if (db_exec(db, a, &r, sql, NULL) == -1 ||
	    db_exec(db, a, &d, today_sql, NULL) != 1 ||
	    (s = arena_alloc(a, (r.nrows + 1) * sizeof(*s))) == NULL)
		return -1;
	for (i = 0; i < r.nrows; i++) {
		s[i].name = dbres_str(&r, i, 0);
		s[i].closed = dbres_int(&r, i, 1) != 0;
	}
	w->areas = s, w->nareas = r.nrows;
	w->today = dbres_str(&d, 0, 0);
	return 0;
}

int
db_roster_world(struct db *db, struct arena *a, struct roster_world *w)
{
	memset(w, 0, sizeof(*w));
	if (world_staff(db, a, w) == -1 || world_teams(db, a, w) == -1 ||
	    world_areas(db, a, w) == -1)
		return -1;
	return 0;
}

/* ---- uploads ---------------------------------------------------------- */

int
db_roster_upload_put(struct db *db, const char *id, long long owner,
    const char *body, size_t len)
{
	static const char expire_sql[] =
	    "DELETE FROM roster_upload WHERE created_at < "
	    "UTC_TIMESTAMP() - INTERVAL ? MINUTE";
	static const char put_sql[] =
	    "INSERT INTO roster_upload (id, owner_id, created_at, body) "
	    "VALUES (?, ?, UTC_TIMESTAMP(), ?)";

	if (db_exec(db, NULL, NULL, expire_sql, "i",
	    (long long)ROSTER_UPLOAD_MINUTES) == -1)
		return -1;
	return db_exec(db, NULL, NULL, put_sql, "sib", id, owner, body, len) == 1 ?
	    0 : -1;
}

int
db_roster_upload_get(struct db *db, struct arena *a, const char *id, long long owner,
    char **body, size_t *len)
{
	static const char sql[] =
	    "SELECT body FROM roster_upload WHERE id = ? AND owner_id = ? "
	    "AND created_at >= UTC_TIMESTAMP() - INTERVAL ? MINUTE";
	struct dbres	r;
	int		n;

	n = db_exec(db, a, &r, sql, "sii", id, owner, (long long)ROSTER_UPLOAD_MINUTES);
	if (n <= 0)
		return n;
	*body = r.cell[0];
	*len = r.len[0];
	return 1;
}

/* ---- applying a plan ------------------------------------------------------ */

/* A person's values as the admin log shows them. */
static const char *
person_text(struct arena *a, const char *const v[RC__MAX], const char *team)
{
	return arena_printf(a, "%s (%s), %s, team %s, e-mail %s, manager %s, "
	    "started %s, leaving %s", v[RC_NAME], v[RC_USERNAME],
	    *v[RC_JOB] ? v[RC_JOB] : "no job role", *team ? team : "none",
	    *v[RC_EMAIL] ? v[RC_EMAIL] : "none", *v[RC_MANAGER] ? v[RC_MANAGER] : "none",
	    *v[RC_START] ? v[RC_START] : "not given", *v[RC_LEAVE] ? v[RC_LEAVE] : "not given");
}

static int
areas_teams_add(struct db *db, long long actor, const struct roster_plan *p)
{
	static const char area_sql[] = "INSERT INTO service_area (name) VALUES (?)";
	static const char team_sql[] =
	    "INSERT INTO team (service_area_id, name) "
	    "SELECT id, ? FROM service_area WHERE name = ?";
	size_t	i;

	for (i = 0; i < p->nnew_areas; i++)
		if (db_exec(db, NULL, NULL, area_sql, "s", p->new_areas[i]) != 1 ||
		    db_admin_log(db, actor, "area.add", p->new_areas[i], NULL,
		    "created by the roster import") == -1)
			return -1;
	for (i = 0; i < p->nnew_teams; i++)
		if (db_exec(db, NULL, NULL, team_sql, "ss", p->new_teams[i].name,
		    p->new_teams[i].area) != 1 ||
		    db_admin_log(db, actor, "team.add", p->new_teams[i].name, NULL,
		    p->new_teams[i].area) == -1)
			return -1;
	return 0;
}

static int
person_add(struct db *db, struct arena *a, long long actor, const struct roster_row *row)
{
	static const char sql[] =
	    "INSERT INTO staff (staff_no, username, display_name, email, job_title, "
	    "team_id, started_on, left_on) SELECT ?, ?, ?, NULLIF(?, ''), ?, t.id, "
	    "NULLIF(?, ''), NULLIF(?, '') FROM team t WHERE t.name = ?";
	const char *const *v = row->v;

	if (db_exec(db, NULL, NULL, sql, "ssssssss", v[RC_STAFF_NO], v[RC_USERNAME],
	    v[RC_NAME], v[RC_EMAIL], v[RC_JOB], v[RC_START], v[RC_LEAVE], row->team) != 1)
		return -1;
	return db_admin_log(db, actor, "staff.add", v[RC_STAFF_NO], NULL,
	    person_text(a, v, row->team));
}

/* End every session of the person with this staff ID. */
static int
sessions_end(struct db *db, const char *staff_no)
{
	static const char sql[] =
	    "DELETE FROM session WHERE staff_id = "
	    "(SELECT id FROM staff WHERE staff_no = ?)";

	return db_exec(db, NULL, NULL, sql, "s", staff_no) == -1 ? -1 : 0;
}

/* A change, a move, a rejoin or a leave: the row's values replace the
 * person's; a leaver is deactivated and signed out. */
static int
person_update(struct db *db, struct arena *a, long long actor,
    const struct roster_row *row, const struct roster_world *w)
{
	static const char sql[] =
	    "UPDATE staff s JOIN team t ON t.name = ? SET s.display_name = ?, "
	    "s.email = NULLIF(?, ''), s.username = ?, s.job_title = ?, "
	    "s.team_id = t.id, s.started_on = NULLIF(?, ''), "
	    "s.left_on = NULLIF(?, ''), s.active = ? WHERE s.staff_no = ?";
	static const char *const action[RK__MAX] = {
	    [RK_CHANGE] = "staff.change", [RK_MOVE] = "staff.move",
	    [RK_LEAVE] = "staff.leave" };
	const struct roster_person	*p = &w->staff[row->existing];
	const char *const		*v = row->v;

	if (db_exec(db, NULL, NULL, sql, "sssssssis", row->team, v[RC_NAME],
	    v[RC_EMAIL], v[RC_USERNAME], v[RC_JOB], v[RC_START], v[RC_LEAVE],
	    (long long)(row->kind != RK_LEAVE), v[RC_STAFF_NO]) == -1)
		return -1;
	if (row->kind == RK_LEAVE && sessions_end(db, v[RC_STAFF_NO]) == -1)
		return -1;
	return db_admin_log(db, actor, action[row->kind], v[RC_STAFF_NO],
	    person_text(a, p->v, p->v[RC_TEAM]), person_text(a, v, row->team));
}

/* Point the row's person at their manager (or at none). */
static int
manager_set(struct db *db, const struct roster_row *row)
{
	static const char none_sql[] =
	    "UPDATE staff SET manager_id = NULL WHERE staff_no = ?";
	static const char set_sql[] =
	    "UPDATE staff s JOIN staff m ON m.staff_no = ? SET s.manager_id = m.id "
	    "WHERE s.staff_no = ?";

	if (row->v[RC_MANAGER][0] == '\0')
		return db_exec(db, NULL, NULL, none_sql, "s", row->v[RC_STAFF_NO]) == -1 ?
		    -1 : 0;
	return db_exec(db, NULL, NULL, set_sql, "ss", row->v[RC_MANAGER],
	    row->v[RC_STAFF_NO]) == -1 ? -1 : 0;
}

static int
rows_apply(struct db *db, struct arena *a, long long actor, const struct roster *r,
    const struct roster_world *w)
{
	const struct roster_row	*row;
	size_t			 i;
	int			 rc;

	for (i = 0; i < r->nrows; i++) {
		row = &r->rows[i];
		if (row->kind == RK_SAME || row->kind == RK_SKIP)
			continue;
		rc = row->kind == RK_ADD ? person_add(db, a, actor, row) :
		    person_update(db, a, actor, row, w);
		if (rc == -1)
			return -1;
	}
	for (i = 0; i < r->nrows; i++) {
		row = &r->rows[i];
		if ((row->kind == RK_ADD || row->kind == RK_CHANGE ||
		    row->kind == RK_MOVE) && manager_set(db, row) == -1)
			return -1;
	}
	return 0;
}

static int
area_chosen(const char *area, const char *const *areas, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcasecmp(area, areas[i]) == 0)
			return 1;
	return 0;
}

/* The people not in the file, in the chosen areas: marked as left today. */
static int
absent_apply(struct db *db, long long actor, const struct roster_plan *p,
    const struct roster_world *w, const char *const *areas, size_t nareas,
    size_t *left)
{
	static const char sql[] =
	    "UPDATE staff SET active = 0, left_on = UTC_DATE() "
	    "WHERE staff_no = ? AND active = 1";
	const struct roster_person	*s;
	size_t				 i;

	for (i = 0; i < p->nabsent; i++) {
		s = &w->staff[p->absent[i]];
		if (!area_chosen(s->v[RC_AREA], areas, nareas))
			continue;
		if (db_exec(db, NULL, NULL, sql, "s", s->v[RC_STAFF_NO]) != 1 ||
		    sessions_end(db, s->v[RC_STAFF_NO]) == -1 ||
		    db_admin_log(db, actor, "staff.leave", s->v[RC_STAFF_NO],
		    s->v[RC_NAME], "not in the roster file") == -1)
			return -1;
		(*left)++;
	}
	return 0;
}

static const char *
done_summary(struct arena *a, const struct roster_done *d)
{
	return arena_printf(a, "%zu added, %zu changed, %zu moved, %zu left, "
	    "%zu not in the file marked as left, %zu unchanged; %zu new teams, "
	    "%zu new service areas", d->count[RK_ADD], d->count[RK_CHANGE],
	    d->count[RK_MOVE], d->count[RK_LEAVE], d->absent_left, d->count[RK_SAME],
	    d->new_teams, d->new_areas);
}

/* Everything after the checks, inside the transaction. */
static int
plan_apply(struct db *db, struct arena *a, long long actor, const struct roster *r,
    const struct roster_plan *p, const struct roster_world *w,
    const char *const *areas, size_t nareas, const char *upload,
    struct roster_done *done)
{
	static const char drop_sql[] = "DELETE FROM roster_upload WHERE id = ?";

	memcpy(done->count, p->count, sizeof(done->count));
	done->new_teams = p->nnew_teams, done->new_areas = p->nnew_areas;
	if (areas_teams_add(db, actor, p) == -1 || rows_apply(db, a, actor, r, w) == -1 ||
	    absent_apply(db, actor, p, w, areas, nareas, &done->absent_left) == -1)
		return -1;
	if (upload != NULL && db_exec(db, NULL, NULL, drop_sql, "s", upload) == -1)
		return -1;
	if ((done->summary = done_summary(a, done)) == NULL ||
	    db_admin_log(db, actor, "roster.import", "roster", NULL, done->summary) == -1)
		return -1;
	done->log_id = (long long)db_insert_id(db);
	return 0;
}

enum roster_apply_rc
db_roster_apply(struct db *db, struct arena *a, long long actor, const char *csv,
    size_t len, const char *digest, const char *const *areas, size_t nareas,
    const char *upload, struct roster_done *done)
{
	struct roster		r;
	struct roster_plan	p;
	struct roster_world	w;
	enum roster_apply_rc	rc = ROSTER_ERROR;

	memset(done, 0, sizeof(*done));
	if (roster_parse(a, csv, len, &r) == -1)
		return ROSTER_ERROR;
	if (r.error != NULL || r.nbad > 0)
		return ROSTER_BAD;
	if (db_begin(db) == -1)
		return ROSTER_ERROR;
	if (db_roster_world(db, a, &w) == -1 || roster_plan(a, &r, &w, &p) == -1)
		goto out;
	if (r.nbad > 0) {
		rc = ROSTER_BAD;
		goto out;
	}
	if (digest != NULL && strcmp(digest, p.digest) != 0) {
		rc = ROSTER_CHANGED;
		goto out;
	}
	if (plan_apply(db, a, actor, &r, &p, &w, areas, nareas, upload, done) == -1 ||
	    db_commit(db) == -1)
		goto out;
	return ROSTER_APPLIED;
out:
	if (rc == ROSTER_ERROR)
		log_err("roster import: %s", db_error(db));
	db_rollback(db);
	return rc;
}

/* ---- the admin log -------------------------------------------------------- */

int
db_admin_log_page(struct db *db, struct arena *a, const char *action, long long before,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT l.id, DATE_FORMAT(l.at, '%e %M %Y %H:%i'), s.display_name, "
	    "l.action, l.subject, l.before_value, l.after_value FROM admin_log l "
	    "JOIN staff s ON s.id = l.actor_id "
	    "WHERE (? = '' OR l.action = ?) AND (? = 0 OR l.id < ?) "
	    "ORDER BY l.id DESC LIMIT ?";
	const char	*act = action != NULL ? action : "";

	return db_exec(db, a, r, sql, "ssiii", act, act, before, before,
	    (long long)ADMIN_LOG_PAGE + 1);
}

int
db_admin_log_actions(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT DISTINCT action FROM admin_log ORDER BY action";

	return db_exec(db, a, r, sql, NULL);
}

int
db_admin_log_after(struct db *db, struct arena *a, long long id, const char **after)
{
	static const char sql[] = "SELECT after_value FROM admin_log WHERE id = ? AND action = 'roster.import'";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "i", id)) <= 0)
		return n;
	*after = dbres_str(&r, 0, 0);
	return 1;
}

/* ---- teams ---------------------------------------------------------------- */

int
db_team_get(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT t.id, t.name, sa.name, t.closed_on, mt.name, "
	    "DATE_FORMAT(t.merged_on, '%e %M %Y'), "
	    "(SELECT COUNT(*) FROM staff p WHERE p.team_id = t.id AND p.active = 1) "
	    "FROM team t JOIN service_area sa ON sa.id = t.service_area_id "
	    "LEFT JOIN team mt ON mt.id = t.merged_into_id WHERE t.id = ?";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_team_merged_from(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT name, DATE_FORMAT(merged_on, '%e %M %Y') FROM team "
	    "WHERE merged_into_id = ? ORDER BY merged_on, name";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_team_others(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT t.id, t.name, sa.name FROM team t "
	    "JOIN service_area sa ON sa.id = t.service_area_id "
	    "WHERE t.closed_on IS NULL AND t.id <> ? ORDER BY sa.name, t.name";

	return db_exec(db, a, r, sql, "i", id);
}

/* The name of an open team, locked for the transaction: 1, 0 none, -1. */
static int
team_lock(struct db *db, struct arena *a, long long id, const char **name)
{
	static const char sql[] =
	    "SELECT name FROM team WHERE id = ? AND closed_on IS NULL FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "i", id)) == 1)
		*name = dbres_str(&r, 0, 0);
	return n;
}

int
db_team_rename(struct db *db, struct arena *a, long long actor, long long id,
    const char *name)
{
	static const char sql[] = "UPDATE team SET name = ? WHERE id = ?";
	const char	*old = NULL;
	int		 n, rc = -1;

	if (db_begin(db) == -1)
		return -1;
	if ((n = team_lock(db, a, id, &old)) != 1)
		rc = n == 0 ? 2 : -1;
	else if (db_exec(db, NULL, NULL, sql, "si", name, id) == -1)
		rc = db_is_dup(db) ? 1 : -1;
	else if (db_admin_log(db, actor, "team.rename", name, old, name) == 0 &&
	    db_commit(db) == 0)
		rc = 0;
	if (rc != 0)
		db_rollback(db);
	return rc;
}

/* The statements of a merge, inside its transaction. */
static int
merge_steps(struct db *db, long long from, long long into, int move_staff,
    long long *moved)
{
	static const char repoint_sql[] =
	    "UPDATE team SET merged_into_id = ? WHERE merged_into_id = ?";
	static const char merge_sql[] =
	    "UPDATE team SET merged_into_id = ?, merged_on = UTC_DATE(), "
	    "closed_on = UTC_DATE() WHERE id = ?";
	static const char move_sql[] =
	    "UPDATE staff SET team_id = ? WHERE team_id = ? AND active = 1";
	int	n;

	if (db_exec(db, NULL, NULL, repoint_sql, "ii", into, from) == -1 ||
	    db_exec(db, NULL, NULL, merge_sql, "ii", into, from) != 1)
		return -1;
	*moved = 0;
	if (move_staff) {
		if ((n = db_exec(db, NULL, NULL, move_sql, "ii", into, from)) == -1)
			return -1;
		*moved = n;
	}
	return 0;
}

int
db_team_merge(struct db *db, struct arena *a, long long actor, long long from,
    long long into, int move_staff, long long *moved)
{
	const char	*fname = NULL, *iname = NULL;
	int		 n, m;

	if (from == into)
		return 1;
	if (db_begin(db) == -1)
		return -1;
	n = team_lock(db, a, from, &fname);
	m = n == 1 ? team_lock(db, a, into, &iname) : n;
	if (n != 1 || m != 1) {
		db_rollback(db);
		return n == -1 || m == -1 ? -1 : 1;
	}
	if (merge_steps(db, from, into, move_staff, moved) == -1 ||
	    db_admin_log(db, actor, "team.merge", fname, fname, arena_printf(a,
	    "merged into %s; %lld active staff moved", iname, *moved)) == -1 ||
	    db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

int
db_team_close(struct db *db, struct arena *a, long long actor, long long id)
{
	static const char staff_sql[] =
	    "SELECT COUNT(*) FROM staff WHERE team_id = ? AND active = 1";
	static const char close_sql[] =
	    "UPDATE team SET closed_on = UTC_DATE() WHERE id = ?";
	struct dbres	 r;
	const char	*name = NULL;
	int		 n;

	memset(&r, 0, sizeof(r));
	if (db_begin(db) == -1)
		return -1;
	if ((n = team_lock(db, a, id, &name)) != 1) {
		db_rollback(db);
		return n == 0 ? 2 : -1;
	}
	if (db_exec(db, a, &r, staff_sql, "i", id) != 1 || dbres_int(&r, 0, 0) > 0) {
		db_rollback(db);
		return r.nrows == 1 && dbres_int(&r, 0, 0) > 0 ? 1 : -1;
	}
	if (db_exec(db, NULL, NULL, close_sql, "i", id) != 1 ||
	    db_admin_log(db, actor, "team.close", name, "open", "closed") == -1 ||
	    db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

/* ---- people ------------------------------------------------------------- */

int
db_people_search(struct db *db, struct arena *a, const char *q, struct dbres *r)
{
	static const char sql[] =
	    "SELECT s.id, s.staff_no, s.display_name, s.username, COALESCE(t.name, ''), "
	    "s.active, s.roles FROM staff s LEFT JOIN team t ON t.id = s.team_id "
	    "WHERE INSTR(s.display_name, ?) > 0 OR INSTR(s.username, ?) > 0 "
	    "OR INSTR(s.staff_no, ?) > 0 ORDER BY s.display_name, s.id LIMIT ?";

	return db_exec(db, a, r, sql, "sssi", q, q, q, (long long)PEOPLE_PAGE + 1);
}

int
db_person_get(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT s.id, s.staff_no, s.display_name, s.username, COALESCE(s.email, ''), "
	    "s.job_title, COALESCE(t.name, ''), COALESCE(m.display_name, ''), s.roles, "
	    "s.active, COALESCE(DATE_FORMAT(s.started_on, '%e %M %Y'), ''), "
	    "COALESCE(DATE_FORMAT(s.left_on, '%e %M %Y'), ''), s.password_hash IS NOT NULL "
	    "FROM staff s LEFT JOIN team t ON t.id = s.team_id "
	    "LEFT JOIN staff m ON m.id = s.manager_id WHERE s.id = ?";

	return db_exec(db, a, r, sql, "i", id);
}

/* Lock an active person's row: their staff ID and roles. 1, 0, -1. */
static int
person_lock(struct db *db, struct arena *a, long long id, const char **staff_no,
    const char **roles)
{
	static const char sql[] =
	    "SELECT staff_no, roles FROM staff WHERE id = ? AND active = 1 FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "i", id)) == 1) {
		*staff_no = dbres_str(&r, 0, 0);
		*roles = dbres_str(&r, 0, 1);
	}
	return n;
}

/* Run one change to a person (sql binds value then id), end their sessions
 * and log it, in one transaction. value NULL: sql binds the id only. */
static int
person_change(struct db *db, struct arena *a, long long actor, long long id,
    const char *sql, const char *value, const char *action, int log_roles,
    const char *after)
{
	static const char end_sql[] = "DELETE FROM session WHERE staff_id = ?";
	const char	*no = NULL, *roles = NULL;
	int		 n;

	if (db_begin(db) == -1)
		return -1;
	if ((n = person_lock(db, a, id, &no, &roles)) != 1) {
		db_rollback(db);
		return n == 0 ? 1 : -1;
	}
	n = value != NULL ? db_exec(db, NULL, NULL, sql, "si", value, id) :
	    db_exec(db, NULL, NULL, sql, "i", id);
	if (n == -1 || db_exec(db, NULL, NULL, end_sql, "i", id) == -1 ||
	    db_admin_log(db, actor, action, no, log_roles ? roles : NULL, after) == -1 ||
	    db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

int
db_person_set_roles(struct db *db, struct arena *a, long long actor, long long id,
    const char *roles)
{
	static const char sql[] = "UPDATE staff SET roles = ? WHERE id = ?";

	return person_change(db, a, actor, id, sql, roles, "staff.roles", 1, roles);
}

/* The log says that the password was reset, never what it is. */
int
db_person_set_password(struct db *db, struct arena *a, long long actor, long long id,
    const char *pwhash)
{
	static const char sql[] = "UPDATE staff SET password_hash = ? WHERE id = ?";

	return person_change(db, a, actor, id, sql, pwhash, "staff.password", 0,
	    "one-time password issued");
}

int
db_person_deactivate(struct db *db, struct arena *a, long long actor, long long id)
{
	static const char sql[] = "UPDATE staff SET active = 0 WHERE id = ?";

	return person_change(db, a, actor, id, sql, NULL, "staff.deactivate", 0,
	    "deactivated");
}

/* ---- service areas ---------------------------------------------------- */

int
db_area_get(struct db *db, struct arena *a, long long id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT sa.id, sa.name, sa.closed_on, (SELECT COUNT(*) FROM team t "
	    "WHERE t.service_area_id = sa.id AND t.closed_on IS NULL) "
	    "FROM service_area sa WHERE sa.id = ?";

	return db_exec(db, a, r, sql, "i", id);
}

int
db_area_add(struct db *db, long long actor, const char *name, long long *id)
{
	static const char sql[] = "INSERT INTO service_area (name) VALUES (?)";

	if (db_begin(db) == -1)
		return -1;
	if (db_exec(db, NULL, NULL, sql, "s", name) != 1) {
		db_rollback(db);
		return db_is_dup(db) ? 1 : -1;
	}
	*id = (long long)db_insert_id(db);
	if (db_admin_log(db, actor, "area.add", name, NULL, name) == -1 ||
	    db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

/* An open area's name, locked: 1, 0 none, -1. */
static int
area_lock(struct db *db, struct arena *a, long long id, const char **name)
{
	static const char sql[] =
	    "SELECT name FROM service_area WHERE id = ? AND closed_on IS NULL FOR UPDATE";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "i", id)) == 1)
		*name = dbres_str(&r, 0, 0);
	return n;
}

int
db_area_rename(struct db *db, struct arena *a, long long actor, long long id,
    const char *name)
{
	static const char sql[] = "UPDATE service_area SET name = ? WHERE id = ?";
	const char	*old = NULL;
	int		 n, rc = -1;

	if (db_begin(db) == -1)
		return -1;
	if ((n = area_lock(db, a, id, &old)) != 1)
		rc = n == 0 ? 2 : -1;
	else if (db_exec(db, NULL, NULL, sql, "si", name, id) == -1)
		rc = db_is_dup(db) ? 1 : -1;
	else if (db_admin_log(db, actor, "area.rename", name, old, name) == 0 &&
	    db_commit(db) == 0)
		rc = 0;
	if (rc != 0)
		db_rollback(db);
	return rc;
}

int
db_area_close(struct db *db, struct arena *a, long long actor, long long id)
{
	static const char teams_sql[] =
	    "SELECT COUNT(*) FROM team WHERE service_area_id = ? AND closed_on IS NULL";
	static const char close_sql[] =
	    "UPDATE service_area SET closed_on = UTC_DATE() WHERE id = ?";
	struct dbres	 r;
	const char	*name = NULL;
	int		 n, rc = -1;

	if (db_begin(db) == -1)
		return -1;
	if ((n = area_lock(db, a, id, &name)) != 1)
		rc = n == 0 ? 2 : -1;
	else if (db_exec(db, a, &r, teams_sql, "i", id) != 1)
		rc = -1;
	else if (dbres_int(&r, 0, 0) > 0)
		rc = 1;
	else if (db_exec(db, NULL, NULL, close_sql, "i", id) == 1 &&
	    db_admin_log(db, actor, "area.close", name, "open", "closed") == 0 &&
	    db_commit(db) == 0)
		rc = 0;
	if (rc != 0)
		db_rollback(db);
	return rc;
}
