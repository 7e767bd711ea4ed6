/*
 * The roster CSV: parse (libcsv) and plan against the roster as it
 * stands. Pure: no database, no clock (today comes in the world).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>
#include <sodium.h>

#include "arena.h"
#include "roster.h"
#include "utf8.h"

const char *const roster_col_label[RC__MAX] = {
	[RC_STAFF_NO] = "Staff ID", [RC_NAME] = "Name", [RC_EMAIL] = "E-mail",
	[RC_USERNAME] = "Username", [RC_JOB] = "Job role", [RC_TEAM] = "Team",
	[RC_AREA] = "Service area", [RC_MANAGER] = "Manager staff ID",
	[RC_START] = "Start date", [RC_LEAVE] = "Leaving date",
};

const char *const roster_kind_name[RK__MAX] = {
	[RK_SAME] = "same", [RK_ADD] = "add", [RK_CHANGE] = "change",
	[RK_MOVE] = "move", [RK_LEAVE] = "leave", [RK_SKIP] = "skip",
};

/* The header words each column answers to, lower case, letters only. */
static const char *const col_key[RC__MAX] = {
	[RC_STAFF_NO] = "staffid", [RC_NAME] = "name", [RC_EMAIL] = "email",
	[RC_USERNAME] = "username", [RC_JOB] = "jobrole", [RC_TEAM] = "team",
	[RC_AREA] = "servicearea", [RC_MANAGER] = "managerstaffid",
	[RC_START] = "startdate", [RC_LEAVE] = "leavingdate",
};

static const int col_required[RC__MAX] = {
	[RC_STAFF_NO] = 1, [RC_NAME] = 1, [RC_USERNAME] = 1, [RC_TEAM] = 1,
};

/* Longest value in code points a column may hold (the table's width). */
static const size_t col_max[RC__MAX] = {
	[RC_STAFF_NO] = 32, [RC_NAME] = 120, [RC_EMAIL] = 254, [RC_USERNAME] = 64,
	[RC_JOB] = 120, [RC_TEAM] = 120, [RC_AREA] = 120, [RC_MANAGER] = 32,
	[RC_START] = 10, [RC_LEAVE] = 10,
};

#define MAX_COLS	64

struct pstate {
	struct arena	*a;
	struct roster	*r;
	int		 col_of[MAX_COLS];	/* file column -> rcol, or -1 */
	size_t		 ncols;			/* columns in the header */
	int		 header_done;
	char		*f[MAX_COLS];
	size_t		 nf;
	int		 overflow;		/* more fields than MAX_COLS */
	int		 toolong;		/* a field over ROSTER_MAX_FIELD */
	size_t		 cap;
	unsigned	 start_line;
	int		 between;		/* no record begun yet */
	int		 oom;
};

/* Header text reduced to lower-case letters: "Staff ID" -> "staffid". */
static void
header_key(const char *s, char *out, size_t outlen)
{
	size_t	n = 0;

	for (; *s != '\0' && n + 1 < outlen; s++)
		if (isalpha((unsigned char)*s))
			out[n++] = (char)tolower((unsigned char)*s);
	out[n] = '\0';
}

/* Map the header record's columns; sets r->error if a required one is missing. */
static void
header_map(struct pstate *st)
{
	char	key[64];
	int	seen[RC__MAX] = { 0 };
	size_t	i;
	int	c;

	st->header_done = 1;
	if (st->overflow) {
		st->r->error = arena_printf(st->a, "Line %u: the header has more "
		    "than %d columns", st->start_line, MAX_COLS);
		return;
	}
	st->ncols = st->nf;
	for (i = 0; i < st->nf; i++) {
		header_key(st->f[i], key, sizeof(key));
		st->col_of[i] = -1;
		for (c = 0; c < RC__MAX; c++)
			if (strcmp(key, col_key[c]) == 0 && !seen[c]) {
				st->col_of[i] = c;
				seen[c] = 1;
			}
	}
	for (c = 0; c < RC__MAX && st->r->error == NULL; c++)
		if (col_required[c] && !seen[c])
			st->r->error = arena_printf(st->a, "Line %u: the header has no "
			    "%s column", st->start_line, roster_col_label[c]);
}

