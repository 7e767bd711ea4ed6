/*
 * The plain-text survey definition format (docs/survey-format.md): one
 * "key: value" per line, '#' comments, blank lines ignored. The parser is
 * strict and bounded: every limit below is checked, every error names its
 * line, and nothing is allocated outside the caller's arena.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "field.h"
#include "survey.h"
#include "utf8.h"

#define DEF_MAX_FILE		(1024 * 1024)	/* bytes */
#define DEF_MAX_LINE		4000		/* bytes, without the newline */
#define DEF_MAX_SECTIONS	50
#define DEF_MAX_QUESTIONS	200
#define DEF_MAX_OPTIONS		50
#define DEF_MAX_KEY		64		/* slug, qkey, option value */
#define DEF_MAX_TITLE		200		/* characters */
#define DEF_MAX_TEXT		500
#define DEF_MAX_INTRO		2000
#define DEF_MAX_VERSION		1000000
#define DEF_MAX_MAXLEN		5000
#define DEF_MAXLEN		1000

enum key {
	K_SURVEY, K_TITLE, K_VERSION, K_INTRO, K_SECTION, K_QUESTION,
	K_KIND, K_TEXT, K_HINT, K_REQUIRED, K_MAXLEN, K_SHOWIF, K_OPTION,
	K__MAX
};

enum where { IN_HEADER, IN_SECTION, IN_QUESTION };

struct parser {
	struct arena	*a;
	char		*err;
	size_t		 errlen;
	unsigned	 line;
	enum where	 where;
	unsigned	 seen;		/* bit per key in the current block */
	unsigned	 hseen;		/* bit per key in the header */
	unsigned	 sline, qline;	/* where the open section/question began */
	struct survey	*s;
	struct section	 sec[DEF_MAX_SECTIONS];
	struct question	 q[DEF_MAX_QUESTIONS];
	size_t		 nq;
	struct qoption	 opt[DEF_MAX_OPTIONS];	/* the open question's */
	size_t		 nopt;
};

typedef int (*keyfn)(struct parser *, const char *val, size_t len);

static int	key_survey(struct parser *, const char *, size_t);
static int	key_title(struct parser *, const char *, size_t);
static int	key_version(struct parser *, const char *, size_t);
static int	key_intro(struct parser *, const char *, size_t);
static int	key_section(struct parser *, const char *, size_t);
static int	key_question(struct parser *, const char *, size_t);
static int	key_kind(struct parser *, const char *, size_t);
static int	key_text(struct parser *, const char *, size_t);
static int	key_hint(struct parser *, const char *, size_t);
static int	key_required(struct parser *, const char *, size_t);
static int	key_maxlen(struct parser *, const char *, size_t);
static int	key_showif(struct parser *, const char *, size_t);
static int	key_option(struct parser *, const char *, size_t);

/* Each key, and the one place it is handled. */
static const struct {
	const char	*name;
	keyfn		 fn;
} keys[K__MAX] = {
	[K_SURVEY] = { "survey", key_survey },
	[K_TITLE] = { "title", key_title },
	[K_VERSION] = { "version", key_version },
	[K_INTRO] = { "intro", key_intro },
	[K_SECTION] = { "section", key_section },
	[K_QUESTION] = { "question", key_question },
	[K_KIND] = { "kind", key_kind },
	[K_TEXT] = { "text", key_text },
	[K_HINT] = { "hint", key_hint },
	[K_REQUIRED] = { "required", key_required },
	[K_MAXLEN] = { "maxlen", key_maxlen },
	[K_SHOWIF] = { "show-if", key_showif },
	[K_OPTION] = { "option", key_option },
};

#define BIT(k)	(1u << (k))

/* Record "line N: reason" in the caller's buffer. Always returns -1. */
static int
fail(struct parser *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
fail(struct parser *p, const char *fmt, ...)
{
	char	why[256];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	if (p->errlen > 0)
		snprintf(p->err, p->errlen, "line %u: %s", p->line, why);
	return -1;
}

/* s[0..len) is one or more of [a-z0-9] and the bytes in extra, at most max. */
static int
key_chars_ok(const char *s, size_t len, const char *extra, size_t max)
{
	size_t	i;

	if (len == 0 || len > max)
		return 0;
	for (i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
		    (s[i] != '\0' && strchr(extra, s[i]) != NULL)))
			return 0;
	return 1;
}

