#ifndef CHORUS_SVG_H
#define CHORUS_SVG_H
/*
 * Server-rendered SVG charts for Insights: line charts for trends, bar
 * charts for distributions. No script, no style element and no style
 * attributes (the CSP allows neither): colours, dashes and markers are
 * presentation attributes. Each series has its own colour, dash pattern
 * and marker shape, so the lines can be told apart without colour. Text
 * (title, labels, legend) is XML-escaped here, the one escaper for SVG.
 *
 * A chart is served as its own response (image/svg+xml, see
 * svg_respond()) and shown with <img class="chorus-chart" alt="...">;
 * every chart has a table of the same numbers beneath it on the page,
 * which is what screen readers and printouts use. A point with no figure
 * (suppressed, or no responses) is a gap in the line; a bar with no
 * figure shows the gap text instead ("fewer than 5 responses").
 */
#include <stddef.h>

struct arena;
struct buf;
struct resp;

#define SVG_SERIES_MAX	6	/* distinct colour + dash + marker styles */

struct svg_series {
	const char		*name;	/* legend text */
	const double		*y;	/* one value per point */
	const unsigned char	*gap;	/* one per point: 1 = no figure; may be NULL */
};

struct svg_chart {
	const char		*title;		/* the chart's <title> */
	const char		*desc;		/* its <desc>, e.g. "The table below ..." */
	const char *const	*labels;	/* x labels (line) or bar labels */
	size_t			 npoints;
	double			 ymin, ymax;	/* value axis; ymax > ymin */
	const char		*unit;		/* after axis numbers: "%", or "" */
	const char		*gap_text;	/* bar charts: shown for a gap */
};

/*
 * A line chart of up to SVG_SERIES_MAX series over chart->npoints x
 * positions into out. 0, or -1 (bad arguments, or out full).
 */
int	svg_line(struct buf *out, const struct svg_chart *, const struct svg_series *,
	    size_t nseries);

/* A horizontal bar chart, one bar per label, from one series. 0 or -1. */
int	svg_bar(struct buf *out, const struct svg_chart *, const struct svg_series *);

/* Append s XML-escaped (& < > " '). 0 or -1. */
int	svg_escape(struct buf *out, const char *s);

/* Content-Type image/svg+xml; charset=utf-8. 0. */
int	svg_respond(struct resp *);

#endif
