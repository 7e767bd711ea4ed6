#ifndef CHORUS_DB_INSIGHTS2_H
#define CHORUS_DB_INSIGHTS2_H
/*
 * SQL for the Insights reports on child and family voice, Practice
 * Standards sign-off, case audits and the Improvement Board pack
 * (db_insights2.c). Every function fills res (arena) and returns the row
 * count, or -1.
 *
 * Queries always cover the whole service, team by team, for the months
 * from (inclusive) to (exclusive), both 'YYYY-MM-01': the report decides
 * suppression over the whole tree of areas and teams and only then picks
 * the rows a filter asks for, so no two filters can be subtracted to
 * reveal a hidden group. Rows keyed by team carry: team id (0: no team
 * given), team name, area id (0: none), area name, then the figures.
 *
 * The insights account reads feedback and follow-up steps only through
 * column grants that leave out contact details and free text.
 */
#include <stddef.h>

struct arena;
struct db;
struct dbres;

/* Months [from, to): 'YYYY-MM-01' each. */
struct i2period {
	const char	*from;
	const char	*to;
};

/* Columns of every row keyed by team. */
enum i2teamcol { I2C_TEAM = 0, I2C_TEAM_NAME, I2C_AREA, I2C_AREA_NAME, I2C__KEY };

/*
 * Picture-face satisfaction by month and team: month (YYYY-MM), key
 * columns, responses (feedback sent), answers of 4 or 5 (happy, very
 * happy), face answers.
 */
int	db_i2_sat_team(struct db *, struct arena *, const struct i2period *, struct dbres *);
/* The same by month and form: month, form id, slug, responses, happy, answers. */
int	db_i2_sat_form(struct db *, struct arena *, const struct i2period *, struct dbres *);

/* Care Promise items by month and team: month, qkey, key columns,
 * answered (yes, no or not sure), yes. */
int	db_i2_promise(struct db *, struct arena *, const struct i2period *, struct dbres *);
/* Care Promise items with their English words: qkey, text. */
int	db_i2_promise_items(struct db *, struct arena *, struct dbres *);

/*
 * Follow-ups opened in the period, by team: key columns, opened, closed
 * since, still open and past due now.
 */
int	db_i2_followups(struct db *, struct arena *, const struct i2period *, struct dbres *);
/*
 * Of those, the ones acted on: team id, minutes from opening to the first
 * assignment, action or close, ordered by team then minutes (medians).
 */
int	db_i2_first_action(struct db *, struct arena *, const struct i2period *, struct dbres *);

/* The Practice Standards version in force: id, version, effective date. */
int	db_i2_standards_current(struct db *, struct arena *, struct dbres *);
/* Per open team: key columns, active staff, of whom acknowledged the
 * version in force. Empty when no version is in force. */
int	db_i2_acks(struct db *, struct arena *, struct dbres *);

/*
 * Case audits. An audit's grades are those of its latest submission or
 * moderation (a correction or moderation is a newer entry), dated by it.
 * Overall grade by month and team: month, key columns, grade, audits.
 */
int	db_i2_grades(struct db *, struct arena *, const struct i2period *, struct dbres *);
/* Moderations in the period by team: key columns, moderated audits,
 * items graded, items agreed. */
int	db_i2_moderation(struct db *, struct arena *, const struct i2period *, struct dbres *);
/* Escalations opened in the period by team: key columns, opened, still
 * open, open and past due. */
int	db_i2_escalations(struct db *, struct arena *, const struct i2period *, struct dbres *);

/* Filters: open areas (id, name); open teams (id, name, area id). */
int	db_i2_areas(struct db *, struct arena *, struct dbres *);
int	db_i2_teams(struct db *, struct arena *, struct dbres *);
/* A team's service area: area id, team name; 0 rows if no such team. */
int	db_i2_team_area(struct db *, struct arena *, long long team, struct dbres *);

#endif