int
survey_key_ok(const char *s, const char *extra)
{
	return key_chars_ok(s, strlen(s), extra, 64);
}

/* An arena copy of display text of at most max characters, or NULL (failed). */
static const char *
text_copy(struct parser *p, const char *name, const char *v, size_t len,
    size_t max)
{
	char	*s;

	if (utf8_count(v, len) > max) {
		fail(p, "%s: longer than %zu characters", name, max);
		return NULL;
	}
	if ((s = arena_strndup(p->a, v, len)) == NULL)
		fail(p, "out of memory");
	return s;
}

/* An arena copy of a key-like value (slug, qkey, option value), or NULL. */
static const char *
key_copy(struct parser *p, const char *name, const char *v, size_t len,
    const char *extra)
{
	char	*s;

	if (!key_chars_ok(v, len, extra, DEF_MAX_KEY)) {
		fail(p, "%s: must be 1 to %d of a-z, 0-9 and '%s'", name,
		    DEF_MAX_KEY, extra);
		return NULL;
	}
	if ((s = arena_strndup(p->a, v, len)) == NULL)
		fail(p, "out of memory");
	return s;
}

/* The question being defined. */
static struct question *
cur_q(struct parser *p)
{
	return &p->q[p->nq - 1];
}

/* The section being defined. */
static struct section *
cur_sec(struct parser *p)
{
	return &p->sec[p->s->nsections - 1];
}

/*
 * Finish the open question: it needs a kind and a text; single and multi
 * need two options, which move from the scratch list into the arena; the
 * scale kinds get a copy of their fixed choices. 0 or -1.
 */
static int
question_close(struct parser *p)
{
	struct question		*q = cur_q(p);
	const struct qoption	*fixed;
	size_t			 n;

	p->line = p->qline;
	if (!(p->seen & BIT(K_KIND)))
		return fail(p, "question %s has no kind:", q->qkey);
	if (!(p->seen & BIT(K_TEXT)))
		return fail(p, "question %s has no text:", q->qkey);
	if (q->kind == Q_SINGLE || q->kind == Q_MULTI) {
		if (p->nopt < 2)
			return fail(p, "question %s (%s) needs at least 2 options",
			    q->qkey, qkind_names[q->kind]);
		fixed = p->opt;
		n = p->nopt;
	} else
		fixed = qkind_options(q->kind, &n);
	if (n > 0) {
		if ((q->options = arena_alloc(p->a, n * sizeof(*q->options))) == NULL)
			return fail(p, "out of memory");
		memcpy(q->options, fixed, n * sizeof(*q->options));
	}
	q->noptions = n;
	p->nopt = 0;
	return 0;
}

/* Finish whatever block is open (question, section) before a new one. */
static int
block_close(struct parser *p)
{
	unsigned	line = p->line;

	if (p->where == IN_QUESTION && question_close(p) == -1)
		return -1;
	if (p->where != IN_HEADER && cur_sec(p)->nquestions == 0) {
		p->line = p->sline;
		return fail(p, "section \"%.60s\" has no questions",
		    cur_sec(p)->title);
	}
	p->line = line;
	return 0;
}

static int
key_survey(struct parser *p, const char *v, size_t len)
{
	if (p->where != IN_HEADER || p->hseen != 0)
		return fail(p, "survey: must be the first line of the definition, "
		    "and only once");
	return (p->s->slug = key_copy(p, "survey", v, len, "-")) ? 0 : -1;
}

static int
key_title(struct parser *p, const char *v, size_t len)
{
	if (p->where == IN_SECTION)
		return fail(p, "title: belongs to the survey; a section's title "
		    "goes on its section: line");
	if (p->where == IN_QUESTION)
		return fail(p, "title: belongs to the survey; a question's "
		    "wording goes on text:");
	return (p->s->title = text_copy(p, "title", v, len, DEF_MAX_TITLE)) ?
	    0 : -1;
}

static int
key_version(struct parser *p, const char *v, size_t len)
{
	long long	n;
	char		num[16];

	if (p->where != IN_HEADER)
		return fail(p, "version: must come before the first section");
	if (len >= sizeof(num))
		return fail(p, "version: must be a whole number from 1 to %d",
		    DEF_MAX_VERSION);
	memcpy(num, v, len);
	num[len] = '\0';
	if (parse_ll(num, 1, DEF_MAX_VERSION, &n) == -1)
		return fail(p, "version: must be a whole number from 1 to %d",
		    DEF_MAX_VERSION);
	p->s->version = (unsigned)n;
	return 0;
}

