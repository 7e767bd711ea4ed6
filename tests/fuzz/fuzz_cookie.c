/*
 * libFuzzer target: cookie_get(). The input up to its first NUL is the
 * header; the rest, if any, is the cookie name (else "chorus_session").
 * The header is copied to an exactly-sized buffer so a read past its NUL
 * is caught by ASan. A value returned must respect COOKIE_MAX_VALUE and
 * appear in the header.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "cookie.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	*a;
	const uint8_t		*nul;
	const char		*v;
	char			*hdr, *name;
	size_t			 hlen;

	if (a == NULL && (a = arena_new(0)) == NULL)
		return 0;
	nul = memchr(data, '\0', size);
	hlen = nul != NULL ? (size_t)(nul - data) : size;
	if ((hdr = malloc(hlen + 1)) == NULL)
		return 0;
	memcpy(hdr, data, hlen);
	hdr[hlen] = '\0';
	name = nul != NULL ? strndup((const char *)nul + 1, size - hlen - 1) :
	    strdup("chorus_session");
	if (name != NULL && (v = cookie_get(a, hdr, name)) != NULL &&
	    (strlen(v) > COOKIE_MAX_VALUE || strstr(hdr, v) == NULL))
		abort();
	free(name);
	free(hdr);
	arena_reset(a);
	return 0;
}
