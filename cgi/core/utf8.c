/*
 * Strict UTF-8 (RFC 3629 section 4, the well-formed byte sequences table).
 */
#include <stddef.h>

#include "utf8.h"

/*
 * Length of the well-formed sequence starting at s[0..n), or 0 if the
 * bytes there are not one (overlong, surrogate, above U+10FFFF, stray
 * continuation, truncated, or NUL).
 */
static size_t
utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char	 lo = 0x80, hi = 0xBF;
	size_t		 len, i;

	if (s[0] == 0x00)
		return 0;
	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4;
	else
		return 0;
	if (s[0] == 0xE0)
		lo = 0xA0;	/* overlong */
	else if (s[0] == 0xED)
		hi = 0x9F;	/* surrogates */
	else if (s[0] == 0xF0)
		lo = 0x90;	/* overlong */
	else if (s[0] == 0xF4)
		hi = 0x8F;	/* above U+10FFFF */
	if (len > n || s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < len; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return len;
}

int
utf8_valid(const char *p, size_t n)
{
	const unsigned char	*s = (const unsigned char *)p;
	size_t			 i, k;

	for (i = 0; i < n; i += k)
		if ((k = utf8_seq(s + i, n - i)) == 0)
			return 0;
	return 1;
}

/* Code points in p[0..n): every byte that is not a continuation byte. */
size_t
utf8_count(const char *p, size_t n)
{
	size_t	 i, c = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)p[i] & 0xC0) != 0x80)
			c++;
	return c;
}