static int
key_intro(struct parser *p, const char *v, size_t len)
{
	const char	*s;

	if (p->where == IN_QUESTION)
		return fail(p, "intro: belongs to the survey or a section, not a "
		    "question (use hint:)");
	if ((s = text_copy(p, "intro", v, len, DEF_MAX_INTRO)) == NULL)
		return -1;
	if (p->where == IN_HEADER)
		p->s->intro = s;
	else
		cur_sec(p)->intro = s;
	return 0;
}

/* The header is complete when the first section starts. */
static int
header_close(struct parser *p)
{
	if (!(p->hseen & BIT(K_TITLE)))
		return fail(p, "the survey needs a title: before its first section");
	if (!(p->hseen & BIT(K_VERSION)))
		return fail(p, "the survey needs a version: before its first section");
	return 0;
}

static int
key_section(struct parser *p, const char *v, size_t len)
{
	struct section	*sec;

	if (p->where == IN_HEADER && header_close(p) == -1)
		return -1;
	if (block_close(p) == -1)
		return -1;
	if (p->s->nsections == DEF_MAX_SECTIONS)
		return fail(p, "more than %d sections", DEF_MAX_SECTIONS);
	sec = &p->sec[p->s->nsections++];
	if ((sec->title = text_copy(p, "section", v, len, DEF_MAX_TITLE)) == NULL)
		return -1;
	sec->intro = "";
	sec->questions = &p->q[p->nq];
	p->where = IN_SECTION;
	p->sline = p->line;
	return 0;
}

static int
key_question(struct parser *p, const char *v, size_t len)
{
	struct question	*q;
	const char	*qkey;
	unsigned	 line = p->line;

	if (p->where == IN_HEADER)
		return fail(p, "question: before the first section:");
	if (p->where == IN_QUESTION && question_close(p) == -1)
		return -1;
	p->line = line;
	if ((qkey = key_copy(p, "question", v, len, "_")) == NULL)
		return -1;
	if (survey_question(p->s, qkey) != NULL)
		return fail(p, "question %s is defined twice (keys are unique in "
		    "a survey)", qkey);
	if (p->nq == DEF_MAX_QUESTIONS)
		return fail(p, "more than %d questions", DEF_MAX_QUESTIONS);
	q = &p->q[p->nq++];
	q->qkey = qkey;
	q->hint = "";
	q->required = 1;
	q->maxlen = DEF_MAXLEN;
	cur_sec(p)->nquestions++;
	p->where = IN_QUESTION;
	p->qline = p->line;
	return 0;
}

static int
key_kind(struct parser *p, const char *v, size_t len)
{
	int	k;

	for (k = 0; k < Q__MAX; k++)
		if (strlen(qkind_names[k]) == len &&
		    memcmp(qkind_names[k], v, len) == 0) {
			cur_q(p)->kind = (enum qkind)k;
			return 0;
		}
	return fail(p, "kind: \"%.*s\" is not one of agree5, scale10, single, "
	    "multi, yesno, text", (int)(len > 40 ? 40 : len), v);
}

static int
key_text(struct parser *p, const char *v, size_t len)
{
	return (cur_q(p)->text = text_copy(p, "text", v, len, DEF_MAX_TEXT)) ?
	    0 : -1;
}

static int
key_hint(struct parser *p, const char *v, size_t len)
{
	return (cur_q(p)->hint = text_copy(p, "hint", v, len, DEF_MAX_TEXT)) ?
	    0 : -1;
}

static int
key_required(struct parser *p, const char *v, size_t len)
{
	if (len == 3 && memcmp(v, "yes", 3) == 0)
		cur_q(p)->required = 1;
	else if (len == 2 && memcmp(v, "no", 2) == 0)
		cur_q(p)->required = 0;
	else
		return fail(p, "required: must be yes or no");
	return 0;
}

static int
key_maxlen(struct parser *p, const char *v, size_t len)
{
	long long	n;
	char		num[16];

	if (!(p->seen & BIT(K_KIND)))
		return fail(p, "maxlen: must come after kind:");
	if (cur_q(p)->kind != Q_TEXT)
		return fail(p, "maxlen: only text questions have a length limit");
	if (len >= sizeof(num))
		return fail(p, "maxlen: must be a whole number from 1 to %d",
		    DEF_MAX_MAXLEN);
	memcpy(num, v, len);
	num[len] = '\0';
	if (parse_ll(num, 1, DEF_MAX_MAXLEN, &n) == -1)
		return fail(p, "maxlen: must be a whole number from 1 to %d",
		    DEF_MAX_MAXLEN);
	cur_q(p)->maxlen = (unsigned)n;
	return 0;
}

