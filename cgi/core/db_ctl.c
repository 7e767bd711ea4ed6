/* SQL used by chorusctl: migrations, people, purges. */
#include "db.h"
#include "db_admin.h"

int
db_migrations_table(struct db *db)
{
	static const char sql[] =
	    "CREATE TABLE IF NOT EXISTS schema_migration ("
	    " version INT UNSIGNED NOT NULL PRIMARY KEY,"
	    " name VARCHAR(200) NOT NULL,"
	    " applied_at DATETIME NOT NULL"
	    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

	return db_exec(db, NULL, NULL, sql, NULL) < 0 ? -1 : 0;
}

int
db_migration_applied(struct db *db, struct arena *a, long long version)
{
	static const char sql[] =
	    "SELECT 1 FROM schema_migration WHERE version = ?";
	struct dbres	r;

	return db_exec(db, a, &r, sql, "i", version);
}

int
db_migration_record(struct db *db, long long version, const char *name)
{
	static const char sql[] =
	    "INSERT INTO schema_migration (version, name, applied_at) "
	    "VALUES (?, ?, UTC_TIMESTAMP())";

	return db_exec(db, NULL, NULL, sql, "is", version, name) == 1 ? 0 : -1;
}

int
db_staff_add(struct db *db, const char *username, const char *name,
    const char *staff_no, const char *team, const char *roles,
    const char *pwhash)
{
	static const char sql[] =
	    "INSERT INTO staff (staff_no, username, display_name, team_id, roles, "
	    "password_hash, started_on) "
	    "SELECT ?, ?, ?, t.id, ?, ?, UTC_DATE() FROM team t WHERE t.name = ?";
	int	n;

	n = db_exec(db, NULL, NULL, sql, "ssssss", staff_no, username, name,
	    roles, pwhash, team);
	if (n == 1)
		return 0;
	if (n == 0)
		return 2;
	return db_is_dup(db) ? 1 : -1;
}

int
db_staff_set_password(struct db *db, const char *username, const char *pwhash)
{
	static const char sql[] =
	    "UPDATE staff SET password_hash = ? WHERE username = ?";

	return db_exec(db, NULL, NULL, sql, "ss", pwhash, username);
}

int
db_staff_set_roles(struct db *db, const char *username, const char *roles)
{
	static const char sql[] = "UPDATE staff SET roles = ? WHERE username = ?";

	return db_exec(db, NULL, NULL, sql, "ss", roles, username);
}

/* Everyone active without a password gets pwhash: demo databases only. */
int
db_staff_set_missing_passwords(struct db *db, const char *pwhash)
{
	static const char sql[] =
	    "UPDATE staff SET password_hash = ? WHERE password_hash IS NULL AND active = 1";

	return db_exec(db, NULL, NULL, sql, "s", pwhash);
}

int
db_purge_sessions(struct db *db, unsigned max_hours)
{
	static const char sql[] =
	    "DELETE FROM session WHERE created_at < UTC_TIMESTAMP() - INTERVAL ? HOUR";

	return db_exec(db, NULL, NULL, sql, "i", (long long)max_hours);
}

int
db_purge_signin_failures(struct db *db, unsigned days)
{
	static const char sql[] =
	    "DELETE FROM signin_failure WHERE at < UTC_TIMESTAMP() - INTERVAL ? DAY";

	return db_exec(db, NULL, NULL, sql, "i", (long long)days);
}

int
db_purge_contacts(struct db *db, unsigned days)
{
	static const char sql[] =
	    "UPDATE feedback fb JOIN followup f ON f.feedback_id = fb.id "
	    "SET fb.contact_name = NULL, fb.contact_how = NULL "
	    "WHERE f.status = 'closed' AND f.closed_at < UTC_TIMESTAMP() - INTERVAL ? DAY "
	    "AND (fb.contact_name IS NOT NULL OR fb.contact_how IS NOT NULL)";

	return db_exec(db, NULL, NULL, sql, "i", (long long)days);
}

int
db_purge_stale_uploads(struct db *db)
{
	static const char roster_sql[] =
	    "DELETE FROM roster_upload WHERE created_at < UTC_TIMESTAMP() - INTERVAL ? MINUTE";
	static const char stash_sql[] =
	    "DELETE FROM form_stash WHERE created_at < UTC_TIMESTAMP() - INTERVAL 1 HOUR";
	int	r, s;

	if ((r = db_exec(db, NULL, NULL, roster_sql, "i", (long long)ROSTER_UPLOAD_MINUTES)) == -1 ||
	    (s = db_exec(db, NULL, NULL, stash_sql, NULL)) == -1)
		return -1;
	return r + s;
}

int
db_team_set_duty(struct db *db, const char *name)
{
	static const char check_sql[] =
	    "UPDATE team SET duty = duty WHERE name = ? AND closed_on IS NULL";
	static const char sql[] =
	    "UPDATE team SET duty = (name = ?) WHERE duty <> (name = ?)";
	int	n;

	if ((n = db_exec(db, NULL, NULL, check_sql, "s", name)) != 1)
		return n == 0 ? 1 : -1;
	return db_exec(db, NULL, NULL, sql, "ss", name, name) < 0 ? -1 : 0;
}
