#ifndef CHORUS_INSIGHTS_I2_H
#define CHORUS_INSIGHTS_I2_H
/*
 * What the voice, standards and Improvement Board reports share (i2.c):
 * the filters (service area, team, months) and who may choose which, the
 * tree of whole service -> areas -> teams whose cells go through
 * suppress.h before any figure is shown, and report tables that render
 * the same rows as HTML and as CSV.
 */
#include <stddef.h>

#include "suppress.h"

struct ctx;
struct dbres;
struct tdict;

/* Who may open these reports. */
#define I2_ROLES	(RBIT(ROLE_HR) | RBIT(ROLE_PERFORMANCE) | RBIT(ROLE_HEAD) | \
			 RBIT(ROLE_MANAGER))

#define I2_NV		4	/* figures per node besides n */
#define I2_MONTHS_MAX	36

/* The filters, checked and narrowed to what the person may see. */
struct i2filter {
	long long	 area;		/* 0: every area */
	long long	 team;		/* 0: every team (in the area) */
	long		 from;		/* months since year 0: y * 12 + m - 1 */
	long		 to;		/* inclusive */
	char		 from_s[8], to_s[8];	/* "YYYY-MM" */
	char		 from_d[11], to_d[11];	/* 'YYYY-MM-01'; to_d exclusive */
	const char	*from_in, *to_in, *month_in;	/* as typed, for the form */
	int		 month;		/* month=YYYY-MM given: the board's month is to */
	int		 summary;	/* no teams under the whole service (board) */
	int		 with_area;	/* a manager: their team beside its area */
	int		 csv;		/* format=csv */
	const char	*table;		/* which table as CSV */
};

/*
 * Read the query's filters: 0 ok; 422 with errs (field error messages,
 * arena) set when a month is not YYYY-MM or the range is wrong; 403 when
 * the area or team is not the person's to see; 503 on a database error.
 * Managers see their own team (beside its area as a whole), heads of
 * service their own service area, HR and the performance team everything.
 */
int	i2_filter(struct ctx *, struct i2filter *, const char **month_err);

/* The "Filter" form (with err inline, or NULL) and the scope's words on a
 * page. 0, or 503. */
int	i2_filter_form(struct ctx *, struct tdict *, const struct i2filter *,
	    const char *err, const char *action);
/* The page with only the filter form and its error summary, status 422. */
int	i2_error_page(struct ctx *, const char *title, const char *tpl,
	    const struct i2filter *, const char *err, const char *action);
/* The table f->table of tables[0..n) as CSV named PREFIX-TABLE-FROM-to-TO.csv:
 * 0, 404 when there is no such table, 500. */
struct i2table;
int	i2_csv_of(struct ctx *, const struct i2table *tables, size_t n,
	    const struct i2filter *, const char *prefix);

/* One group in a tree: root (the whole service), an area, or a team. */
struct i2node {
	int		 level;		/* 0 root, 1 area, 2 team */
	long long	 id;		/* area or team id; 0 for the root */
	long long	 area;		/* its area (teams and areas) */
	const char	*name;
	long long	 n;		/* people or responses behind it */
	long long	 v[I2_NV];
};

struct i2tree {
	struct i2node	*node;
	struct sup_cell	*cell;		/* parallel to node */
	size_t		 n;
};

/*
 * A tree from rows [lo, hi) of r keyed by team (db_insights2.h key
 * columns at key, then n at key + 4 and nv figures after it). Area and
 * root nodes are the sums of their teams. 0, or -1 on ENOMEM.
 */
int	i2_tree(struct arena *, const struct dbres *r, size_t lo, size_t hi,
	    size_t key, size_t nv, struct i2tree *);
/* Suppress the tree at threshold (hide_root: the root is hidden in another
 * breakdown of the same total, so treat it as hidden here too). 0 or -1. */
int	i2_tree_suppress(struct i2tree *, unsigned threshold, int hide_root);
/* Does the filter cover this node (root: no filter; area; team)? */
int	i2_node_in(const struct i2node *, const struct i2filter *);
/* The node the filter's scope is: the root, its area or its team, or -1. */
long	i2_scope_node(const struct i2tree *, const struct i2filter *);

