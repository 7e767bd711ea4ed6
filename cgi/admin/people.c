/*
 * People: search, a person's page, their roles, a one-time password (local
 * sign-in only) and deactivation. Every change ends the person's sessions
 * and is admin-logged; the password reset and the deactivation ask for
 * confirmation on a page of their own. An administrator cannot take away
 * their own admin role or deactivate themselves, so the service is never
 * left with nobody to run it by a slip.
 */
#include <stddef.h>
#include <string.h>

#include <sodium.h>

#include "admin.h"
#include "app.h"
#include "arena.h"
#include "auth.h"
#include "db.h"
#include "db_admin.h"
#include "field.h"
#include "tmpl.h"

#define ONE_TIME_LEN	16

/* The id= query or form parameter, or 0. */
static long long
param_id(struct ctx *c)
{
	const char	*s = req_param(&c->req, "id");
	long long	 id;

	return s != NULL && parse_ll(s, 1, 0x7fffffff, &id) == 0 ? id : 0;
}

int
people_page(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "People", "admin/people.tpl"), *p;
	const char	*q = req_param(&c->req, "q");
	struct dbres	 r;
	size_t		 i;

	if (b == NULL)
		return 500;
	if (q != NULL && strlen(q) > 120)
		q = NULL;
	tdict_set(b, "Q", q ? q : "");
	if (q == NULL || *q == '\0')
		return page_end(c, 200);
	if (db_people_search(c->db, c->a, q, &r) == -1)
		return 503;
	p = tdict_section(b, "RESULTS");
	tdict_setint(p, "N", (long long)(r.nrows > PEOPLE_PAGE ? PEOPLE_PAGE : r.nrows));
	if (r.nrows > PEOPLE_PAGE)
		tdict_show(p, "MORE");
	for (i = 0; i < r.nrows && i < PEOPLE_PAGE; i++) {
		struct tdict *e = tdict_section(p, "PERSON");
		tdict_set(e, "ID", dbres_str(&r, i, 0));
		tdict_set(e, "STAFF_NO", dbres_str(&r, i, 1));
		tdict_set(e, "NAME", dbres_str(&r, i, 2));
		tdict_set(e, "USERNAME", dbres_str(&r, i, 3));
		tdict_set(e, "TEAM", dbres_str(&r, i, 4));
		tdict_set(e, "STATUS", dbres_int(&r, i, 5) ? "Active" : "Left");
	}
	return page_end(c, 200);
}

/* The role checkboxes, ticked as held (mask). */
static void
role_boxes(struct tdict *s, unsigned mask)
{
	struct tdict	*r;
	int		 i;

	for (i = 0; i < ROLE__MAX; i++) {
		r = tdict_section(s, "ROLE");
		tdict_set(r, "VALUE", role_names[i]);
		tdict_set(r, "LABEL", role_labels[i]);
		if (mask & RBIT(i))
			tdict_show(r, "CHECKED");
	}
}

/* A person's page; mask and err (may be 0/NULL) redisplay a refused
 * roles form. */
static int
person_show(struct ctx *c, int status, long long id, const unsigned *mask,
    const char *err)
{
	struct tdict	*b, *s, *sum = NULL;
	struct dbres	 r;
	const char	*done = req_param(&c->req, "done");
	unsigned	 held = 0;
	int		 n;

	if ((n = db_person_get(c->db, c->a, id, &r)) <= 0)
		return n == 0 ? 404 : 503;
	b = page_begin(c, arena_printf(c->a, "%s%s", err ? "Error: " : "",
	    dbres_str(&r, 0, 2)), "admin/person.tpl");
	if (b == NULL)
		return 500;
	static const char *const keys[] = { "ID", "STAFF_NO", "NAME", "USERNAME",
	    "EMAIL", "JOB", "TEAM", "MANAGER", NULL, NULL, "STARTED", "LEFT" };
	for (n = 0; n < (int)(sizeof(keys) / sizeof(keys[0])); n++)
		if (keys[n] != NULL)
			tdict_set(b, keys[n], dbres_str(&r, 0, (size_t)n));
	(void)roles_parse(dbres_str(&r, 0, 8), &held);
	tdict_set(b, "ROLES", roles_label(c->a, held));
	tdict_set(b, "CSRF", c->csrf);
	if (done != NULL && (strcmp(done, "roles") == 0 || strcmp(done, "deactivated") == 0))
		tdict_set(tdict_section(b, "DONE"), "WHAT", strcmp(done, "roles") == 0 ?
		    "Roles saved" : "Deactivated");
	if (!dbres_int(&r, 0, 9)) {
		tdict_show(b, "INACTIVE");
		return page_end(c, status);
	}
	s = tdict_section(b, "ACTIVE");
	if (err != NULL) {
		admin_error(b, &sum, "#role-staff", err);
		tdict_set(tdict_section(s, "ROLES_ERROR"), "MESSAGE", err);
	}
	role_boxes(s, mask ? *mask : held);
	if (c->cfg->auth == AUTH_LOCAL)
		tdict_show(s, "LOCAL_AUTH");
	if (id != c->user->id)
		tdict_show(s, "NOT_SELF");
	return page_end(c, status);
}

