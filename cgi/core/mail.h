#ifndef CHORUS_MAIL_H
#define CHORUS_MAIL_H
/*
 * Sending e-mail through the configured sendmail-style command ([mail]
 * sendmail: reads a whole message, headers included, on standard input).
 * Used for follow-ups and audit escalations. Messages are plain text and
 * never carry a child's words, only where to look in Chorus.
 */
#include <stddef.h>

struct config;

/*
 * Send one message to the n addresses in to. The addresses and the
 * subject must be one line each (no CR or LF): a header that could be
 * split is refused, not sent. 0 when the command accepted the message,
 * -1 otherwise (nothing to send to, a bad header, or the command failed).
 */
int	mail_send(const struct config *, const char *const *to, size_t n,
	    const char *subject, const char *body);

#endif