/*
 * The nodes the filter covers, in the order a table lists them: the
 * total, then each area followed by its teams (teams with no area last).
 * Fills *idx (arena) and returns how many, or -1 on ENOMEM.
 */
long	i2_order(struct arena *, const struct i2tree *, const struct i2filter *,
	    long **idx);
/* End of the run of rows from lo whose column col equals row lo's. */
size_t	i2_run(const struct dbres *, size_t lo, size_t col);

/* A table shown as HTML and offered as CSV. */
struct i2row {
	const char	**cell;		/* ncols */
	double		 value;		/* the row's headline figure, for charts */
	int		 valued;	/* value is set */
	int		 hidden;	/* figures suppressed */
	int		 level;		/* 0 total, 1 area, 2 team: for styling */
};

struct i2table {
	const char	*key;		/* "sat": ?format=csv&table=sat, id="sat" */
	const char	*caption;
	const char	*const *head;	/* ncols column headings */
	size_t		 ncols;
	size_t		 nkey;		/* leading columns that name the row */
	struct i2row	*rows;
	size_t		 nrows, cap;
	const char	*hidden_label;	/* "fewer than 5 responses" */
};

int	 i2_table_init(struct arena *, struct i2table *, const char *key,
	    const char *caption, const char *const *head, size_t ncols, size_t nkey,
	    const char *hidden_label);
/* A row of ncols cells (copied by reference). 0, or -1 on ENOMEM. */
int	 i2_table_row(struct arena *, struct i2table *, int hidden, int level,
	    const char **cells);
/* The last row's headline figure (for charts). */
void	 i2_table_value(struct i2table *, double value);
/* The filter's own row in month (a month name, or NULL for tables without
 * one): the first row there at the scope's level (a manager's table also
 * lists the area before their team). Its index, or -1. */
long	 i2_table_find(const struct i2table *, const char *month,
	    const struct i2filter *);
/* Cell col of row (the hidden label when suppressed, "" when row is -1). */
const char *i2_table_cell(const struct i2table *, long row, size_t col);

/* The table into a TABLE section of d, with a CSV link for the filter. */
void	 i2_table_html(struct ctx *, struct tdict *d, const struct i2table *,
	    const struct i2filter *, const char *path);
/* The table as the whole response: UTF-8 CSV with BOM, RFC 4180. 0 or 500. */
int	 i2_table_csv(struct ctx *, const struct i2table *, const char *filename);

/* "42%" of num / den (rounded half up), "" when den is 0. */
const char *i2_pct(struct arena *, long long num, long long den);
/* "March 2026" for "2026-03". */
const char *i2_month_name(struct arena *, const char *ym);
/* Month number (y * 12 + m - 1) as "YYYY-MM". */
void	 i2_month_str(long m, char out[8]);
/* The threshold in force for these reports. */
unsigned i2_threshold(const struct ctx *);

/* voice.c: the voice tables, also for the board pack. Each 0, or an HTTP
 * status. Satisfaction by team and (whole service only) by form. */
struct i2period;
int	 voice_sat(struct ctx *, const struct i2period *, const struct i2filter *,
	    struct i2table *teams, struct i2table *forms);
int	 voice_promise(struct ctx *, const struct i2period *, const struct i2filter *,
	    struct i2table *);
int	 voice_followups(struct ctx *, const struct i2period *, const struct i2filter *,
	    struct i2table *);
const char *voice_duration(struct arena *, long long minutes);

/* standards.c: the standards tables, also for the board pack. */
int	 standards_acks(struct ctx *, const struct i2filter *, struct i2table *,
	    const char **version);
int	 standards_grades(struct ctx *, const struct i2period *, const struct i2filter *,
	    struct i2table *);
int	 standards_moderation(struct ctx *, const struct i2period *,
	    const struct i2filter *, struct i2table *mod, struct i2table *esc);

/* Handlers (voice.c, standards.c, board.c). */
int	 insights_voice(struct ctx *);
int	 insights_standards(struct ctx *);
int	 insights_board(struct ctx *);
int	 insights_board_chart(struct ctx *);

#endif
