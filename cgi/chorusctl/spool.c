/* chorusctl spool replay: store what was spooled while MariaDB was down. */
#include <stdio.h>

#include "config.h"
#include "ctl.h"
#include "db.h"
#include "spool.h"
#include "submit.h"
#include "voice.h"
#include "arena.h"

/* Replay one spool directory; prints what happened. 0 or -1. */
static int
replay_dir(struct ctl *ctl, const char *what, spool_apply apply, void *ctx)
{
	char	*dir = arena_printf(ctl->a, "%s/%s", ctl->cfg->spool, what);
	int	 n;

	if ((n = spool_replay(dir, ctl->a, apply, ctx)) == -1) {
		fprintf(stderr, "chorusctl: %s spool replay stopped: %s; the rest stays spooled\n",
		    what, db_error(ctl->db));
		return -1;
	}
	printf("spool replay: %s: %d files stored%s\n", what, n,
	    spool_empty(dir) ? "" : " (more remain, or another replay is running)");
	return 0;
}

int
cmd_spool_replay(struct ctl *ctl, int argc, char **argv)
{
	struct voice_replay	vr = { ctl->db, ctl->cfg->followup_hours };
	int			rc = 0;

	if (argc != 0)
		return 2;
	rc |= replay_dir(ctl, "survey", submission_apply, ctl->db);
	rc |= replay_dir(ctl, "voice", voice_apply, &vr);
	return rc == 0 ? 0 : 1;
}
