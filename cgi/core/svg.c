/* SVG line and bar charts (svg.h has the contract). */
#include <math.h>
#include <string.h>

#include "buf.h"
#include "http.h"
#include "svg.h"

#define W		720
#define H		360
#define PAD_L		56
#define PAD_R		16
#define PAD_T		40
#define PAD_B		56
#define BAR_LABEL_W	200
#define BAR_H		28
#define BAR_GAP		10

/* GOV.UK colours, dash patterns and markers, one style per series. */
static const char *const colours[SVG_SERIES_MAX] = {
	"#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#505a5f",
};
static const char *const dashes[SVG_SERIES_MAX] = {
	"none", "8 4", "2 3", "12 4 2 4", "6 2", "1 5",
};
enum marker { M_CIRCLE, M_SQUARE, M_TRIANGLE, M_DIAMOND, M_CROSS, M_BAR };

int
svg_escape(struct buf *out, const char *s)
{
	const char	*p;
	int		 rc = 0;

	for (p = s != NULL ? s : ""; *p != '\0' && rc == 0; p++) {
		switch (*p) {
		case '&':	rc = buf_puts(out, "&amp;"); break;
		case '<':	rc = buf_puts(out, "&lt;"); break;
		case '>':	rc = buf_puts(out, "&gt;"); break;
		case '"':	rc = buf_puts(out, "&quot;"); break;
		case '\'':	rc = buf_puts(out, "&#39;"); break;
		default:	rc = buf_putc(out, *p); break;
		}
	}
	return rc;
}

int
svg_respond(struct resp *r)
{
	r->ctype = "image/svg+xml; charset=utf-8";
	return 0;
}

/* <svg> with title and desc. */
static int
svg_open(struct buf *out, const struct svg_chart *ch, int height)
{
	int	rc = 0;

	rc |= buf_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
	    "font-family=\"Arial, sans-serif\" font-size=\"14\">\n<title>",
	    W, height, W, height);
	rc |= svg_escape(out, ch->title);
	rc |= buf_puts(out, "</title>\n<desc>");
	rc |= svg_escape(out, ch->desc);
	rc |= buf_printf(out, "</desc>\n<rect x=\"0\" y=\"0\" width=\"%d\" "
	    "height=\"%d\" fill=\"#ffffff\"/>\n", W, height);
	return rc ? -1 : 0;
}

static int
chart_ok(const struct svg_chart *ch)
{
	return ch != NULL && ch->npoints > 0 && ch->labels != NULL &&
	    isfinite(ch->ymin) && isfinite(ch->ymax) && ch->ymax > ch->ymin;
}

static double
clampd(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* y axis: five gridlines with their values. */
static int
y_axis(struct buf *out, const struct svg_chart *ch)
{
	int	i, rc = 0, y;
	double	v;

	for (i = 0; i <= 4; i++) {
		v = ch->ymin + (ch->ymax - ch->ymin) * i / 4.0;
		y = H - PAD_B - (H - PAD_T - PAD_B) * i / 4;
		rc |= buf_printf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
		    "stroke=\"#b1b4b6\" stroke-width=\"1\"/>\n", PAD_L, y, W - PAD_R, y);
		rc |= buf_printf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" "
		    "fill=\"#0b0c0c\">%.0f", PAD_L - 6, y + 5, v);
		rc |= svg_escape(out, ch->unit);
		rc |= buf_puts(out, "</text>\n");
	}
	return rc ? -1 : 0;
}

static double
x_at(const struct svg_chart *ch, size_t i)
{
	if (ch->npoints == 1)
		return (PAD_L + W - PAD_R) / 2.0;
	return PAD_L + 12 + (double)(W - PAD_L - PAD_R - 24) * (double)i /
	    (double)(ch->npoints - 1);
}

static double
y_at(const struct svg_chart *ch, double v)
{
	v = clampd(v, ch->ymin, ch->ymax);
	return H - PAD_B - (H - PAD_T - PAD_B) * (v - ch->ymin) / (ch->ymax - ch->ymin);
}

