/*
 * Per-request arena: a chain of blocks, each bumped from the front.
 * Allocations are 16-byte aligned and zeroed (arena_printf strings are
 * packed, neither padded nor zeroed past their NUL). A request larger than a
 * quarter of the block size gets a block of its own, so one big body does
 * not waste the rest of the current block. arena_reset() frees every block
 * but the first, which the next request reuses.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* Let the compiler check the format of every caller (and not warn here). */
char	*arena_vprintf(struct arena *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));

#define ARENA_ALIGN	16
#define ARENA_MIN	256
#define ARENA_DEFAULT	8192

struct ablock {
	struct ablock	*next;
	size_t		 cap;	/* bytes in data[] */
	size_t		 used;	/* bytes of data[] handed out or padding */
	unsigned char	 data[];
};

struct arena {
	struct ablock	*head;	/* every block, newest first */
	struct ablock	*cur;	/* the block small allocations bump */
	struct ablock	*first;	/* kept across arena_reset() */
	size_t		 block;	/* data bytes in a standard block */
	size_t		 used;	/* bytes handed out since new/reset */
};

/*
 * Allocate a block with room for cap bytes of data plus the slack needed to
 * align the first allocation. NULL on overflow or ENOMEM.
 */
static struct ablock *
ablock_new(size_t cap)
{
	struct ablock	*b;

	if (cap > SIZE_MAX - sizeof(*b) - ARENA_ALIGN)
		return NULL;
	if ((b = malloc(sizeof(*b) + cap + ARENA_ALIGN)) == NULL)
		return NULL;
	b->next = NULL;
	b->cap = cap + ARENA_ALIGN;
	b->used = 0;
	return b;
}

/*
 * Carve n bytes, aligned, from b. NULL if b has no room; n has already
 * been checked to fit a size_t with alignment slack.
 */
static void *
ablock_take(struct ablock *b, size_t n)
{
	uintptr_t	 at, pad;

	at = (uintptr_t)(b->data + b->used);
	pad = (ARENA_ALIGN - (at % ARENA_ALIGN)) % ARENA_ALIGN;
	if (pad > b->cap - b->used || n > b->cap - b->used - pad)
		return NULL;
	b->used += pad + n;
	return b->data + (b->used - n);
}

/* New arena whose standard blocks hold block bytes (0: a default). */
struct arena *
arena_new(size_t block)
{
	struct arena	*a;

	if (block == 0)
		block = ARENA_DEFAULT;
	else if (block < ARENA_MIN)
		block = ARENA_MIN;
	if ((a = calloc(1, sizeof(*a))) == NULL)
		return NULL;
	if ((a->first = ablock_new(block)) == NULL) {
		free(a);
		return NULL;
	}
	a->head = a->cur = a->first;
	a->block = block;
	return a;
}

/* Free the blocks from b down the chain, stopping before keep. */
static void
ablock_free_until(struct ablock *b, const struct ablock *keep)
{
	struct ablock	*next;

	for (; b != NULL && b != keep; b = next) {
		next = b->next;
		free(b);
	}
}

void
arena_free(struct arena *a)
{
	if (a == NULL)
		return;
	ablock_free_until(a->head, NULL);
	free(a);
}

/* Drop every block but the first; everything handed out is invalid. */
void
arena_reset(struct arena *a)
{
	if (a == NULL)
		return;
	ablock_free_until(a->head, a->first);
	a->first->next = NULL;
	a->first->used = 0;
	a->head = a->cur = a->first;
	a->used = 0;
}

/*
 * Allocate n bytes (n may be 0) from a fresh block: a dedicated one for a
 * large request, which joins the chain without replacing the current
 * block, or a new standard block that becomes current.
 */
static void *
arena_grow(struct arena *a, size_t n)
{
	struct ablock	*b;
	int		 large;

	large = n > a->block / 4;
	if ((b = ablock_new(large ? n : a->block)) == NULL)
		return NULL;
	b->next = a->head;
	a->head = b;
	if (!large)
		a->cur = b;
	return ablock_take(b, n);
}

/* n zeroed bytes aligned to 16, or NULL on overflow or ENOMEM. */
void *
arena_alloc(struct arena *a, size_t n)
{
	void	*p;

	if (a == NULL || n > SIZE_MAX - sizeof(struct ablock) - 2 * ARENA_ALIGN)
		return NULL;
	if ((p = ablock_take(a->cur, n)) == NULL &&
	    (p = arena_grow(a, n)) == NULL)
		return NULL;
	memset(p, 0, n);
	a->used += n;
	return p;
}

/* Copy of at most n bytes of s, stopping at a NUL; always terminated. */
char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p;
	size_t	 len;

	if (s == NULL)
		return NULL;
	for (len = 0; len < n && s[len] != '\0'; len++)
		continue;
	if (len == SIZE_MAX || (p = arena_alloc(a, len + 1)) == NULL)
		return NULL;
	memcpy(p, s, len);
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	if (s == NULL)
		return NULL;
	return arena_strndup(a, s, strlen(s));
}

/*
 * vsnprintf into the arena; NULL on an encoding error or ENOMEM. Most
 * results are short, so the first pass formats straight into the free
 * tail of the current block and only a result too long for it is
 * measured and formatted a second time.
 */
char *
arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
	struct ablock	*b;
	va_list		 cp;
	char		*p;
	size_t		 room = 0;
	int		 len;

	if (a == NULL)
		return NULL;
	b = a->cur;
	if (b->used < b->cap)
		room = b->cap - b->used;
	va_copy(cp, ap);
	len = vsnprintf(room ? (char *)b->data + b->used : NULL, room, fmt, cp);
	va_end(cp);
	if (len < 0)
		return NULL;
	if ((size_t)len < room) {
		p = (char *)b->data + b->used;
		b->used += (size_t)len + 1;
		a->used += (size_t)len + 1;
		return p;
	}
	if ((p = arena_alloc(a, (size_t)len + 1)) == NULL)
		return NULL;
	va_copy(cp, ap);
	len = vsnprintf(p, (size_t)len + 1, fmt, cp);
	va_end(cp);
	return len < 0 ? NULL : p;
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

/* Bytes handed out (as requested, without padding) since new or reset. */
size_t
arena_used(const struct arena *a)
{
	return a == NULL ? 0 : a->used;
}