/* Trim spaces and tabs from both ends of s[0..*len); returns the new start. */
static const char *
trim(const char *s, size_t *len)
{
	while (*len > 0 && (s[0] == ' ' || s[0] == '\t')) {
		s++;
		(*len)--;
	}
	while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\t'))
		(*len)--;
	return s;
}

/* Is v[0..len) one of q's choice values? */
static int
is_choice(const struct question *q, const char *v, size_t len)
{
	size_t	i;

	for (i = 0; i < q->noptions; i++)
		if (strlen(q->options[i].value) == len &&
		    memcmp(q->options[i].value, v, len) == 0)
			return 1;
	return 0;
}

/*
 * show-if: QKEY = VALUE. QKEY must be a question defined before this one
 * (so a rule can never point forward or at itself) with choices, and
 * VALUE one of those choices.
 */
static int
key_showif(struct parser *p, const char *v, size_t len)
{
	const struct question	*t = NULL;
	const char		*eq = memchr(v, '=', len), *k, *val, *qkey;
	size_t			 klen, vlen, i;

	if (eq == NULL)
		return fail(p, "show-if: expected \"question_key = value\"");
	klen = (size_t)(eq - v);
	vlen = len - klen - 1;
	k = trim(v, &klen);
	val = trim(eq + 1, &vlen);
	if ((qkey = key_copy(p, "show-if", k, klen, "_")) == NULL)
		return -1;
	if (strcmp(qkey, cur_q(p)->qkey) == 0)
		return fail(p, "show-if: question %s cannot depend on itself", qkey);
	for (i = 0; i + 1 < p->nq; i++)
		if (strcmp(p->q[i].qkey, qkey) == 0)
			t = &p->q[i];
	if (t == NULL)
		return fail(p, "show-if: %s is not an earlier question (a rule can "
		    "only refer to a question asked before this one)", qkey);
	if (t->kind == Q_TEXT)
		return fail(p, "show-if: %s is a text question; a rule needs a "
		    "question with choices", qkey);
	if (!is_choice(t, val, vlen))
		return fail(p, "show-if: \"%.*s\" is not one of the choices of %s",
		    (int)(vlen > 64 ? 64 : vlen), val, qkey);
	cur_q(p)->show_if_qkey = qkey;
	return (cur_q(p)->show_if_value = arena_strndup(p->a, val, vlen)) ?
	    0 : fail(p, "out of memory");
}

/* option: VALUE | Label, for single and multi questions only. */
static int
key_option(struct parser *p, const char *v, size_t len)
{
	struct qoption	*o;
	const char	*bar = memchr(v, '|', len), *k, *label;
	size_t		 klen, llen;

	if (!(p->seen & BIT(K_KIND)))
		return fail(p, "option: must come after kind:");
	if (cur_q(p)->kind != Q_SINGLE && cur_q(p)->kind != Q_MULTI)
		return fail(p, "option: only single and multi questions have "
		    "options (%s has fixed choices)", qkind_names[cur_q(p)->kind]);
	if (bar == NULL)
		return fail(p, "option: expected \"value | Label\"");
	if (p->nopt == DEF_MAX_OPTIONS)
		return fail(p, "option: more than %d options", DEF_MAX_OPTIONS);
	klen = (size_t)(bar - v);
	llen = len - klen - 1;
	k = trim(v, &klen);
	label = trim(bar + 1, &llen);
	o = &p->opt[p->nopt];
	if ((o->value = key_copy(p, "option value", k, klen, "_-")) == NULL)
		return -1;
	if (llen == 0)
		return fail(p, "option: %s needs a label after '|'", o->value);
	if ((o->label = text_copy(p, "option label", label, llen,
	    DEF_MAX_TITLE)) == NULL)
		return -1;
	for (klen = 0; klen < p->nopt; klen++)
		if (strcmp(p->opt[klen].value, o->value) == 0)
			return fail(p, "option: value %s is used twice", o->value);
	p->nopt++;
	return 0;
}

