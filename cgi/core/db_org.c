/* SQL for service areas and teams. */
#include "app.h"
#include "db.h"

int
db_areas(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT sa.id, sa.name, "
	    "(SELECT COUNT(*) FROM team t WHERE t.service_area_id = sa.id AND t.closed_on IS NULL), "
	    "(SELECT COUNT(*) FROM staff p JOIN team t ON t.id = p.team_id "
	    "  WHERE t.service_area_id = sa.id AND p.active = 1) "
	    "FROM service_area sa WHERE sa.closed_on IS NULL ORDER BY sa.name";

	return db_exec(db, a, r, sql, NULL);
}

int
db_teams(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT t.id, t.name, sa.name, "
	    "(SELECT COUNT(*) FROM staff p WHERE p.team_id = t.id AND p.active = 1) "
	    "FROM team t JOIN service_area sa ON sa.id = t.service_area_id "
	    "WHERE t.closed_on IS NULL ORDER BY sa.name, t.name";

	return db_exec(db, a, r, sql, NULL);
}

int
db_team_add(struct db *db, long long actor, const char *name, long long area,
    long long *id)
{
	static const char add_sql[] =
	    "INSERT INTO team (service_area_id, name) VALUES (?, ?)";
	if (db_begin(db) == -1)
		return -1;
	if (db_exec(db, NULL, NULL, add_sql, "is", area, name) != 1) {
		db_rollback(db);
		if (db_is_dup(db))
			return 1;
		return db_errno(db) == 1452 ? 2 : -1;	/* ER_NO_REFERENCED_ROW_2 */
	}
	*id = (long long)db_insert_id(db);
	if (db_admin_log(db, actor, "team.add", name, NULL, name) == -1 ||
	    db_commit(db) == -1) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

int
db_admin_log(struct db *db, long long actor, const char *action, const char *subject,
    const char *before, const char *after)
{
	static const char sql[] =
	    "INSERT INTO admin_log (at, actor_id, action, subject, before_value, after_value) "
	    "VALUES (UTC_TIMESTAMP(), ?, ?, ?, ?, ?)";

	return db_exec(db, NULL, NULL, sql, "issss", actor, action, subject, before,
	    after) == 1 ? 0 : -1;
}
