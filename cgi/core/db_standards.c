/* SQL for Practice Standards and the acknowledgement chain. */
#include <string.h>
#include <time.h>

#include "arena.h"
#include "db.h"
#include "standards.h"

int
db_standards_current(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, version, DATE_FORMAT(effective_on, '%e %M %Y'), summary, title "
	    "FROM standards_version WHERE effective_on <= UTC_DATE() "
	    "ORDER BY effective_on DESC, version DESC LIMIT 1";

	return db_exec(db, a, r, sql, NULL);
}

int
db_standards_list(struct db *db, struct arena *a, long long version_id, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, code, title, body, evidence FROM standard "
	    "WHERE standards_version_id = ? ORDER BY position";

	return db_exec(db, a, r, sql, "i", version_id);
}

int
db_ack_get(struct db *db, struct arena *a, long long staff, long long version_id,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT DATE_FORMAT(at, '%e %M %Y') FROM acknowledgement "
	    "WHERE staff_id = ? AND standards_version_id = ?";

	return db_exec(db, a, r, sql, "ii", staff, version_id);
}

int
db_ack_last(struct db *db, struct arena *a, long long staff, long long not_version,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT v.id, v.version FROM acknowledgement k "
	    "JOIN standards_version v ON v.id = k.standards_version_id "
	    "WHERE k.staff_id = ? AND v.id <> ? ORDER BY v.version DESC LIMIT 1";

	return db_exec(db, a, r, sql, "ii", staff, not_version);
}

int
db_standards_changes(struct db *db, struct arena *a, long long from, long long to,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT n.code, n.title, IF(o.id IS NULL, 'New', 'Changed') "
	    "FROM standard n LEFT JOIN standard o "
	    " ON o.standards_version_id = ? AND o.code = n.code "
	    "WHERE n.standards_version_id = ? AND (o.id IS NULL OR o.title <> n.title "
	    " OR o.body <> n.body OR o.evidence <> n.evidence) "
	    "UNION ALL "
	    "SELECT o.code, o.title, 'Removed' FROM standard o "
	    "WHERE o.standards_version_id = ? AND NOT EXISTS (SELECT 1 FROM standard n "
	    " WHERE n.standards_version_id = ? AND n.code = o.code) "
	    "ORDER BY 1";

	return db_exec(db, a, r, sql, "iiii", from, to, from, to);
}

/* The chain's last hash (genesis when empty) into prev. 0 or -1. */
static int
chain_tail(struct db *db, struct arena *a, char prev[ACK_HEX + 1])
{
	static const char sql[] =
	    "SELECT LOWER(HEX(hash)) FROM acknowledgement ORDER BY id DESC LIMIT 1";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, NULL)) == -1)
		return -1;
	memcpy(prev, n == 1 ? dbres_str(&r, 0, 0) : ack_genesis, ACK_HEX);
	prev[ACK_HEX] = '\0';
	return strlen(prev) == ACK_HEX ? 0 : -1;
}

/* One writer at a time appends to the chain (a named lock, not a table lock). */
static int
chain_lock(struct db *db, struct arena *a, int take)
{
	static const char get_sql[] = "SELECT GET_LOCK('chorus_ack_chain', 10)";
	static const char rel_sql[] = "SELECT RELEASE_LOCK('chorus_ack_chain')";
	struct dbres	r;

	if (db_exec(db, a, &r, take ? get_sql : rel_sql, NULL) != 1)
		return -1;
	return dbres_int(&r, 0, 0) == 1 ? 0 : -1;
}

/*
 * The lock is taken inside the transaction, so the tail read and the
 * insert run on the connection that holds it: inside a transaction the
 * layer never reconnects behind our back.
 */
int
db_ack_add(struct db *db, struct arena *a, long long staff, long long version_id)
{
	static const char sql[] =
	    "INSERT INTO acknowledgement (staff_id, standards_version_id, at, prev_hash, hash) "
	    "VALUES (?, ?, ?, UNHEX(?), UNHEX(?))";
	char		prev[ACK_HEX + 1], hash[ACK_HEX + 1], at[20];
	time_t		now = time(NULL);
	struct tm	tm;
	int		n;

	if (db_begin(db) == -1)
		return -1;
	if (chain_lock(db, a, 1) == -1 || chain_tail(db, a, prev) == -1) {
		db_rollback(db);
		chain_lock(db, a, 0);
		return -1;
	}
	gmtime_r(&now, &tm);
	strftime(at, sizeof(at), "%Y-%m-%d %H:%M:%S", &tm);
	ack_hash(prev, staff, version_id, at, hash);
	n = db_exec(db, a, NULL, sql, "iisss", staff, version_id, at, prev, hash);
	if (n != 1 || db_commit(db) == -1) {
		n = db_is_dup(db) ? 1 : -1;
		db_rollback(db);
	} else
		n = 0;
	chain_lock(db, a, 0);
	return n;
}

int
db_team_acks(struct db *db, struct arena *a, long long team, long long version_id,
    struct dbres *r)
{
	static const char sql[] =
	    "SELECT p.display_name, p.job_title, DATE_FORMAT(k.at, '%e %M %Y'), "
	    "IF(k.id IS NULL, DATEDIFF(UTC_DATE(), v.effective_on), NULL) "
	    "FROM staff p JOIN standards_version v ON v.id = ? "
	    "LEFT JOIN acknowledgement k ON k.staff_id = p.id AND k.standards_version_id = v.id "
	    "WHERE p.team_id = ? AND p.active = 1 "
	    "ORDER BY k.id IS NOT NULL, p.display_name";

	return db_exec(db, a, r, sql, "ii", version_id, team);
}

int
db_ack_chain(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT id, LOWER(HEX(prev_hash)), LOWER(HEX(hash)), staff_id, "
	    "standards_version_id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s') "
	    "FROM acknowledgement ORDER BY id";

	return db_exec(db, a, r, sql, NULL);
}
