/*
 * chorusctl roster import FILE [--apply --by USERNAME] [--absent-left AREA]...
 *
 * Prints the same preview as the admin screen, as text: the bad rows with
 * their line numbers, then who will be added, changed, moved and marked
 * as left, the new teams and service areas, and who is not in the file.
 * Exits 1 with nothing applied if the file or any row is bad. With
 * --apply (and no bad rows) it applies exactly the plan it printed, in
 * one transaction, recorded in the admin log as the person named by --by.
 * People not in the file are only marked as left in the service areas
 * named with --absent-left, so an export for one area never touches
 * another. For a council's monthly cron job.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "ctl.h"
#include "db.h"
#include "db_admin.h"
#include "roster.h"

#define MAX_AREAS	64

struct ropts {
	const char	*file;
	const char	*by;
	int		 apply;
	const char	*areas[MAX_AREAS];
	size_t		 nareas;
};

static int
ropts_parse(int argc, char **argv, struct ropts *o)
{
	static const struct option longopts[] = {
		{ "apply", no_argument, NULL, 'a' },
		{ "by", required_argument, NULL, 'b' },
		{ "absent-left", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 },
	};
	int	ch;

	memset(o, 0, sizeof(*o));
	if (argc < 1)
		return -1;
	o->file = argv[0];
	optind = 1;	/* argv[0] is the file, options follow */
	while ((ch = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		if (ch == 'a')
			o->apply = 1;
		else if (ch == 'b')
			o->by = optarg;
		else if (ch == 'l' && o->nareas < MAX_AREAS)
			o->areas[o->nareas++] = optarg;
		else
			return -1;
	}
	return optind != argc || (o->apply && o->by == NULL) ? -1 : 0;
}

static void
print_bad(const struct roster *r)
{
	size_t	i;

	printf("bad rows: %zu\n", r->nbad);
	for (i = 0; i < r->nrows; i++)
		if (r->rows[i].error != NULL)
			printf("  line %u: %s%s%s\n", r->rows[i].line,
			    r->rows[i].v[RC_STAFF_NO][0] ? r->rows[i].v[RC_STAFF_NO] : "",
			    r->rows[i].v[RC_STAFF_NO][0] ? ": " : "", r->rows[i].error);
}

/* One kind of row, e.g. everyone to be added. */
static void
print_kind(const struct roster *r, enum rkind k, const char *title)
{
	const struct roster_row	*row;
	size_t			 i, n = 0;

	for (i = 0; i < r->nrows; i++)
		n += r->rows[i].error == NULL && r->rows[i].kind == k;
	printf("%s: %zu\n", title, n);
	for (i = 0; i < r->nrows; i++) {
		row = &r->rows[i];
		if (row->error != NULL || row->kind != k)
			continue;
		printf("  line %u: %s %s (%s), %s", row->line, row->v[RC_STAFF_NO],
		    row->v[RC_NAME], row->v[RC_USERNAME], row->team);
		if (k == RK_MOVE)
			printf(", from %s", *row->from_team ? row->from_team : "no team");
		if ((k == RK_CHANGE || k == RK_MOVE) && *row->changes)
			printf(", changed: %s", row->changes);
		if (k == RK_LEAVE)
			printf(", leaving %s", row->v[RC_LEAVE]);
		printf("\n");
	}
}

static void
print_plan(const struct roster *r, const struct roster_plan *p,
    const struct roster_world *w)
{
	const struct roster_person	*s;
	size_t				 i;

	print_kind(r, RK_ADD, "to add");
	print_kind(r, RK_CHANGE, "to change");
	print_kind(r, RK_MOVE, "to move to another team");
	print_kind(r, RK_LEAVE, "to mark as left");
	printf("unchanged: %zu\nalready left, not added: %zu\n", p->count[RK_SAME],
	    p->count[RK_SKIP]);
	printf("new service areas: %zu\n", p->nnew_areas);
	for (i = 0; i < p->nnew_areas; i++)
		printf("  %s\n", p->new_areas[i]);
	printf("new teams: %zu\n", p->nnew_teams);
	for (i = 0; i < p->nnew_teams; i++)
		printf("  %s (%s)\n", p->new_teams[i].name, p->new_teams[i].area);
	printf("not in this file: %zu\n", p->nabsent);
	for (i = 0; i < p->nabsent; i++) {
		s = &w->staff[p->absent[i]];
		printf("  %s %s (%s), %s, %s\n", s->v[RC_STAFF_NO], s->v[RC_NAME],
		    s->v[RC_USERNAME], s->v[RC_TEAM], s->v[RC_AREA]);
	}
}

/* --apply: the plan just printed, checked by its digest. */
static int
roster_apply(struct ctl *ctl, const struct ropts *o, const char *csv, size_t len,
    const struct roster_plan *p)
{
	struct roster_done	 done;
	struct user		 u;
	char			*pw;
	int			 n;

	if ((n = db_staff_by_username(ctl->db, ctl->a, o->by, &u, &pw)) != 1 ||
	    !(u.roles & (RBIT(ROLE_ADMIN) | RBIT(ROLE_HR)))) {
		fprintf(stderr, "chorusctl: --by %s: not an active admin or hr account\n",
		    o->by);
		return 1;
	}
	switch (db_roster_apply(ctl->db, ctl->a, u.id, csv, len, p->digest, o->areas,
	    o->nareas, NULL, &done)) {
	case ROSTER_APPLIED:
		printf("applied: %s\n", done.summary);
		return 0;
	case ROSTER_CHANGED:
		fprintf(stderr, "chorusctl: the roster changed while planning; "
		    "nothing applied, run it again\n");
		return 1;
	default:
		fprintf(stderr, "chorusctl: roster import failed; nothing applied\n");
		return 1;
	}
}

int
cmd_roster_import(struct ctl *ctl, int argc, char **argv)
{
	struct ropts		 o;
	struct roster		 r;
	struct roster_plan	 p;
	struct roster_world	 w;
	char			*csv;
	size_t			 len;

	if (ropts_parse(argc, argv, &o) == -1) {
		fprintf(stderr, "usage: chorusctl roster import FILE [--apply --by USERNAME] "
		    "[--absent-left AREA]...\n");
		return 2;
	}
	if ((csv = file_read(ctl->a, o.file, &len)) == NULL)
		return 1;
	if (roster_parse(ctl->a, csv, len, &r) == -1 || db_roster_world(ctl->db, ctl->a, &w) == -1 ||
	    (r.error == NULL && roster_plan(ctl->a, &r, &w, &p) == -1)) {
		fprintf(stderr, "chorusctl: roster import failed\n");
		return 1;
	}
	if (r.error != NULL) {
		fprintf(stderr, "chorusctl: %s: %s\n", o.file, r.error);
		return 1;
	}
	printf("roster %s: %zu rows\n", o.file, r.nrows);
	print_bad(&r);
	print_plan(&r, &p, &w);
	if (r.nbad > 0) {
		fprintf(stderr, "chorusctl: %zu bad rows; nothing applied\n", r.nbad);
		return 1;
	}
	if (!o.apply) {
		printf("preview only: run again with --apply --by USERNAME to apply\n");
		return 0;
	}
	return roster_apply(ctl, &o, csv, len, &p);
}
