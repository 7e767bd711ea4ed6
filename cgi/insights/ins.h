#ifndef CHORUS_INSIGHTS_INS_H
#define CHORUS_INSIGHTS_INS_H
/*
 * The staff survey reports (helper B1): trends, heatmap, response rates,
 * comments. What they share (survey_scope.c): the organisation as a tree
 * of cells for suppress.h (cell 0 the whole service, then the service
 * areas, then the teams, then "no team recorded"), who may see which
 * cells, and the survey filters (survey, waves, area, team) checked once.
 * Every figure is computed for the whole tree and suppressed there, then
 * only the cells in the person's view are shown: everyone's view of a
 * cell is the same, so no two views can be set against each other.
 */
#include <stddef.h>

#include "field.h"
#include "suppress.h"

struct ctx;
struct dbres;
struct tdict;

#define INS_ROLES	(RBIT(ROLE_HR) | RBIT(ROLE_PERFORMANCE) | RBIT(ROLE_HEAD) | \
			 RBIT(ROLE_MANAGER))

enum ocell_kind { OC_SERVICE, OC_AREA, OC_TEAM };

struct ocell {
	enum ocell_kind	 kind;
	long long	 id;		/* area or team id; 0 for the service, no team */
	const char	*name;
	long		 parent;	/* cell index, -1 for the service */
};

struct otree {
	struct ocell	*cell;
	size_t		 n;
	size_t		 nareas;	/* cells 1..nareas are areas */
	long		*team_at;	/* team id -> cell index (or -1) */
	long long	 max_team;
};

/* The tree from db_ins_org. 0, or 503/500. */
int	otree_load(struct ctx *, struct otree *);
/* The cell of a team id as the rollups give it (0: no team recorded);
 * -1 for a team the tree does not know. */
long	otree_team(const struct otree *, long long team);
/* The cell of an area id, or -1. */
long	otree_area(const struct otree *, long long area);
/* Fill sup[i].parent from the tree, n from counts[i]. */
void	otree_cells(const struct otree *, const long long *counts, struct sup_cell *sup);
/* The headcount at opening of a wave, per cell (each team added to its
 * area and the whole service) into out[t->n], zeroed first. 0, or 503. */
int	otree_headcount(struct ctx *, const struct otree *, long long wave,
	    long long *out);
/* A response rate: "42%", rounded half up, or "No headcount". Only for
 * a responses figure that suppress.h has shown. */
const char *ins_rate_text(struct ctx *, long long responses, long long headcount);

/* The survey filters, from the query string. */
enum sfield { SF_SURVEY, SF_WAVE, SF_FROM, SF_TO, SF_AREA, SF_TEAM, SF__MAX };

struct sfilter {
	struct fieldval	 fv[SF__MAX];
	int		 errors;	/* fields in error */
	long long	 survey, wave, from, to, area, team;
	long		 focus;		/* the most specific chosen cell */
	long		 view[3];	/* the cells shown side by side: service, area, team */
	size_t		 nview;
	const char	*survey_title;
	struct dbres	*waves;		/* db_ins_waves of the survey */
	size_t		 wlo, whi;	/* the chosen waves: rows [wlo, whi) */
	long		 wave_row;	/* one-wave reports: the row of wave */
};

/*
 * Read and check the filters against what the person may see: HR and the
 * performance team anything; heads of service their own service area
 * and its teams; managers their own team and its area. 0 ok (f filled); 0
 * with f->errors > 0 and each fv[].error set for a value that is not one
 * of the choices (the page shows them, status 422); 403 for an area or
 * team that is not theirs; 404 for no such survey or wave; 503.
 * one_wave: the report is about one wave (wave=, default the latest).
 */
int	sfilter_read(struct ctx *, const struct otree *, struct sfilter *, int one_wave);

/* The filter form, the error summary, and the scope's words, on page b.
 * form: SFORM_ONE_WAVE (a wave, not a range), SFORM_NO_ORG (no area or
 * team choice: a report of the whole wave). */
#define SFORM_ONE_WAVE	0x1
#define SFORM_NO_ORG	0x2
void	sfilter_form(struct ctx *, struct tdict *b, const struct otree *,
	    const struct sfilter *, const char *action, int form);

/* The query string that reproduces f (for chart and CSV links), arena. */
const char *sfilter_query(struct ctx *, const struct sfilter *, int one_wave);

/* The threshold of wave row i of f->waves. */
unsigned sfilter_threshold(const struct ctx *, const struct sfilter *, size_t row);

/* Handlers (survey_reports.c, survey_rates.c, survey_comments.c). */
int	ins_trends(struct ctx *);
int	ins_trends_csv(struct ctx *);
int	ins_trends_svg(struct ctx *);
int	ins_heatmap(struct ctx *);
int	ins_heatmap_csv(struct ctx *);
int	ins_rates(struct ctx *);
int	ins_rates_csv(struct ctx *);
int	ins_rates_svg(struct ctx *);
int	ins_comments(struct ctx *);
int	ins_comments_csv(struct ctx *);

#endif
