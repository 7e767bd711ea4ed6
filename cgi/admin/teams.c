/*
 * Teams: a team's page (rename, merge into another, close), with a
 * confirmation page for the merge and the close, which cannot be undone.
 * A merged team's past results roll up into the team it joined (Insights
 * resolves COALESCE(merged_into_id, id)); the merge date is shown on both.
 */
#include <stddef.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "arena.h"
#include "db.h"
#include "db_admin.h"
#include "field.h"
#include "tmpl.h"

enum tfield { TF_ID, TF_NAME, TF__MAX };

static const struct field rename_fields[TF__MAX] = {
	[TF_ID] = { "id", valid_int, FIELD_REQUIRED, 12, 1, 0x7fffffff,
	    "Choose a team", "Choose a team" },
	[TF_NAME] = { "name", valid_line, FIELD_REQUIRED, 120, 0, 0,
	    "Enter the new team name", "Team name must be 120 characters or fewer" },
};

enum mfield { MF_ID, MF_INTO, MF__MAX };

static const struct field merge_fields[MF__MAX] = {
	[MF_ID] = { "id", valid_int, FIELD_REQUIRED, 12, 1, 0x7fffffff,
	    "Choose a team", "Choose a team" },
	[MF_INTO] = { "into", valid_int, FIELD_REQUIRED, 12, 1, 0x7fffffff,
	    "Select the team to merge into", "Select a team from the list" },
};

static const char *const done_text[] = { "renamed", "merged", "closed" };

/* The team's page; fv (may be NULL) redisplays a refused rename, err a
 * refused merge choice. */
static int
team_show(struct ctx *c, int status, long long id, const struct fieldval *fv,
    const char *merge_err)
{
	struct tdict	*b, *s, *sum = NULL;
	struct dbres	 t, from, others;
	const char	*done = req_param(&c->req, "done");
	size_t		 i;
	int		 n;

	if ((n = db_team_get(c->db, c->a, id, &t)) <= 0)
		return n == 0 ? 404 : 503;
	if (db_team_merged_from(c->db, c->a, id, &from) == -1 ||
	    db_team_others(c->db, c->a, id, &others) == -1)
		return 503;
	b = page_begin(c, arena_printf(c->a, "%s%s", fv || merge_err ? "Error: " : "",
	    dbres_str(&t, 0, 1)), "admin/team.tpl");
	if (b == NULL)
		return 500;
	tdict_set(b, "ID", dbres_str(&t, 0, 0));
	tdict_set(b, "NAME", dbres_str(&t, 0, 1));
	tdict_set(b, "AREA", dbres_str(&t, 0, 2));
	tdict_set(b, "STAFF", dbres_str(&t, 0, 6));
	tdict_set(b, "CSRF", c->csrf);
	for (i = 0; done != NULL && i < sizeof(done_text) / sizeof(done_text[0]); i++)
		if (strcmp(done, done_text[i]) == 0)
			tdict_set(tdict_section(b, "DONE"), "WHAT", done_text[i]);
	for (i = 0; i < from.nrows; i++) {
		s = tdict_section(tdict_section(b, "MERGED_FROM"), "TEAM");
		tdict_set(s, "NAME", dbres_str(&from, i, 0));
		tdict_set(s, "ON", dbres_str(&from, i, 1));
	}
	if (!dbres_null(&t, 0, 4)) {
		s = tdict_section(b, "MERGED_INTO");
		tdict_set(s, "NAME", dbres_str(&t, 0, 4));
		tdict_set(s, "ON", dbres_str(&t, 0, 5));
	} else if (!dbres_null(&t, 0, 3))
		tdict_set(tdict_section(b, "CLOSED"), "ON", dbres_str(&t, 0, 3));
	else {
		s = tdict_section(b, "OPEN");
		tdict_set(s, "NEW_NAME", fv ? fv[TF_NAME].raw : dbres_str(&t, 0, 1));
		if (fv != NULL && fv[TF_NAME].error != NULL) {
			admin_error(b, &sum, "#name", fv[TF_NAME].error);
			tdict_set(tdict_section(s, "NAME_ERROR"), "MESSAGE", fv[TF_NAME].error);
		}
		if (merge_err != NULL) {
			admin_error(b, &sum, "#into", merge_err);
			tdict_set(tdict_section(s, "INTO_ERROR"), "MESSAGE", merge_err);
		}
		for (i = 0; i < others.nrows; i++) {
			struct tdict *o = tdict_section(s, "INTO_OPTION");
			tdict_set(o, "ID", dbres_str(&others, i, 0));
			tdict_set(o, "NAME", dbres_str(&others, i, 1));
			tdict_set(o, "AREA", dbres_str(&others, i, 2));
		}
	}
	return page_end(c, status);
}

/* The id= query parameter, or 0. */
static long long
query_id(struct ctx *c, const char *key)
{
	const char	*s = req_param(&c->req, key);
	long long	 id;

	return s != NULL && parse_ll(s, 1, 0x7fffffff, &id) == 0 ? id : 0;
}

int
team_page(struct ctx *c)
{
	long long	id = query_id(c, "id");

	return id == 0 ? 404 : team_show(c, 200, id, NULL, NULL);
}

