/* UK civil time from and to UTC, by the BST rule; see ukclock.h. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "ukclock.h"

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

static int
days_in_month(int y, int m)
{
	static const int d[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : d[m - 1];
}

int
ukdate_valid(const struct ukdate *d)
{
	return d->year >= 2000 && d->year <= 2100 && d->month >= 1 &&
	    d->month <= 12 && d->day >= 1 && d->day <= days_in_month(d->year, d->month) &&
	    d->hour >= 0 && d->hour <= 23 && d->minute >= 0 && d->minute <= 59;
}

/* 01:00 UTC on the last Sunday of month m of year y. */
static time_t
last_sunday_0100(int y, int m)
{
	struct tm	tm;
	time_t		t;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = days_in_month(y, m);
	tm.tm_hour = 1;
	t = timegm(&tm);
	gmtime_r(&t, &tm);
	return t - (time_t)tm.tm_wday * 86400;
}

/* Is the instant t in British Summer Time? */
static int
is_bst(time_t t)
{
	struct tm	tm;

	gmtime_r(&t, &tm);
	return t >= last_sunday_0100(tm.tm_year + 1900, 3) &&
	    t < last_sunday_0100(tm.tm_year + 1900, 10);
}

time_t
ukdate_to_utc(const struct ukdate *d)
{
	struct tm	tm;
	time_t		t;

	if (!ukdate_valid(d))
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = d->year - 1900;
	tm.tm_mon = d->month - 1;
	tm.tm_mday = d->day;
	tm.tm_hour = d->hour;
	tm.tm_min = d->minute;
	t = timegm(&tm);
	return is_bst(t - 3600) ? t - 3600 : t;
}

void
ukdate_from_utc(time_t t, struct ukdate *d)
{
	struct tm	tm;

	if (is_bst(t))
		t += 3600;
	gmtime_r(&t, &tm);
	d->year = tm.tm_year + 1900;
	d->month = tm.tm_mon + 1;
	d->day = tm.tm_mday;
	d->hour = tm.tm_hour;
	d->minute = tm.tm_min;
}

time_t
utc_parse(const char *s)
{
	struct tm	tm;
	int		y, mo, d, h, mi, sec;
	char		end;

	if (s == NULL || sscanf(s, "%4d-%2d-%2d %2d:%2d:%2d%c", &y, &mo, &d, &h,
	    &mi, &sec, &end) != 6)
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	return timegm(&tm);
}

char *
utc_format(struct arena *a, time_t t)
{
	struct tm	tm;

	gmtime_r(&t, &tm);
	return arena_printf(a, "%04d-%02d-%02d %02d:%02d:%02d", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

const char *
uk_show(struct arena *a, const char *utc)
{
	struct ukdate	d;
	time_t		t;
	int		h12;

	if ((t = utc_parse(utc)) == -1)
		return "";
	ukdate_from_utc(t, &d);
	h12 = d.hour % 12 == 0 ? 12 : d.hour % 12;
	return arena_printf(a, "%d %s %d, %d:%02d%s", d.day, month_names[d.month - 1],
	    d.year, h12, d.minute, d.hour < 12 ? "am" : "pm");
}

const char *
uk_show_date(struct arena *a, const char *date)
{
	struct ukdate	d = { 0, 0, 0, 12, 0 };
	char		end;

	if (date == NULL || sscanf(date, "%4d-%2d-%2d%c", &d.year, &d.month, &d.day,
	    &end) != 3 || !ukdate_valid(&d))
		return "";
	return arena_printf(a, "%d %s %d", d.day, month_names[d.month - 1], d.year);
}
