/* One way out for e-mail: the configured sendmail command. */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "mail.h"

/* A header value that cannot start a new header: non-empty, no CR or LF. */
static int
header_ok(const char *s)
{
	return s != NULL && *s != '\0' && strpbrk(s, "\r\n") == NULL;
}

int
mail_send(const struct config *cfg, const char *const *to, size_t n,
    const char *subject, const char *body)
{
	FILE	*p;
	size_t	 i;

	if (n == 0 || !header_ok(subject) || !header_ok(cfg->mail_from) || body == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (!header_ok(to[i]))
			return -1;
	if ((p = popen(cfg->sendmail, "w")) == NULL)
		return -1;
	fprintf(p, "From: %s\nTo: ", cfg->mail_from);
	for (i = 0; i < n; i++)
		fprintf(p, "%s%s", i ? ", " : "", to[i]);
	fprintf(p, "\nSubject: %s\nContent-Type: text/plain; charset=utf-8\n\n%s",
	    subject, body);
	return pclose(p) == 0 ? 0 : -1;
}
