/*
 * chorus-staff: sign-in and the staff home page, surveys, Practice
 * Standards, case audits and their escalations, and follow-ups. A page
 * is one row here and its handlers.
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
	/* Case audits: auditors start, grade and moderate; workers, their
	 * managers and heads of service read what is submitted. */
	{ "/standards/audits/", ROLES_ANY, 0, audits_list, NULL, "/standards/audits/" },
	{ "/standards/audits/new", RBIT(ROLE_AUDITOR), 0, audit_new_get, audit_new_post,
	    "/standards/audits/" },
	{ "/standards/audits/sample", RBIT(ROLE_MANAGER), 0, audits_sample_get,
	    audits_sample_post, "/standards/audits/" },
	{ "/standards/audits/agreement", RBIT(ROLE_AUDITOR) | RBIT(ROLE_MANAGER) |
	    RBIT(ROLE_HEAD) | RBIT(ROLE_PERFORMANCE), 0, audits_agreement, NULL, "/standards/audits/" },
	{ "/standards/audit/", ROLES_ANY, ROUTE_PREFIX, audit_get, audit_post, "/standards/audits/" },
	{ "/standards/escalations", RBIT(ROLE_MANAGER) | RBIT(ROLE_HEAD), 0,
	    escalations_list, NULL, "/" },
	{ "/standards/escalation/", RBIT(ROLE_MANAGER) | RBIT(ROLE_HEAD), ROUTE_PREFIX,
	    escalation_get, escalation_post, "/" },
	{ "/followup/", RBIT(ROLE_MANAGER) | RBIT(ROLE_DUTY), ROUTE_PREFIX,
	    followup_get, followup_post, "/followup/" },
	{ "/healthz", 0, ROUTE_PUBLIC | ROUTE_NODB, healthz_get, NULL, NULL },
};

/* After each response: replay spooled surveys, mail new follow-ups and
 * any escalation not yet mailed. */
static void
staff_after(struct ctx *c)
{
	survey_spool_tick(c);
	followup_mail_tick(c);
	escalation_mail_tick(c);
}

static const struct app app = {
	"chorus-staff", PROG_STAFF, routes, sizeof(routes) / sizeof(routes[0]),
	1, "layout.tpl", "/", NULL, staff_after, NULL, NULL,
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
