#ifndef CHORUS_CSVOUT_H
#define CHORUS_CSVOUT_H
/*
 * CSV exports (RFC 4180) for Insights: UTF-8 with a byte-order mark so
 * that Excel reads it as UTF-8, CRLF line ends, a cell quoted when it holds
 * a comma, a double quote, CR or LF (quotes doubled inside). Text cells
 * that a spreadsheet would run as a formula (starting with = + - @, tab or
 * CR) get a leading apostrophe. Numbers go through csv_int/csv_num and are
 * never guarded. Dates are written as the ISO text the query gave
 * (YYYY-MM-DD). A suppressed figure is written as the suppress_label()
 * text, exactly as the page shows it.
 *
 * Usage: csv_begin(&w, &c->resp->body); csv_text(&w, "Team"); ...;
 * csv_end_row(&w); then csv_respond() for the headers. Every call returns
 * 0, or -1 when the buffer is full (the writer remembers the failure, so
 * checking csv_error() once at the end is enough).
 */
#include <stddef.h>

struct arena;
struct buf;
struct resp;

struct csv {
	struct buf	*out;
	size_t		 col;	/* cells written in the current row */
	int		 failed;
};

/* Start a document in out (which should be empty): writes the BOM. */
int	csv_begin(struct csv *, struct buf *out);
/* A text cell (NULL writes an empty cell), formula-guarded. */
int	csv_text(struct csv *, const char *);
/* An integer cell. */
int	csv_int(struct csv *, long long);
/* A number with this many decimals (0-6). */
int	csv_num(struct csv *, double, int decimals);
/* End the row with CRLF. */
int	csv_end_row(struct csv *);
/* 1 if any call failed. */
int	csv_error(const struct csv *);

/*
 * Make the response a download: Content-Type text/csv; charset=utf-8 and
 * Content-Disposition: attachment; filename="NAME.csv". The name is built
 * from base, keeping [A-Za-z0-9_-] and turning anything else into '-'
 * (at most 80 characters). 0, or -1 (nothing set).
 */
int	csv_respond(struct resp *, struct arena *, const char *base);
/* The safe file name (without .csv) csv_respond would use. NULL on ENOMEM. */
char	*csv_filename(struct arena *, const char *base);

#endif
