/*
 * MariaDB Connector/C over prepared statements: connection, statement
 * cache, reconnect-and-retry, parameter binding and text results.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "arena.h"
#include "db.h"
#include "field.h"
#include "gen.h"
#include "log.h"

#define DB_MAX_STMTS	128
#define DB_MAX_PARAMS	64

struct cached {
	const char	*sql;
	MYSQL_STMT	*st;
};

struct db {
	const struct config	*cfg;
	enum prog		 prog;
	MYSQL			*my;
	struct cached		 stmts[DB_MAX_STMTS];
	size_t			 nstmts;
	int			 txn;
	int			 dirty;	/* the open transaction changed a row */
	unsigned		 err;
	char			 errmsg[256];
	unsigned long long	 last_id;
};

struct param {
	char		 type;
	long long	 i;
	const void	*p;
	unsigned long	 len;
	my_bool		 null;
};

struct db *
db_new(const struct config *cfg, enum prog prog)
{
	struct db	*db = calloc(1, sizeof(*db));

	if (db != NULL) {
		db->cfg = cfg;
		db->prog = prog;
	}
	return db;
}

static void
db_drop(struct db *db)
{
	size_t	i;

	for (i = 0; i < db->nstmts; i++)
		mysql_stmt_close(db->stmts[i].st);
	db->nstmts = 0;
	if (db->my != NULL)
		mysql_close(db->my);
	db->my = NULL;
	db->txn = db->dirty = 0;	/* the server rolls an open one back */
}

void
db_free(struct db *db)
{
	if (db == NULL)
		return;
	db_drop(db);
	free(db);
}

static void
db_seterr(struct db *db, unsigned no, const char *msg)
{
	db->err = no;
	snprintf(db->errmsg, sizeof(db->errmsg), "%s", msg);
}

/* Is this error one that a new connection may cure? */
static int
err_is_conn(unsigned e)
{
	return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST ||
	    e == CR_CONNECTION_ERROR || e == CR_CONN_HOST_ERROR ||
	    e == CR_SERVER_LOST_EXTENDED || e == ER_CONNECTION_KILLED ||
	    e == ER_SERVER_SHUTDOWN || e == CR_COMMANDS_OUT_OF_SYNC;
}

/* A database name we can put in a statement: [A-Za-z0-9_]{1,64}. */
int
db_name_ok(const char *n)
{
	size_t	i;

	for (i = 0; n[i] != '\0'; i++)
		if (i == 64 || !((n[i] >= 'a' && n[i] <= 'z') ||
		    (n[i] >= 'A' && n[i] <= 'Z') || (n[i] >= '0' && n[i] <= '9') ||
		    n[i] == '_'))
			return 0;
	return i > 0;
}

/* chorusctl may run before the database exists: create it, then use it. */
static int
db_use_database(struct db *db)
{
	char	sql[128];

	if (!db_name_ok(db->cfg->db_name)) {
		db_seterr(db, CR_UNKNOWN_ERROR, "bad database name in config");
		return -1;
	}
	snprintf(sql, sizeof(sql), "CREATE DATABASE IF NOT EXISTS `%s` "
	    "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", db->cfg->db_name);
	if (mysql_real_query(db->my, sql, strlen(sql)) != 0 ||
	    mysql_select_db(db->my, db->cfg->db_name) != 0) {
		db_seterr(db, mysql_errno(db->my), mysql_error(db->my));
		mysql_close(db->my);
		db->my = NULL;
		return -1;
	}
	return 0;
}

/*
 * Open the connection with this program's account, UTC session time and
 * utf8mb4. Returns 0, or -1 with the error recorded (and logged once per
 * outage rather than once per request).
 */
