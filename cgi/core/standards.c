/* The acknowledgement hash chain. */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "standards.h"

const char ack_genesis[ACK_HEX + 1] =
    "0000000000000000000000000000000000000000000000000000000000000000";

void
ack_hash(const char *prev_hex, long long staff, long long version,
    const char *at, char out[ACK_HEX + 1])
{
	char		text[256];
	unsigned char	h[crypto_hash_sha256_BYTES];
	int		n;

	n = snprintf(text, sizeof(text), "chorus-ack-v1|%s|%lld|%lld|%s",
	    prev_hex, staff, version, at);
	if (n < 0 || (size_t)n >= sizeof(text))
		n = 0;
	crypto_hash_sha256(h, (const unsigned char *)text, (unsigned long long)n);
	sodium_bin2hex(out, ACK_HEX + 1, h, sizeof(h));
}