/* Which keys each block accepts; the key functions give the detail. */
static int
key_allowed(struct parser *p, enum key k)
{
	static const unsigned qkeys = BIT(K_KIND) | BIT(K_TEXT) | BIT(K_HINT) |
	    BIT(K_REQUIRED) | BIT(K_MAXLEN) | BIT(K_SHOWIF) | BIT(K_OPTION);

	if (p->where == IN_HEADER && k != K_SURVEY && p->hseen == 0)
		return fail(p, "a definition starts with \"survey: slug\"");
	if ((BIT(k) & qkeys) && p->where != IN_QUESTION)
		return fail(p, "%s: outside a question (start one with "
		    "\"question: key\")", keys[k].name);
	if (k != K_OPTION && k != K_SECTION && k != K_QUESTION &&
	    (p->seen & BIT(k)))
		return fail(p, "%s: given twice", keys[k].name);
	return 0;
}

/*
 * One non-blank, non-comment line, already trimmed: "key: value". Finds
 * the key in the table, checks it belongs here, checks the value has no
 * control characters, and hands it to the key's function. 0 or -1.
 */
static int
line_parse(struct parser *p, const char *s, size_t len)
{
	const char	*colon = memchr(s, ':', len), *v;
	size_t		 klen, vlen, i;
	int		 k;

	if (colon == NULL || !key_chars_ok(s, (size_t)(colon - s), "-", 16))
		return fail(p, "expected \"key: value\"");
	klen = (size_t)(colon - s);
	for (k = 0; k < K__MAX; k++)
		if (strlen(keys[k].name) == klen && memcmp(keys[k].name, s, klen) == 0)
			break;
	if (k == K__MAX)
		return fail(p, "unknown key \"%.*s\"", (int)klen, s);
	vlen = len - klen - 1;
	v = trim(colon + 1, &vlen);
	if (vlen == 0)
		return fail(p, "%s: needs a value", keys[k].name);
	for (i = 0; i < vlen; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f)
			return fail(p, "%s: control character in the value",
			    keys[k].name);
	if (key_allowed(p, (enum key)k) == -1 || keys[k].fn(p, v, vlen) == -1)
		return -1;
	if (k == K_SECTION || k == K_QUESTION)
		p->seen = 0;
	p->seen |= BIT(k);
	if (p->where == IN_HEADER)
		p->hseen = p->seen;
	return 0;
}

/* The end of the text: close the open blocks and check something was defined. */
static int
def_close(struct parser *p)
{
	if (p->hseen == 0)
		return fail(p, "empty definition: a definition starts with "
		    "\"survey: slug\"");
	if (p->where == IN_HEADER)
		return fail(p, "the survey has no sections");
	if (block_close(p) == -1)
		return -1;
	return 0;
}

int
survey_def_parse(struct arena *a, const char *text, size_t len,
    struct survey *out, char *err, size_t errlen)
{
	struct parser	*p;
	const char	*s, *nl, *ln, *end;
	size_t		 n;

	if (text == NULL) {
		text = "";
		len = 0;
	}
	end = text + len;
	if (errlen > 0)
		err[0] = '\0';
	memset(out, 0, sizeof(*out));
	out->intro = "";
	if ((p = arena_alloc(a, sizeof(*p))) == NULL) {
		if (errlen > 0)
			snprintf(err, errlen, "line 1: out of memory");
		return -1;
	}
	p->a = a;
	p->err = err;
	p->errlen = errlen;
	p->s = out;
	p->line = 1;
	out->sections = p->sec;
	if (len > DEF_MAX_FILE)
		return fail(p, "the file is larger than %d bytes", DEF_MAX_FILE);
	s = text;
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3;	/* a byte order mark, as some editors write */
	for (;; s = nl + 1, p->line++) {
		if ((nl = memchr(s, '\n', (size_t)(end - s))) == NULL)
			nl = end;
		n = (size_t)(nl - s);
		if (n > DEF_MAX_LINE)
			return fail(p, "longer than %d bytes", DEF_MAX_LINE);
		if (n > 0 && s[n - 1] == '\r')
			n--;
		if (!utf8_valid(s, n))
			return fail(p, "not valid UTF-8 text");
		ln = trim(s, &n);
		if (n > 0 && ln[0] != '#' && line_parse(p, ln, n) == -1)
			return -1;
		if (nl == end)
			break;
	}
	if (len > 0 && end[-1] == '\n')
		p->line--;	/* errors at the end name the last line */
	return def_close(p);
}
