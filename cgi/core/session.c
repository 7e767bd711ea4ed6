/* Tokens and session cookies, over libsodium. */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "arena.h"
#include "session.h"

/* 32 random bytes as unpadded base64url. */
int
token_new(char out[TOKEN_LEN + 1])
{
	unsigned char	raw[32];

	if (sodium_init() < 0)
		return -1;
	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(out, TOKEN_LEN + 1, raw, sizeof(raw),
	    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof(raw));
	return 0;
}

void
hex_random(char out[33])
{
	unsigned char	raw[16];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(out, 33, raw, sizeof(raw));
}

int
token_syntax_ok(const char *t)
{
	size_t	i;

	if (t == NULL)
		return 0;
	for (i = 0; i < TOKEN_LEN; i++)
		if (!((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z') ||
		    (t[i] >= '0' && t[i] <= '9') || t[i] == '-' || t[i] == '_'))
			return 0;
	return t[TOKEN_LEN] == '\0';
}

void
token_hash(const char *token, unsigned char out[TOKEN_HASH_LEN])
{
	crypto_generichash(out, TOKEN_HASH_LEN, (const unsigned char *)token,
	    strlen(token), NULL, 0);
}

/* Both must be well-formed tokens; compared without early exit. */
int
token_equal(const char *a, const char *b)
{
	if (!token_syntax_ok(a) || !token_syntax_ok(b))
		return 0;
	return sodium_memcmp(a, b, TOKEN_LEN) == 0;
}

char *
cookie_header(struct arena *a, const char *name, const char *token,
    int secure, long max_age)
{
	char	age[32] = "";

	if (max_age >= 0)
		snprintf(age, sizeof(age), "; Max-Age=%ld", max_age);
	return arena_printf(a, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s",
	    name, token, secure ? "; Secure" : "", age);
}
