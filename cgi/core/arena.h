#ifndef CHORUS_ARENA_H
#define CHORUS_ARENA_H
/*
 * Per-request arena: one owner for every allocation a request makes. The
 * FastCGI loop calls arena_reset() at the end of each pass, so handlers
 * never free. Allocation failure returns NULL (library code never exits).
 */
#include <stddef.h>
#include <stdarg.h>

struct arena;

struct arena	*arena_new(size_t block);	/* NULL on ENOMEM */
void		 arena_free(struct arena *);
void		 arena_reset(struct arena *);	/* keep first block, drop rest */
void		*arena_alloc(struct arena *, size_t);	/* 16-aligned, zeroed */
char		*arena_strdup(struct arena *, const char *);
char		*arena_strndup(struct arena *, const char *, size_t);
char		*arena_printf(struct arena *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
char		*arena_vprintf(struct arena *, const char *, va_list);
size_t		 arena_used(const struct arena *);	/* bytes handed out */

#endif
