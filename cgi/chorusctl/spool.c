/* chorusctl spool replay: store what was spooled while MariaDB was down. */
#include <stdio.h>

#include "config.h"
#include "ctl.h"
#include "db.h"
#include "spool.h"
#include "submit.h"

int
cmd_spool_replay(struct ctl *ctl, int argc, char **argv)
{
	int	n;

	if (argc != 0)
		return 2;
	if ((n = spool_replay(ctl->cfg->spool, ctl->a, submission_apply, ctl->db)) == -1) {
		fprintf(stderr, "chorusctl: spool replay stopped: %s; the rest stays spooled\n",
		    db_error(ctl->db));
		return 1;
	}
	printf("spool replay: %d files stored%s\n", n,
	    spool_empty(ctl->cfg->spool) ? "" : " (more remain, or another replay is running)");
	return 0;
}
