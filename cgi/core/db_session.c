/* SQL for sessions, sign-in and the sign-in throttle. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "auth.h"
#include "db.h"
#include "session.h"

/* Columns: id, username, display_name, team_id, team name, roles. */
#define STAFF_COLS \
	"p.id, p.username, p.display_name, COALESCE(p.team_id, 0), " \
	"COALESCE(t.name, ''), p.roles"

static void
user_fill(struct arena *a, const struct dbres *r, struct user *u)
{
	memset(u, 0, sizeof(*u));
	u->id = dbres_int(r, 0, 0);
	u->username = arena_strdup(a, dbres_str(r, 0, 1));
	u->name = arena_strdup(a, dbres_str(r, 0, 2));
	u->team_id = dbres_int(r, 0, 3);
	u->team_name = arena_strdup(a, dbres_str(r, 0, 4));
	if (roles_parse(dbres_str(r, 0, 5), &u->roles) == -1)
		u->roles = 0;
}

#define SESSION_FROM \
	" FROM session s JOIN staff p ON p.id = s.staff_id " \
	"LEFT JOIN team t ON t.id = p.team_id " \
	"WHERE s.token_hash = ? AND p.active = 1 " \
	"AND s.last_seen > UTC_TIMESTAMP() - INTERVAL ? MINUTE " \
	"AND s.created_at > UTC_TIMESTAMP() - INTERVAL ? HOUR"
#define SESSION_COLS \
	"SELECT " STAFF_COLS ", s.csrf, s.last_seen < UTC_TIMESTAMP() - INTERVAL 1 MINUTE"
#define SESSION_NCOLS	8

/* The session read with the program's extra columns: built once, since a
 * program has one set (struct app), and kept in static storage so that
 * its prepared statement is kept too. NULL if extra is too long. */
static const char *
session_sql_with(const char *extra)
{
	static char		 sql[2048];
	static const char	*built;
	int			 n;

	if (built != extra) {
		n = snprintf(sql, sizeof(sql), "%s, %s%s", SESSION_COLS, extra, SESSION_FROM);
		if (n < 0 || (size_t)n >= sizeof(sql))
			return NULL;
		built = extra;
	}
	return sql;
}

int
db_session_load(struct db *db, struct arena *a, const unsigned char *hash,
    unsigned idle_min, unsigned max_hours, const char *extra, struct user *u,
    char **csrf, char **extra_out)
{
	static const char plain[] = SESSION_COLS SESSION_FROM;
	static const char touch[] =
	    "UPDATE session SET last_seen = UTC_TIMESTAMP() WHERE token_hash = ?";
	const char	*sql = extra != NULL ? session_sql_with(extra) : plain;
	struct dbres	 r;
	char		*x;
	size_t		 i;
	int		 n;

	if (sql == NULL)
		return -1;
	n = db_exec(db, a, &r, sql, "bii", hash, (size_t)TOKEN_HASH_LEN,
	    (long long)idle_min, (long long)max_hours);
	if (n <= 0)
		return n;
	user_fill(a, &r, u);
	*csrf = arena_strdup(a, dbres_str(&r, 0, 6));
	if (extra != NULL && extra_out != NULL) {
		/* The extra values joined by '/'; NULL if any is NULL. */
		for (x = "", i = SESSION_NCOLS; x != NULL && i < r.ncols; i++)
			x = dbres_null(&r, 0, i) ? NULL : arena_printf(a,
			    i == SESSION_NCOLS ? "%s%s" : "%s/%s", x, dbres_str(&r, 0, i));
		*extra_out = x;
	}
	/* Keep writes rare: last_seen moves at most once a minute. */
	if (dbres_int(&r, 0, 7) &&
	    db_exec(db, a, NULL, touch, "b", hash, (size_t)TOKEN_HASH_LEN) == -1)
		return -1;
	return 1;
}

int
db_session_create(struct db *db, const unsigned char *hash, long long staff_id,
    const char *csrf)
{
	static const char sql[] =
	    "INSERT INTO session (token_hash, staff_id, csrf, created_at, last_seen) "
	    "VALUES (?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())";

	return db_exec(db, NULL, NULL, sql, "bis", hash, (size_t)TOKEN_HASH_LEN,
	    staff_id, csrf) == 1 ? 0 : -1;
}

int
db_session_delete(struct db *db, const unsigned char *hash)
{
	static const char sql[] = "DELETE FROM session WHERE token_hash = ?";

	return db_exec(db, NULL, NULL, sql, "b", hash, (size_t)TOKEN_HASH_LEN) < 0 ? -1 : 0;
}

long long
db_session_owner(struct db *db, struct arena *a, const unsigned char *hash)
{
	static const char sql[] = "SELECT staff_id FROM session WHERE token_hash = ?";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "b", hash, (size_t)TOKEN_HASH_LEN)) <= 0)
		return n;
	return dbres_int(&r, 0, 0);
}

/* 1 found (u and pwhash filled), 0 no such active person, -1 error. */
int
db_staff_by_username(struct db *db, struct arena *a, const char *username,
    struct user *u, char **pwhash)
{
	static const char sql[] =
	    "SELECT " STAFF_COLS ", p.password_hash "
	    "FROM staff p LEFT JOIN team t ON t.id = p.team_id "
	    "WHERE p.username = ? AND p.active = 1";
	struct dbres	r;
	int		n;

	if ((n = db_exec(db, a, &r, sql, "s", username)) <= 0)
		return n;
	user_fill(a, &r, u);
	*pwhash = dbres_null(&r, 0, 6) ? NULL : arena_strdup(a, dbres_str(&r, 0, 6));
	return 1;
}

int
db_signin_failures(struct db *db, struct arena *a, const char *username,
    const char *address, unsigned window_min, long long *by_user,
    long long *by_addr)
{
	static const char sql[] =
	    "SELECT "
	    "(SELECT COUNT(*) FROM signin_failure WHERE username = ? "
	    " AND at > UTC_TIMESTAMP() - INTERVAL ? MINUTE), "
	    "(SELECT COUNT(*) FROM signin_failure WHERE address = ? "
	    " AND at > UTC_TIMESTAMP() - INTERVAL ? MINUTE)";
	struct dbres	r;

	if (db_exec(db, a, &r, sql, "sisi", username, (long long)window_min,
	    address, (long long)window_min) != 1)
		return -1;
	*by_user = dbres_int(&r, 0, 0);
	*by_addr = dbres_int(&r, 0, 1);
	return 0;
}

int
db_signin_failure_add(struct db *db, const char *username, const char *address)
{
	static const char sql[] =
	    "INSERT INTO signin_failure (username, address, at) "
	    "VALUES (?, ?, UTC_TIMESTAMP())";

	return db_exec(db, NULL, NULL, sql, "ss", username, address) == 1 ? 0 : -1;
}

/* After a good sign-in the account's count starts again (the address's does not). */
int
db_signin_failures_clear(struct db *db, const char *username)
{
	static const char sql[] = "DELETE FROM signin_failure WHERE username = ?";

	return db_exec(db, NULL, NULL, sql, "s", username) < 0 ? -1 : 0;
}

int
db_demo_signins(struct db *db, struct arena *a, struct dbres *r)
{
	static const char sql[] =
	    "SELECT username, roles FROM staff "
	    "WHERE username LIKE '%.demo' AND active = 1 ORDER BY id";

	return db_exec(db, a, r, sql, NULL);
}

int
db_ping(struct db *db, struct arena *a)
{
	static const char sql[] = "SELECT 1";
	struct dbres	r;

	return db_exec(db, a, &r, sql, NULL) == 1 ? 0 : -1;
}
