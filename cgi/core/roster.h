#ifndef CHORUS_ROSTER_H
#define CHORUS_ROSTER_H
/*
 * The staff roster from the council's HR system, as CSV (libcsv): quoted
 * fields, embedded commas and newlines, UTF-8 with or without a BOM, CRLF
 * or LF. No database here, so it can be fuzzed and unit tested:
 *
 *   roster_parse()  the text into rows, each checked on its own (missing
 *                   staff id, bad date, bad username, duplicates within
 *                   the file), with the line each row starts on;
 *   roster_plan()   the rows against the roster as it stands (a
 *                   roster_world the caller loads): what will be added,
 *                   changed, moved between teams and marked as left, which
 *                   teams and service areas will be created, who is not in
 *                   the file, and the rows that cannot be applied (unknown
 *                   team with no service area, username taken, unknown
 *                   manager, manager loop), with a digest of the whole plan
 *                   so that a confirmed preview applies exactly what it
 *                   showed.
 */
#include <stddef.h>

struct arena;

/* The columns, found by their header (case, spaces and punctuation do
 * not matter: "Staff ID", "staff_id" and "StaffId" are the same). */
enum rcol {
	RC_STAFF_NO = 0, RC_NAME, RC_EMAIL, RC_USERNAME, RC_JOB, RC_TEAM,
	RC_AREA, RC_MANAGER, RC_START, RC_LEAVE, RC__MAX
};
extern const char *const roster_col_label[RC__MAX];	/* "Staff ID", ... */

/* What applying a row does. A row that moves team and changes other
 * fields is a move; a row whose leaving date has come is a leave. */
enum rkind {
	RK_SAME = 0,	/* nothing to change */
	RK_ADD,		/* a new person */
	RK_CHANGE,	/* name, e-mail, username, job, manager or dates */
	RK_MOVE,	/* to another team */
	RK_LEAVE,	/* leaving date on or before today: deactivated */
	RK_SKIP,	/* not on the roster and already left: not added */
	RK__MAX
};
extern const char *const roster_kind_name[RK__MAX];	/* "same", "add", ... */

#define ROSTER_MAX_ROWS		50000
#define ROSTER_MAX_FIELD	254	/* bytes */

struct roster_row {
	unsigned	 line;		/* where the row starts, 1-based */
	const char	*v[RC__MAX];	/* trimmed, "" when empty; dates as YYYY-MM-DD */
	const char	*error;		/* why the row cannot be applied, or NULL */
	/* Set by roster_plan(): */
	enum rkind	 kind;
	long		 existing;	/* index into the world's staff, or -1 */
	const char	*team;		/* the team they will be in (merges followed) */
	const char	*area;		/* that team's service area */
	const char	*from_team;	/* RK_MOVE: the team they were in */
	const char	*changes;	/* RK_CHANGE, RK_MOVE: "name, e-mail", or "" */
};

struct roster {
	struct roster_row	*rows;
	size_t			 nrows;
	size_t			 nbad;	/* rows with an error */
	const char		*error;	/* the whole file is unusable, or NULL */
};

/*
 * Parse len bytes of CSV. The first record is the header: it must name
 * the staff ID, name, username and team columns; the others are optional.
 * Blank lines are skipped. Returns 0 (r->error set when the file as a
 * whole is unusable: not UTF-8, no header, a missing column, too many
 * rows), or -1 on ENOMEM.
 */
int	roster_parse(struct arena *, const char *text, size_t len, struct roster *r);

/* A person on the roster now; v[] as in a row (team, area, manager's
 * staff ID, dates "" when none). */
struct roster_person {
	const char	*v[RC__MAX];
	int		 active;
};

struct roster_team {
	const char	*name;
	const char	*area;
	const char	*merged_into;	/* the surviving team's name, or NULL */
	int		 closed;
};

struct roster_area {
	const char	*name;
	int		 closed;
};

struct roster_world {
	const struct roster_person	*staff;
	size_t				 nstaff;
	const struct roster_team	*teams;
	size_t				 nteams;
	const struct roster_area	*areas;
	size_t				 nareas;
	const char			*today;	/* YYYY-MM-DD */
};

struct roster_newteam {
	const char	*name;
	const char	*area;
};

#define ROSTER_DIGEST_HEX	64

struct roster_plan {
	size_t			 count[RK__MAX];
	const char		**new_areas;	/* to create, in file order */
	size_t			 nnew_areas;
	struct roster_newteam	*new_teams;
	size_t			 nnew_teams;
	const char		**scope;	/* the service areas the file covers */
	size_t			 nscope;
	size_t			*absent;	/* world staff indexes: active, in a scope
						 * area, not in the file */
	size_t			 nabsent;
	char			 digest[ROSTER_DIGEST_HEX + 1];
};

/*
 * Plan the import of r against w: fills each row's kind and the plan, and
 * sets the error of every row that cannot be applied (r->nbad counts
 * them). The digest covers every row's outcome and the absent list, so
 * it changes if the file or the roster does. 0, or -1 on ENOMEM.
 */
int	roster_plan(struct arena *, struct roster *r, const struct roster_world *w,
	    struct roster_plan *p);

/* A date as YYYY-MM-DD or DD/MM/YYYY, checked against the calendar:
 * 0 with out (11 bytes) filled as YYYY-MM-DD, -1 otherwise. */
int	roster_date(const char *s, char out[11]);

#endif