int
db_connect(struct db *db)
{
	const struct config	*c = db->cfg;
	const struct db_account	*a = &c->acct[db->prog];
	unsigned		 timeout = 3, rwtimeout = 30;
	unsigned long		 flags = CLIENT_FOUND_ROWS;
	static int		 logged_down;

	db_drop(db);
	if ((db->my = mysql_init(NULL)) == NULL) {
		db_seterr(db, CR_OUT_OF_MEMORY, "out of memory");
		return -1;
	}
	if (db->prog == PROG_CTL)
		flags |= CLIENT_MULTI_STATEMENTS;
	mysql_options(db->my, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_options(db->my, MYSQL_OPT_READ_TIMEOUT, &rwtimeout);
	mysql_options(db->my, MYSQL_OPT_WRITE_TIMEOUT, &rwtimeout);
	mysql_options(db->my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(db->my, MYSQL_INIT_COMMAND, "SET time_zone = '+00:00'");
	if (mysql_real_connect(db->my, c->db_host, a->user, a->password,
	    db->prog == PROG_CTL ? NULL : c->db_name, c->db_port, c->db_socket, flags) == NULL) {
		db_seterr(db, mysql_errno(db->my), mysql_error(db->my));
		if (!logged_down)
			log_err("database: connect as %s: %s",
			    a->user ? a->user : "(none)", db->errmsg);
		logged_down = 1;
		mysql_close(db->my);
		db->my = NULL;
		return -1;
	}
	if (db->prog == PROG_CTL && db_use_database(db) == -1)
		return -1;
	if (logged_down)
		log_info("database: connected again");
	logged_down = 0;
	return 0;
}

/* The cached statement for sql, prepared on first use. NULL on error. */
static MYSQL_STMT *
db_stmt(struct db *db, const char *sql)
{
	MYSQL_STMT	*st;
	size_t		 i;

	for (i = 0; i < db->nstmts; i++)
		if (db->stmts[i].sql == sql)
			return db->stmts[i].st;
	if ((st = mysql_stmt_init(db->my)) == NULL) {
		db_seterr(db, mysql_errno(db->my), mysql_error(db->my));
		return NULL;
	}
	if (mysql_stmt_prepare(st, sql, strlen(sql)) != 0) {
		db_seterr(db, mysql_stmt_errno(st), mysql_stmt_error(st));
		log_err("database: prepare: %s", db->errmsg);
		mysql_stmt_close(st);
		return NULL;
	}
	if (db->nstmts == DB_MAX_STMTS) {	/* full: forget the oldest */
		mysql_stmt_close(db->stmts[0].st);
		memmove(&db->stmts[0], &db->stmts[1],
		    (DB_MAX_STMTS - 1) * sizeof(db->stmts[0]));
		db->nstmts--;
	}
	db->stmts[db->nstmts].sql = sql;
	db->stmts[db->nstmts++].st = st;
	return st;
}

/* Read the va_list described by types into ps. Count, or -1. */
static int
params_read(const char *types, va_list ap, struct param *ps)
{
	size_t	n;

	for (n = 0; types != NULL && types[n] != '\0'; n++) {
		if (n == DB_MAX_PARAMS)
			return -1;
		memset(&ps[n], 0, sizeof(ps[n]));
		ps[n].type = types[n];
		switch (types[n]) {
		case 'i':
			ps[n].i = va_arg(ap, long long);
			break;
		case 's':
			ps[n].p = va_arg(ap, const char *);
			ps[n].null = ps[n].p == NULL;
			ps[n].len = ps[n].p ? strlen(ps[n].p) : 0;
			break;
		case 'b':
			ps[n].p = va_arg(ap, const void *);
			ps[n].len = (unsigned long)va_arg(ap, size_t);
			break;
		default:
			return -1;
		}
	}
	return (int)n;
}

static void
params_bind(struct param *ps, int n, MYSQL_BIND *b)
{
	int	i;

	memset(b, 0, sizeof(*b) * (size_t)(n > 0 ? n : 1));
	for (i = 0; i < n; i++) {
		b[i].is_null = &ps[i].null;
		if (ps[i].type == 'i') {
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = &ps[i].i;
			continue;
		}
		b[i].buffer_type = ps[i].type == 'b' ?
		    MYSQL_TYPE_BLOB : MYSQL_TYPE_STRING;
		b[i].buffer = (void *)(uintptr_t)ps[i].p;
		b[i].buffer_length = ps[i].len;
		b[i].length = &ps[i].len;
	}
}

/* Fetch every row of st's result as text into res. 0 or -1. */
static int
fetch_rows(struct db *db, struct arena *a, MYSQL_STMT *st, struct dbres *res)
{
	MYSQL_BIND	 b[DB_MAX_PARAMS];
	unsigned long	 lens[DB_MAX_PARAMS];
	my_bool		 nulls[DB_MAX_PARAMS];
	size_t		 r, c, nc = mysql_stmt_field_count(st);
	int		 rc;

	if (nc > DB_MAX_PARAMS || mysql_stmt_store_result(st) != 0)
		return -1;
	res->ncols = nc;
	res->nrows = (size_t)mysql_stmt_num_rows(st);
	res->cell = arena_alloc(a, sizeof(char *) * (res->nrows * nc + 1));
	res->len = arena_alloc(a, sizeof(size_t) * (res->nrows * nc + 1));
	if (res->cell == NULL || res->len == NULL)
		return -1;
	memset(b, 0, sizeof(b));
	for (c = 0; c < nc; c++) {
		b[c].buffer_type = MYSQL_TYPE_STRING;
		b[c].length = &lens[c];
		b[c].is_null = &nulls[c];
	}
	if (mysql_stmt_bind_result(st, b) != 0)
		return -1;
	for (r = 0; r < res->nrows; r++) {
		rc = mysql_stmt_fetch(st);
		if (rc != 0 && rc != MYSQL_DATA_TRUNCATED)
			return -1;
		for (c = 0; c < nc; c++) {
			MYSQL_BIND	 one;
			char		*p;

			if (nulls[c])
				continue;
			if ((p = arena_alloc(a, lens[c] + 1)) == NULL)
				return -1;
			memset(&one, 0, sizeof(one));
			one.buffer_type = MYSQL_TYPE_STRING;
			one.buffer = p;
			one.buffer_length = lens[c] + 1;
			if (lens[c] > 0 &&
			    mysql_stmt_fetch_column(st, &one, (unsigned)c, 0) != 0)
				return -1;
			p[lens[c]] = '\0';
			res->cell[r * nc + c] = p;
			res->len[r * nc + c] = lens[c];
		}
	}
	(void)db;
	return (int)res->nrows;
}

/* A row changed: the shared generation moves now, or at commit (gen.h). */
static void
changed(struct db *db)
{
	if (db->txn)
		db->dirty = 1;
	else
		gen_bump();
}

/* One attempt: prepare (cached), bind, execute, collect. */
static int
exec_once(struct db *db, struct arena *a, struct dbres *res, const char *sql,
    struct param *ps, int np)
{
	MYSQL_STMT	*st;
	MYSQL_BIND	 b[DB_MAX_PARAMS];
	MYSQL_RES	*meta;
	int		 rc;

	if (db->my == NULL && db_connect(db) == -1)
		return -1;
	if ((st = db_stmt(db, sql)) == NULL)
		return -1;
	if ((int)mysql_stmt_param_count(st) != np) {
		db_seterr(db, CR_UNKNOWN_ERROR, "parameter count mismatch");
		log_err("database: %d parameters for: %s", np, sql);
		return -1;
	}
	params_bind(ps, np, b);
	if ((np > 0 && mysql_stmt_bind_param(st, b) != 0) ||
	    mysql_stmt_execute(st) != 0) {
		db_seterr(db, mysql_stmt_errno(st), mysql_stmt_error(st));
		return -1;
	}
	meta = mysql_stmt_result_metadata(st);
	if (meta == NULL) {
		db->last_id = mysql_stmt_insert_id(st);
		rc = (int)mysql_stmt_affected_rows(st);
		if (rc > 0)
			changed(db);
		return rc;
	}
	mysql_free_result(meta);
	if (res == NULL) {
		mysql_stmt_free_result(st);
		return 0;
	}
	rc = fetch_rows(db, a, st, res);
	if (rc == -1)
		db_seterr(db, mysql_stmt_errno(st), mysql_stmt_error(st));
	mysql_stmt_free_result(st);
	return rc;
}

/* db_exec and db_call_begin: one statement, tried again once on a link
 * found dead outside a transaction. */
static int
exec_ap(struct db *db, struct arena *a, struct dbres *res, const char *sql,
    const char *types, va_list ap)
{
	struct param	ps[DB_MAX_PARAMS];
	int		np, rc;

	np = params_read(types, ap, ps);
	if (res != NULL)
		memset(res, 0, sizeof(*res));
	if (np == -1) {
		db_seterr(db, CR_UNKNOWN_ERROR, "bad parameter types");
		return -1;
	}
	db->err = 0;
	rc = exec_once(db, a, res, sql, ps, np);
	if (rc == -1 && err_is_conn(db->err) && !db->txn) {
		db_drop(db);
		rc = exec_once(db, a, res, sql, ps, np);
	}
	if (rc == -1 && err_is_conn(db->err))
		db_drop(db);
	if (rc == -1 && db->err != ER_DUP_ENTRY && !err_is_conn(db->err))
		log_err("database: %u %s", db->err, db->errmsg);
	return rc;
}

int
db_exec(struct db *db, struct arena *a, struct dbres *res, const char *sql,
    const char *types, ...)
{
	va_list	ap;
	int	rc;

	va_start(ap, types);
	rc = exec_ap(db, a, res, sql, types, ap);
	va_end(ap);
	return rc;
}

/*
 * CALL a procedure that starts a transaction and, on success, leaves it
 * open; on error it has rolled back (sql/migrations/0020_survey_submit.sql).
 * Afterwards the link is as after db_begin and the writes it did: finish
 * with db_commit or db_rollback. 0 or -1.
 */
int
db_call_begin(struct db *db, struct arena *a, const char *sql,
    const char *types, ...)
{
	va_list	ap;
	int	rc;

	if (db->txn) {
		db_seterr(db, CR_UNKNOWN_ERROR, "db_call_begin inside a transaction");
		return -1;
	}
	va_start(ap, types);
	rc = exec_ap(db, a, NULL, sql, types, ap);
	va_end(ap);
	if (rc == -1)
		return -1;
	db->txn = db->dirty = 1;
	return 0;
}

/* Bind one column of an array-bound statement. -1 on ENOMEM. */
static int
bind_column(struct arena *a, MYSQL_BIND *b, const struct dbcol *col, size_t nrows)
{
	char		*ind = arena_alloc(a, nrows);
	unsigned long	*lens = NULL;
	size_t		 r;

	if (ind == NULL)
		return -1;
	memset(b, 0, sizeof(*b));
	b->u.indicator = ind;
	if (col->type == 'i') {
		b->buffer_type = MYSQL_TYPE_LONGLONG;
		b->buffer = (void *)(uintptr_t)col->vals;
		for (r = 0; r < nrows; r++)
			ind[r] = col->null && col->null[r] ? STMT_INDICATOR_NULL : STMT_INDICATOR_NONE;
		return 0;
	}
	if ((lens = arena_alloc(a, nrows * sizeof(*lens))) == NULL)
		return -1;
	b->buffer_type = col->type == 'b' ? MYSQL_TYPE_BLOB : MYSQL_TYPE_STRING;
	b->buffer = (void *)(uintptr_t)col->strs;
	b->length = lens;
	for (r = 0; r < nrows; r++) {
		ind[r] = col->strs[r] ? STMT_INDICATOR_NONE : STMT_INDICATOR_NULL;
		lens[r] = col->type == 'b' ? col->lens[r] :
		    col->strs[r] ? strlen(col->strs[r]) : 0;
	}
	return 0;
}

int
db_exec_rows(struct db *db, struct arena *a, const char *sql, size_t nrows,
    const struct dbcol *cols, size_t ncols)
{
	MYSQL_BIND	 b[DB_MAX_PARAMS];
	MYSQL_STMT	*st;
	unsigned int	 n = (unsigned int)nrows;
	size_t		 c;

	if (nrows == 0)
		return 0;
	if (ncols > DB_MAX_PARAMS || (db->my == NULL && db_connect(db) == -1) ||
	    (st = db_stmt(db, sql)) == NULL)
		return -1;
	for (c = 0; c < ncols; c++)
		if (bind_column(a, &b[c], &cols[c], nrows) == -1)
			return -1;
	if (mysql_stmt_attr_set(st, STMT_ATTR_ARRAY_SIZE, &n) != 0 ||
	    mysql_stmt_bind_param(st, b) != 0 || mysql_stmt_execute(st) != 0) {
		db_seterr(db, mysql_stmt_errno(st), mysql_stmt_error(st));
		if (err_is_conn(db->err))
			db_drop(db);
		return -1;
	}
	if ((int)mysql_stmt_affected_rows(st) > 0)
		changed(db);
	return (int)mysql_stmt_affected_rows(st);
}

static int
db_simple(struct db *db, const char *sql)
{
	if (db->my == NULL && db_connect(db) == -1)
		return -1;
	if (mysql_real_query(db->my, sql, strlen(sql)) != 0) {
		db_seterr(db, mysql_errno(db->my), mysql_error(db->my));
		if (err_is_conn(db->err))
			db_drop(db);
		return -1;
	}
	return 0;
}

/* Start a transaction; a link found dead here is re-opened and tried once. */
int
db_begin(struct db *db)
{
	if (db_simple(db, "START TRANSACTION") == -1 &&
	    (!err_is_conn(db->err) || db_simple(db, "START TRANSACTION") == -1))
		return -1;
	db->txn = 1;
	return 0;
}

int
db_commit(struct db *db)
{
	int	rc = db_simple(db, "COMMIT");

	/* Even a failed COMMIT may have reached the server: say "changed"
	 * when unsure, which costs readers a fresh look, never a stale one. */
	if (db->dirty)
		gen_bump();
	db->txn = db->dirty = 0;
	return rc;
}

void
db_rollback(struct db *db)
{
	if (db->my != NULL && db->txn)
		(void)db_simple(db, "ROLLBACK");
	db->txn = db->dirty = 0;
}

int
db_finish(struct db *db, int rc)
{
	if (rc == 0 && db_commit(db) == -1)
		rc = -1;
	if (rc != 0)
		db_rollback(db);
	return rc;
}

/* Run a multi-statement script, draining every result. 0 or -1. */
int
db_script(struct db *db, const char *sql, size_t len)
{
	MYSQL_RES	*r;
	int		 st;

	if (db->my == NULL && db_connect(db) == -1)
		return -1;
	if (mysql_real_query(db->my, sql, len) != 0)
		goto fail;
	do {
		if ((r = mysql_store_result(db->my)) != NULL)
			mysql_free_result(r);
		else if (mysql_errno(db->my) != 0)
			goto fail;
		st = mysql_next_result(db->my);
	} while (st == 0);
	if (st > 0)
		goto fail;
	gen_bump();	/* a migration or demo script: assume it changed rows */
	return 0;
fail:
	db_seterr(db, mysql_errno(db->my), mysql_error(db->my));
	return -1;
}

unsigned long long
db_insert_id(const struct db *db)
{
	return db->last_id;
}

unsigned
db_errno(const struct db *db)
{
	return db->err;
}

const char *
db_error(const struct db *db)
{
	return db->errmsg;
}

int
db_is_dup(const struct db *db)
{
	return db->err == ER_DUP_ENTRY;
}

int
db_is_down(const struct db *db)
{
	return db->my == NULL || err_is_conn(db->err);
}

const char *
dbres_str(const struct dbres *r, size_t row, size_t col)
{
	if (row >= r->nrows || col >= r->ncols)
		return "";
	return r->cell[row * r->ncols + col] ? r->cell[row * r->ncols + col] : "";
}

long long
dbres_int(const struct dbres *r, size_t row, size_t col)
{
	long long	v;

	if (parse_ll(dbres_str(r, row, col), -0x7fffffffffffffffLL,
	    0x7fffffffffffffffLL, &v) == -1)
		return 0;
	return v;
}

int
dbres_null(const struct dbres *r, size_t row, size_t col)
{
	return row >= r->nrows || col >= r->ncols ||
	    r->cell[row * r->ncols + col] == NULL;
}