int
team_rename(struct ctx *c)
{
	struct fieldval	fv[TF__MAX];
	int		n;

	if ((n = fields_check(c->a, &c->req.form, rename_fields, TF__MAX, fv)) < 0)
		return 500;
	if (fv[TF_ID].error != NULL)
		return 404;
	if (n > 0)
		return team_show(c, 422, fv[TF_ID].i, fv, NULL);
	if ((n = db_team_rename(c->db, c->a, c->user->id, fv[TF_ID].i, fv[TF_NAME].s)) == -1)
		return 503;
	if (n == 2)
		return 404;
	if (n == 1) {
		fv[TF_NAME].error = "A team with this name already exists";
		return team_show(c, 422, fv[TF_ID].i, fv, NULL);
	}
	return redirect(c, arena_printf(c->a, "/admin/team?id=%lld&done=renamed",
	    fv[TF_ID].i));
}

/* The merge confirmation: what happens, and whether the staff move too. */
static int
merge_confirm_page(struct ctx *c, long long id, long long into)
{
	struct dbres	 t, i;
	struct tdict	*b;
	int		 n, m;

	if ((n = db_team_get(c->db, c->a, id, &t)) == -1 ||
	    (m = db_team_get(c->db, c->a, into, &i)) == -1)
		return 503;
	if (n == 0)
		return 404;
	if (m == 0 || into == id || !dbres_null(&i, 0, 3))
		return team_show(c, 422, id, NULL, "Select a team from the list");
	if (!dbres_null(&t, 0, 3))
		return team_show(c, 409, id, NULL, NULL);
	if ((b = page_begin(c, "Merge teams", "admin/team-merge.tpl")) == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "ID", dbres_str(&t, 0, 0));
	tdict_set(b, "NAME", dbres_str(&t, 0, 1));
	tdict_set(b, "STAFF", dbres_str(&t, 0, 6));
	tdict_set(b, "INTO", dbres_str(&i, 0, 0));
	tdict_set(b, "INTO_NAME", dbres_str(&i, 0, 1));
	return page_end(c, 200);
}

int
team_merge_get(struct ctx *c)
{
	struct fieldval	fv[MF__MAX];
	int		n;

	if ((n = fields_check(c->a, &c->req.query, merge_fields, MF__MAX, fv)) < 0)
		return 500;
	if (fv[MF_ID].error != NULL)
		return 404;
	if (n > 0)
		return team_show(c, 422, fv[MF_ID].i, NULL, fv[MF_INTO].error);
	return merge_confirm_page(c, fv[MF_ID].i, fv[MF_INTO].i);
}

int
team_merge_post(struct ctx *c)
{
	struct fieldval	fv[MF__MAX];
	const char	*move = kv_str(&c->req.form, "move_staff");
	long long	moved;
	int		n;

	if ((n = fields_check(c->a, &c->req.form, merge_fields, MF__MAX, fv)) < 0)
		return 500;
	if (n > 0)
		return 404;
	n = db_team_merge(c->db, c->a, c->user->id, fv[MF_ID].i, fv[MF_INTO].i,
	    strcmp(move, "yes") == 0, &moved);
	if (n == -1)
		return 503;
	if (n == 1)
		return team_show(c, 409, fv[MF_ID].i, NULL, NULL);
	return redirect(c, arena_printf(c->a, "/admin/team?id=%lld&done=merged",
	    fv[MF_INTO].i));
}

/* The close confirmation, or why the team cannot be closed yet. */
static int
team_close_page(struct ctx *c, int status, long long id)
{
	struct tdict	*b;
	struct dbres	 t;
	int		 n;

	if ((n = db_team_get(c->db, c->a, id, &t)) <= 0)
		return n == 0 ? 404 : 503;
	if (!dbres_null(&t, 0, 3))
		return team_show(c, 409, id, NULL, NULL);
	if ((b = page_begin(c, "Close a team", "admin/team-close.tpl")) == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "ID", dbres_str(&t, 0, 0));
	tdict_set(b, "NAME", dbres_str(&t, 0, 1));
	if (dbres_int(&t, 0, 6) > 0)
		tdict_set(tdict_section(b, "HAS_STAFF"), "STAFF", dbres_str(&t, 0, 6));
	else
		tdict_show(b, "CAN_CLOSE");
	return page_end(c, status);
}

int
team_close_get(struct ctx *c)
{
	long long	id = query_id(c, "id");

	return id == 0 ? 404 : team_close_page(c, 200, id);
}

int
team_close_post(struct ctx *c)
{
	const char	*s = kv_str(&c->req.form, "id");
	long long	 id;
	int		 n;

	if (parse_ll(s, 1, 0x7fffffff, &id) == -1)
		return 404;
	if ((n = db_team_close(c->db, c->a, c->user->id, id)) == -1)
		return 503;
	if (n == 2)
		return 404;
	if (n == 1)
		return team_close_page(c, 409, id);	/* it has staff again */
	return redirect(c, arena_printf(c->a, "/admin/team?id=%lld&done=closed", id));
}
