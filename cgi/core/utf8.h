#ifndef CHORUS_UTF8_H
#define CHORUS_UTF8_H
#include <stddef.h>

/*
 * Strict UTF-8 check (RFC 3629): rejects overlongs, surrogates, code points
 * above U+10FFFF, truncated sequences and NUL bytes. Returns 1 if valid.
 */
int	utf8_valid(const char *, size_t);

/* Number of code points in valid UTF-8 (for length limits people see). */
size_t	utf8_count(const char *, size_t);

#endif
