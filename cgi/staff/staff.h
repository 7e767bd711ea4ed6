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
/* Case audits (audit.c, audits.c) and their escalations (escalation.c). */
struct tdict;
int	audits_list(struct ctx *);
int	audits_agreement(struct ctx *);
int	audit_new_get(struct ctx *);
int	audit_new_post(struct ctx *);
int	audit_get(struct ctx *);
int	audit_post(struct ctx *);
int	audits_sample_get(struct ctx *);
int	audits_sample_post(struct ctx *);
int	escalation_get(struct ctx *);
int	escalation_post(struct ctx *);
int	escalations_list(struct ctx *);
int	escalations_fill(struct ctx *, struct tdict *, const char *block, long long owner);
/* Mail an escalation's owner once (claimed, given back if the send fails),
 * and retry those not yet mailed every few seconds. */
int	escalation_notify(struct ctx *, long long id);
void	escalation_mail_tick(struct ctx *);

#endif
