/*
 * chorus-staff: sign-in and the staff home page, and later surveys,
 * standards and follow-ups. A page is one row here and its handlers.
 */
#include <stddef.h>

#include "app.h"
#include "staff.h"

static const struct route routes[] = {
	{ "/", ROLES_ANY, 0, home_get, NULL, "/" },
	{ "/signin", 0, ROUTE_PUBLIC | ROUTE_PRESIGN, signin_get, signin_post, NULL },
	{ "/signout", ROLES_ANY, 0, NULL, signout_post, NULL },
	{ "/survey/", ROLES_ANY, ROUTE_PREFIX | ROUTE_STASH | ROUTE_SPOOL,
	    survey_get, survey_post, "/" },
	{ "/standards/", ROLES_ANY, 0, standards_get, standards_post, "/standards/" },
	{ "/standards/team", RBIT(ROLE_MANAGER), 0, standards_team, NULL, "/standards/" },
	{ "/followup/", RBIT(ROLE_MANAGER) | RBIT(ROLE_DUTY), ROUTE_PREFIX,
	    followup_get, followup_post, "/followup/" },
	{ "/healthz", 0, ROUTE_PUBLIC | ROUTE_NODB, healthz_get, NULL, NULL },
};

/* After each response: replay spooled surveys, mail new follow-ups. */
static void
staff_after(struct ctx *c)
{
	survey_spool_tick(c);
	followup_mail_tick(c);
}

static const struct app app = {
	"chorus-staff", PROG_STAFF, routes, sizeof(routes) / sizeof(routes[0]),
	1, "layout.tpl", "/", NULL, staff_after,
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
