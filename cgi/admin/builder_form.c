/* The shared form plumbing of the builder pages: values kept, errors shown. */
#include <ctype.h>
#include <string.h>

#include "app.h"
#include "arena.h"
#include "builder.h"
#include "field.h"
#include "tmpl.h"

/* "opens_day" into "OPENS_DAY" (arena), or NULL. */
static const char *
upper(struct ctx *c, const char *name, const char *suffix)
{
	char	*s = arena_printf(c->a, "%s%s", name, suffix);
	size_t	 i;

	for (i = 0; s != NULL && s[i] != '\0'; i++)
		s[i] = (char)toupper((unsigned char)s[i]);
	return s;
}

void
form_error(struct ctx *c, struct tdict *b, const char *key, const char *message)
{
	static const char summary[] = "ERRORS";
	struct tdict	*sum, *e;
	const char	*k = upper(c, key, "_ERROR");

	if (k == NULL)
		return;
	/* one summary section: its dictionary is made by the first error */
	if ((sum = c->data) == NULL)
		c->data = sum = tdict_section(b, summary);
	e = tdict_section(sum, "ERROR");
	tdict_set(e, "HREF", arena_printf(c->a, "#%s", key));
	tdict_set(e, "MESSAGE", message);
	tdict_set(tdict_section(b, k), "MESSAGE", message);
}

void
form_fill(struct ctx *c, struct tdict *b, const struct field *tab,
    const struct fieldval *fv, size_t n)
{
	const char	*k;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if ((k = upper(c, tab[i].name, "")) != NULL)
			tdict_set(b, k, fv[i].raw ? fv[i].raw : "");
		if (fv[i].error != NULL)
			form_error(c, b, tab[i].name, fv[i].error);
	}
}

int
path_id(const char **rest, long long *id)
{
	const char	*p = *rest, *slash = strchr(p, '/');
	char		 num[16];
	size_t		 len = slash ? (size_t)(slash - p) : strlen(p);

	if (len == 0 || len >= sizeof(num))
		return -1;
	memcpy(num, p, len);
	num[len] = '\0';
	if (parse_ll(num, 1, 0x7fffffff, id) == -1)
		return -1;
	*rest = slash ? slash + 1 : p + len;
	return 0;
}