/* Trim, and fold runs of white space (line breaks too) into one space. */
static char *
squeeze(struct arena *a, const char *s)
{
	char	*o = arena_strdup(a, s), *w;
	int	 sp = 0;

	if (o == NULL)
		return NULL;
	for (w = o; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') {
			sp = w != o;
			continue;
		}
		if (sp)
			*w++ = ' ';
		sp = 0;
		*w++ = *s;
	}
	*w = '\0';
	return o;
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* n digits of s as a number, or -1. */
static int
digits(const char *s, int n)
{
	int	v = 0, i;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int
roster_date(const char *s, char out[11])
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int	y, m, d;

	if (strlen(s) != 10)
		return -1;
	if (s[4] == '-' && s[7] == '-') {
		y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
	} else if (s[2] == '/' && s[5] == '/') {
		d = digits(s, 2), m = digits(s + 3, 2), y = digits(s + 6, 4);
	} else
		return -1;
	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1] + (m == 2 && is_leap(y)))
		return -1;
	memcpy(out, "0000-00-00", 11);
	out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10), out[3] = (char)('0' + y % 10);
	out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10);
	out[8] = (char)('0' + d / 10), out[9] = (char)('0' + d % 10);
	return 0;
}

/* [a-z0-9._-]{1,64}: what sign-in accepts. */
static int
username_ok(const char *s)
{
	size_t	n = 0;

	for (; s[n] != '\0'; n++)
		if (!islower((unsigned char)s[n]) && !isdigit((unsigned char)s[n]) &&
		    s[n] != '.' && s[n] != '_' && s[n] != '-')
			return 0;
	return n >= 1 && n <= 64;
}

/* Printable, no spaces: a staff ID or an e-mail address. */
static int
token_ok(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s <= ' ' || *s == 0x7f)
			return 0;
	return 1;
}

static int
email_ok(const char *s)
{
	const char	*at = strchr(s, '@');

	return token_ok(s) && at != NULL && at != s && at[1] != '\0' &&
	    strchr(at + 1, '@') == NULL && strchr(at + 1, '.') != NULL;
}

/* The first reason a row's own values are bad, or NULL. Normalises dates
 * and lower-cases the username in place. */
static const char *
row_check(struct arena *a, struct roster_row *row)
{
	static const int dates[2] = { RC_START, RC_LEAVE };
	char		 iso[11], *u;
	int		 c;
	size_t		 i;

	for (c = 0; c < RC__MAX; c++) {
		if (col_required[c] && row->v[c][0] == '\0')
			return arena_printf(a, "%s is missing", roster_col_label[c]);
		if (utf8_count(row->v[c], strlen(row->v[c])) > col_max[c])
			return arena_printf(a, "%s must be %zu characters or fewer",
			    roster_col_label[c], col_max[c]);
	}
	if (!token_ok(row->v[RC_STAFF_NO]) || !token_ok(row->v[RC_MANAGER]))
		return "A staff ID must not contain spaces";
	if ((u = arena_strdup(a, row->v[RC_USERNAME])) == NULL)
		return "Out of memory";
	for (i = 0; u[i] != '\0'; i++)
		u[i] = (char)tolower((unsigned char)u[i]);
	row->v[RC_USERNAME] = u;
	if (!username_ok(u))
		return arena_printf(a, "Username \"%s\" may only have letters, digits, "
		    "dots, hyphens and underscores", u);
	if (row->v[RC_EMAIL][0] != '\0' && !email_ok(row->v[RC_EMAIL]))
		return arena_printf(a, "E-mail \"%s\" is not an e-mail address",
		    row->v[RC_EMAIL]);
	for (i = 0; i < 2; i++) {
		c = dates[i];
		if (row->v[c][0] == '\0')
			continue;
		if (roster_date(row->v[c], iso) == -1)
			return arena_printf(a, "%s \"%s\" is not a real date (use "
			    "YYYY-MM-DD or DD/MM/YYYY)", roster_col_label[c], row->v[c]);
		row->v[c] = arena_strdup(a, iso);
	}
	if (row->v[RC_START][0] != '\0' && row->v[RC_LEAVE][0] != '\0' &&
	    strcmp(row->v[RC_LEAVE], row->v[RC_START]) < 0)
		return "Leaving date is before the start date";
	if (row->v[RC_MANAGER][0] != '\0' &&
	    strcasecmp(row->v[RC_MANAGER], row->v[RC_STAFF_NO]) == 0)
		return "Manager loop: this person is their own manager";
	return NULL;
}

