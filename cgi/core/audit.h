#ifndef CHORUS_AUDIT_H
#define CHORUS_AUDIT_H
/*
 * Case audits, the pure part: the grade scale, the canonical form and hash
 * of the trail's entries (sql/migrations/0010_audit.sql, docs/audit-trail.md),
 * escalation due times in working days, and UTC times shown in local time.
 * Nothing here touches the database.
 */
#include <stddef.h>
#include <time.h>

#include <sodium.h>

/* The Ofsted scale, best first, then "not applicable" (standards only). */
enum grade {
	GRADE_OUTSTANDING = 0, GRADE_GOOD, GRADE_RI, GRADE_INADEQUATE, GRADE_NA,
	GRADE__MAX
};

extern const char *const grade_names[GRADE__MAX];	/* "outstanding", as stored */
extern const char *const grade_labels[GRADE__MAX];	/* "Outstanding", for people */

/* The grade a stored or posted name means, or -1. */
int		 grade_parse(const char *);
/* Label for a stored name; "" for NULL or unknown. */
const char	*grade_label(const char *name);

#define AUDIT_OVERALL	"OVERALL"	/* the item of the overall grade */
#define AUDIT_HEX	64

extern const char audit_genesis[AUDIT_HEX + 1];	/* 64 zeros */

/* What every entry of one audit is hashed with: the audit row itself. */
struct audit_head {
	long long	 id;
	const char	*case_ref;
	long long	 team, worker, auditor, version;	/* worker 0: none */
};

/* One entry of the trail (kind: submitted, moderated, response, read, closed). */
struct audit_step {
	const char	*kind;
	long long	 actor;
	const char	*at;		/* "YYYY-MM-DD HH:MM:SS" UTC */
	long long	 corrects;	/* 0: none */
	int		 safety;
	const char	*note;
};

/* One grade of an entry; agreed -1 when not a moderation. */
struct audit_mark {
	const char	*item;
	const char	*grade;
	int		 agreed;
	const char	*evidence;
	const char	*comments;
};

/* Sort marks into the order they are hashed in (item, byte order). */
void	audit_marks_sort(struct audit_mark *, size_t n);
/* out = lower-case hex hash of an audit entry after prev (marks sorted). */
void	audit_entry_hash(const char *prev_hex, const struct audit_head *,
	    const struct audit_step *, const struct audit_mark *, size_t n,
	    char out[AUDIT_HEX + 1]);

/* The escalation row every event of it is hashed with. */
struct esc_head {
	long long	 id, audit;
	const char	*reason;	/* safety, inadequate */
	long long	 owner;
	const char	*opened, *due;	/* UTC */
};
/* out = lower-case hex hash of an escalation event after prev. */
void	esc_event_hash(const char *prev_hex, const struct esc_head *,
	    const struct audit_step *, char out[AUDIT_HEX + 1]);

/*
 * from plus days working days, same time of day: Monday to Friday (UTC),
 * skipping the dates in holidays ("YYYY-MM-DD" separated by spaces or
 * commas; NULL or "" for none).
 */
time_t	audit_due(time_t from, unsigned days, const char *holidays);
/* Is holidays such a list of real dates? 0, or -1. */
int	audit_holidays_ok(const char *holidays);
/* "YYYY-MM-DD HH:MM:SS" UTC to "3 December 2026 at 14:05" local time, into
 * out. 0, or -1 (and out "") when utc is not such a time. */
int	audit_time_local(const char *utc, char *out, size_t outlen);
/* A case reference as the case management system writes it: 1 to 32
 * letters, digits, '-' and '/'. 1 if s is one, else 0. */
int	audit_case_ref_ok(const char *s);

/* One line of a pasted case list, "REF, WORKER" (comma or tab between),
 * split in place: *ref and *who point into line, trimmed. */
enum case_line { CASE_LINE_OK = 0, CASE_LINE_BLANK, CASE_LINE_NOSEP, CASE_LINE_BADREF,
	CASE_LINE_NOWHO };
enum case_line	audit_case_line(char *line, char **ref, char **who);

/* t as "YYYY-MM-DD HH:MM:SS" UTC. */
void	audit_time_utc(time_t t, char out[20]);

#endif
