#ifndef CHORUS_INSIGHTS_BOARD_SURVEY_H
#define CHORUS_INSIGHTS_BOARD_SURVEY_H
/*
 * The staff survey section of the Improvement Board pack (board_survey.c):
 * for each survey with a wave closed by the end of the pack's month, the
 * latest such wave's percent favourable and eNPS beside the wave before,
 * with the change, the response rate against the headcount at opening,
 * and a trend chart of the last waves. The figures are the staff survey
 * reports' own (survey_data.h, suppressed over the whole organisation),
 * for the cells the person sees on /insights/trends.
 */
struct ctx;
struct tdict;

/*
 * Fill section sec of the pack for month ym ("YYYY-MM"); next is
 * "YYYY-MM-01" of the month after. 0, or an HTTP status.
 */
int	board_survey(struct ctx *, struct tdict *sec, const char *ym, const char *next);

/* /insights/board/survey.svg?month=YYYY-MM&survey=N[&area=|&team=]:
 * the section's trend chart for one survey. */
int	insights_board_survey_chart(struct ctx *);

#endif
