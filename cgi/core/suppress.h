#ifndef CHORUS_SUPPRESS_H
#define CHORUS_SUPPRESS_H
/*
 * Small-group suppression for every Insights report and export: the one
 * place it happens. A report builds the groups it could show as a tree of
 * cells (whole service -> service areas -> teams, or any other additive
 * breakdown), each with n, the number of people behind its figure, and the
 * index of the total it is part of. suppress_tree() marks which cells may
 * be shown. A report then shows or exports a figure only when
 * suppress_shown() says so, and otherwise the suppress_label() text.
 *
 * The rules, for threshold t (suppress_threshold(): never below 3):
 *  1. Small: a cell with 0 < n < t is hidden. A cell with n == 0 has no
 *     one behind it and is shown (as "no responses").
 *  2. Complementary, among the parts of one total (siblings): if any part
 *     with n > 0 is hidden, then at least two parts are hidden and their
 *     n add up to at least t, so "total minus the shown parts" gives only
 *     a group of t or more. The next smallest shown part is hidden
 *     (teams before totals with parts of their own) until that holds, and
 *     when no part is left to hide, the total is hidden instead.
 *  3. A hidden total cannot be rebuilt from its parts: at least one of its
 *     parts is hidden (and so, by rule 2, two or more adding up to t).
 * The rules apply to every total whether shown or not, and are repeated
 * until nothing changes, so a cell hidden by one rule is checked by the
 * others. Cells are listed parents first: cell[i].parent < i, or -1 for a
 * cell that is part of no total.
 *
 * Over time (a change since the previous wave) a figure is shown only
 * when both waves' cells are shown: suppress_change().
 */
#include <stddef.h>

struct arena;

#define SUPPRESS_MIN	3	/* the system minimum threshold */

enum sup_why {
	SUP_SHOWN = 0,		/* may be shown */
	SUP_SMALL,		/* fewer than the threshold behind it */
	SUP_COMPLEMENT		/* hidden so that a small group cannot be worked out */
};

struct sup_cell {
	long long	 n;		/* in: people behind the figure, >= 0 */
	long		 parent;	/* in: index of its total, < own index, or -1 */
	enum sup_why	 why;		/* out */
};

/*
 * The threshold for a wave: the largest of the system setting, the
 * wave's own and SUPPRESS_MIN (a wave can raise it, never lower it).
 */
unsigned	 suppress_threshold(unsigned system, unsigned wave);

/*
 * Apply the rules above to cells[0..n). 0, or -1 when a parent index is
 * out of order or a count is negative (nothing changed), or when memory
 * runs out (every cell is then marked hidden).
 */
int		 suppress_tree(struct sup_cell *cells, size_t n, unsigned threshold);

/* 1 when the cell's figure may be shown or exported. */
int		 suppress_shown(const struct sup_cell *);

/* 1 when a change from prev to cur may be shown: both are shown and
 * neither is empty. */
int		 suppress_change(const struct sup_cell *prev, const struct sup_cell *cur);

/* "fewer than 5 responses", the text shown and exported instead. NULL on
 * ENOMEM. */
const char	*suppress_label(struct arena *, unsigned threshold);

#endif
