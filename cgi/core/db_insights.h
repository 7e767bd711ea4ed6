#ifndef CHORUS_DB_INSIGHTS_H
#define CHORUS_DB_INSIGHTS_H
/*
 * SQL for Insights (db_insights.c): the incremental rollup that chorusctl
 * runs as the ctl account, and the report reads that chorus-insights runs
 * as its own account, which may read only the roll_* tables, the survey
 * definitions and the organisation. Every report read is one indexed
 * lookup on a rollup table; teams are folded into the team they merged
 * into (COALESCE(merged_into_id, id)) as they are read, by the SQL or, for
 * db_ins_score_rows, by the reader (db_ins_team_fold). Text cells, as
 * db.h says.
 */
#include <stddef.h>

struct arena;
struct db;
struct dbres;

/* ---- the rollup (chorusctl rollup, ctl account) ----------------------- */
struct rollup_stats {
	long long	 batch;		/* 0: nothing new, nothing committed */
	long long	 responses;	/* responses counted in this batch */
	long long	 waves;		/* waves whose headcount was snapshotted */
};

/*
 * One rollup batch in one transaction: snapshot the headcount of waves
 * that have opened since the last run, claim every response not yet
 * counted by stamping it with a new batch number, add their answers,
 * scores, response counts and comments into the roll_* tables. When there
 * is nothing to do nothing is committed. Runs one at a time: a named lock
 * (GET_LOCK) makes a second run wait, up to a minute, for the first.
 * 0 (st filled) or -1 (rolled back, or still busy after a minute).
 */
int	db_rollup(struct db *, struct arena *, struct rollup_stats *st);

/* ---- report reads (chorus-insights) ----------------------------------- */
/* Surveys that have an opened wave: id, title. */
int	db_ins_surveys(struct db *, struct arena *, struct dbres *);
/* The opened waves of a survey, oldest first: id, title, opens (ISO date),
 * closes (ISO date), threshold, open now (1/0), survey title, and the
 * last rollup batch that changed the wave's figures (0 before any). */
int	db_ins_waves(struct db *, struct arena *, long long survey, struct dbres *);
/* One opened wave: id, title, opens, closes, threshold, open now, survey id,
 * survey title. 1, 0 none, -1. */
int	db_ins_wave(struct db *, struct arena *, long long wave, struct dbres *);
/*
 * The report questions of a survey as its newest version with an opened
 * wave words them, in order: qkey, kind, text, section position, section
 * title. Only kinds with a score (agree5, scale10, yesno) when scored is 1;
 * only text questions when scored is 0.
 */
int	db_ins_questions(struct db *, struct arena *, long long survey, int scored,
	    struct dbres *);
/* Service areas and the teams that can carry figures (merged teams are
 * folded into their survivor): team id, team name, area id, area name,
 * ordered by area then team name. */
int	db_ins_org(struct db *, struct arena *, struct dbres *);
/*
 * Scores of a survey's waves from..to (wave ids; 0: no bound) as stored,
 * one row per wave, question id and team as
 * recorded (0: none), read straight off roll_score's primary key with no
 * grouping: wave id, question id, team id, answered, favourable, total,
 * promoters, detractors. The reader folds questions by key
 * (db_ins_question_ids) and merged teams (db_ins_team_fold) itself.
 */
int	db_ins_score_rows(struct db *, struct arena *, long long survey, long long from,
	    long long to, struct dbres *);
/* Every scored question of every version of a survey, by id: question id,
 * qkey. */
int	db_ins_question_ids(struct db *, struct arena *, long long survey, struct dbres *);
/* Every team and the team its figures report under, by id: id,
 * COALESCE(merged_into_id, id). */
int	db_ins_team_fold(struct db *, struct arena *, struct dbres *);
/* Responses per wave and team for the same waves: wave id, team, responses. */
int	db_ins_responses(struct db *, struct arena *, long long survey, long long from,
	    long long to, struct dbres *);
/* Headcount at opening per team for one wave: team, headcount. */
int	db_ins_headcount(struct db *, struct arena *, long long wave, struct dbres *);
/* The answer counts of one question in one wave per team: team, value,
 * answers. */
int	db_ins_answers(struct db *, struct arena *, long long wave, const char *qkey,
	    struct dbres *);
/* Comments per text question of a wave: question key, count. */
int	db_ins_comment_counts(struct db *, struct arena *, long long wave, struct dbres *);
/* The comments on one question of a wave in their stored random order:
 * comment. */
int	db_ins_comments(struct db *, struct arena *, long long wave, const char *qkey,
	    struct dbres *);
/* When the rollup last counted anything: ISO date and time, or none. */
int	db_ins_last_rollup(struct db *, struct arena *, struct dbres *);
/* The session read's extra columns for kept reports (struct app). */
extern const char ins_stamp_cols[];
/* Seconds until a wave next opens or closes: 1, 0 if none will, or -1. */
int	db_ins_next_change(struct db *, struct arena *, long long *secs);

#endif
