/* Submission tickets, and the survey half of the spool. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "arena.h"
#include "buf.h"
#include "db.h"
#include "field.h"
#include "form.h"
#include "log.h"
#include "session.h"
#include "spool.h"
#include "submit.h"
#include "survey.h"
#include "utf8.h"

/* The signed part of a ticket. */
static char *
ticket_body(struct arena *a, const struct submission *s, time_t expires)
{
	return arena_printf(a, "%lld.%lld.%lld.%s.%lld", s->wave, s->staff,
	    s->team, s->role, (long long)expires);
}

static void
ticket_mac(const unsigned char key[32], const char *body, const char *token,
    const char *session, char hex[2 * crypto_auth_BYTES + 1])
{
	crypto_auth_hmacsha512256_state st;
	unsigned char		mac[crypto_auth_BYTES];

	crypto_auth_hmacsha512256_init(&st, key, 32);
	crypto_auth_hmacsha512256_update(&st, (const unsigned char *)body, strlen(body));
	crypto_auth_hmacsha512256_update(&st, (const unsigned char *)"|", 1);
	crypto_auth_hmacsha512256_update(&st, (const unsigned char *)token, strlen(token));
	crypto_auth_hmacsha512256_update(&st, (const unsigned char *)"|", 1);
	crypto_auth_hmacsha512256_update(&st, (const unsigned char *)session, strlen(session));
	crypto_auth_hmacsha512256_final(&st, mac);
	sodium_bin2hex(hex, 2 * crypto_auth_BYTES + 1, mac, sizeof(mac));
}

char *
ticket_make(struct arena *a, const unsigned char key[32],
    const struct submission *s, const char *session, time_t expires)
{
	char	hex[2 * crypto_auth_BYTES + 1];
	char	*body = ticket_body(a, s, expires);

	if (body == NULL || s->token == NULL)
		return NULL;
	ticket_mac(key, body, s->token, session, hex);
	return arena_printf(a, "%s.%s", body, hex);
}

/* Split "a.b.c.d.e.mac" into its six fields (arena copy). 0 or -1. */
static int
ticket_split(struct arena *a, const char *t, char *f[6])
{
	char	*p = arena_strdup(a, t), *dot;
	int	 i;

	if (p == NULL || strlen(t) > 256)
		return -1;
	for (i = 0; i < 5; i++) {
		if ((dot = strchr(p, '.')) == NULL)
			return -1;
		*dot = '\0';
		f[i] = p;
		p = dot + 1;
	}
	f[5] = p;
	return 0;
}

int
ticket_check(struct arena *a, const unsigned char key[32], const char *t,
    const char *session, time_t now, struct submission *s)
{
	char		*f[6], want[2 * crypto_auth_BYTES + 1], *body;
	long long	 exp;

	if (t == NULL || session == NULL || !token_syntax_ok(s->token) ||
	    ticket_split(a, t, f) == -1 ||
	    parse_ll(f[0], 1, 0x7fffffff, &s->wave) == -1 ||
	    parse_ll(f[1], 1, 0x7fffffff, &s->staff) == -1 ||
	    parse_ll(f[2], 0, 0x7fffffff, &s->team) == -1 ||
	    !submission_role_ok(f[3]) || parse_ll(f[4], 0, 0x7fffffffffffLL, &exp) == -1 ||
	    strlen(f[5]) != sizeof(want) - 1)
		return -1;
	s->role = f[3];
	if ((body = ticket_body(a, s, (time_t)exp)) == NULL)
		return -1;
	ticket_mac(key, body, s->token, session, want);
	if (sodium_memcmp(want, f[5], sizeof(want) - 1) != 0)
		return -1;
	return exp >= (long long)now ? 0 : -1;
}

/* The participation file's name: one per person and wave. */
static char *
participation_name(struct arena *a, long long wave, long long staff)
{
	return arena_printf(a, "p-%lld-%lld", wave, staff);
}

int
submission_spooled(struct arena *a, const char *dir, long long wave, long long staff)
{
	char	*name = participation_name(a, wave, staff);

	return name != NULL && spool_has(a, dir, name);
}

int
submission_spool(struct arena *a, const char *dir, const struct submission *s)
{
	char	 hex[33], *p, *r, *pname;
	int	 rc;

	char	 th[65];

	sodium_bin2hex(hex, sizeof(hex), s->rid, sizeof(s->rid));
	sodium_bin2hex(th, sizeof(th), s->token_hash, sizeof(s->token_hash));
	p = arena_printf(a, "chorus-spool 1\nkind participation\nwave %lld\nstaff %lld\n",
	    s->wave, s->staff);
	r = arena_printf(a, "chorus-spool 1\nkind response\nwave %lld\nteam %lld\n"
	    "role %s\nid %s\ntoken %s\nanswers %s\n", s->wave, s->team, s->role, hex,
	    th, s->answers);
	pname = participation_name(a, s->wave, s->staff);
	if (p == NULL || r == NULL || pname == NULL)
		return -1;
	if ((rc = spool_write(dir, pname, NULL, p, strlen(p))) != 0)
		return rc;
	if (spool_write(dir, NULL, "r-", r, strlen(r)) != 0) {
		log_err("spool: response not written; participation kept so it is not asked twice");
		return -1;
	}
	return 0;
}

/* Replay a response: its answers checked against the wave's survey. */
static int
response_apply(struct db *db, struct arena *a, const struct submission *s)
{
	struct wave		 w;
	struct survey		 sv;
	struct kvlist		 kv;
	struct answer_row	*rows;
	size_t			 missing;
	int			 n;

	if ((n = db_wave_get(db, a, s->wave, 0, &w)) != 1)
		return n == 0 ? 1 : -1;
	if (db_survey_load(db, a, w.version_id, &sv) == -1)
		return -1;
	if (form_parse(a, s->answers, strlen(s->answers), &kv) != FORM_OK ||
	    (n = survey_answer_rows(a, &sv, &kv, &rows, &missing)) == -1)
		return 1;
	return db_response_replay(db, a, s->rid, s->token_hash, s->wave, s->team,
	    s->role, rows, (size_t)n) == 0 ? 0 : -1;
}

int
submission_apply(void *ctx, struct arena *a, const char *data, size_t len)
{
	struct db		*db = ctx;
	struct submission	 s;

	switch (spool_record_parse(a, data, len, &s)) {
	case 'p':
		return db_participation_replay(db, s.wave, s.staff) == 0 ? 0 : -1;
	case 'r':
		return response_apply(db, a, &s);
	default:
		return 1;
	}
}
