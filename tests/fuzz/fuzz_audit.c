/*
 * libFuzzer target: the case audit parsers (audit.c). The input is one
 * pasted case-list line for audit_case_line(), a bank holiday list for
 * audit_holidays_ok() and audit_due(), and a stored time for
 * audit_time_local(). Each copy is exactly sized so ASan sees any read past
 * its end. What comes back must hold: a good line gives a valid case
 * reference and a worker, both inside the line; an accepted holiday list
 * never moves a due time backwards.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char *
copy(const uint8_t *data, size_t size)
{
	char	*s = malloc(size + 1);

	if (s != NULL) {
		memcpy(s, data, size);
		s[size] = '\0';
	}
	return s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*line, *ref, *who, out[64];
	time_t		 from = 1764756000;	/* 2025-12-03 10:00 UTC */

	if ((line = copy(data, size)) == NULL)
		return 0;
	if (audit_case_line(line, &ref, &who) == CASE_LINE_OK &&
	    (!audit_case_ref_ok(ref) || who == NULL || *who == '\0' ||
	    ref < line || who < line || who > line + size))
		abort();
	free(line);
	if ((line = copy(data, size)) == NULL)
		return 0;
	if (audit_holidays_ok(line) == 0 && audit_due(from, 3, line) <= from)
		abort();
	if (audit_time_local(line, out, sizeof(out)) == -1 && out[0] != '\0')
		abort();
	free(line);
	return 0;
}
