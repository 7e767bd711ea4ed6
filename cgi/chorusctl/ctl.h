#ifndef CHORUS_CTL_H
#define CHORUS_CTL_H
/* chorusctl: each command gets its arguments after the command words. */
struct arena;
struct config;
struct db;

struct ctl {
	struct config	*cfg;
	struct db	*db;
	struct arena	*a;
};

int	cmd_migrate(struct ctl *, int, char **);
int	cmd_grants(struct ctl *, int, char **);
int	cmd_demo(struct ctl *, int, char **);
int	cmd_user_add(struct ctl *, int, char **);
int	cmd_user_passwd(struct ctl *, int, char **);
int	cmd_user_roles(struct ctl *, int, char **);
int	cmd_purge(struct ctl *, int, char **);
int	cmd_survey_import(struct ctl *, int, char **);
/* survey builder: export a version as a definition file */
int	cmd_survey_export(struct ctl *, int, char **);
int	cmd_spool_replay(struct ctl *, int, char **);
int	cmd_user_session(struct ctl *, int, char **);
int	cmd_verify(struct ctl *, int, char **);
int	cmd_team_duty(struct ctl *, int, char **);
/* Administration: the roster import (roster.c). */
int	cmd_roster_import(struct ctl *, int, char **);
/* Insights: the incremental rollup (rollup.c). */
int	cmd_rollup(struct ctl *, int, char **);

/*
 * Import one survey definition file (survey.c). 0 stored, 1 that version
 * already exists (an error unless existing_ok), -1 failed; reported.
 */
int	survey_file_import(struct ctl *, const char *path, int existing_ok);

/* Read a whole file into the arena (NUL-terminated). NULL on error. */
char	*file_read(struct arena *, const char *path, size_t *len);

#endif
