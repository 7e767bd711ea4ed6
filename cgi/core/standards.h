#ifndef CHORUS_STANDARDS_H
#define CHORUS_STANDARDS_H
/*
 * The acknowledgement hash chain (sql/migrations/0007_standards.sql): each
 * row's hash is SHA-256 of "chorus-ack-v1|PREV|STAFF|VERSION|AT", PREV the
 * previous row's hash in lower-case hex (64 zeros for the first) and AT
 * 'YYYY-MM-DD HH:MM:SS' UTC. Changing, removing or reordering any row
 * breaks every hash after it.
 */
#include <stddef.h>

#define ACK_HEX	64

extern const char ack_genesis[ACK_HEX + 1];	/* 64 zeros */

/* out = lower-case hex hash of one row. */
void	ack_hash(const char *prev_hex, long long staff, long long version,
	    const char *at, char out[ACK_HEX + 1]);

#endif
