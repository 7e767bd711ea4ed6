#ifndef CHORUS_DB_ADMIN_H
#define CHORUS_DB_ADMIN_H
/*
 * SQL for administration (db_admin.c): the roster import, people, teams
 * and service areas, and the admin log. Every change is made in one
 * transaction with its db_admin_log() rows, so the change and its record
 * stand or fall together.
 */
#include <stddef.h>

#include "roster.h"

struct arena;
struct db;
struct dbres;

/* ---- the roster import -------------------------------------------------- */

#define ROSTER_UPLOAD_MINUTES	60

/* The roster as it stands, for roster_plan(): every person, team and
 * service area, and today's date (UTC). 0 or -1. */
int	db_roster_world(struct db *, struct arena *, struct roster_world *);

/* Keep an uploaded CSV under id (32 hex) for owner; drops expired ones. 0 or -1. */
int	db_roster_upload_put(struct db *, const char *id, long long owner,
	    const char *body, size_t len);
/* The owner's unexpired upload: 1 (*body, *len set), 0 none, -1 error. */
int	db_roster_upload_get(struct db *, struct arena *, const char *id,
	    long long owner, char **body, size_t *len);

struct roster_done {
	size_t	count[RK__MAX];
	size_t	absent_left;	/* not in the file, marked as left */
	size_t	new_teams, new_areas;
	const char *summary;	/* "3 added, 1 changed, ..." (arena) */
	long long log_id;	/* the roster.import admin-log row */
};

enum roster_apply_rc {
	ROSTER_APPLIED = 0,
	ROSTER_CHANGED,		/* the plan's digest is not the one previewed */
	ROSTER_BAD,		/* the file has bad rows (or is unusable) */
	ROSTER_ERROR = -1,
};

/*
 * Apply a roster CSV in one transaction: lock the roster, plan the file
 * against it, refuse unless the plan's digest is the one the person saw
 * (digest NULL: no check, for chorusctl, which plans and applies in one
 * go) and there are no bad rows, then create the new service areas and
 * teams, add, change, move and deactivate people (ending a leaver's
 * sessions), mark as left the people not in the file whose service area
 * is one of absent_areas, set managers, delete the upload (upload may be
 * NULL) and write an admin-log row for every change and one for the
 * import. Fills done on ROSTER_APPLIED.
 */
enum roster_apply_rc db_roster_apply(struct db *, struct arena *, long long actor,
	    const char *csv, size_t len, const char *digest,
	    const char *const *absent_areas, size_t nabsent_areas,
	    const char *upload, struct roster_done *done);

/* ---- teams ---------------------------------------------------------------- */

/* One team: id, name, area name, closed (DATE or NULL), merged into (name
 * or NULL), merged on, active staff. 1, 0 none, -1. */
int	db_team_get(struct db *, struct arena *, long long id, struct dbres *);
/* The teams merged into this one: name, merged on ("3 December 2026"). */
int	db_team_merged_from(struct db *, struct arena *, long long id, struct dbres *);
/* Open teams other than this one, for the merge choice: id, name, area. */
int	db_team_others(struct db *, struct arena *, long long id, struct dbres *);
/* Rename an open team. 0, 1 name taken, 2 no such open team, -1. */
int	db_team_rename(struct db *, struct arena *, long long actor, long long id,
	    const char *name);
/*
 * Merge team `from` into team `into` (both open, not the same): teams
 * already merged into `from` are re-pointed at `into`, `from` is closed
 * with merged_into_id and merged_on set, and (move_staff) its active staff
 * move to `into`. 0 (*moved set), 1 refused, -1.
 */
int	db_team_merge(struct db *, struct arena *, long long actor, long long from,
	    long long into, int move_staff, long long *moved);
/* Close an open team with no active staff. 0, 1 still has staff, 2 no
 * such open team, -1. */
int	db_team_close(struct db *, struct arena *, long long actor, long long id);

/* ---- service areas ---------------------------------------------------- */

/* One area: id, name, closed (DATE or NULL), open teams. 1, 0, -1. */
int	db_area_get(struct db *, struct arena *, long long id, struct dbres *);
/* Add an area. 0 (*id set), 1 name taken, -1. */
int	db_area_add(struct db *, long long actor, const char *name, long long *id);
/* Rename an open area. 0, 1 name taken, 2 no such open area, -1. */
int	db_area_rename(struct db *, struct arena *, long long actor, long long id,
	    const char *name);
/* Close an open area with no open teams. 0, 1 has open teams, 2 none, -1. */
int	db_area_close(struct db *, struct arena *, long long actor, long long id);

/* ---- people ------------------------------------------------------------- */

#define PEOPLE_PAGE	50

/* People whose name, username or staff ID contains q: id, staff ID, name,
 * username, team, active, roles. At most PEOPLE_PAGE + 1 rows. */
int	db_people_search(struct db *, struct arena *, const char *q, struct dbres *);
/* One person: id, staff ID, name, username, e-mail, job, team, manager's
 * name, roles, active, started, left, has a password. 1, 0, -1. */
int	db_person_get(struct db *, struct arena *, long long id, struct dbres *);
/* Each of these ends the person's sessions and writes the admin log, in
 * one transaction. 0 done, 1 no such (active) person, -1 error. */
int	db_person_set_roles(struct db *, struct arena *, long long actor, long long id,
	    const char *roles);
int	db_person_set_password(struct db *, struct arena *, long long actor,
	    long long id, const char *pwhash);
int	db_person_deactivate(struct db *, struct arena *, long long actor, long long id);

/* ---- the admin log -------------------------------------------------------- */

#define ADMIN_LOG_PAGE	50

/* One page of the log, newest first, before id `before` (0: the newest),
 * filtered by action (NULL: all): id, at, who, action, subject, before,
 * after. One row more than a page when there is a next page. */
int	db_admin_log_page(struct db *, struct arena *, const char *action,
	    long long before, struct dbres *);
/* The actions that occur in the log, for the filter: action. */
int	db_admin_log_actions(struct db *, struct arena *, struct dbres *);
/* A roster.import log row's after value (the summary shown once it is
 * applied). 1, 0 no such import, -1. */
int	db_admin_log_after(struct db *, struct arena *, long long id, const char **after);

#endif
