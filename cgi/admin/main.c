/*
 * chorus-admin: the roster, teams, surveys, standards and forms. Every
 * change is written to the append-only admin log with who and when.
 */
#include <stddef.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "arena.h"
#include "builder.h"
#include "vform.h"
#include "db.h"
#include "field.h"
#include "tmpl.h"

enum tfield { TF_NAME, TF_AREA, TF__MAX };

static const struct field team_fields[TF__MAX] = {
	[TF_NAME] = { "name", valid_line, FIELD_REQUIRED, 120, 0, 0,
	    "Enter the team name", "Team name must be 120 characters or fewer" },
	[TF_AREA] = { "service_area", valid_int, FIELD_REQUIRED, 12, 1, 0x7fffffff,
	    "Select the service area", "Select a service area from the list" },
};

static void
teams_table(struct ctx *c, struct tdict *b, const struct dbres *t, long long added)
{
	struct tdict	*s;
	size_t		 i;

	for (i = 0; i < t->nrows; i++) {
		s = tdict_section(b, "TEAM");
		tdict_set(s, "ID", dbres_str(t, i, 0));
		tdict_set(s, "NAME", dbres_str(t, i, 1));
		tdict_set(s, "AREA", dbres_str(t, i, 2));
		tdict_set(s, "STAFF", dbres_str(t, i, 3));
		if (added != 0 && dbres_int(t, i, 0) == added)
			tdict_set(tdict_section(b, "ADDED"), "NAME", dbres_str(t, i, 1));
	}
}

static void
area_options(struct tdict *b, const struct dbres *r, const char *chosen)
{
	struct tdict	*s;
	size_t		 i;

	for (i = 0; i < r->nrows; i++) {
		s = tdict_section(b, "AREA_OPTION");
		tdict_set(s, "ID", dbres_str(r, i, 0));
		tdict_set(s, "NAME", dbres_str(r, i, 1));
		if (chosen != NULL && strcmp(chosen, dbres_str(r, i, 0)) == 0)
			tdict_show(s, "SELECTED");
	}
}

static void
form_errors(struct tdict *b, const struct fieldval *fv)
{
	static const char *const inline_key[TF__MAX] = { "NAME_ERROR", "AREA_ERROR" };
	static const char *const href[TF__MAX] = { "#name", "#service_area" };
	struct tdict	*sum = NULL, *e;
	size_t		 i;

	for (i = 0; i < TF__MAX; i++) {
		if (fv[i].error == NULL)
			continue;
		if (sum == NULL)
			sum = tdict_section(b, "ERRORS");
		e = tdict_section(sum, "ERROR");
		tdict_set(e, "HREF", href[i]);
		tdict_set(e, "MESSAGE", fv[i].error);
		tdict_set(tdict_section(b, inline_key[i]), "MESSAGE", fv[i].error);
	}
}

/* Administration part 1 (roster, teams, people, log): the error summary. */
void
admin_error(struct tdict *b, struct tdict **sum, const char *href, const char *message)
{
	struct tdict	*e;

	if (*sum == NULL)
		*sum = tdict_section(b, "ERRORS");
	e = tdict_section(*sum, "ERROR");
	tdict_set(e, "HREF", href);
	tdict_set(e, "MESSAGE", message);
}

/* The admin index; fv (may be NULL) redisplays a refused team form. */
static int
admin_page(struct ctx *c, int status, const struct fieldval *fv)
{
	struct tdict	*b = page_begin(c, fv ? "Error: Administration" :
			    "Administration", "admin/index.tpl");
	struct dbres	 teams, areas;
	const char	*added = req_param(&c->req, "added");
	long long	 id = 0;

	if (b == NULL)
		return 500;
	if (!has_role(c, RBIT(ROLE_ADMIN)))	/* HR: the roster and survey links only */
		return page_end(c, status);
	b = tdict_section(b, "ADMIN");
	if (db_teams(c->db, c->a, &teams) == -1 || db_areas(c->db, c->a, &areas) == -1)
		return 503;
	if (fv == NULL && added != NULL)
		(void)parse_ll(added, 1, 0x7fffffff, &id);
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "NAME", fv ? fv[TF_NAME].raw : "");
	teams_table(c, b, &teams, id);
	area_options(b, &areas, fv ? fv[TF_AREA].raw : NULL);
	if (fv != NULL)
		form_errors(b, fv);
	return page_end(c, status);
}

static int
admin_index(struct ctx *c)
{
	return admin_page(c, 200, NULL);
}

static int
team_add(struct ctx *c)
{
	struct fieldval	 fv[TF__MAX];
	long long	 id;
	int		 n;

	if ((n = fields_check(c->a, &c->req.form, team_fields, TF__MAX, fv)) != 0)
		return n < 0 ? 500 : admin_page(c, 422, fv);
	n = db_team_add(c->db, c->user->id, fv[TF_NAME].s, fv[TF_AREA].i, &id);
	if (n == -1)
		return 503;
	if (n == 1)
		fv[TF_NAME].error = "A team with this name already exists";
	if (n == 2)
		fv[TF_AREA].error = team_fields[TF_AREA].invalid;
	if (n != 0)
		return admin_page(c, 422, fv);
	return redirect(c, arena_printf(c->a, "/admin/?added=%lld", id));
}