/* Append a row to r, growing the array by doubling. NULL on ENOMEM. */
static struct roster_row *
row_new(struct pstate *st)
{
	struct roster		*r = st->r;
	struct roster_row	*n;

	if (r->nrows == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 64;
		if ((n = arena_alloc(st->a, st->cap * sizeof(*n))) == NULL)
			return NULL;
		if (r->nrows > 0)
			memcpy(n, r->rows, r->nrows * sizeof(*n));
		r->rows = n;
	}
	n = &r->rows[r->nrows++];
	memset(n, 0, sizeof(*n));
	return n;
}

/* One data record into a checked row. */
static void
row_build(struct pstate *st)
{
	struct roster_row	*row;
	size_t			 i;
	int			 c;

	if (st->r->nrows >= ROSTER_MAX_ROWS) {
		st->r->error = arena_printf(st->a, "The file has more than %d rows",
		    ROSTER_MAX_ROWS);
		return;
	}
	if ((row = row_new(st)) == NULL) {
		st->oom = 1;
		return;
	}
	row->line = st->start_line;
	row->existing = -1;
	for (c = 0; c < RC__MAX; c++)
		row->v[c] = "";
	for (i = 0; i < st->nf && i < st->ncols; i++)
		if (st->col_of[i] >= 0 &&
		    (row->v[st->col_of[i]] = squeeze(st->a, st->f[i])) == NULL)
			st->oom = 1;
	if (st->overflow || st->nf != st->ncols)
		row->error = arena_printf(st->a, "The row has %zu fields but the "
		    "header has %zu", st->nf, st->ncols);
	else if (st->toolong)
		row->error = arena_printf(st->a, "A field is longer than %d bytes",
		    ROSTER_MAX_FIELD);
	else
		row->error = row_check(st->a, row);
}

/* libcsv: one field of the current record. */
static void
on_field(void *s, size_t len, void *data)
{
	struct pstate	*st = data;

	if (st->nf >= MAX_COLS) {
		st->overflow = 1;
		st->nf++;
		return;
	}
	if (len > ROSTER_MAX_FIELD) {
		st->toolong = 1;
		len = ROSTER_MAX_FIELD;
	}
	if ((st->f[st->nf++] = arena_strndup(st->a, s != NULL ? s : "", s != NULL ?
	    len : 0)) == NULL)
		st->oom = 1;
}

/* libcsv: the end of a record. */
static void
on_record(int term, void *data)
{
	struct pstate	*st = data;

	if (st->r->error == NULL && !st->oom) {
		if (!st->header_done)
			header_map(st);
		else
			row_build(st);
	}
	st->nf = 0;
	st->overflow = st->toolong = 0;
	st->between = 1;
}

