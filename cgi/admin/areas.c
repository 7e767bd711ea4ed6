/*
 * Service areas: the list with an add form, an area's page (rename), and
 * closing an area on a confirmation page, refused while it has open teams
 * (merge or close them first). Every change is admin-logged.
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

enum afield { AF_NAME, AF__MAX };

static const struct field area_fields[AF__MAX] = {
	[AF_NAME] = { "name", valid_line, FIELD_REQUIRED, 120, 0, 0,
	    "Enter the service area name",
	    "Service area name must be 120 characters or fewer" },
};

/* The list of open areas; fv (may be NULL) redisplays a refused add. */
static int
areas_show(struct ctx *c, int status, const struct fieldval *fv)
{
	struct tdict	*b = page_begin(c, fv ? "Error: Service areas" : "Service areas",
			    "admin/areas.tpl"), *s, *sum = NULL;
	struct dbres	 r;
	size_t		 i;

	if (b == NULL)
		return 500;
	if (db_areas(c->db, c->a, &r) == -1)
		return 503;
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(b, "AREA");
		tdict_set(s, "ID", dbres_str(&r, i, 0));
		tdict_set(s, "NAME", dbres_str(&r, i, 1));
		tdict_set(s, "TEAMS", dbres_str(&r, i, 2));
		tdict_set(s, "STAFF", dbres_str(&r, i, 3));
	}
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "NAME", fv ? fv[AF_NAME].raw : "");
	if (fv != NULL && fv[AF_NAME].error != NULL) {
		admin_error(b, &sum, "#name", fv[AF_NAME].error);
		tdict_set(tdict_section(b, "NAME_ERROR"), "MESSAGE", fv[AF_NAME].error);
	}
	return page_end(c, status);
}

int
areas_page(struct ctx *c)
{
	return areas_show(c, 200, NULL);
}

int
area_add(struct ctx *c)
{
	struct fieldval	fv[AF__MAX];
	long long	id;
	int		n;

	if ((n = fields_check(c->a, &c->req.form, area_fields, AF__MAX, fv)) != 0)
		return n < 0 ? 500 : areas_show(c, 422, fv);
	if ((n = db_area_add(c->db, c->user->id, fv[AF_NAME].s, &id)) == -1)
		return 503;
	if (n == 1) {
		fv[AF_NAME].error = "A service area with this name already exists";
		return areas_show(c, 422, fv);
	}
	return redirect(c, arena_printf(c->a, "/admin/area?id=%lld&done=added", id));
}

static long long
param_id(struct ctx *c)
{
	const char	*s = req_param(&c->req, "id");
	long long	 id;

	return s != NULL && parse_ll(s, 1, 0x7fffffff, &id) == 0 ? id : 0;
}

/* An area's page; fv or err (may be NULL) redisplay a refusal. */
static int
area_show(struct ctx *c, int status, long long id, const struct fieldval *fv,
    const char *err)
{
	struct tdict	*b, *s, *sum = NULL;
	struct dbres	 r;
	const char	*done = req_param(&c->req, "done");
	int		 n;

	if ((n = db_area_get(c->db, c->a, id, &r)) <= 0)
		return n == 0 ? 404 : 503;
	b = page_begin(c, arena_printf(c->a, "%s%s", fv || err ? "Error: " : "",
	    dbres_str(&r, 0, 1)), "admin/area.tpl");
	if (b == NULL)
		return 500;
	tdict_set(b, "ID", dbres_str(&r, 0, 0));
	tdict_set(b, "NAME", dbres_str(&r, 0, 1));
	tdict_set(b, "TEAMS", dbres_str(&r, 0, 3));
	tdict_set(b, "CSRF", c->csrf);
	if (done != NULL && (strcmp(done, "added") == 0 || strcmp(done, "renamed") == 0 ||
	    strcmp(done, "closed") == 0))
		tdict_set(tdict_section(b, "DONE"), "WHAT", done);
	if (err != NULL)
		admin_error(b, &sum, "#teams", err);
	if (!dbres_null(&r, 0, 2)) {
		tdict_set(tdict_section(b, "CLOSED"), "ON", dbres_str(&r, 0, 2));
		return page_end(c, status);
	}
	s = tdict_section(b, "OPEN");
	tdict_set(s, "NEW_NAME", fv ? fv[AF_NAME].raw : dbres_str(&r, 0, 1));
	if (fv != NULL && fv[AF_NAME].error != NULL) {
		admin_error(b, &sum, "#name", fv[AF_NAME].error);
		tdict_set(tdict_section(s, "NAME_ERROR"), "MESSAGE", fv[AF_NAME].error);
	}
	if (dbres_int(&r, 0, 3) == 0)
		tdict_show(s, "CAN_CLOSE");
	return page_end(c, status);
}

int
area_page(struct ctx *c)
{
	long long	id = param_id(c);

	return id == 0 ? 404 : area_show(c, 200, id, NULL, NULL);
}

int
area_rename(struct ctx *c)
{
	struct fieldval	fv[AF__MAX];
	long long	id = param_id(c);
	int		n;

	if (id == 0)
		return 404;
	if ((n = fields_check(c->a, &c->req.form, area_fields, AF__MAX, fv)) != 0)
		return n < 0 ? 500 : area_show(c, 422, id, fv, NULL);
	if ((n = db_area_rename(c->db, c->a, c->user->id, id, fv[AF_NAME].s)) == -1)
		return 503;
	if (n == 2)
		return 404;
	if (n == 1) {
		fv[AF_NAME].error = "A service area with this name already exists";
		return area_show(c, 422, id, fv, NULL);
	}
	return redirect(c, arena_printf(c->a, "/admin/area?id=%lld&done=renamed", id));
}

int
area_close_get(struct ctx *c)
{
	struct tdict	*b;
	struct dbres	 r;
	long long	 id = param_id(c);
	int		 n;

	if (id == 0)
		return 404;
	if ((n = db_area_get(c->db, c->a, id, &r)) <= 0)
		return n == 0 ? 404 : 503;
	if (!dbres_null(&r, 0, 2) || dbres_int(&r, 0, 3) > 0)
		return area_show(c, 409, id, NULL, dbres_null(&r, 0, 2) ?
		    "Merge or close its teams before closing the service area" : NULL);
	if ((b = page_begin(c, "Close a service area", "admin/area-close.tpl")) == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "ID", dbres_str(&r, 0, 0));
	tdict_set(b, "NAME", dbres_str(&r, 0, 1));
	return page_end(c, 200);
}

int
area_close_post(struct ctx *c)
{
	long long	id = param_id(c);
	int		n;

	if (id == 0)
		return 404;
	if ((n = db_area_close(c->db, c->a, c->user->id, id)) == -1)
		return 503;
	if (n == 2)
		return 404;
	if (n == 1)
		return area_show(c, 409, id, NULL,
		    "Merge or close its teams before closing the service area");
	return redirect(c, arena_printf(c->a, "/admin/area?id=%lld&done=closed", id));
}
