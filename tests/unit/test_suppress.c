/* Unit tests: cgi/core/suppress.c, with hand-worked cases and an attacker
 * that tries every differencing it can on what a report would show. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "arena.h"
#include "suppress.h"

#define MAXC	32

/*
 * What a reader can work out from the shown cells: a cell is known when
 * shown, when all its parts are known (adding up), or when its total is
 * known and it is the only unknown part with people in it (differencing).
 * Repeated until nothing new is learnt. known[] gets the result.
 */
static void
attack(const struct sup_cell *c, size_t n, int *known)
{
	size_t	i, j, unknown, last, parts;
	int	changed;

	for (i = 0; i < n; i++)
		known[i] = suppress_shown(&c[i]) || c[i].n == 0;
	do {
		changed = 0;
		for (i = 0; i < n; i++) {
			unknown = 0;
			parts = 0;
			last = n;
			for (j = i + 1; j < n; j++) {
				if (c[j].parent != (long)i)
					continue;
				parts++;
				if (!known[j]) {
					unknown++;
					last = j;
				}
			}
			if (!known[i] && parts > 0 && unknown == 0) {
				known[i] = 1;
				changed = 1;
			}
			if (known[i] && unknown == 1) {
				known[last] = 1;
				changed = 1;
			}
		}
	} while (changed);
}

/* The unknown people inside known total p, down to the finest level:
 * the size of the group whose pooled figure "p minus what is known" gives. */
static long long
residual(const struct sup_cell *c, size_t n, const int *known, size_t p)
{
	size_t		j;
	long long	sum = 0;
	int		parts = 0;

	for (j = p + 1; j < n; j++) {
		if (c[j].parent != (long)p)
			continue;
		parts = 1;
		if (known[j])
			continue;
		sum += residual(c, n, known, j);
	}
	return parts ? sum : c[p].n;
}

/* No figure of a small group, alone or pooled, can be worked out. */
static void
assert_safe(const struct sup_cell *c, size_t n, unsigned t)
{
	int		known[MAXC];
	size_t		i;
	long long	r;

	assert_true(n <= MAXC);
	attack(c, n, known);
	for (i = 0; i < n; i++) {
		if (c[i].n > 0 && c[i].n < (long long)t)
			assert_false(known[i]);
		if (!known[i])
			continue;
		r = residual(c, n, known, i);
		if (r != c[i].n)
			assert_true(r == 0 || r >= (long long)t);
	}
}

/* cells from (n, parent) pairs */
static size_t
mk(struct sup_cell *c, const long long *spec, size_t pairs)
{
	size_t	i;

	for (i = 0; i < pairs; i++) {
		c[i].n = spec[2 * i];
		c[i].parent = (long)spec[2 * i + 1];
		c[i].why = SUP_SHOWN;
	}
	return pairs;
}

static void
test_threshold(void **state)
{
	(void)state;
	assert_int_equal(suppress_threshold(5, 0), 5);
	assert_int_equal(suppress_threshold(5, 8), 8);
	assert_int_equal(suppress_threshold(5, 3), 5);	/* a wave never lowers it */
	assert_int_equal(suppress_threshold(2, 1), 3);	/* never below 3 */
	assert_int_equal(suppress_threshold(0, 0), SUPPRESS_MIN);
}

/* Area of 20: teams 12, 4, 4. The two small teams hide each other: the
 * area minus the shown team is 8 people, not one team. */
static void
test_two_small_cover_each_other(void **state)
{
	static const long long spec[] = { 20, -1, 12, 0, 4, 0, 4, 0 };
	struct sup_cell	c[4];
	size_t		n = mk(c, spec, 4);

	(void)state;
	assert_int_equal(suppress_tree(c, n, 5), 0);
	assert_int_equal(c[0].why, SUP_SHOWN);
	assert_int_equal(c[1].why, SUP_SHOWN);
	assert_int_equal(c[2].why, SUP_SMALL);
	assert_int_equal(c[3].why, SUP_SMALL);
	assert_safe(c, n, 5);
}

/* Area of 20: teams 17 and 3. Showing 20 and 17 gives the 3 away, so the
 * 17 is hidden too (complementary). */
static void
test_area_minus_team(void **state)
{
	static const long long spec[] = { 20, -1, 17, 0, 3, 0 };
	struct sup_cell	c[3];
	size_t		n = mk(c, spec, 3);

	(void)state;
	assert_int_equal(suppress_tree(c, n, 5), 0);
	assert_int_equal(c[0].why, SUP_SHOWN);
	assert_int_equal(c[1].why, SUP_COMPLEMENT);
	assert_int_equal(c[2].why, SUP_SMALL);
	assert_safe(c, n, 5);
}

/* Area of 30: teams 20, 6, 3, 1. 3 and 1 are small but only 4 together:
 * pooled they would still be a group of 4, so the next smallest (6) goes. */
