/*
 * chorus-insights: reports for HR, managers and the performance team. Its
 * database account reads rollups and aggregates, never raw answers.
 */
#include <stddef.h>

#include "app.h"
#include "db.h"
#include "db_insights.h"
#include "tmpl.h"
#include "i2.h"		/* voice, standards and board reports (helper B2) */
#include "ins.h"		/* staff survey reports (helper B1) */
#include "board_survey.h"	/* the pack's staff survey section */

/* The reports index, with the service's shape: areas, teams, headcount. */
static int
insights_index(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Insights", "insights/index.tpl"), *s;
	struct dbres	 r;
	size_t		 i;

	if (b == NULL)
		return 500;
	if (db_areas(c->db, c->a, &r) == -1)
		return 503;
	tdict_setint(b, "THRESHOLD", c->cfg->threshold);
	if (has_role(c, RBIT(ROLE_HR) | RBIT(ROLE_PERFORMANCE)))
		tdict_show(b, "COMMENTS_LINK");
	for (i = 0; i < r.nrows; i++) {
		s = tdict_section(b, "AREA");
		tdict_set(s, "NAME", dbres_str(&r, i, 1));
		tdict_set(s, "TEAMS", dbres_str(&r, i, 2));
		tdict_set(s, "STAFF", dbres_str(&r, i, 3));
	}
	return page_end(c, 200);
}

/*
 * Staff survey reports are kept by each worker (pcache.h) while the
 * session read's stamp is unchanged (ins_stamp_cols: the last rollup and
 * the catalog generation), and until the next wave opens or closes, the
 * one change the clock makes by itself (docs/insights.md).
 */
static long
insights_kept_for(struct ctx *c)
{
	long long	secs;

	switch (db_ins_next_change(c->db, c->a, &secs)) {
	case 0:
		return -1;	/* no wave will open or close */
	case 1:
		return secs > 0 ? (long)(secs < 86400 ? secs : 86400) : 0;
	default:
		return 0;
	}
}

#define KEPT	ROUTE_PCACHE

static const struct route routes[] = {
	{ "/insights/", INS_ROLES, 0, insights_index, NULL, "/insights/" },
	/* Staff survey reports (helper B1): HR and performance see everything,
	 * heads of service their area, managers their team and its area
	 * (sfilter_read narrows and refuses the rest). */
	{ "/insights/trends", INS_ROLES, KEPT, ins_trends, NULL, "/insights/" },
	{ "/insights/trends.csv", INS_ROLES, KEPT, ins_trends_csv, NULL, NULL },
	{ "/insights/trends.svg", INS_ROLES, KEPT, ins_trends_svg, NULL, NULL },
	{ "/insights/heatmap", INS_ROLES, KEPT, ins_heatmap, NULL, "/insights/" },
	{ "/insights/heatmap.csv", INS_ROLES, KEPT, ins_heatmap_csv, NULL, NULL },
	{ "/insights/rates", INS_ROLES, KEPT, ins_rates, NULL, "/insights/" },
	{ "/insights/rates.csv", INS_ROLES, KEPT, ins_rates_csv, NULL, NULL },
	{ "/insights/rates.svg", INS_ROLES, KEPT, ins_rates_svg, NULL, NULL },
	/* Comments are whole-wave only: HR and performance (403 for others). */
	{ "/insights/comments", RBIT(ROLE_HR) | RBIT(ROLE_PERFORMANCE), 0, ins_comments,
	    NULL, "/insights/" },
	{ "/insights/comments.csv", RBIT(ROLE_HR) | RBIT(ROLE_PERFORMANCE), 0,
	    ins_comments_csv, NULL, NULL },
	/* Voice, standards and audits, the Improvement Board pack (helper B2):
	 * HR and performance see everything, heads of service their area,
	 * managers their team (i2_filter narrows and refuses the rest). */
	{ "/insights/voice", I2_ROLES, 0, insights_voice, NULL, "/insights/" },
	{ "/insights/standards", I2_ROLES, 0, insights_standards, NULL, "/insights/" },
	{ "/insights/board", I2_ROLES, 0, insights_board, NULL, "/insights/" },
	{ "/insights/board/chart", I2_ROLES, 0, insights_board_chart, NULL, NULL },
	/* The pack's staff survey section: its trend chart, one per survey. */
	{ "/insights/board/survey.svg", I2_ROLES, 0, insights_board_survey_chart, NULL,
	    NULL },
};

static const struct app app = {
	"chorus-insights", PROG_INSIGHTS, routes,
	sizeof(routes) / sizeof(routes[0]), 1, "layout.tpl", "/", NULL, NULL,
	ins_stamp_cols, insights_kept_for,
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
