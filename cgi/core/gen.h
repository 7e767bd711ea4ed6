#ifndef CHORUS_GEN_H
#define CHORUS_GEN_H
/*
 * The write generation: one counter in a small file every Chorus program
 * on the server maps shared ([chorus] generation). The database layer adds
 * one after every statement or transaction that changed a row (db.c), so
 * a reader that saw the same number before and after knows nothing was
 * written through Chorus in between. chorus-insights uses it to answer a
 * kept page without asking the database again (app.c, the session keep).
 *
 * Writes made outside Chorus (the mariadb client) do not move it; what
 * relies on it must also have a time limit.
 */
#include <stdint.h>

/* Map the file (created 0600 if missing). 0, or -1 logged: then gen_read
 * fails and gen_bump does nothing. Call once, before forking workers. */
int	gen_open(const char *path);
void	gen_bump(void);
/* 0 and *out, or -1 when there is no shared generation. */
int	gen_read(uint64_t *out);

#endif
