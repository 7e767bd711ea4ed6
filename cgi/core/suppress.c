/*
 * Small-group and complementary suppression (suppress.h has the rules).
 * Each total keeps a list of its parts, so a pass is linear in the cells.
 */
#include <stddef.h>
#include <stdlib.h>

#include "arena.h"
#include "suppress.h"

unsigned
suppress_threshold(unsigned system, unsigned wave)
{
	unsigned	t = system > wave ? system : wave;

	return t < SUPPRESS_MIN ? SUPPRESS_MIN : t;
}

int
suppress_shown(const struct sup_cell *c)
{
	return c->why == SUP_SHOWN;
}

int
suppress_change(const struct sup_cell *prev, const struct sup_cell *cur)
{
	return suppress_shown(prev) && suppress_shown(cur) && prev->n > 0 &&
	    cur->n > 0;
}

const char *
suppress_label(struct arena *a, unsigned threshold)
{
	return arena_printf(a, "fewer than %u responses", threshold);
}

/* Parts of each total as linked lists, built once per call. */
struct parts {
	long	*first;		/* first part of cell i, or -1 */
	long	*next;		/* next part of the same total, or -1 */
};

static int
parts_build(struct parts *pt, const struct sup_cell *c, size_t n)
{
	size_t	i;

	pt->first = malloc(sizeof(long) * (n + 1));
	pt->next = malloc(sizeof(long) * (n + 1));
	if (pt->first == NULL || pt->next == NULL) {
		free(pt->first);
		free(pt->next);
		return -1;
	}
	for (i = 0; i < n; i++)
		pt->first[i] = pt->next[i] = -1;
	for (i = n; i-- > 0; )	/* backwards, so lists keep cell order */
		if (c[i].parent >= 0) {
			pt->next[i] = pt->first[c[i].parent];
			pt->first[c[i].parent] = (long)i;
		}
	return 0;
}

/* The parts of total p: how many with n > 0 are hidden, and their sum. */
static void
hidden_parts(const struct sup_cell *c, const struct parts *pt, size_t p,
    size_t *count, long long *sum)
{
	long	j;

	*count = 0;
	*sum = 0;
	for (j = pt->first[p]; j >= 0; j = pt->next[j])
		if (c[j].n > 0 && !suppress_shown(&c[j])) {
			(*count)++;
			*sum += c[j].n;
		}
}

/*
 * Hide the smallest shown part (n > 0) of total p, parts without parts of
 * their own first. 1 when one was hidden, 0 when none is left.
 */
static int
hide_next_part(struct sup_cell *c, const struct parts *pt, size_t p)
{
	long	j, best = -1;
	int	best_total = 0, total;

	for (j = pt->first[p]; j >= 0; j = pt->next[j]) {
		if (c[j].n <= 0 || !suppress_shown(&c[j]))
			continue;
		total = pt->first[j] >= 0;
		if (best < 0 || (!total && best_total) ||
		    (total == best_total && c[j].n < c[best].n)) {
			best = j;
			best_total = total;
		}
	}
	if (best < 0)
		return 0;
	c[best].why = SUP_COMPLEMENT;
	return 1;
}

/* Rules 2 and 3 for total p. 1 when something was hidden. */
static int
protect_total(struct sup_cell *c, const struct parts *pt, size_t p, unsigned t)
{
	size_t		count;
	long long	sum;

	if (pt->first[p] < 0)
		return 0;
	hidden_parts(c, pt, p, &count, &sum);
	if (count == 0 && (suppress_shown(&c[p]) || c[p].n == 0))
		return 0;
	if (count >= 2 && sum >= (long long)t)
		return 0;
	if (hide_next_part(c, pt, p))
		return 1;
	if (!suppress_shown(&c[p]))
		return 0;	/* every part already hidden: nothing shows */
	c[p].why = SUP_COMPLEMENT;
	return 1;
}

int
suppress_tree(struct sup_cell *c, size_t n, unsigned threshold)
{
	struct parts	pt;
	size_t		i;
	int		changed;

	for (i = 0; i < n; i++)
		if (c[i].n < 0 || c[i].parent < -1 || c[i].parent >= (long)i)
			return -1;
	if (parts_build(&pt, c, n) == -1) {
		for (i = 0; i < n; i++)
			c[i].why = SUP_SMALL;	/* fail closed: show nothing */
		return -1;
	}
	threshold = suppress_threshold(threshold, 0);
	for (i = 0; i < n; i++)
		c[i].why = c[i].n > 0 && c[i].n < (long long)threshold ?
		    SUP_SMALL : SUP_SHOWN;
	do {
		changed = 0;
		for (i = 0; i < n; i++)
			changed |= protect_total(c, &pt, i, threshold);
	} while (changed);
	free(pt.first);
	free(pt.next);
	return 0;
}
