/*
 * libFuzzer target: the spool record parsers. Whatever the bytes, they
 * must not crash, and what they accept must hold up: a survey record has
 * sane numbers and a known role, a feedback record a date of ten bytes.
 */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "submit.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena		*a = arena_new(4096);
	struct submission	 s;
	const char		*slug, *received, *body;
	int			 k;

	if (a == NULL)
		return 0;
	k = spool_record_parse(a, (const char *)data, len, &s);
	assert(k == -1 || k == 'p' || k == 'r');
	if (k != -1)
		assert(s.wave >= 1);
	if (k == 'p')
		assert(s.staff >= 1);
	if (k == 'r') {
		assert(submission_role_ok(s.role));
		assert(s.answers != NULL && s.team >= 0);
	}
	if (voice_record_parse(a, (const char *)data, len, &slug, &received, &body) == 0) {
		assert(strlen(received) == 10);
		assert(slug[0] != '\0' && body != NULL);
	}
	arena_free(a);
	return 0;
}