static void
test_pooled_small_groups(void **state)
{
	static const long long spec[] = { 30, -1, 20, 0, 6, 0, 3, 0, 1, 0 };
	struct sup_cell	c[5];
	size_t		n = mk(c, spec, 5);

	(void)state;
	assert_int_equal(suppress_tree(c, n, 5), 0);
	assert_int_equal(c[1].why, SUP_SHOWN);
	assert_int_equal(c[2].why, SUP_COMPLEMENT);
	assert_int_equal(c[3].why, SUP_SMALL);
	assert_int_equal(c[4].why, SUP_SMALL);
	assert_safe(c, n, 5);
}

/* Empty teams neither need hiding nor hide anything. */
static void
test_empty_groups(void **state)
{
	static const long long spec[] = { 10, -1, 0, 0, 10, 0, 0, 0 };
	struct sup_cell	c[4];
	size_t		n = mk(c, spec, 4);

	(void)state;
	assert_int_equal(suppress_tree(c, n, 5), 0);
	assert_int_equal(c[0].why, SUP_SHOWN);
	assert_int_equal(c[1].why, SUP_SHOWN);
	assert_int_equal(c[2].why, SUP_SHOWN);
	assert_int_equal(c[3].why, SUP_SHOWN);
}

/*
 * Whole service 53 = area A 20 (teams 12, 4, 4) + area B 30 (15, 15) +
 * area C 3 (one team of 3). C is small; the service minus A and B would
 * give it, so the smaller area A is hidden as well. A hidden must not be
 * rebuilt from its teams: its two small teams are hidden already. The
 * attack "service - B - A's shown team" leaves 11 people, not a team.
 */
static void
test_service_areas_teams(void **state)
{
	static const long long spec[] = {
		53, -1,
		20, 0, 30, 0, 3, 0,
		12, 1, 4, 1, 4, 1,
		15, 2, 15, 2,
		3, 3,
	};
	struct sup_cell	c[10];
	size_t		n = mk(c, spec, 10);

	(void)state;
	assert_int_equal(suppress_tree(c, n, 5), 0);
	assert_int_equal(c[0].why, SUP_SHOWN);
	assert_int_equal(c[1].why, SUP_COMPLEMENT);	/* area A */
	assert_int_equal(c[2].why, SUP_SHOWN);		/* area B */
	assert_int_equal(c[3].why, SUP_SMALL);		/* area C */
	assert_int_equal(c[4].why, SUP_SHOWN);
	assert_int_equal(c[5].why, SUP_SMALL);
	assert_int_equal(c[6].why, SUP_SMALL);
	assert_int_equal(c[7].why, SUP_SHOWN);
	assert_int_equal(c[9].why, SUP_SMALL);
	assert_safe(c, n, 5);
}

/*
 * A hidden area whose teams are all big: without rule 3 "service - other
 * areas" hides nothing, because the area is the sum of its shown teams.
 * Service 41 = A 25 (teams 13, 12) + B 16 (teams 12, 4): the 4 hides the 12
 * beside it; nothing else is needed, and A's teams stay shown.
 */
static void
test_rebuild_from_parts(void **state)
{
	static const long long spec[] = {
		41, -1, 25, 0, 16, 0, 13, 1, 12, 1, 12, 2, 4, 2,
	};
	struct sup_cell	c[7];
	size_t		n = mk(c, spec, 7);

	(void)state;
	assert_int_equal(suppress_tree(c, n, 5), 0);
	assert_int_equal(c[2].why, SUP_SHOWN);
	assert_int_equal(c[5].why, SUP_COMPLEMENT);
	assert_int_equal(c[6].why, SUP_SMALL);
	assert_safe(c, n, 5);
}

/*
 * Service 60 = A 4 (one team of 4) + B 28 (teams 14, 14) + C 28 (14, 14).
 * A is small, so B is hidden beside it; B must then hide a team of its own
 * (rule 3), and that team another (rule 2), or B = 14 + 14 gives A away.
 */
static void
test_hidden_total_hides_a_part(void **state)
{
	static const long long spec[] = {
		60, -1, 4, 0, 28, 0, 28, 0, 4, 1, 14, 2, 14, 2, 14, 3, 14, 3,
	};
	struct sup_cell	c[9];
	size_t		n = mk(c, spec, 9);

	(void)state;
	assert_int_equal(suppress_tree(c, n, 5), 0);
	assert_int_equal(c[0].why, SUP_SHOWN);
	assert_int_equal(c[1].why, SUP_SMALL);
	assert_false(suppress_shown(&c[2]) && suppress_shown(&c[3]));
	assert_safe(c, n, 5);
}

