/*
 * chorusctl: the operator's command line. Migrations, database accounts,
 * demo data, people, purges. Commands are a table; each returns the exit
 * status (0 ok, 1 failed, 2 usage).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "arena.h"
#include "buf.h"
#include "config.h"
#include "ctl.h"
#include "db.h"
#include "gen.h"
#include "log.h"

/*
 * After the database was changed by hand (the mariadb client): what the
 * programs keep is asked for again at once instead of within seconds.
 */
static int
cmd_refresh(struct ctl *ctl, int argc, char **argv)
{
	uint64_t	g;

	if (argc != 0)
		return 2;
	if (gen_read(&g) == -1) {
		fprintf(stderr, "chorusctl: refresh: no [chorus] generation file to move\n");
		return 1;
	}
	gen_bump();
	return 0;
}

static const struct {
	const char	*word1, *word2;
	int		(*fn)(struct ctl *, int, char **);
	const char	*usage;
} cmds[] = {
	{ "migrate", NULL, cmd_migrate, "migrate" },
	{ "grants", NULL, cmd_grants, "grants" },
	{ "demo", NULL, cmd_demo, "demo" },
	{ "user", "add", cmd_user_add,
	  "user add USERNAME --name NAME --team TEAM [--roles R,R] [--staff-no N]" },
	{ "user", "passwd", cmd_user_passwd, "user passwd USERNAME" },
	{ "user", "roles", cmd_user_roles, "user roles USERNAME ROLE[,ROLE...]" },
	{ "purge", NULL, cmd_purge, "purge" },
	{ "verify", NULL, cmd_verify, "verify   (check the sign-off hash chain)" },
	{ "team", "duty", cmd_team_duty, "team duty NAME   (feedback about no team goes to it)" },
	/* Administration: the roster import. */
	{ "roster", "import", cmd_roster_import,
	  "roster import FILE [--apply --by USERNAME] [--absent-left AREA]..." },
	{ "survey", "import", cmd_survey_import, "survey import FILE" },
	/* survey builder */
	{ "survey", "export", cmd_survey_export, "survey export SLUG [VERSION]   (a definition file on stdout)" },
	{ "spool", "replay", cmd_spool_replay, "spool replay" },
	/* Insights: count new survey responses into the rollup tables. */
	{ "rollup", NULL, cmd_rollup, "rollup   (bring the Insights rollups up to date)" },
	{ "user", "session", cmd_user_session, "user session USERNAME   (prints cookie value and CSRF token)" },
	{ "refresh", NULL, cmd_refresh, "refresh   (after a change made with the mariadb client)" },
};

static int
usage(void)
{
	size_t	i;

	fprintf(stderr, "usage: chorusctl --config FILE COMMAND\ncommands:\n");
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		fprintf(stderr, "  %s\n", cmds[i].usage);
	return 2;
}

/* Run the command named by argv; returns its exit status. */
static int
run(struct ctl *ctl, int argc, char **argv)
{
	size_t	i;

	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		if (strcmp(argv[0], cmds[i].word1) != 0)
			continue;
		if (cmds[i].word2 == NULL)
			return cmds[i].fn(ctl, argc - 1, argv + 1);
		if (argc > 1 && strcmp(argv[1], cmds[i].word2) == 0)
			return cmds[i].fn(ctl, argc - 2, argv + 2);
	}
	return usage();
}

int
main(int argc, char **argv)
{
	struct config	cfg;
	struct buf	err;
	struct ctl	ctl;
	int		rc;

	log_init("chorusctl");
	if (argc < 4 || strcmp(argv[1], "--config") != 0)
		return usage();
	buf_init(&err, 1024);
	if (config_load(&cfg, argv[2], &err) == -1) {
		fprintf(stderr, "chorusctl: config: %s\n", err.p);
		return 1;
	}
	if (sodium_init() < 0)
		return 1;
	/* What chorusctl writes must move the programs' generation too. */
	if (cfg.generation[0] != '\0' && gen_open(cfg.generation) == -1)
		fprintf(stderr, "chorusctl: warning: cannot open [chorus] generation %s: "
		    "reports may show the old figures for a few seconds\n", cfg.generation);
	ctl.cfg = &cfg;
	ctl.db = db_new(&cfg, PROG_CTL);
	ctl.a = arena_new(64 * 1024);
	if (ctl.db == NULL || ctl.a == NULL)
		return 1;
	rc = run(&ctl, argc - 3, argv + 3);
	db_free(ctl.db);
	arena_free(ctl.a);
	config_free(&cfg);
	buf_free(&err);
	return rc;
}
