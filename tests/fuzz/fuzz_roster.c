/*
 * libFuzzer target: roster_parse() over arbitrary bytes, then roster_plan()
 * against a small fixed roster. Checks the module's promises: every row
 * has RC__MAX non-NULL values within ROSTER_MAX_FIELD bytes, a line number
 * that never goes backwards, nbad counts the rows with an error, and a
 * plan of a parsed file always has a 64-hex-digit digest and counts that
 * add up to the good rows.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "arena.h"
#include "roster.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const struct roster_person staff[] = {
	{ { "W1", "One", "", "w.one", "", "Team X", "Area X", "W2", "", "" }, 1 },
	{ { "W2", "Two", "", "w.two", "", "Team X", "Area X", "", "", "" }, 1 },
	{ { "W3", "Three", "", "w.three", "", "Team Y", "Area Y", "W1", "", "" }, 0 },
};
static const struct roster_team teams[] = {
	{ "Team X", "Area X", NULL, 0 }, { "Team Y", "Area Y", NULL, 0 },
	{ "Old", "Area X", "Team X", 1 },
};
static const struct roster_area areas[] = { { "Area X", 0 }, { "Area Y", 1 } };
static const struct roster_world world = {
	staff, 3, teams, 3, areas, 2, "2026-12-03",
};

static void
check_rows(const struct roster *r)
{
	size_t		i, bad = 0;
	unsigned	last = 0;
	int		c;

	for (i = 0; i < r->nrows; i++) {
		if (r->rows[i].line < last)
			abort();
		last = r->rows[i].line;
		for (c = 0; c < RC__MAX; c++)
			if (r->rows[i].v[c] == NULL ||
			    strlen(r->rows[i].v[c]) > ROSTER_MAX_FIELD)
				abort();
		bad += r->rows[i].error != NULL;
	}
	if (bad != r->nbad)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	*a;
	struct roster		 r;
	struct roster_plan	 p;
	size_t			 k, good = 0;

	if (a == NULL && (sodium_init() == -1 || (a = arena_new(64 * 1024)) == NULL))
		abort();
	arena_reset(a);
	if (roster_parse(a, (const char *)data, size, &r) == -1)
		return 0;
	check_rows(&r);
	if (r.error != NULL)
		return 0;
	if (roster_plan(a, &r, &world, &p) == -1)
		return 0;
	check_rows(&r);
	if (strlen(p.digest) != ROSTER_DIGEST_HEX)
		abort();
	for (k = 0; k < RK__MAX; k++)
		good += p.count[k];
	if (good + r.nbad != r.nrows)
		abort();
	return 0;
}
