#ifndef CHORUS_PCACHE_H
#define CHORUS_PCACHE_H
/*
 * Kept responses, per worker process, for routes marked ROUTE_PCACHE.
 *
 * A response is kept under a key that hashes everything it was drawn
 * from: the path, the query, the person's roles and team (what their view
 * is cut to) and the program's stamp (struct app), which the program
 * reads on every request and which moves whenever its data does. So a
 * kept response is only ever served for the same question asked again of
 * the same data. Only 200 and 422 answers with no header other than
 * Content-Disposition are kept.
 *
 * A page is kept without its layout: the header (the person's name, their
 * sign-out token, the navigation) is rendered again for whoever asks, and
 * the kept body is put into it. Both are ctemplate output.
 */
#include <sodium.h>

struct ctx;

#define PCACHE_KEY	crypto_generichash_BYTES

/* 0 with key filled if this request may use the cache; -1 if not (wrong
 * route or method, no person, or the stamp could not be read). */
int	pcache_key(struct ctx *, unsigned char *key);
/* 1 if a kept response for key now fills ctx->resp; 0 if none is kept. */
int	pcache_serve(struct ctx *, const unsigned char *key);
/* Keep the response the handler just made, if it may be kept. */
void	pcache_store(struct ctx *, const unsigned char *key);

#endif
