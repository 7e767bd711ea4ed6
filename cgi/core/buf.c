/*
 * Growing byte buffer with overflow and limit checks (redis sds style,
 * but returning -1 instead of asserting). A failed call leaves the
 * buffer exactly as it was.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* Let the compiler check the format of every caller (and not warn here). */
int	buf_vprintf(struct buf *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));

#define BUF_MIN	64

void
buf_init(struct buf *b, size_t max)
{
	b->p = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max;
}

/* Release the storage; the buffer may be used again, same limit. */
void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = 0;
	b->cap = 0;
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->p != NULL)
		b->p[0] = '\0';
}

/*
 * Capacity (including the NUL) to hold need bytes: double from the
 * current size, but never past the limit or SIZE_MAX.
 */
static size_t
buf_newcap(const struct buf *b, size_t need)
{
	size_t	 cap;

	cap = b->cap < BUF_MIN ? BUF_MIN : b->cap;
	while (cap <= need) {
		if (cap > SIZE_MAX / 2) {
			cap = need + 1;
			break;
		}
		cap *= 2;
	}
	if (b->max != 0 && cap - 1 > b->max)
		cap = b->max + 1;
	return cap;
}

/*
 * Make room for extra more bytes plus the NUL. Returns -1 if len + extra
 * overflows or exceeds max, or on ENOMEM; 0 otherwise. Afterwards the
 * buffer is allocated and NUL-terminated.
 */
int
buf_reserve(struct buf *b, size_t extra)
{
	size_t	 need, cap;
	char	*p;

	if (extra >= SIZE_MAX - b->len)
		return -1;
	need = b->len + extra;
	if (b->max != 0 && need > b->max)
		return -1;
	if (need < b->cap)
		return 0;
	cap = buf_newcap(b, need);
	if ((p = realloc(b->p, cap)) == NULL)
		return -1;
	p[b->len] = '\0';
	b->p = p;
	b->cap = cap;
	return 0;
}

/* Append n bytes of data (which may hold NULs). 0 or -1. */
int
buf_put(struct buf *b, const void *data, size_t n)
{
	if (buf_reserve(b, n) == -1)
		return -1;
	if (n > 0)
		memcpy(b->p + b->len, data, n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}

int
buf_puts(struct buf *b, const char *s)
{
	return buf_put(b, s, strlen(s));
}

int
buf_putc(struct buf *b, char c)
{
	return buf_put(b, &c, 1);
}

/* Append formatted text. -1 on a format error, overflow, limit or ENOMEM. */
int
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list	 cp;
	int	 n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0 || buf_reserve(b, (size_t)n) == -1)
		return -1;
	va_copy(cp, ap);
	n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, cp);
	va_end(cp);
	if (n < 0 || (size_t)n >= b->cap - b->len) {
		b->p[b->len] = '\0';
		return -1;
	}
	b->len += (size_t)n;
	return 0;
}

int
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	int	 rc;

	va_start(ap, fmt);
	rc = buf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}