/* Only spaces, tabs and line ends: libcsv skips such a line. */
static int
blank(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* Feed the parser one physical line at a time, so each record knows the
 * line it starts on even when quoted fields hold line breaks. */
static int
feed_lines(struct csv_parser *p, struct pstate *st, const char *s, size_t len)
{
	const char	*nl;
	size_t		 n;
	unsigned	 line = 0;

	while (len > 0 && st->r->error == NULL && !st->oom) {
		line++;
		nl = memchr(s, '\n', len);
		n = nl != NULL ? (size_t)(nl - s) + 1 : len;
		if (st->between && !blank(s, n)) {
			st->start_line = line;
			st->between = 0;
		}
		if (csv_parse(p, s, n, on_field, on_record, st) != n) {
			st->r->error = arena_printf(st->a, "Line %u: %s", line,
			    csv_error(p) == CSV_EPARSE ? "a quote mark is out of place "
			    "(a field with quotes must be wrapped in quotes, and its "
			    "own quotes doubled)" : "the file cannot be read");
			return -1;
		}
		s += n, len -= n;
	}
	return 0;
}

/* Is this row's key column the same as an earlier row's? Marks later
 * rows "also on line N". */
struct dupctx {
	const struct roster	*r;
	int			 col;
};

static int
cmp_rowcol(const void *x, const void *y, void *arg)
{
	const struct dupctx	*d = arg;
	size_t			 i = *(const size_t *)x, j = *(const size_t *)y;
	int			 c = strcasecmp(d->r->rows[i].v[d->col], d->r->rows[j].v[d->col]);

	return c != 0 ? c : (i > j) - (i < j);
}

/* Rows sorted by one column (ties in file order). NULL on ENOMEM. */
static size_t *
rows_by(struct arena *a, const struct roster *r, int col)
{
	struct dupctx	 d = { r, col };
	size_t		*ix = arena_alloc(a, (r->nrows + 1) * sizeof(*ix)), i;

	if (ix == NULL)
		return NULL;
	for (i = 0; i < r->nrows; i++)
		ix[i] = i;
	qsort_r(ix, r->nrows, sizeof(*ix), cmp_rowcol, &d);
	return ix;
}

static int
mark_dups(struct arena *a, struct roster *r, int col)
{
	size_t			*ix = rows_by(a, r, col), i;
	struct roster_row	*p, *q;

	if (ix == NULL)
		return -1;
	for (i = 1; i < r->nrows; i++) {
		p = &r->rows[ix[i - 1]], q = &r->rows[ix[i]];
		if (q->error != NULL || q->v[col][0] == '\0' ||
		    strcasecmp(p->v[col], q->v[col]) != 0)
			continue;
		q->error = arena_printf(a, "%s \"%s\" is also on line %u",
		    roster_col_label[col], q->v[col], p->line);
	}
	return 0;
}

static void
count_bad(struct roster *r)
{
	size_t	i;

	r->nbad = 0;
	for (i = 0; i < r->nrows; i++)
		r->nbad += r->rows[i].error != NULL;
}

int
roster_parse(struct arena *a, const char *text, size_t len, struct roster *r)
{
	struct csv_parser	 p;
	struct pstate		*st = arena_alloc(a, sizeof(*st));

	memset(r, 0, sizeof(*r));
	if (st == NULL || csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return -1;
	st->a = a, st->r = r, st->between = 1;
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3, len -= 3;
	if (!utf8_valid(text, len))
		r->error = "The file is not UTF-8 text (save it from the HR system "
		    "as CSV UTF-8)";
	else if (feed_lines(&p, st, text, len) == 0 && r->error == NULL &&
	    csv_fini(&p, on_field, on_record, st) != 0)
		r->error = "The file ends inside a quoted field (a closing quote "
		    "mark is missing)";
	csv_free(&p);
	if (st->oom)
		return -1;
	if (r->error == NULL && !st->header_done)
		r->error = "The file is empty: it needs a header line and a row for "
		    "each person";
	if (r->error == NULL && (mark_dups(a, r, RC_STAFF_NO) == -1 ||
	    mark_dups(a, r, RC_USERNAME) == -1))
		return -1;
	count_bad(r);
	return 0;
}

/* ---- planning ---------------------------------------------------------- */

struct pctx {
	struct arena			*a;
	struct roster			*r;
	const struct roster_world	*w;
	struct roster_plan		*p;
	size_t				*row_no;	/* rows by staff ID */
	size_t				*w_no;		/* world staff by staff ID */
	size_t				*w_user;	/* world staff by username */
};

struct wctx {
	const struct roster_world	*w;
	int				 col;
};

static int
cmp_wcol(const void *x, const void *y, void *arg)
{
	const struct wctx	*c = arg;

	return strcasecmp(c->w->staff[*(const size_t *)x].v[c->col],
	    c->w->staff[*(const size_t *)y].v[c->col]);
}

static size_t *
world_by(struct arena *a, const struct roster_world *w, int col)
{
	struct wctx	 c = { w, col };
	size_t		*ix = arena_alloc(a, (w->nstaff + 1) * sizeof(*ix)), i;

	if (ix == NULL)
		return NULL;
	for (i = 0; i < w->nstaff; i++)
		ix[i] = i;
	qsort_r(ix, w->nstaff, sizeof(*ix), cmp_wcol, &c);
	return ix;
}

/* Binary search of an index sorted by key(i): the first match, or -1. */
static long
ix_find(const size_t *ix, size_t n, const char *key,
    const char *(*keyof)(const void *, size_t), const void *arg)
{
	size_t	lo = 0, hi = n, mid;
	int	c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcasecmp(keyof(arg, ix[mid]), key);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcasecmp(keyof(arg, ix[lo]), key) == 0 ? (long)ix[lo] : -1;
}

static const char *
key_row_no(const void *arg, size_t i)
{
	return ((const struct roster *)arg)->rows[i].v[RC_STAFF_NO];
}

static const char *
key_w_no(const void *arg, size_t i)
{
	return ((const struct roster_world *)arg)->staff[i].v[RC_STAFF_NO];
}

static const char *
key_w_user(const void *arg, size_t i)
{
	return ((const struct roster_world *)arg)->staff[i].v[RC_USERNAME];
}

static const struct roster_team *
team_find(const struct roster_world *w, const char *name)
{
	size_t	i;

	for (i = 0; i < w->nteams; i++)
		if (strcasecmp(w->teams[i].name, name) == 0)
			return &w->teams[i];
	return NULL;
}

static const struct roster_area *
area_find(const struct roster_world *w, const char *name)
{
	size_t	i;

	for (i = 0; i < w->nareas; i++)
		if (strcasecmp(w->areas[i].name, name) == 0)
			return &w->areas[i];
	return NULL;
}

/* Add name to a list of strings unless it is there (case-insensitively).
 * Returns its index, or -1 on ENOMEM. */
static long
list_add(struct arena *a, const char ***list, size_t *n, const char *name)
{
	const char	**nl;
	size_t		  i;

	for (i = 0; i < *n; i++)
		if (strcasecmp((*list)[i], name) == 0)
			return (long)i;
	if ((*n & (*n - 1)) == 0) {	/* 0, 1, 2, 4, ...: grow */
		if ((nl = arena_alloc(a, (*n ? *n * 2 : 1) * sizeof(*nl))) == NULL)
			return -1;
		if (*n > 0)
			memcpy(nl, *list, *n * sizeof(*nl));
		*list = nl;
	}
	(*list)[*n] = name;
	return (long)(*n)++;
}

/* A team not on the roster, to be created under the row's service area. */
static const char *
team_new(struct pctx *c, struct roster_row *row)
{
	const struct roster_area	*sa;
	struct roster_plan		*p = c->p;
	struct roster_newteam		*nt;
	size_t				 i;

	if (row->v[RC_AREA][0] == '\0')
		return arena_printf(c->a, "Team \"%s\" is not known and there is no "
		    "service area to create it under", row->v[RC_TEAM]);
	if ((sa = area_find(c->w, row->v[RC_AREA])) != NULL && sa->closed)
		return arena_printf(c->a, "Service area \"%s\" is closed", sa->name);
	row->team = row->v[RC_TEAM];
	row->area = sa != NULL ? sa->name : row->v[RC_AREA];
	for (i = 0; i < p->nnew_teams; i++) {
		if (strcasecmp(p->new_teams[i].name, row->team) != 0)
			continue;
		if (strcasecmp(p->new_teams[i].area, row->area) != 0)
			return arena_printf(c->a, "New team \"%s\" is given under "
			    "another service area on an earlier line", row->team);
		row->team = p->new_teams[i].name;
		return NULL;
	}
	if (sa == NULL && list_add(c->a, &p->new_areas, &p->nnew_areas, row->area) < 0)
		return "Out of memory";
	if ((p->nnew_teams & (p->nnew_teams - 1)) == 0) {
		nt = arena_alloc(c->a, (p->nnew_teams ? p->nnew_teams * 2 : 1) * sizeof(*nt));
		if (nt == NULL)
			return "Out of memory";
		if (p->nnew_teams > 0)
			memcpy(nt, p->new_teams, p->nnew_teams * sizeof(*nt));
		p->new_teams = nt;
	}
	p->new_teams[p->nnew_teams].name = row->team;
	p->new_teams[p->nnew_teams++].area = row->area;
	return NULL;
}

/* Where the row's person will work: an open team (a merged one is
 * followed to the team it became part of) or a new one. Error or NULL. */
static const char *
team_resolve(struct pctx *c, struct roster_row *row)
{
	const struct roster_team	*t = team_find(c->w, row->v[RC_TEAM]);

	if (t != NULL && t->merged_into != NULL)
		t = team_find(c->w, t->merged_into);
	if (t == NULL)
		return team_new(c, row);
	if (t->closed)
		return arena_printf(c->a, "Team \"%s\" is closed", t->name);
	row->team = t->name;
	row->area = t->area;
	return NULL;
}

/* The username is not someone else's on the roster. Error or NULL. */
static const char *
username_free(struct pctx *c, const struct roster_row *row)
{
	long	owner = ix_find(c->w_user, c->w->nstaff, row->v[RC_USERNAME],
		    key_w_user, c->w);

	if (owner < 0 || owner == row->existing)
		return NULL;
	return arena_printf(c->a, "Username \"%s\" belongs to staff ID %s",
	    row->v[RC_USERNAME], c->w->staff[owner].v[RC_STAFF_NO]);
}

/* "name, e-mail" for the values that differ from the person on record. */
static const char *
diff_fields(struct arena *a, const struct roster_row *row,
    const struct roster_person *p)
{
	static const int cols[] = { RC_NAME, RC_EMAIL, RC_USERNAME, RC_JOB,
	    RC_MANAGER, RC_START, RC_LEAVE };
	const char	*out = "";
	size_t		 i;

	for (i = 0; i < sizeof(cols) / sizeof(cols[0]) && out != NULL; i++)
		if (strcmp(row->v[cols[i]], p->v[cols[i]]) != 0)
			out = arena_printf(a, "%s%s%s", out, *out ? ", " : "",
			    roster_col_label[cols[i]]);
	if (out != NULL && !p->active)
		out = arena_printf(a, "%s%srejoined", out, *out ? ", " : "");
	return out;
}

/* What applying a good row does. -1 on ENOMEM. */
static int
row_kind(struct pctx *c, struct roster_row *row)
{
	const struct roster_person	*p;
	int				 gone = row->v[RC_LEAVE][0] != '\0' &&
					    strcmp(row->v[RC_LEAVE], c->w->today) <= 0;

	if (row->existing < 0) {
		row->kind = gone ? RK_SKIP : RK_ADD;
		return 0;
	}
	p = &c->w->staff[row->existing];
	if (gone) {
		row->kind = p->active ? RK_LEAVE : RK_SAME;
		return 0;
	}
	if ((row->changes = diff_fields(c->a, row, p)) == NULL)
		return -1;
	if (strcasecmp(p->v[RC_TEAM], row->team) != 0) {
		row->kind = RK_MOVE;
		row->from_team = p->v[RC_TEAM];
	} else
		row->kind = *row->changes ? RK_CHANGE : RK_SAME;
	return 0;
}

/* ---- manager loops ----------------------------------------------------- */

/* The graph: node i < nrows is row i; node nrows + j is world person j
 * when they are not in the file. mgr[n] is the node of n's manager or -1. */
static long
node_of(const struct pctx *c, const char *staff_no)
{
	long	i;

	if (staff_no[0] == '\0')
		return -1;
	if ((i = ix_find(c->row_no, c->r->nrows, staff_no, key_row_no, c->r)) >= 0)
		return i;
	if ((i = ix_find(c->w_no, c->w->nstaff, staff_no, key_w_no, c->w)) >= 0)
		return (long)c->r->nrows + i;
	return -1;
}

static const char *
node_staff_no(const struct pctx *c, size_t n)
{
	return n < c->r->nrows ? c->r->rows[n].v[RC_STAFF_NO] :
	    c->w->staff[n - c->r->nrows].v[RC_STAFF_NO];
}

/* Mark every file row on the cycle that starts at path[from]. */
static void
loop_mark(struct pctx *c, const size_t *path, size_t from, size_t to)
{
	const char	*ids = "";
	size_t		 i;

	for (i = from; i < to && i < from + 8 && ids != NULL; i++)
		ids = arena_printf(c->a, "%s%s → ", ids, node_staff_no(c, path[i]));
	if (ids != NULL)
		ids = arena_printf(c->a, "%s%s%s", ids, to - from > 8 ? "… → " : "",
		    node_staff_no(c, path[from]));
	for (i = from; i < to; i++)
		if (path[i] < c->r->nrows && c->r->rows[path[i]].error == NULL)
			c->r->rows[path[i]].error = ids != NULL ?
			    arena_printf(c->a, "Manager loop: %s", ids) : "Manager loop";
}

/* Walk from each node along its managers; a walk that comes back to a
 * node on its own path has found a loop. Each node is walked once. */
static int
loops_find(struct pctx *c, const long *mgr, size_t n)
{
	unsigned char	*state = arena_alloc(c->a, n + 1);	/* 0 new, 1 on path, 2 done */
	size_t		*path = arena_alloc(c->a, (n + 1) * sizeof(*path));
	size_t		 s, len, i;
	long		 v;

	if (state == NULL || path == NULL)
		return -1;
	for (s = 0; s < n; s++) {
		len = 0;
		for (v = (long)s; v >= 0 && state[v] == 0; v = mgr[v]) {
			state[v] = 1;
			path[len++] = (size_t)v;
		}
		if (v >= 0 && state[v] == 1) {
			for (i = 0; path[i] != (size_t)v; i++)
				;
			loop_mark(c, path, i, len);
		}
		for (i = 0; i < len; i++)
			state[path[i]] = 2;
	}
	return 0;
}

/* Unknown managers and manager loops, over the file and the roster. */
static int
managers_check(struct pctx *c)
{
	size_t			 n = c->r->nrows + c->w->nstaff, i;
	long			*mgr = arena_alloc(c->a, (n + 1) * sizeof(*mgr));
	struct roster_row	*row;

	if (mgr == NULL)
		return -1;
	for (i = 0; i < c->r->nrows; i++) {
		row = &c->r->rows[i];
		mgr[i] = node_of(c, row->v[RC_MANAGER]);
		if (mgr[i] < 0 && row->v[RC_MANAGER][0] != '\0' && row->error == NULL)
			row->error = arena_printf(c->a, "Manager's staff ID \"%s\" is "
			    "not in this file or on the roster", row->v[RC_MANAGER]);
	}
	for (i = 0; i < c->w->nstaff; i++)
		mgr[c->r->nrows + i] = ix_find(c->row_no, c->r->nrows,
		    c->w->staff[i].v[RC_STAFF_NO], key_row_no, c->r) >= 0 ? -1 :
		    node_of(c, c->w->staff[i].v[RC_MANAGER]);
	return loops_find(c, mgr, n);
}

/* ---- the plan ------------------------------------------------------------ */

/* Active people in the areas the file covers who are not in it. */
static int
absent_find(struct pctx *c)
{
	const struct roster_person	*p;
	size_t				 i, j;

	c->p->absent = arena_alloc(c->a, (c->w->nstaff + 1) * sizeof(size_t));
	if (c->p->absent == NULL)
		return -1;
	for (i = 0; i < c->w->nstaff; i++) {
		p = &c->w->staff[i];
		if (!p->active || ix_find(c->row_no, c->r->nrows, p->v[RC_STAFF_NO],
		    key_row_no, c->r) >= 0)
			continue;
		for (j = 0; j < c->p->nscope; j++)
			if (strcasecmp(p->v[RC_AREA], c->p->scope[j]) == 0)
				break;
		if (j < c->p->nscope)
			c->p->absent[c->p->nabsent++] = i;
	}
	return 0;
}

static void
digest_str(crypto_generichash_state *h, const char *s)
{
	crypto_generichash_update(h, (const unsigned char *)s, strlen(s) + 1);
}

/* BLAKE2b over every row's outcome and the absent list. */
static void
plan_digest(const struct pctx *c)
{
	crypto_generichash_state	 h;
	unsigned char			 out[32];
	const struct roster_row		*row;
	size_t				 i;
	int				 k;

	crypto_generichash_init(&h, NULL, 0, sizeof(out));
	for (i = 0; i < c->r->nrows; i++) {
		row = &c->r->rows[i];
		digest_str(&h, row->error ? row->error : "");
		digest_str(&h, roster_kind_name[row->kind]);
		for (k = 0; k < RC__MAX; k++)
			digest_str(&h, row->v[k]);
		digest_str(&h, row->team ? row->team : "");
		digest_str(&h, row->changes ? row->changes : "");
	}
	digest_str(&h, "absent");
	for (i = 0; i < c->p->nabsent; i++)
		digest_str(&h, c->w->staff[c->p->absent[i]].v[RC_STAFF_NO]);
	crypto_generichash_final(&h, out, sizeof(out));
	sodium_bin2hex(c->p->digest, sizeof(c->p->digest), out, sizeof(out));
}

/* Each row's team, username and kind; the scope areas. -1 on ENOMEM. */
static int
rows_plan(struct pctx *c)
{
	struct roster_row	*row;
	size_t			 i;

	for (i = 0; i < c->r->nrows; i++) {
		row = &c->r->rows[i];
		row->existing = ix_find(c->w_no, c->w->nstaff, row->v[RC_STAFF_NO],
		    key_w_no, c->w);
		if (row->error == NULL)
			row->error = team_resolve(c, row);
		if (row->error == NULL)
			row->error = username_free(c, row);
		if (row->area != NULL &&
		    list_add(c->a, &c->p->scope, &c->p->nscope, row->area) < 0)
			return -1;
	}
	return 0;
}

int
roster_plan(struct arena *a, struct roster *r, const struct roster_world *w,
    struct roster_plan *p)
{
	struct pctx	 c = { a, r, w, p, NULL, NULL, NULL };
	size_t		 i;

	memset(p, 0, sizeof(*p));
	if ((c.row_no = rows_by(a, r, RC_STAFF_NO)) == NULL ||
	    (c.w_no = world_by(a, w, RC_STAFF_NO)) == NULL ||
	    (c.w_user = world_by(a, w, RC_USERNAME)) == NULL)
		return -1;
	if (rows_plan(&c) == -1 || managers_check(&c) == -1)
		return -1;
	for (i = 0; i < r->nrows; i++) {
		if (r->rows[i].error == NULL && row_kind(&c, &r->rows[i]) == -1)
			return -1;
		if (r->rows[i].error == NULL)
			p->count[r->rows[i].kind]++;
	}
	if (absent_find(&c) == -1)
		return -1;
	count_bad(r);
	plan_digest(&c);
	return 0;
}
