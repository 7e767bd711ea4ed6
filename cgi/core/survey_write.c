/*
 * Survey definitions out to the documented file format. Every value goes
 * on one "key: value" line; anything the parser would read back
 * differently is refused rather than written wrong.
 */
#include <string.h>

#include "buf.h"
#include "survey_write.h"

/* Would the parser read v back unchanged? No control bytes, no outer blanks. */
static int
value_ok(const char *v)
{
	size_t	n = strlen(v), i;

	for (i = 0; i < n; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f)
			return 0;
	return n == 0 || (v[0] != ' ' && v[n - 1] != ' ');
}

/* "key: value\n"; an empty optional value writes nothing. 0 or -1. */
static int
put_line(struct buf *out, const char *key, const char *v, int optional)
{
	if (v == NULL || (optional && v[0] == '\0'))
		return 0;
	if (!value_ok(v) || v[0] == '\0')
		return -1;
	return buf_printf(out, "%s: %s\n", key, v);
}

/* The option lines of a single or multi question. 0 or -1. */
static int
put_options(struct buf *out, const struct question *q)
{
	size_t	i;

	if (q->kind != Q_SINGLE && q->kind != Q_MULTI)
		return 0;
	for (i = 0; i < q->noptions; i++) {
		if (!value_ok(q->options[i].value) || !value_ok(q->options[i].label) ||
		    strchr(q->options[i].value, '|') != NULL)
			return -1;
		if (buf_printf(out, "option: %s | %s\n", q->options[i].value,
		    q->options[i].label) == -1)
			return -1;
	}
	return 0;
}

/* One question block, with a blank line before it. 0 or -1. */
static int
put_question(struct buf *out, const struct question *q)
{
	if (buf_putc(out, '\n') == -1 || put_line(out, "question", q->qkey, 0) == -1 ||
	    put_line(out, "kind", qkind_names[q->kind], 0) == -1 ||
	    put_line(out, "text", q->text, 0) == -1 ||
	    put_line(out, "hint", q->hint, 1) == -1)
		return -1;
	if (!q->required && buf_puts(out, "required: no\n") == -1)
		return -1;
	if (q->kind == Q_TEXT && buf_printf(out, "maxlen: %u\n", q->maxlen) == -1)
		return -1;
	if (q->show_if_qkey != NULL && (!value_ok(q->show_if_qkey) ||
	    !value_ok(q->show_if_value) || buf_printf(out, "show-if: %s = %s\n",
	    q->show_if_qkey, q->show_if_value) == -1))
		return -1;
	return put_options(out, q);
}

/* One section and its questions. 0 or -1. */
static int
put_section(struct buf *out, const struct section *sec)
{
	size_t	i;

	if (buf_putc(out, '\n') == -1 || put_line(out, "section", sec->title, 0) == -1 ||
	    put_line(out, "intro", sec->intro, 1) == -1)
		return -1;
	for (i = 0; i < sec->nquestions; i++)
		if (put_question(out, &sec->questions[i]) == -1)
			return -1;
	return 0;
}

int
survey_def_write(struct buf *out, const struct survey *s)
{
	size_t	i;

	if (buf_printf(out, "# %s version %u, exported by Chorus.\n", s->slug,
	    s->version) == -1 || put_line(out, "survey", s->slug, 0) == -1 ||
	    put_line(out, "title", s->title, 0) == -1 ||
	    buf_printf(out, "version: %u\n", s->version) == -1 ||
	    put_line(out, "intro", s->intro, 1) == -1)
		return -1;
	for (i = 0; i < s->nsections; i++)
		if (put_section(out, &s->sections[i]) == -1)
			return -1;
	return 0;
}
