/*
 * chorusctl rollup: bring the Insights rollup tables up to date with the
 * responses stored since the last run, in one transaction (db_rollup).
 * Run by a timer (deploy/systemd/chorus-rollup.timer), by the dev stack
 * every few seconds, and by the tests when they need figures now.
 */
#include <stdio.h>
#include <time.h>

#include "ctl.h"
#include "db.h"
#include "db_insights.h"

static double
seconds_since(const struct timespec *t0)
{
	struct timespec	t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (t1.tv_nsec - t0->tv_nsec) / 1e9;
}

int
cmd_rollup(struct ctl *ctl, int argc, char **argv)
{
	struct rollup_stats	st;
	struct timespec		t0;

	(void)argv;
	if (argc != 0)
		return 2;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (db_rollup(ctl->db, ctl->a, &st) == -1) {
		fprintf(stderr, "chorusctl: rollup: %s\n", db_error(ctl->db));
		return 1;
	}
	if (st.batch == 0)
		printf("rollup: nothing new (%.3f s)\n", seconds_since(&t0));
	else
		printf("rollup: batch %lld, %lld responses, %lld waves opened (%.3f s)\n",
		    st.batch, st.responses, st.waves, seconds_since(&t0));
	return 0;
}