/* x labels; with many points only every k-th, so they never overlap. */
static int
x_axis(struct buf *out, const struct svg_chart *ch)
{
	size_t	i, step = ch->npoints > 8 ? (ch->npoints + 7) / 8 : 1;
	int	rc = 0;

	for (i = 0; i < ch->npoints; i += step) {
		/* the first and last labels line up with the plot's edges */
		const char *anchor = ch->npoints == 1 ? "middle" : i == 0 ? "start" :
		    i + step >= ch->npoints && i == ch->npoints - 1 ? "end" : "middle";

		rc |= buf_printf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" "
		    "fill=\"#0b0c0c\">", x_at(ch, i) + (anchor[0] == 's' ? -12 : anchor[0] == 'e' ? 12 : 0),
		    H - PAD_B + 22, anchor);
		rc |= svg_escape(out, ch->labels[i]);
		rc |= buf_puts(out, "</text>\n");
	}
	return rc ? -1 : 0;
}

static int
marker(struct buf *out, enum marker m, double x, double y, const char *colour)
{
	switch (m) {
	case M_CIRCLE:
		return buf_printf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>\n",
		    x, y, colour);
	case M_SQUARE:
		return buf_printf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"9\" height=\"9\" "
		    "fill=\"%s\"/>\n", x - 4.5, y - 4.5, colour);
	case M_TRIANGLE:
		return buf_printf(out, "<path d=\"M%.1f %.1fl5.5 9.5h-11z\" fill=\"%s\"/>\n",
		    x, y - 6, colour);
	case M_DIAMOND:
		return buf_printf(out, "<path d=\"M%.1f %.1fl6 6l-6 6l-6 -6z\" fill=\"%s\"/>\n",
		    x, y - 6, colour);
	case M_CROSS:
		return buf_printf(out, "<path d=\"M%.1f %.1fl10 10m0 -10l-10 10\" stroke=\"%s\" "
		    "stroke-width=\"3\"/>\n", x - 5, y - 5, colour);
	default:
		return buf_printf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"4\" height=\"12\" "
		    "fill=\"%s\"/>\n", x - 2, y - 6, colour);
	}
}

/* One series: polyline segments between gaps, and a marker per point. */
static int
series_line(struct buf *out, const struct svg_chart *ch, const struct svg_series *s,
    size_t k)
{
	size_t	i;
	int	rc = 0, open = 0;

	for (i = 0; i < ch->npoints; i++) {
		if ((s->gap != NULL && s->gap[i]) || !isfinite(s->y[i])) {
			if (open)
				rc |= buf_puts(out, "\"/>\n");
			open = 0;
			continue;
		}
		if (!open)
			rc |= buf_printf(out, "<polyline fill=\"none\" stroke=\"%s\" "
			    "stroke-width=\"3\" stroke-dasharray=\"%s\" points=\"",
			    colours[k], dashes[k]);
		rc |= buf_printf(out, "%s%.1f,%.1f", open ? " " : "", x_at(ch, i),
		    y_at(ch, s->y[i]));
		open = 1;
	}
	if (open)
		rc |= buf_puts(out, "\"/>\n");
	for (i = 0; i < ch->npoints; i++)
		if (!((s->gap != NULL && s->gap[i]) || !isfinite(s->y[i])))
			rc |= marker(out, (enum marker)k, x_at(ch, i), y_at(ch, s->y[i]),
			    colours[k]);
	return rc ? -1 : 0;
}

