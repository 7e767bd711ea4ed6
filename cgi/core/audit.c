/* Case audits: the grade scale, the trail's hashes, working days. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "audit.h"

const char *const grade_names[GRADE__MAX] = {
	[GRADE_OUTSTANDING] = "outstanding",
	[GRADE_GOOD] = "good",
	[GRADE_RI] = "requires_improvement",
	[GRADE_INADEQUATE] = "inadequate",
	[GRADE_NA] = "not_applicable",
};

const char *const grade_labels[GRADE__MAX] = {
	[GRADE_OUTSTANDING] = "Outstanding",
	[GRADE_GOOD] = "Good",
	[GRADE_RI] = "Requires improvement",
	[GRADE_INADEQUATE] = "Inadequate",
	[GRADE_NA] = "Not applicable",
};

const char audit_genesis[AUDIT_HEX + 1] =
    "0000000000000000000000000000000000000000000000000000000000000000";

int
grade_parse(const char *s)
{
	int	g;

	for (g = 0; s != NULL && g < GRADE__MAX; g++)
		if (strcmp(s, grade_names[g]) == 0)
			return g;
	return -1;
}

const char *
grade_label(const char *name)
{
	int	g = grade_parse(name);

	return g < 0 ? "" : grade_labels[g];
}

/* Canonical text, fed straight into the hash: "|" LEN ":" BYTES per field. */
static void
put_str(crypto_hash_sha256_state *st, const char *s)
{
	char	len[24];
	size_t	n = s == NULL ? 0 : strlen(s);

	snprintf(len, sizeof(len), "|%zu:", n);
	crypto_hash_sha256_update(st, (const unsigned char *)len, strlen(len));
	if (n > 0)
		crypto_hash_sha256_update(st, (const unsigned char *)s, n);
}

static void
put_int(crypto_hash_sha256_state *st, long long v)
{
	char	num[24];

	snprintf(num, sizeof(num), "%lld", v);
	put_str(st, num);
}

static void
hash_begin(crypto_hash_sha256_state *st, const char *tag, const char *prev)
{
	crypto_hash_sha256_init(st);
	crypto_hash_sha256_update(st, (const unsigned char *)tag, strlen(tag));
	put_str(st, prev);
}

static void
hash_end(crypto_hash_sha256_state *st, char out[AUDIT_HEX + 1])
{
	unsigned char	h[crypto_hash_sha256_BYTES];

	crypto_hash_sha256_final(st, h);
	sodium_bin2hex(out, AUDIT_HEX + 1, h, sizeof(h));
}

static void
put_step(crypto_hash_sha256_state *st, const struct audit_step *s)
{
	put_str(st, s->kind);
	put_int(st, s->actor);
	put_str(st, s->at);
	put_int(st, s->corrects);
	put_int(st, s->safety ? 1 : 0);
	put_str(st, s->note);
}

static int
mark_cmp(const void *a, const void *b)
{
	return strcmp(((const struct audit_mark *)a)->item,
	    ((const struct audit_mark *)b)->item);
}

void
audit_marks_sort(struct audit_mark *m, size_t n)
{
	if (n > 1)
		qsort(m, n, sizeof(*m), mark_cmp);
}

void
audit_entry_hash(const char *prev_hex, const struct audit_head *h,
    const struct audit_step *s, const struct audit_mark *m, size_t n,
    char out[AUDIT_HEX + 1])
{
	crypto_hash_sha256_state	st;
	size_t				i;

	hash_begin(&st, "chorus-audit-v1", prev_hex);
	put_int(&st, h->id);
	put_str(&st, h->case_ref);
	put_int(&st, h->team);
	put_int(&st, h->worker);
	put_int(&st, h->auditor);
	put_int(&st, h->version);
	put_step(&st, s);
	for (i = 0; i < n; i++) {
		put_str(&st, m[i].item);
		put_str(&st, m[i].grade);
		put_str(&st, m[i].agreed < 0 ? "-" : m[i].agreed ? "1" : "0");
		put_str(&st, m[i].evidence);
		put_str(&st, m[i].comments);
	}
	hash_end(&st, out);
}

