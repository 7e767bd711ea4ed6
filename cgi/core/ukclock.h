#ifndef CHORUS_UKCLOCK_H
#define CHORUS_UKCLOCK_H
/*
 * UK civil time (Europe/London) for forms and pages; the database holds
 * UTC. British Summer Time runs from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October (the rule since 1996).
 * Pure functions: no TZ environment, no locale.
 */
#include <time.h>

struct arena;

/* A local date and time, as typed into a GOV.UK date input and a time. */
struct ukdate {
	int	year, month, day, hour, minute;
};

/* Is this a real calendar date and time (years 2000 to 2100)? */
int		 ukdate_valid(const struct ukdate *);
/* Local time to seconds since the epoch (UTC). -1 if not valid. */
time_t		 ukdate_to_utc(const struct ukdate *);
/* Seconds since the epoch to local time. */
void		 ukdate_from_utc(time_t, struct ukdate *);
/* "YYYY-MM-DD HH:MM:SS" (UTC, as the database writes it) to seconds, or -1. */
time_t		 utc_parse(const char *);
/* Seconds to "YYYY-MM-DD HH:MM:SS" UTC (arena), or NULL. */
char		*utc_format(struct arena *, time_t);
/* A UTC "YYYY-MM-DD HH:MM:SS" shown in UK time: "3 December 2026, 9:30am". */
const char	*uk_show(struct arena *, const char *utc);
/* A date "YYYY-MM-DD" as "3 December 2026"; "" if it is not one. */
const char	*uk_show_date(struct arena *, const char *date);

#endif
