/* Child and family feedback: checking, the safeguarding screen, storing, spooling. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "arena.h"
#include "buf.h"
#include "db.h"
#include "field.h"
#include "form.h"
#include "log.h"
#include "spool.h"
#include "submit.h"
#include "utf8.h"
#include "voice.h"

static const struct voption faces[] = {
	{ "1", 0 }, { "2", 0 }, { "3", 0 }, { "4", 0 }, { "5", 0 },
};
static const struct voption ynns[] = {
	{ "yes", 0 }, { "no", 0 }, { "notsure", 0 },
};

const struct voption *
vkind_options(enum vkind k, size_t *n)
{
	if (k == VK_FACES) {
		*n = sizeof(faces) / sizeof(faces[0]);
		return faces;
	}
	if (k == VK_YNNS) {
		*n = sizeof(ynns) / sizeof(ynns[0]);
		return ynns;
	}
	*n = 0;
	return NULL;
}

/* Later rows win: the language's own words lie over English. */
const char *
vt(const struct vtexts *t, const char *key)
{
	size_t	i;

	for (i = t->n; i > 0; i--)
		if (strcmp(t->v[i - 1].key, key) == 0)
			return t->v[i - 1].text;
	return key;
}

const char *
vt_or(const struct vtexts *t, const char *key, const char *fallback)
{
	const char	*s = vt(t, key);

	return s == key ? fallback : s;
}

const char *
vtf(struct arena *a, const struct vtexts *t, const char *fmt, ...)
{
	va_list	 ap;
	char	*key;

	va_start(ap, fmt);
	key = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return key != NULL ? vt(t, key) : "";
}

static const struct voption *
question_options(const struct vquestion *q, size_t *n)
{
	if (q->kind == VK_SINGLE) {
		*n = q->noptions;
		return q->options;
	}
	return vkind_options(q->kind, n);
}