int
person_page(struct ctx *c)
{
	long long	id = param_id(c);

	return id == 0 ? 404 : person_show(c, 200, id, NULL, NULL);
}

/* The ticked roles: 0 with *mask, or -1 for a value that is no role. */
static int
roles_ticked(struct ctx *c, unsigned *mask)
{
	const struct kvlist	*f = &c->req.form;
	size_t			 i;
	int			 k;

	*mask = 0;
	for (i = 0; i < f->n; i++) {
		if (strcmp(f->v[i].key, "role") != 0)
			continue;
		for (k = 0; k < ROLE__MAX && strcmp(f->v[i].val, role_names[k]) != 0; k++)
			;
		if (k == ROLE__MAX)
			return -1;
		*mask |= RBIT(k);
	}
	return 0;
}

int
person_roles(struct ctx *c)
{
	long long	 id = param_id(c);
	unsigned	 mask;
	const char	*err = NULL;
	int		 n;

	if (id == 0)
		return 404;
	if (roles_ticked(c, &mask) == -1)
		err = "Select roles from the list";
	else if (mask == 0)
		err = "Select at least one role";
	else if (id == c->user->id && !(mask & RBIT(ROLE_ADMIN)))
		err = "You cannot take away your own admin role";
	if (err != NULL)
		return person_show(c, 422, id, &mask, err);
	if ((n = db_person_set_roles(c->db, c->a, c->user->id, id,
	    roles_format(c->a, mask))) == -1)
		return 503;
	if (n == 1)
		return person_show(c, 409, id, NULL, NULL);
	return redirect(c, arena_printf(c->a, "/admin/person?id=%lld&done=roles", id));
}

/* A confirmation page (password or deactivate) for an active person. */
static int
confirm_page(struct ctx *c, const char *tpl, const char *title)
{
	struct tdict	*b;
	struct dbres	 r;
	long long	 id = param_id(c);
	int		 n;

	if (id == 0)
		return 404;
	if ((n = db_person_get(c->db, c->a, id, &r)) <= 0)
		return n == 0 ? 404 : 503;
	if (!dbres_int(&r, 0, 9))
		return person_show(c, 409, id, NULL, NULL);
	if ((b = page_begin(c, title, tpl)) == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "ID", dbres_str(&r, 0, 0));
	tdict_set(b, "NAME", dbres_str(&r, 0, 2));
	tdict_set(b, "USERNAME", dbres_str(&r, 0, 3));
	return page_end(c, 200);
}

int
person_password_get(struct ctx *c)
{
	if (c->cfg->auth != AUTH_LOCAL)
		return 404;
	return confirm_page(c, "admin/person-password.tpl", "Reset a password");
}

/* A one-time password: ONE_TIME_LEN characters that are hard to misread. */
static void
one_time_password(char out[ONE_TIME_LEN + 1])
{
	static const char	alphabet[] = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";
	size_t			i;

	for (i = 0; i < ONE_TIME_LEN; i++)
		out[i] = alphabet[randombytes_uniform(sizeof(alphabet) - 1)];
	out[ONE_TIME_LEN] = '\0';
}

/* Set a new random password and show it, once, to the admin. */
int
person_password_post(struct ctx *c)
{
	char		 pw[ONE_TIME_LEN + 1], hash[PASSWORD_HASH_MAX];
	struct tdict	*b;
	struct dbres	 r;
	long long	 id = param_id(c);
	int		 n;

	if (c->cfg->auth != AUTH_LOCAL || id == 0)
		return 404;
	if ((n = db_person_get(c->db, c->a, id, &r)) <= 0)
		return n == 0 ? 404 : 503;
	one_time_password(pw);
	if (password_hash(hash, pw) == -1)
		return 500;
	if ((n = db_person_set_password(c->db, c->a, c->user->id, id, hash)) == -1)
		return 503;
	if (n == 1)
		return person_show(c, 409, id, NULL, NULL);
	if ((b = page_begin(c, "Password reset", "admin/person-password-done.tpl")) == NULL)
		return 500;
	tdict_set(b, "ID", dbres_str(&r, 0, 0));
	tdict_set(b, "NAME", dbres_str(&r, 0, 2));
	tdict_set(b, "USERNAME", dbres_str(&r, 0, 3));
	tdict_set(b, "PASSWORD", pw);
	sodium_memzero(pw, sizeof(pw));
	return page_end(c, 200);
}

int
person_deactivate_get(struct ctx *c)
{
	if (param_id(c) == c->user->id)
		return person_show(c, 422, c->user->id, NULL, "You cannot deactivate yourself");
	return confirm_page(c, "admin/person-deactivate.tpl", "Deactivate a person");
}

int
person_deactivate_post(struct ctx *c)
{
	long long	id = param_id(c);
	int		n;

	if (id == 0)
		return 404;
	if (id == c->user->id)
		return person_show(c, 422, id, NULL, "You cannot deactivate yourself");
	if ((n = db_person_deactivate(c->db, c->a, c->user->id, id)) == -1)
		return 503;
	if (n == 1)
		return person_show(c, 409, id, NULL, NULL);
	return redirect(c, arena_printf(c->a, "/admin/person?id=%lld&done=deactivated", id));
}