static const struct route routes[] = {
	{ "/admin/", RBIT(ROLE_ADMIN) | RBIT(ROLE_HR), 0, admin_index, NULL, "/admin/" },
	{ "/admin/teams", RBIT(ROLE_ADMIN), 0, NULL, team_add, "/admin/" },
	/* Administration part 1: the roster import (admin and HR), the admin log. */
	{ "/admin/roster", ROSTER_ROLES, ROUTE_UPLOAD, roster_form, roster_upload, "/admin/" },
	{ "/admin/roster/preview", ROSTER_ROLES, 0, roster_preview, NULL, "/admin/" },
	{ "/admin/roster/apply", ROSTER_ROLES, 0, NULL, roster_confirm, "/admin/" },
	{ "/admin/log", RBIT(ROLE_ADMIN), 0, admin_log_page, NULL, "/admin/" },
	{ "/admin/team", RBIT(ROLE_ADMIN), 0, team_page, NULL, "/admin/" },
	{ "/admin/team/rename", RBIT(ROLE_ADMIN), 0, NULL, team_rename, "/admin/" },
	{ "/admin/team/merge", RBIT(ROLE_ADMIN), 0, team_merge_get, team_merge_post, "/admin/" },
	{ "/admin/team/close", RBIT(ROLE_ADMIN), 0, team_close_get, team_close_post, "/admin/" },
	{ "/admin/areas", RBIT(ROLE_ADMIN), 0, areas_page, area_add, "/admin/" },
	{ "/admin/area", RBIT(ROLE_ADMIN), 0, area_page, NULL, "/admin/" },
	{ "/admin/area/rename", RBIT(ROLE_ADMIN), 0, NULL, area_rename, "/admin/" },
	{ "/admin/area/close", RBIT(ROLE_ADMIN), 0, area_close_get, area_close_post, "/admin/" },
	{ "/admin/people", RBIT(ROLE_ADMIN), 0, people_page, NULL, "/admin/" },
	{ "/admin/person", RBIT(ROLE_ADMIN), 0, person_page, NULL, "/admin/" },
	{ "/admin/person/roles", RBIT(ROLE_ADMIN), 0, NULL, person_roles, "/admin/" },
	{ "/admin/person/password", RBIT(ROLE_ADMIN), 0, person_password_get, person_password_post, "/admin/" },
	{ "/admin/person/deactivate", RBIT(ROLE_ADMIN), 0, person_deactivate_get, person_deactivate_post, "/admin/" },
	/* Survey builder and waves (helper D, builder.h): admin and HR. */
	{ "/admin/surveys", BUILDER_ROLES, 0, survey_list_get, survey_add_post, "/admin/" },
	{ "/admin/surveys/import", BUILDER_ROLES, 0, survey_import_get, survey_import_post, "/admin/" },
	{ "/admin/survey/", BUILDER_ROLES, ROUTE_PREFIX, survey_version_get, survey_version_post, "/admin/" },
	{ "/admin/waves", BUILDER_ROLES, 0, wave_list_get, NULL, "/admin/" },
	{ "/admin/waves/new", BUILDER_ROLES, 0, wave_new_get, wave_new_post, "/admin/" },
	{ "/admin/wave/", BUILDER_ROLES, ROUTE_PREFIX, wave_page_get, wave_page_post, "/admin/" },
	/* Practice Standards publishing (helper D): administrators only. */
	{ "/admin/standards", RBIT(ROLE_ADMIN), 0, std_list_get, std_list_post, "/admin/" },
	{ "/admin/standards/draft", RBIT(ROLE_ADMIN), ROUTE_PREFIX, std_page_get, std_page_post, "/admin/" },
	/* Voice forms, safeguarding terms, team links (helper D): administrators only. */
	{ "/admin/voice", RBIT(ROLE_ADMIN), 0, voice_admin_get, NULL, "/admin/" },
	{ "/admin/voice/texts", RBIT(ROLE_ADMIN), 0, voice_texts_get, voice_texts_post, "/admin/" },
	{ "/admin/voice/terms", RBIT(ROLE_ADMIN), 0, voice_terms_get, voice_terms_post, "/admin/" },
	{ "/admin/voice/terms/remove", RBIT(ROLE_ADMIN), 0, voice_term_remove_get, voice_term_remove_post, "/admin/" },
	{ "/admin/voice/links", RBIT(ROLE_ADMIN), 0, NULL, voice_links_post, "/admin/" },
	{ "/admin/voice/link/", RBIT(ROLE_ADMIN), ROUTE_PREFIX, voice_link_get, NULL, "/admin/" },
	{ "/admin/voice/qr/", RBIT(ROLE_ADMIN), ROUTE_PREFIX, voice_qr_get, NULL, "/admin/" },
	/* Voice form questions: add, change, move, retire (helper G, vform.h). */
	{ "/admin/voice/form", RBIT(ROLE_ADMIN), 0, vform_get, NULL, "/admin/" },
	{ "/admin/voice/question/new", RBIT(ROLE_ADMIN), 0, vq_new_get, vq_new_post, "/admin/" },
	{ "/admin/voice/question", RBIT(ROLE_ADMIN), 0, vq_edit_get, vq_edit_post, "/admin/" },
	{ "/admin/voice/question/move", RBIT(ROLE_ADMIN), 0, NULL, vq_move_post, "/admin/" },
	{ "/admin/voice/question/retire", RBIT(ROLE_ADMIN), 0, vq_retire_get, vq_retire_post, "/admin/" },
	/* (end of the survey builder and waves routes) */
};

static const struct app app = {
	"chorus-admin", PROG_ADMIN, routes, sizeof(routes) / sizeof(routes[0]),
	1, "layout.tpl", "/", NULL, NULL, NULL, NULL,
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
