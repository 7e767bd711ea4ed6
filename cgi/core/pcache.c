/*
 * Kept responses (pcache.h). A worker serves one request at a time, so
 * the table is plain static storage: a few dozen entries, a byte budget,
 * the least recently used entry goes first.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "app.h"
#include "arena.h"
#include "buf.h"
#include "pcache.h"

#define PC_SLOTS	48
#define PC_BYTES	(16u * 1024 * 1024)	/* per worker */
#define PC_ENTRY_MAX	(2u * 1024 * 1024)
#define PC_NONCE	16			/* random bytes; hex in the slot */
#define DISPOSITION	"Content-Disposition: "

struct pentry {
	unsigned char	 key[PCACHE_KEY];
	unsigned long	 used;		/* tick of the last use; 0: empty */
	time_t		 until;		/* good before this time; 0: no limit */
	int		 status;
	int		 framed;	/* a page body: goes inside the layout */
	int		 cacheable;
	char		*title;		/* framed: the page's title */
	char		*ctype;		/* NULL: the default */
	char		*disp;		/* Content-Disposition value, or NULL */
	char		*body;
	size_t		 len;
	size_t		 size;		/* bytes held, for the budget */
};

static struct pentry	pc[PC_SLOTS];
static size_t		pc_bytes;
static unsigned long	pc_tick;
static char		pc_nonce[PC_NONCE * 2 + 1];

/* The slot text: random per process, so no name or title can contain it. */
static const char *
nonce(void)
{
	unsigned char	r[PC_NONCE];

	if (pc_nonce[0] == '\0') {
		randombytes_buf(r, sizeof(r));
		sodium_bin2hex(pc_nonce, sizeof(pc_nonce), r, sizeof(r));
	}
	return pc_nonce;
}

static void
hput(crypto_generichash_state *h, const void *p, size_t len)
{
	crypto_generichash_update(h, (const unsigned char *)&len, sizeof(len));
	crypto_generichash_update(h, p, len);
}

int
pcache_key(struct ctx *c, unsigned char *key)
{
	crypto_generichash_state	 h;
	const char			*stamp = c->stamp;
	size_t				 i;

	if (!(c->route->flags & ROUTE_PCACHE) || stamp == NULL || c->user == NULL ||
	    c->app->kept_for == NULL || (c->req.method != M_GET && c->req.method != M_HEAD))
		return -1;
	crypto_generichash_init(&h, NULL, 0, PCACHE_KEY);
	hput(&h, c->req.path, strlen(c->req.path));
	hput(&h, &c->req.query.n, sizeof(c->req.query.n));
	for (i = 0; i < c->req.query.n; i++) {
		hput(&h, c->req.query.v[i].key, strlen(c->req.query.v[i].key));
		hput(&h, c->req.query.v[i].val, c->req.query.v[i].vallen);
	}
	hput(&h, &c->user->roles, sizeof(c->user->roles));
	hput(&h, &c->user->team_id, sizeof(c->user->team_id));
	hput(&h, stamp, strlen(stamp));
	crypto_generichash_final(&h, key, PCACHE_KEY);
	return 0;
}

static struct pentry *
pc_find(const unsigned char *key)
{
	size_t	i;

	for (i = 0; i < PC_SLOTS; i++)
		if (pc[i].used != 0 && memcmp(pc[i].key, key, PCACHE_KEY) == 0)
			return &pc[i];
	return NULL;
}

static void
pc_drop(struct pentry *e)
{
	free(e->title);
	free(e->ctype);
	free(e->disp);
	free(e->body);
	pc_bytes -= e->size;
	memset(e, 0, sizeof(*e));
}

/* An empty entry with room for size more bytes, evicting the least
 * recently used ones. */
static struct pentry *
pc_room(size_t size)
{
	struct pentry	*old;
	size_t		 i;

	for (;;) {
		old = NULL;
		for (i = 0; i < PC_SLOTS; i++) {
			if (pc[i].used == 0) {
				if (pc_bytes + size <= PC_BYTES)
					return &pc[i];
				continue;
			}
			if (old == NULL || pc[i].used < old->used)
				old = &pc[i];
		}
		if (old == NULL)
			return NULL;	/* cannot happen: size <= PC_BYTES */
		pc_drop(old);
	}
}

