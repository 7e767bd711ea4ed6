/* RFC 4180 CSV writer for exports (csvout.h has the contract). */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "csvout.h"
#include "http.h"

#define CSV_NAME_MAX	80

static int
csv_put(struct csv *w, const char *s, size_t len)
{
	if (w->failed || buf_put(w->out, s, len) == -1) {
		w->failed = 1;
		return -1;
	}
	return 0;
}

int
csv_begin(struct csv *w, struct buf *out)
{
	w->out = out;
	w->col = 0;
	w->failed = 0;
	return csv_put(w, "\xEF\xBB\xBF", 3);
}

/* The separator before every cell but the first of a row. */
static int
csv_sep(struct csv *w)
{
	if (w->col++ > 0)
		return csv_put(w, ",", 1);
	return 0;
}

static int
needs_quotes(const char *s)
{
	return strpbrk(s, ",\"\r\n") != NULL;
}

static int
is_formula(const char *s)
{
	return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
}

int
csv_text(struct csv *w, const char *s)
{
	const char	*p;
	int		 quote;

	if (csv_sep(w) == -1)
		return -1;
	if (s == NULL || *s == '\0')
		return 0;
	quote = needs_quotes(s);
	if (quote && csv_put(w, "\"", 1) == -1)
		return -1;
	if (is_formula(s) && csv_put(w, "'", 1) == -1)
		return -1;
	for (p = s; *p != '\0'; p++) {
		if (*p == '"' && csv_put(w, "\"", 1) == -1)
			return -1;
		if (csv_put(w, p, 1) == -1)
			return -1;
	}
	return quote ? csv_put(w, "\"", 1) : 0;
}

int
csv_int(struct csv *w, long long v)
{
	char	tmp[32];
	int	len = snprintf(tmp, sizeof(tmp), "%lld", v);

	if (csv_sep(w) == -1)
		return -1;
	return csv_put(w, tmp, (size_t)len);
}

int
csv_num(struct csv *w, double v, int decimals)
{
	char	tmp[64];
	int	len;

	if (decimals < 0)
		decimals = 0;
	if (decimals > 6)
		decimals = 6;
	len = snprintf(tmp, sizeof(tmp), "%.*f", decimals, v);
	if (csv_sep(w) == -1)
		return -1;
	if (len < 0 || (size_t)len >= sizeof(tmp)) {
		w->failed = 1;
		return -1;
	}
	return csv_put(w, tmp, (size_t)len);
}

int
csv_end_row(struct csv *w)
{
	w->col = 0;
	return csv_put(w, "\r\n", 2);
}

int
csv_error(const struct csv *w)
{
	return w->failed;
}

char *
csv_filename(struct arena *a, const char *base)
{
	char	*name;
	size_t	 i, len = base != NULL ? strlen(base) : 0;

	if (len == 0)
		base = "export", len = 6;
	if (len > CSV_NAME_MAX)
		len = CSV_NAME_MAX;
	if ((name = arena_strndup(a, base, len)) == NULL)
		return NULL;
	for (i = 0; i < len; i++)
		if (!((name[i] >= 'a' && name[i] <= 'z') ||
		    (name[i] >= 'A' && name[i] <= 'Z') ||
		    (name[i] >= '0' && name[i] <= '9') ||
		    name[i] == '_' || name[i] == '-'))
			name[i] = '-';
	return name;
}

int
csv_respond(struct resp *r, struct arena *a, const char *base)
{
	char	*name = csv_filename(a, base), *disp;

	if (name == NULL ||
	    (disp = arena_printf(a, "attachment; filename=\"%s.csv\"", name)) == NULL)
		return -1;
	if (resp_header(r, a, "Content-Disposition", disp) == -1)
		return -1;
	r->ctype = "text/csv; charset=utf-8";
	return 0;
}
