#ifndef CHORUS_SESSION_H
#define CHORUS_SESSION_H
/*
 * Random tokens for sessions, CSRF and one-time submissions: 256 bits from
 * libsodium, written as 43 characters of unpadded base64url. A session is
 * stored only as the BLAKE2b hash of its token.
 */
#include <stddef.h>

struct arena;

#define TOKEN_LEN	43
#define TOKEN_HASH_LEN	32

#define SESSION_COOKIE	"chorus_session"
#define PRESIGN_COOKIE	"chorus_pre"

int	 token_new(char out[TOKEN_LEN + 1]);		/* 0, or -1 */
int	 token_syntax_ok(const char *);
void	 hex_random(char out[33]);			/* 128 random bits as hex */			/* 1 if 43 base64url chars */
void	 token_hash(const char *token, unsigned char out[TOKEN_HASH_LEN]);
int	 token_equal(const char *a, const char *b);	/* constant time; 1 if equal */

/*
 * Set-Cookie value: name=token; Path=/; HttpOnly; SameSite=Lax, plus
 * Secure unless dev, and Max-Age when max_age >= 0 (0 clears the cookie).
 */
char	*cookie_header(struct arena *, const char *name, const char *token,
	    int secure, long max_age);

#endif