void
esc_event_hash(const char *prev_hex, const struct esc_head *e,
    const struct audit_step *s, char out[AUDIT_HEX + 1])
{
	crypto_hash_sha256_state	st;

	hash_begin(&st, "chorus-escalation-v1", prev_hex);
	put_int(&st, e->id);
	put_int(&st, e->audit);
	put_str(&st, e->reason);
	put_int(&st, e->owner);
	put_str(&st, e->opened);
	put_str(&st, e->due);
	put_step(&st, s);
	hash_end(&st, out);
}

#define HOLIDAY_SEP	" ,\t"

int
audit_holidays_ok(const char *list)
{
	struct tm	tm;
	const char	*p = list, *end;
	size_t		n;

	while (p != NULL && *(p += strspn(p, HOLIDAY_SEP)) != '\0') {
		n = strcspn(p, HOLIDAY_SEP);
		memset(&tm, 0, sizeof(tm));
		if (n != 10 || (end = strptime(p, "%Y-%m-%d", &tm)) != p + 10)
			return -1;
		p += n;
	}
	return 0;
}

/* Saturday, Sunday, or one of the holidays (list already checked). */
static int
day_off(time_t t, const char *holidays)
{
	struct tm	tm;
	char		day[11];
	const char	*p = holidays;

	gmtime_r(&t, &tm);
	if (tm.tm_wday == 0 || tm.tm_wday == 6)
		return 1;
	strftime(day, sizeof(day), "%Y-%m-%d", &tm);
	while (p != NULL && *(p += strspn(p, HOLIDAY_SEP)) != '\0') {
		if (strncmp(p, day, 10) == 0 && strcspn(p, HOLIDAY_SEP) == 10)
			return 1;
		p += strcspn(p, HOLIDAY_SEP);
	}
	return 0;
}

time_t
audit_due(time_t from, unsigned days, const char *holidays)
{
	time_t	t = from;

	while (days-- > 0)
		do
			t += 24 * 60 * 60;
		while (day_off(t, holidays));
	return t;
}

int
audit_case_ref_ok(const char *s)
{
	size_t	i, n = s == NULL ? 0 : strlen(s);

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '/'))
			return 0;
	return n > 0 && n <= 32;
}

/* s without leading and trailing spaces, tabs and CRs (in place). */
static char *
trim(char *s)
{
	char	*e;

	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

enum case_line
audit_case_line(char *line, char **ref, char **who)
{
	char	*sep;

	*ref = trim(line);
	*who = NULL;
	if (**ref == '\0')
		return CASE_LINE_BLANK;
	if ((sep = strpbrk(*ref, ",\t")) == NULL)
		return CASE_LINE_NOSEP;
	*sep = '\0';
	*ref = trim(*ref);
	*who = trim(sep + 1);
	if (!audit_case_ref_ok(*ref))
		return CASE_LINE_BADREF;
	return **who == '\0' ? CASE_LINE_NOWHO : CASE_LINE_OK;
}

void
audit_time_utc(time_t t, char out[20])
{
	struct tm	tm;

	gmtime_r(&t, &tm);
	strftime(out, 20, "%Y-%m-%d %H:%M:%S", &tm);
}

int
audit_time_local(const char *utc, char *out, size_t outlen)
{
	struct tm	tm;
	const char	*end;
	time_t		t;

	memset(&tm, 0, sizeof(tm));
	if (outlen > 0)
		out[0] = '\0';
	if (utc == NULL || (end = strptime(utc, "%Y-%m-%d %H:%M:%S", &tm)) == NULL ||
	    *end != '\0' || (t = timegm(&tm)) == (time_t)-1)
		return -1;
	localtime_r(&t, &tm);
	if (strftime(out, outlen, "%e %B %Y at %H:%M", &tm) == 0) {
		if (outlen > 0)
			out[0] = '\0';
		return -1;
	}
	if (out[0] == ' ')
		memmove(out, out + 1, strlen(out));
	return 0;
}
