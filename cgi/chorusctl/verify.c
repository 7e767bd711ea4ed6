/*
 * chorusctl verify: walk every hash chain (acknowledgements, the case
 * audit trail with its grades, escalation events) and say whether any row
 * was changed, removed or reordered after it was written, naming the
 * first that does not follow. Also checks that each audit's status agrees
 * with its trail. Exit 0 when all is intact, 1 otherwise.
 */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "audit.h"
#include "ctl.h"
#include "db.h"
#include "db_audit.h"
#include "standards.h"

static int
fail(struct ctl *ctl, const char *what)
{
	fprintf(stderr, "chorusctl: verify: %s: %s\n", what, db_error(ctl->db));
	return -1;
}

/* 0 intact, 1 a bad row (reported), -1 error. */
static int
verify_acks(struct ctl *ctl)
{
	struct dbres	r;
	char		want[ACK_HEX + 1];
	const char	*prev = ack_genesis;
	size_t		i;

	if (db_ack_chain(ctl->db, ctl->a, &r) == -1)
		return fail(ctl, "acknowledgements");
	for (i = 0; i < r.nrows; i++) {
		ack_hash(prev, dbres_int(&r, i, 3), dbres_int(&r, i, 4),
		    dbres_str(&r, i, 5), want);
		if (strcmp(dbres_str(&r, i, 1), prev) != 0 ||
		    strcmp(dbres_str(&r, i, 2), want) != 0) {
			printf("verify: acknowledgement %s does not follow from the one "
			    "before it: the record was changed after it was written\n",
			    dbres_str(&r, i, 0));
			return 1;
		}
		prev = dbres_str(&r, i, 2);
	}
	printf("verify: %zu acknowledgements, hash chain intact\n", r.nrows);
	return 0;
}

/* The grades of entry (rows from *at on, sorted by entry), as marks. */
static size_t
entry_marks(struct ctl *ctl, const struct dbres *g, size_t *at, long long entry,
    struct audit_mark **out)
{
	size_t	start, n, k;

	while (*at < g->nrows && dbres_int(g, *at, 0) < entry)
		(*at)++;
	for (start = *at; *at < g->nrows && dbres_int(g, *at, 0) == entry; (*at)++)
		;
	n = *at - start;
	if ((*out = arena_alloc(ctl->a, sizeof(**out) * (n + 1))) == NULL)
		return 0;
	for (k = 0; k < n; k++)
		(*out)[k] = (struct audit_mark){ dbres_str(g, start + k, 1),
		    dbres_str(g, start + k, 2), (int)dbres_int(g, start + k, 3),
		    dbres_str(g, start + k, 4), dbres_str(g, start + k, 5) };
	return n;
}

static int
verify_audits(struct ctl *ctl)
{
	struct dbres		 r, g, bad;
	struct audit_mark	*m;
	char			 want[AUDIT_HEX + 1];
	const char		*prev = audit_genesis;
	size_t			 i, gi = 0, n;

	if (db_audit_chain(ctl->db, ctl->a, &r) == -1 ||
	    db_audit_chain_grades(ctl->db, ctl->a, &g) == -1 ||
	    db_audit_status_mismatch(ctl->db, ctl->a, &bad) == -1)
		return fail(ctl, "audit trail");
	for (i = 0; i < r.nrows; i++) {
		struct audit_head h = { dbres_int(&r, i, 3), dbres_str(&r, i, 4),
		    dbres_int(&r, i, 5), dbres_int(&r, i, 6), dbres_int(&r, i, 7),
		    dbres_int(&r, i, 8) };
		struct audit_step s = { dbres_str(&r, i, 9), dbres_int(&r, i, 10),
		    dbres_str(&r, i, 11), dbres_int(&r, i, 12), (int)dbres_int(&r, i, 13),
		    dbres_str(&r, i, 14) };

		n = entry_marks(ctl, &g, &gi, dbres_int(&r, i, 0), &m);
		audit_entry_hash(prev, &h, &s, m, n, want);
		if (strcmp(dbres_str(&r, i, 1), prev) != 0 || strcmp(dbres_str(&r, i, 2), want) != 0) {
			printf("verify: audit entry %s (audit %s) does not follow from the one "
			    "before it: the entry, its grades or its audit were changed after it "
			    "was written\n", dbres_str(&r, i, 0), dbres_str(&r, i, 3));
			return 1;
		}
		prev = dbres_str(&r, i, 2);
	}
	if (bad.nrows > 0) {
		printf("verify: audit %s says it is %s but its trail says %s\n",
		    dbres_str(&bad, 0, 0), dbres_str(&bad, 0, 1), dbres_str(&bad, 0, 2));
		return 1;
	}
	printf("verify: %zu audit entries, each follows from the one before it\n", r.nrows);
	return 0;
}

static int
verify_escalations(struct ctl *ctl)
{
	struct dbres	r;
	char		want[AUDIT_HEX + 1];
	const char	*prev = audit_genesis;
	size_t		i;

	if (db_escalation_chain(ctl->db, ctl->a, &r) == -1)
		return fail(ctl, "escalations");
	for (i = 0; i < r.nrows; i++) {
		struct esc_head e = { dbres_int(&r, i, 3), dbres_int(&r, i, 4),
		    dbres_str(&r, i, 5), dbres_int(&r, i, 6), dbres_str(&r, i, 7),
		    dbres_str(&r, i, 8) };
		struct audit_step s = { dbres_str(&r, i, 9), dbres_int(&r, i, 10),
		    dbres_str(&r, i, 11), dbres_int(&r, i, 12), 0, dbres_str(&r, i, 13) };

		esc_event_hash(prev, &e, &s, want);
		if (strcmp(dbres_str(&r, i, 1), prev) != 0 || strcmp(dbres_str(&r, i, 2), want) != 0) {
			printf("verify: escalation event %s (escalation %s) does not follow from "
			    "the one before it: the event or its escalation were changed after "
			    "it was written\n", dbres_str(&r, i, 0), dbres_str(&r, i, 3));
			return 1;
		}
		prev = dbres_str(&r, i, 2);
	}
	printf("verify: %zu escalation events, each follows from the one before it\n", r.nrows);
	return 0;
}

int
cmd_verify(struct ctl *ctl, int argc, char **argv)
{
	int	(*const check[])(struct ctl *) = { verify_acks, verify_audits, verify_escalations };
	size_t	i;
	int	rc = 0, n;

	(void)argv;
	if (argc != 0)
		return 2;
	for (i = 0; i < sizeof(check) / sizeof(check[0]); i++)
		if ((n = check[i](ctl)) != 0)
			rc = 1;
	return rc;
}
