#ifndef CHORUS_SUBMIT_H
#define CHORUS_SUBMIT_H
/*
 * A staff survey submission on its way to the database: what the page
 * sends, how it is signed so it can be trusted while MariaDB is down, and
 * how it is spooled and replayed. The spool keeps participation and
 * response in separate files that share nothing.
 */
#include <stddef.h>
#include <time.h>

struct arena;
struct db;

struct submission {
	long long	 wave;
	long long	 staff;
	long long	 team;		/* 0: none */
	const char	*role;		/* "practitioner", "manager" or "other" */
	unsigned char	 rid[16];	/* the response's random id */
	const char	*answers;	/* form-encoded qkey=value pairs */
	const char	*token;		/* the check page's one-time token */
	unsigned char	 token_hash[32];	/* its hash, as spooled and stored */
};

/*
 * A ticket names who may submit to which wave, until when, bound to the
 * session cookie and to the check page's one-time token (s->token):
 * "wave.staff.team.role.expires.mac" where mac is HMAC-SHA-512-256
 * under the server's secret.
 */
char	*ticket_make(struct arena *, const unsigned char key[32],
	    const struct submission *, const char *session_token, time_t expires);
/* s->token set by the caller; 0 and s's wave/staff/team/role filled, or -1
 * (forged, expired, another session or another token). */
int	 ticket_check(struct arena *, const unsigned char key[32], const char *ticket,
	    const char *session_token, time_t now, struct submission *s);

/* Spool both halves. 0 spooled, 1 this person already spooled one, -1 error. */
int	 submission_spool(struct arena *, const char *dir, const struct submission *);

/* Has this person's participation been spooled and not yet replayed? */
int	 submission_spooled(struct arena *, const char *dir, long long wave,
	    long long staff);

/* spool_apply for chorus-staff and chorusctl: ctx is a struct db *. */
int	 submission_apply(void *db, struct arena *, const char *data, size_t len);

/* "practitioner", "manager" or "other"? */
int	 submission_role_ok(const char *);

/* Parse a spool file (exposed for the fuzzer). 'p' or 'r', or -1 if bad. */
int	 spool_record_parse(struct arena *, const char *data, size_t len,
	    struct submission *);

/* Parse a spooled feedback record (spool_record.c). 0, or -1 if bad. */
int	 voice_record_parse(struct arena *, const char *data, size_t len,
	    const char **slug, const char **received, const char **body);

#endif