/* The legend across the top: marker, dash sample and name per series. */
static int
legend(struct buf *out, const struct svg_series *s, size_t n)
{
	size_t	k;
	int	rc = 0, x = PAD_L;

	for (k = 0; k < n; k++) {
		rc |= buf_printf(out, "<line x1=\"%d\" y1=\"18\" x2=\"%d\" y2=\"18\" "
		    "stroke=\"%s\" stroke-width=\"3\" stroke-dasharray=\"%s\"/>\n",
		    x, x + 28, colours[k], dashes[k]);
		rc |= marker(out, (enum marker)k, x + 14, 18, colours[k]);
		rc |= buf_printf(out, "<text x=\"%d\" y=\"23\" fill=\"#0b0c0c\">", x + 34);
		rc |= svg_escape(out, s[k].name);
		rc |= buf_puts(out, "</text>\n");
		x += 34 + 8 * (int)(s[k].name != NULL ? strlen(s[k].name) : 0) + 20;
	}
	return rc ? -1 : 0;
}

int
svg_line(struct buf *out, const struct svg_chart *ch, const struct svg_series *s,
    size_t n)
{
	size_t	k;
	int	rc;

	if (!chart_ok(ch) || s == NULL || n == 0 || n > SVG_SERIES_MAX)
		return -1;
	for (k = 0; k < n; k++)
		if (s[k].y == NULL)
			return -1;
	rc = svg_open(out, ch, H);
	rc |= y_axis(out, ch);
	rc |= x_axis(out, ch);
	rc |= legend(out, s, n);
	for (k = 0; k < n && rc == 0; k++)
		rc |= series_line(out, ch, &s[k], k);
	rc |= buf_puts(out, "</svg>\n");
	return rc ? -1 : 0;
}

/* One bar with its label and value (or the gap text). */
static int
bar(struct buf *out, const struct svg_chart *ch, const struct svg_series *s, size_t i)
{
	int	y = PAD_T + (int)i * (BAR_H + BAR_GAP), rc = 0;
	double	span = W - BAR_LABEL_W - PAD_R - 64, w;

	rc |= buf_printf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#0b0c0c\">",
	    BAR_LABEL_W - 8, y + BAR_H / 2 + 5);
	rc |= svg_escape(out, ch->labels[i]);
	rc |= buf_puts(out, "</text>\n");
	if ((s->gap != NULL && s->gap[i]) || !isfinite(s->y[i])) {
		rc |= buf_printf(out, "<text x=\"%d\" y=\"%d\" fill=\"#505a5f\">",
		    BAR_LABEL_W, y + BAR_H / 2 + 5);
		rc |= svg_escape(out, ch->gap_text);
		return rc | buf_puts(out, "</text>\n") ? -1 : 0;
	}
	w = span * (clampd(s->y[i], ch->ymin, ch->ymax) - ch->ymin) / (ch->ymax - ch->ymin);
	rc |= buf_printf(out, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
	    "fill=\"%s\"/>\n", BAR_LABEL_W, y, w, BAR_H, colours[0]);
	rc |= buf_printf(out, "<text x=\"%.1f\" y=\"%d\" fill=\"#0b0c0c\">%.0f",
	    BAR_LABEL_W + w + 6, y + BAR_H / 2 + 5, s->y[i]);
	rc |= svg_escape(out, ch->unit);
	return rc | buf_puts(out, "</text>\n") ? -1 : 0;
}

int
svg_bar(struct buf *out, const struct svg_chart *ch, const struct svg_series *s)
{
	size_t	i;
	int	rc, height;

	if (!chart_ok(ch) || s == NULL || s->y == NULL || ch->npoints > 100)
		return -1;
	height = PAD_T + (int)ch->npoints * (BAR_H + BAR_GAP) + 10;
	rc = svg_open(out, ch, height);
	rc |= buf_printf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
	    "stroke=\"#0b0c0c\" stroke-width=\"1\"/>\n", BAR_LABEL_W, PAD_T - 4,
	    BAR_LABEL_W, height - 10);
	for (i = 0; i < ch->npoints && rc == 0; i++)
		rc |= bar(out, ch, s, i);
	rc |= buf_puts(out, "</svg>\n");
	return rc ? -1 : 0;
}