/* A total with one part: they are the same people, so they go together. */
static void
test_single_part(void **state)
{
	static const long long spec[] = { 4, -1, 4, 0 };
	static const long long spec2[] = { 9, -1, 9, 0, 0, 0 };
	struct sup_cell	c[3];
	size_t		n = mk(c, spec, 2);

	(void)state;
	assert_int_equal(suppress_tree(c, n, 5), 0);
	assert_false(suppress_shown(&c[0]));
	assert_false(suppress_shown(&c[1]));
	n = mk(c, spec2, 3);
	assert_int_equal(suppress_tree(c, n, 5), 0);
	assert_true(suppress_shown(&c[0]) && suppress_shown(&c[1]));
}

/* A higher threshold hides more; an exactly-threshold group is shown. */
static void
test_at_threshold(void **state)
{
	static const long long spec[] = { 16, -1, 8, 0, 8, 0 };
	struct sup_cell	c[3];
	size_t		n = mk(c, spec, 3);

	(void)state;
	assert_int_equal(suppress_tree(c, n, 8), 0);
	assert_true(suppress_shown(&c[1]) && suppress_shown(&c[2]));
	n = mk(c, spec, 3);
	assert_int_equal(suppress_tree(c, n, 9), 0);
	assert_false(suppress_shown(&c[1]) || suppress_shown(&c[2]));
	assert_true(suppress_shown(&c[0]));
	/* a threshold below the minimum is raised to 3 */
	static const long long spec3[] = { 10, -1, 8, 0, 2, 0 };
	n = mk(c, spec3, 3);
	assert_int_equal(suppress_tree(c, n, 1), 0);
	assert_int_equal(c[2].why, SUP_SMALL);
}

/* Every mix of small and big teams in an area of four teams, and of two
 * areas: the attacker never learns a small group. */
static void
test_exhaustive_attacks(void **state)
{
	static const long long sizes[] = { 0, 1, 3, 4, 5, 7, 12 };
	struct sup_cell	c[7];
	size_t		a, b, d, e, k;
	long long	v[4];

	(void)state;
	for (a = 0; a < 7; a++)
	for (b = 0; b < 7; b++)
	for (d = 0; d < 7; d++)
	for (e = 0; e < 7; e++) {
		v[0] = sizes[a]; v[1] = sizes[b]; v[2] = sizes[d]; v[3] = sizes[e];
		/* service -> area 1 (teams 0,1) + area 2 (teams 2,3) */
		c[0].n = v[0] + v[1] + v[2] + v[3];
		c[0].parent = -1;
		c[1].n = v[0] + v[1];
		c[1].parent = 0;
		c[2].n = v[2] + v[3];
		c[2].parent = 0;
		for (k = 0; k < 4; k++) {
			c[3 + k].n = v[k];
			c[3 + k].parent = k < 2 ? 1 : 2;
		}
		assert_int_equal(suppress_tree(c, 7, 5), 0);
		assert_safe(c, 7, 5);
	}
}

/* A change over waves is shown only when both waves are. */
static void
test_change(void **state)
{
	struct sup_cell	shown = { 8, -1, SUP_SHOWN }, small = { 3, -1, SUP_SMALL },
			comp = { 9, -1, SUP_COMPLEMENT }, empty = { 0, -1, SUP_SHOWN };

	(void)state;
	assert_true(suppress_change(&shown, &shown));
	assert_false(suppress_change(&small, &shown));
	assert_false(suppress_change(&shown, &comp));
	assert_false(suppress_change(&empty, &shown));
}

static void
test_bad_input(void **state)
{
	struct sup_cell	c[2] = { { 5, 1, SUP_SHOWN }, { 5, -1, SUP_SHOWN } };
	struct sup_cell	neg[1] = { { -1, -1, SUP_SHOWN } };

	(void)state;
	assert_int_equal(suppress_tree(c, 2, 5), -1);	/* parent after child */
	assert_int_equal(suppress_tree(neg, 1, 5), -1);
	assert_int_equal(suppress_tree(NULL, 0, 5), 0);
}

static void
test_label(void **state)
{
	struct arena	*a = arena_new(1024);

	(void)state;
	assert_non_null(a);
	assert_string_equal(suppress_label(a, 5), "fewer than 5 responses");
	assert_string_equal(suppress_label(a, 10), "fewer than 10 responses");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_threshold),
		cmocka_unit_test(test_two_small_cover_each_other),
		cmocka_unit_test(test_area_minus_team),
		cmocka_unit_test(test_pooled_small_groups),
		cmocka_unit_test(test_empty_groups),
		cmocka_unit_test(test_service_areas_teams),
		cmocka_unit_test(test_rebuild_from_parts),
		cmocka_unit_test(test_hidden_total_hides_a_part),
		cmocka_unit_test(test_single_part),
		cmocka_unit_test(test_at_threshold),
		cmocka_unit_test(test_exhaustive_attacks),
		cmocka_unit_test(test_change),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_label),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