/* Where the slot is in a rendered frame, or -1. */
static long
slot_at(const struct buf *f)
{
	const char	*n = nonce(), *p;
	size_t		 nl = strlen(n);

	if (f->len < nl)
		return -1;
	for (p = f->p; (p = memchr(p, n[0], f->len - nl + 1 - (size_t)(p - f->p))) != NULL; p++)
		if (memcmp(p, n, nl) == 0)
			return (long)(p - f->p);
	return -1;
}

int
pcache_serve(struct ctx *c, const unsigned char *key)
{
	struct pentry	*e = pc_find(key);
	struct buf	*out = &c->resp->body;
	char		*tail;
	size_t		 tl;
	long		 at;

	if (e == NULL)
		return 0;
	if (e->until != 0 && time(NULL) >= e->until) {
		pc_drop(e);
		return 0;
	}
	buf_reset(out);
	if (e->framed) {
		if (page_frame(c, e->title, nonce(), out) == -1 || (at = slot_at(out)) < 0)
			goto fail;
		tl = out->len - (size_t)at - strlen(pc_nonce);
		if ((tail = arena_alloc(c->a, tl + 1)) == NULL)
			goto fail;
		memcpy(tail, out->p + out->len - tl, tl);
		out->len = (size_t)at;
		if (buf_put(out, e->body, e->len) == -1 || buf_put(out, tail, tl) == -1)
			goto fail;
	} else if (buf_put(out, e->body, e->len) == -1)
		goto fail;
	if (e->disp != NULL && resp_header(c->resp, c->a, "Content-Disposition", e->disp) == -1)
		goto fail;
	c->resp->status = e->status;
	c->resp->ctype = e->ctype;
	c->resp->cacheable = e->cacheable;
	e->used = ++pc_tick;
	return 1;
fail:
	buf_reset(out);
	return 0;
}

static char *
dup_or_null(const char *s)
{
	return s != NULL ? strdup(s) : NULL;
}

void
pcache_store(struct ctx *c, const unsigned char *key)
{
	struct resp	*r = c->resp;
	struct pentry	*e;
	struct buf	 f;
	const char	*disp = NULL, *body = r->body.p;
	size_t		 i, len = r->body.len, tl = 0;
	long		 at = 0, secs;
	int		 framed = c->page != NULL;

	if ((r->status != 200 && r->status != 422) || len > PC_ENTRY_MAX)
		return;
	for (i = 0; i < r->nheaders; i++) {
		if (disp != NULL || strncasecmp(r->headers[i], DISPOSITION,
		    sizeof(DISPOSITION) - 1) != 0)
			return;		/* a cookie, or anything else: not kept */
		disp = r->headers[i] + sizeof(DISPOSITION) - 1;
	}
	if (framed && c->title == NULL)
		return;
	/* Only for an answer that may be kept: this may read the database. */
	if ((secs = c->app->kept_for(c)) == 0)
		return;
	if (framed) {
		/* The same person's layout with the slot instead of the body:
		 * what comes before the slot and after it must be exactly what
		 * surrounds the body, or the response is not a plain page. */
		buf_init(&f, len + 65536);
		if (page_frame(c, c->title, nonce(), &f) == -1 || (at = slot_at(&f)) < 0 ||
		    (tl = f.len - (size_t)at - strlen(pc_nonce)) + (size_t)at > len ||
		    memcmp(f.p, body, (size_t)at) != 0 ||
		    memcmp(f.p + f.len - tl, body + len - tl, tl) != 0) {
			buf_free(&f);
			return;
		}
		buf_free(&f);
		body += at;
		len -= (size_t)at + tl;
	}
	if ((e = pc_find(key)) != NULL)
		pc_drop(e);
	if ((e = pc_room(len + 256)) == NULL || (e->body = malloc(len + 1)) == NULL)
		return;
	memcpy(e->body, body, len);
	e->len = len;
	e->framed = framed;
	e->title = framed ? strdup(c->title) : NULL;
	e->ctype = dup_or_null(r->ctype);
	e->disp = dup_or_null(disp);
	if ((framed && e->title == NULL) || (r->ctype != NULL && e->ctype == NULL) ||
	    (disp != NULL && e->disp == NULL)) {
		pc_drop(e);	/* out of memory: nothing is kept */
		return;
	}
	memcpy(e->key, key, PCACHE_KEY);
	e->status = r->status;
	e->cacheable = r->cacheable;
	e->until = secs > 0 ? time(NULL) + secs : 0;
	e->size = len + 256;
	pc_bytes += e->size;
	e->used = ++pc_tick;
}
