#ifndef CHORUS_SPOOL_H
#define CHORUS_SPOOL_H
/*
 * The durable spool: submissions accepted while MariaDB is down, each in
 * its own file, written to a temporary name, fsynced, then linked into
 * place and the directory fsynced, so a file either exists whole or not
 * at all. Files carry no meaningful time (mtime is set to the epoch) and
 * are replayed in random order, so neither order nor times can pair a
 * participation with a response.
 */
#include <stddef.h>

struct arena;

/*
 * Store data under name (when name is not NULL; 1 if it already exists)
 * or under prefix plus 32 random hex digits. 0 stored, 1 exists, -1 error.
 */
int	spool_write(const char *dir, const char *name, const char *prefix,
	    const char *data, size_t len);

/* Is a file of this name waiting in the spool? 1 yes, 0 no. */
int	spool_has(struct arena *, const char *dir, const char *name);

/* Is the spool empty? 1 empty (or missing), 0 not. */
int	spool_empty(const char *dir);

/*
 * Replay every file, in random order, through apply (0: done, delete the
 * file; 1: unreadable, set it aside as .bad-NAME; -1: stop, try again later). One replayer at a time (flock); a busy
 * spool returns 0. Returns files replayed, or -1 if stopped on an error.
 */
typedef int (*spool_apply)(void *ctx, struct arena *, const char *data, size_t len);
int	spool_replay(const char *dir, struct arena *, spool_apply, void *ctx);

#endif
