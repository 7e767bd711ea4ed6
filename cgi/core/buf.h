#ifndef CHORUS_BUF_H
#define CHORUS_BUF_H
/*
 * Length-checked growing byte buffer (heap, not arena: a response body may
 * outgrow a request). Always NUL-terminated after a successful call. Every
 * growth checks for size_t overflow and for the buffer's own limit; on
 * failure the buffer is left unchanged and the call returns -1.
 */
#include <stddef.h>
#include <stdarg.h>

struct buf {
	char	*p;	/* NUL-terminated when cap > 0 */
	size_t	 len;
	size_t	 cap;
	size_t	 max;	/* 0: no limit beyond SIZE_MAX */
};

void	 buf_init(struct buf *, size_t max);
void	 buf_free(struct buf *);
void	 buf_reset(struct buf *);	/* len = 0, keep storage */
int	 buf_reserve(struct buf *, size_t extra);
int	 buf_put(struct buf *, const void *, size_t);
int	 buf_puts(struct buf *, const char *);
int	 buf_putc(struct buf *, char);
int	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
int	 buf_vprintf(struct buf *, const char *, va_list);

#endif