/* The option value v of q, or NULL if it is not one. */
static const struct voption *
option_find(const struct vquestion *q, const char *v)
{
	const struct voption	*o;
	size_t			 i, n;

	if ((o = question_options(q, &n)) == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		if (strcmp(o[i].value, v) == 0)
			return &o[i];
	return NULL;
}

/* The text key of what is wrong with q's answer, or NULL. */
static const char *
answer_problem(const struct vquestion *q, const struct kvlist *form)
{
	const struct kv	*kv = kv_get(form, q->qkey);

	if (kv_count(form, q->qkey) > 1)
		return "ui.error_choose";
	if (kv == NULL || kv->vallen == 0)
		return q->required ? "ui.error_choose" : NULL;
	if (q->kind == VK_TEXT)
		return utf8_count(kv->val, kv->vallen) > q->maxlen ? "ui.error_too_long" : NULL;
	return option_find(q, kv->val) == NULL ? "ui.error_choose" : NULL;
}

int
voice_check(struct arena *a, const struct vform *f, const struct kvlist *form,
    struct verror **errs)
{
	const struct kv	*c = kv_get(form, "contact"), *how = kv_get(form, "contact_how");
	const struct kv	*name = kv_get(form, "contact_name");
	const char	*why;
	size_t		 i;
	int		 n = 0;

	if ((*errs = arena_alloc(a, sizeof(**errs) * (f->nq + 2))) == NULL)
		return -1;
	for (i = 0; i < f->nq; i++)
		if ((why = answer_problem(&f->q[i], form)) != NULL) {
			(*errs)[n].q = &f->q[i];
			(*errs)[n++].tkey = why;
		}
	if ((c != NULL && strcmp(c->val, "1") == 0 && (how == NULL || how->vallen == 0)) ||
	    (how != NULL && utf8_count(how->val, how->vallen) > 200) ||
	    (name != NULL && utf8_count(name->val, name->vallen) > 100)) {
		(*errs)[n].q = NULL;
		(*errs)[n++].tkey = "ui.error_contact";
	}
	return n;
}

/* ASCII-lowercase copy (other scripts are matched as written). */
static char *
lower(struct arena *a, const char *s)
{
	char	*p = arena_strdup(a, s), *q;

	for (q = p; q != NULL && *q != '\0'; q++)
		*q = (char)tolower((unsigned char)*q);
	return p;
}

/*
 * Does term occur in text at the start of a word? A term in Latin letters
 * must not follow a letter, so "hit" finds "he hit me" and "hits" but not
 * "white"; terms in other scripts match anywhere (prefixes attach there).
 */
static int
term_in(const char *text, const char *term)
{
	const char	*p = text;
	int		 latin = isalpha((unsigned char)term[0]);

	while ((p = strstr(p, term)) != NULL) {
		if (!latin || p == text || !isalpha((unsigned char)p[-1]))
			return 1;
		p++;
	}
	return 0;
}

/* Does a free-text answer contain one of the terms? The term, or NULL. */
static const char *
text_match(struct arena *a, const char *text, const char *const *terms, size_t n)
{
	char	*low = lower(a, text);
	size_t	 i;

	for (i = 0; low != NULL && i < n; i++)
		if (terms[i][0] != '\0' && term_in(low, terms[i]))
			return terms[i];
	return NULL;
}

/* Is this answer one that means "look at this now"? */
static int
answer_concerning(const struct vquestion *q, const char *v)
{
	const struct voption	*o;

	switch (q->concern) {
	case VC_NO:
		return strcmp(v, "no") == 0;
	case VC_YES:
		return strcmp(v, "yes") == 0;
	case VC_OPTION:
		return (o = option_find(q, v)) != NULL && o->concern;
	default:
		return 0;
	}
}

const char *
voice_screen(struct arena *a, const struct vsubmission *s,
    const char *const *terms, size_t nterms)
{
	const struct kv	*kv;
	const char	*hit;
	size_t		 i;

	if (s->contact)
		return "The child asked for someone to talk to them";
	for (i = 0; i < s->form->nq; i++) {
		const struct vquestion *q = &s->form->q[i];

		if ((kv = kv_get(s->answers, q->qkey)) == NULL || kv->vallen == 0)
			continue;
		/* the reason travels by e-mail: never the child's own words */
		if (q->kind == VK_TEXT &&
		    (hit = text_match(a, kv->val, terms, nterms)) != NULL)
			return arena_printf(a, "Words that may mean harm in the written answer to %s",
			    q->qkey);
		if (q->kind != VK_TEXT && answer_concerning(q, kv->val))
			return arena_printf(a, "A worrying answer to %s", q->qkey);
	}
	return NULL;
}

int
voice_store(struct db *db, struct arena *a, const struct vsubmission *in,
    unsigned due_hours)
{
	struct vsubmission s0 = *in, *s = &s0;
	struct dbres	  r;
	const char	**terms;
	size_t		  i;
	int		  n;

	/* a team or language that is not (or no longer) there: keep the words */
	if (s->team > 0 && (n = db_voice_team_ok(db, a, s->team)) != 1) {
		if (n == -1)
			return -1;
		s->team = 0;
	}
	if ((n = db_voice_lang_ok(db, a, s->lang)) != 1) {
		if (n == -1)
			return -1;
		s->lang = "en";
	}
	if (db_voice_terms(db, a, s->lang, &r) == -1)
		return -1;
	if ((terms = arena_alloc(a, sizeof(char *) * (r.nrows + 1))) == NULL)
		return -1;
	for (i = 0; i < r.nrows; i++)
		terms[i] = lower(a, dbres_str(&r, i, 0));
	return voice_store_rows(db, a, s, voice_screen(a, s, terms, r.nrows), due_hours);
}

int
voice_submission(struct arena *a, const struct vform *f, const struct kvlist *kv,
    const char *received, struct vsubmission *s)
{
	const char	*fid = kv_str(kv, "fid");

	memset(s, 0, sizeof(*s));
	s->form = f;
	s->answers = kv;
	s->received = received;
	s->lang = kv_str(kv, "lang");
	s->kiosk = strcmp(kv_str(kv, "k"), "1") == 0;
	s->contact = strcmp(kv_str(kv, "contact"), "1") == 0;
	s->complaint = strcmp(kv_str(kv, "complaint"), "1") == 0;
	s->contact_name = kv_str(kv, "contact_name");
	s->contact_how = kv_str(kv, "contact_how");
	if (strlen(fid) != 32 ||
	    sodium_hex2bin(s->fid, sizeof(s->fid), fid, 32, NULL, NULL, NULL) != 0)
		return -1;
	if (kv_str(kv, "team")[0] != '\0' &&
	    parse_ll(kv_str(kv, "team"), 1, 0x7fffffff, &s->team) == -1)
		return -1;
	return 0;
}

int
voice_spool(struct arena *a, const char *dir, const char *slug,
    const char *received, const char *body, size_t len)
{
	char	*head = arena_printf(a, "chorus-spool 1\nkind feedback\nform %s\n"
		    "received %s\nbody ", slug, received);
	struct buf b;
	int	rc;

	if (head == NULL)
		return -1;
	buf_init(&b, 0);
	if (buf_puts(&b, head) == -1 || buf_put(&b, body, len) == -1 || buf_putc(&b, '\n') == -1) {
		buf_free(&b);
		return -1;
	}
	rc = spool_write(dir, NULL, "f-", b.p, b.len);
	buf_free(&b);
	return rc;
}

int
voice_apply(void *ctx, struct arena *a, const char *data, size_t len)
{
	struct voice_replay	*vr = ctx;
	const char		*v, *slug, *received, *body;
	struct kvlist		 kv;
	struct vform		 f;
	struct vsubmission	 s;
	int			 n;

	if (voice_record_parse(a, data, len, &slug, &received, &body) == -1 ||
	    form_parse(a, body, strlen(body), &kv) != FORM_OK)
		return 1;
	if ((n = db_voice_form(vr->db, a, slug, &f)) != 1)
		return n == 0 ? 1 : -1;
	if (voice_submission(a, &f, &kv, received, &s) == -1)
		return 1;
	{
		struct verror	*errs;

		if (voice_check(a, &f, &kv, &errs) != 0)
			return 1;	/* set aside for a person to look at */
	}
	if ((v = kv_str(&kv, "t"))[0] != '\0') {	/* the team a worker's link named */
		const char	*name;

		if ((n = db_voice_link(vr->db, a, v, &s.team, &name)) == -1)
			return -1;
	}
	return voice_store(vr->db, a, &s, vr->due_hours) == -1 ? -1 : 0;
}
