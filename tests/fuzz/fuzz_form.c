/*
 * libFuzzer target: form_parse() over arbitrary bytes (not NUL-terminated),
 * then kv_get/kv_count on what it returned. Checks the module's promises:
 * on success every key is 1..FORM_MAX_KEY bytes, vallen is the value's
 * length, and no more than FORM_MAX_PAIRS pairs come back; on error the
 * list is empty.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "form.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check_list(const struct kvlist *l)
{
	size_t	 i, klen;

	if (l->n > FORM_MAX_PAIRS)
		abort();
	for (i = 0; i < l->n; i++) {
		klen = strlen(l->v[i].key);
		if (klen == 0 || klen > FORM_MAX_KEY ||
		    strlen(l->v[i].val) != l->v[i].vallen ||
		    !utf8_valid(l->v[i].key, klen) ||
		    !utf8_valid(l->v[i].val, l->v[i].vallen))
			abort();
		if (kv_get(l, l->v[i].key) == NULL ||
		    kv_count(l, l->v[i].key) == 0)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	*a;
	struct kvlist		 l;
	enum form_err		 rc;

	if (a == NULL && (a = arena_new(0)) == NULL)
		return 0;
	rc = form_parse(a, (const char *)data, size, &l);
	if (rc == FORM_OK)
		check_list(&l);
	else if (l.n != 0 || l.v != NULL)
		abort();
	(void)kv_get(&l, "a");
	(void)kv_count(&l, "csrf");
	arena_reset(a);
	return 0;
}
