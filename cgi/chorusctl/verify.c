/*
 * chorusctl verify: walk the acknowledgement hash chain and say whether any
 * row was changed, removed or reordered after it was written.
 */
#include <stdio.h>
#include <string.h>

#include "ctl.h"
#include "db.h"
#include "standards.h"

int
cmd_verify(struct ctl *ctl, int argc, char **argv)
{
	struct dbres	r;
	char		want[ACK_HEX + 1];
	const char	*prev = ack_genesis;
	size_t		i;

	if (argc != 0)
		return 2;
	if (db_ack_chain(ctl->db, ctl->a, &r) == -1) {
		fprintf(stderr, "chorusctl: verify: %s\n", db_error(ctl->db));
		return 1;
	}
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
