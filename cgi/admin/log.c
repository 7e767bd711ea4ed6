/*
 * The admin log: every change an administrator made, newest first, with
 * who, when, and the value before and after; filtered by action and paged
 * by id (?before=ID shows the page of older entries).
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

/* The action filter: one of the actions in the log, or none. */
static const char *
action_choose(struct tdict *b, const struct dbres *acts, const char *want)
{
	const char	*chosen = NULL;
	struct tdict	*o;
	size_t		 i;

	for (i = 0; i < acts->nrows; i++) {
		o = tdict_section(b, "ACTION_OPTION");
		tdict_set(o, "VALUE", dbres_str(acts, i, 0));
		if (want != NULL && strcmp(want, dbres_str(acts, i, 0)) == 0) {
			tdict_show(o, "SELECTED");
			chosen = dbres_str(acts, i, 0);
		}
	}
	return chosen;
}

static void
entries_set(struct ctx *c, struct tdict *b, const struct dbres *r, const char *action)
{
	struct tdict	*e;
	size_t		 i, n = r->nrows > ADMIN_LOG_PAGE ? ADMIN_LOG_PAGE : r->nrows;

	for (i = 0; i < n; i++) {
		e = tdict_section(b, "ENTRY");
		tdict_set(e, "AT", dbres_str(r, i, 1));
		tdict_set(e, "WHO", dbres_str(r, i, 2));
		tdict_set(e, "ACTION", dbres_str(r, i, 3));
		tdict_set(e, "SUBJECT", dbres_str(r, i, 4));
		tdict_set(e, "BEFORE", dbres_null(r, i, 5) ? "—" : dbres_str(r, i, 5));
		tdict_set(e, "AFTER", dbres_null(r, i, 6) ? "—" : dbres_str(r, i, 6));
	}
	if (n == 0)
		tdict_show(b, "EMPTY");
	if (r->nrows > ADMIN_LOG_PAGE)
		tdict_set(tdict_section(b, "OLDER"), "HREF", arena_printf(c->a,
		    "/admin/log?before=%s%s%s", dbres_str(r, n - 1, 0),
		    action ? "&action=" : "", action ? action : ""));
}

int
admin_log_page(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Admin log", "admin/log.tpl");
	const char	*before_s = req_param(&c->req, "before"), *action;
	struct dbres	 acts, r;
	long long	 before = 0;

	if (b == NULL)
		return 500;
	if (before_s != NULL && parse_ll(before_s, 1, 0x7fffffffffffffffLL, &before) == -1)
		return 404;
	if (db_admin_log_actions(c->db, c->a, &acts) == -1)
		return 503;
	action = action_choose(b, &acts, req_param(&c->req, "action"));
	if (db_admin_log_page(c->db, c->a, action, before, &r) == -1)
		return 503;
	if (action != NULL)
		tdict_set(tdict_section(b, "FILTERED"), "ACTION", action);
	if (before != 0)
		tdict_set(tdict_section(b, "NEWEST"), "HREF", action ?
		    arena_printf(c->a, "/admin/log?action=%s", action) : "/admin/log");
	entries_set(c, b, &r, action);
	return page_end(c, 200);
}
