#ifndef CHORUS_ADMIN_H
#define CHORUS_ADMIN_H
/*
 * chorus-admin's handlers, one file per screen: roster.c (the roster
 * import), teams.c (a team: rename, merge, close), areas.c
 * (service areas: add, rename, close), people.c
 * (search, roles, password, deactivate), log.c (the admin log). main.c holds the route table.
 */
struct ctx;
struct tdict;

/* Who may import the roster: administrators and HR. */
#define ROSTER_ROLES	(RBIT(ROLE_ADMIN) | RBIT(ROLE_HR))

/* Add one entry to the page's error summary, making the summary (*sum,
 * NULL at first) on the first call. */
void	admin_error(struct tdict *body, struct tdict **sum, const char *href,
	    const char *message);

int	roster_form(struct ctx *);		/* GET /admin/roster */
int	roster_upload(struct ctx *);		/* POST /admin/roster */
int	roster_preview(struct ctx *);		/* GET /admin/roster/preview */
int	roster_confirm(struct ctx *);		/* POST /admin/roster/apply */

int	admin_log_page(struct ctx *);		/* GET /admin/log */

int	team_page(struct ctx *);		/* GET /admin/team?id= */
int	team_rename(struct ctx *);		/* POST /admin/team/rename */
int	team_merge_get(struct ctx *);		/* GET /admin/team/merge: confirm */
int	team_merge_post(struct ctx *);		/* POST /admin/team/merge */
int	team_close_get(struct ctx *);		/* GET /admin/team/close: confirm */
int	team_close_post(struct ctx *);		/* POST /admin/team/close */

int	areas_page(struct ctx *);		/* GET /admin/areas */
int	area_add(struct ctx *);			/* POST /admin/areas */
int	area_page(struct ctx *);		/* GET /admin/area?id= */
int	area_rename(struct ctx *);		/* POST /admin/area/rename?id= */
int	area_close_get(struct ctx *);		/* GET: confirm */
int	area_close_post(struct ctx *);		/* POST /admin/area/close?id= */

int	people_page(struct ctx *);		/* GET /admin/people?q= */
int	person_page(struct ctx *);		/* GET /admin/person?id= */
int	person_roles(struct ctx *);		/* POST /admin/person/roles?id= */
int	person_password_get(struct ctx *);	/* GET: confirm (local sign-in only) */
int	person_password_post(struct ctx *);	/* POST: the one-time password, once */
int	person_deactivate_get(struct ctx *);	/* GET: confirm */
int	person_deactivate_post(struct ctx *);	/* POST /admin/person/deactivate?id= */

#endif
