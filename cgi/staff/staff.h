#ifndef CHORUS_STAFF_H
#define CHORUS_STAFF_H
/* Handlers of chorus-staff. */
struct ctx;

int	signin_get(struct ctx *);
int	signin_post(struct ctx *);
int	signout_post(struct ctx *);
int	home_get(struct ctx *);
int	healthz_get(struct ctx *);
int	survey_get(struct ctx *);
int	survey_post(struct ctx *);
void	survey_spool_tick(struct ctx *);
#define FOLLOWUP_ALL	0LL	/* every team's follow-ups */
#define FOLLOWUP_NONE	(-1LL)	/* nobody's */
long long followup_scope(const struct ctx *);
int	followup_list(struct ctx *);
int	followup_get(struct ctx *);
int	followup_post(struct ctx *);
void	followup_mail_tick(struct ctx *);
int	standards_get(struct ctx *);
int	standards_post(struct ctx *);
int	standards_team(struct ctx *);

#endif
