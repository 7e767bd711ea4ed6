/*
 * Voice forms administration (administrators only): the words of the
 * forms in every language beside English, the safeguarding terms per
 * language, and team links with their QR codes.
 *
 *   GET  /admin/voice                     languages, forms, team links
 *   GET  /admin/voice/texts?lang=L&form=F one form's words (or the shared ones)
 *   POST /admin/voice/texts               save them
 *   GET  /admin/voice/terms?lang=L        the safeguarding terms of L
 *   POST /admin/voice/terms               add one
 *   GET  /admin/voice/terms/remove?lang=L&term=T   are you sure?
 *   POST /admin/voice/terms/remove        remove it
 *   POST /admin/voice/links               a new code for a team
 *   GET  /admin/voice/link/CODE           its addresses and QR code
 *   GET  /admin/voice/qr/CODE             the QR code (image/svg+xml)
 */
#include <string.h>

#include <sodium.h>

#include "app.h"
#include "arena.h"
#include "builder.h"
#include "db_builder.h"
#include "field.h"
#include "form.h"
#include "qr.h"
#include "tmpl.h"

#define TEXT_MAX	2000	/* characters of one text */

/* [a-z]{2,3}: a language code as voice_lang holds them. */
static int
lang_ok(const char *s)
{
	size_t	i, n = s ? strlen(s) : 0;

	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return n >= 2 && n <= 3;
}

/* [a-z0-9-]{1,32}: a form slug. */
static int
slug_ok(const char *s)
{
	size_t	i, n = s ? strlen(s) : 0;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return n >= 1 && n <= 32;
}

/* The language row (code, name, dir) of code, or -1 if there is none. */
static int
lang_row(const struct dbres *langs, const char *code)
{
	size_t	i;

	for (i = 0; i < langs->nrows; i++)
		if (strcmp(dbres_str(langs, i, 0), code) == 0)
			return (int)i;
	return -1;
}

/* ---- the index ------------------------------------------------------------ */

int
voice_admin_get(struct ctx *c)
{
	struct tdict	*b = page_begin(c, "Voice forms", "admin/voice.tpl"), *d;
	struct dbres	 langs, forms, links, teams;
	size_t		 i;

	if (b == NULL)
		return 500;
	if (db_voice_langs(c->db, c->a, &langs) == -1 || db_voice_forms(c->db, c->a, &forms) == -1 ||
	    db_vadm_links(c->db, c->a, &links) == -1 || db_builder_open_teams(c->db, c->a, &teams) == -1)
		return 503;
	tdict_set(b, "CSRF", c->csrf);
	for (i = 0; i < langs.nrows; i++) {
		d = tdict_section(b, "LANG");
		tdict_set(d, "CODE", dbres_str(&langs, i, 0));
		tdict_set(d, "NAME", dbres_str(&langs, i, 1));
	}
	for (i = 0; i < forms.nrows; i++)
		tdict_set(tdict_section(b, "FORM"), "SLUG", dbres_str(&forms, i, 1));
	for (i = 0; i < links.nrows; i++) {
		d = tdict_section(b, "LINK");
		tdict_set(d, "CODE", dbres_str(&links, i, 0));
		tdict_set(d, "TEAM", dbres_str(&links, i, 1));
	}
	for (i = 0; i < teams.nrows; i++) {
		d = tdict_section(b, "TEAM");
		tdict_set(d, "ID", dbres_str(&teams, i, 0));
		tdict_set(d, "NAME", dbres_str(&teams, i, 1));
	}
	if (req_param(&c->req, "error") != NULL)
		form_error(c, b, "team", "Select an open team");
	return page_end(c, req_param(&c->req, "error") ? 422 : 200);
}

/* ---- words, side by side with English ------------------------------------- */

/* The text page for lang and form (NULL: shared words); posted: what was typed. */
static int
texts_page(struct ctx *c, const char *lang, const char *slug, const struct kvlist *posted,
    int status, const char *problem)
{
	struct tdict	*b, *d;
	struct dbres	 langs, r;
	const char	*mine, *typed;
	size_t		 i;
	int		 li, missing = 0;

	if (db_voice_langs(c->db, c->a, &langs) == -1)
		return 503;
	if ((li = lang_row(&langs, lang)) < 0 || strcmp(lang, "en") == 0)
		return 404;
	if (db_vadm_texts(c->db, c->a, lang, slug, &r) == -1)
		return 503;
	if (r.nrows == 0)
		return 404;
	b = page_begin(c, arena_printf(c->a, "%s%s words: %s", problem ? "Error: " : "",
	    dbres_str(&langs, (size_t)li, 1), slug ? slug : "shared"), "admin/voice_texts.tpl");
	if (b == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "LANG", lang);
	tdict_set(b, "LANG_NAME", dbres_str(&langs, (size_t)li, 1));
	tdict_set(b, "DIR", dbres_str(&langs, (size_t)li, 2));
	tdict_set(b, "FORM", slug ? slug : "");
	tdict_set(b, "WHAT", slug ? arena_printf(c->a, "the %s form", slug) : "words every form shares");
	if (slug != NULL)
		tdict_set(tdict_section(b, "PREVIEW"), "HREF",
		    arena_printf(c->a, "/voice/form/%s?lang=%s", slug, lang));
	for (i = 0; i < r.nrows; i++) {
		d = tdict_section(b, "TEXT");
		tdict_setint(d, "N", (long long)i);
		tdict_set(d, "KEY", dbres_str(&r, i, 0));
		tdict_set(d, "ENGLISH", dbres_str(&r, i, 1));
		mine = dbres_null(&r, i, 2) ? "" : dbres_str(&r, i, 2);
		typed = posted ? kv_str(posted, arena_printf(c->a, "text_%zu", i)) : mine;
		tdict_set(d, "VALUE", typed);
		if (dbres_null(&r, i, 2)) {
			tdict_show(d, "MISSING");
			missing++;
		}
		if (posted ? kv_get(posted, arena_printf(c->a, "draft_%zu", i)) != NULL :
		    (!dbres_null(&r, i, 2) && dbres_int(&r, i, 3) != 0))
			tdict_show(d, "DRAFT");
	}
	tdict_setint(b, "MISSING_COUNT", missing);
	if (problem != NULL)
		form_error(c, b, "text_0", problem);
	if (req_param(&c->req, "saved") != NULL && problem == NULL)
		tdict_show(b, "SAVED");
	return page_end(c, status);
}

int
voice_texts_get(struct ctx *c)
{
	const char	*lang = req_param(&c->req, "lang"), *form = req_param(&c->req, "form");

	if (!lang_ok(lang) || (form != NULL && form[0] != '\0' && !slug_ok(form)))
		return 404;
	return texts_page(c, lang, form && form[0] ? form : NULL, NULL, 200, NULL);
}

/* Check and store every text of the page; the page again on a bad one. */
int
voice_texts_post(struct ctx *c)
{
	static const struct field text_field = { "text", valid_text, 0, TEXT_MAX, 0, 0, NULL, NULL };
	const struct kvlist	*f = &c->req.form;
	const char		*lang = kv_str(f, "lang"), *form = kv_str(f, "form");
	struct fieldval		 fv;
	struct dbres		 r;
	const char		**keys, **texts;
	int			*drafts;
	size_t			 i;

	if (!lang_ok(lang) || strcmp(lang, "en") == 0 || (form[0] != '\0' && !slug_ok(form)))
		return 404;
	if (db_vadm_texts(c->db, c->a, lang, form[0] ? form : NULL, &r) == -1)
		return 503;
	keys = arena_alloc(c->a, sizeof(*keys) * (r.nrows + 1));
	texts = arena_alloc(c->a, sizeof(*texts) * (r.nrows + 1));
	drafts = arena_alloc(c->a, sizeof(*drafts) * (r.nrows + 1));
	if (keys == NULL || texts == NULL || drafts == NULL)
		return 500;
	for (i = 0; i < r.nrows; i++) {
		memset(&fv, 0, sizeof(fv));
		fv.raw = kv_str(f, arena_printf(c->a, "text_%zu", i));
		if (valid_text(c->a, &text_field, &fv) == -1)
			return texts_page(c, lang, form[0] ? form : NULL, f, 422,
			    arena_printf(c->a, "The words for %s must be %d characters or "
			    "fewer", dbres_str(&r, i, 0), TEXT_MAX));
		keys[i] = dbres_str(&r, i, 0);
		texts[i] = fv.s;
		drafts[i] = kv_get(f, arena_printf(c->a, "draft_%zu", i)) != NULL;
	}
	if (db_vadm_texts_save(c->db, c->a, c->user->id, lang, keys, texts, drafts, r.nrows) == -1)
		return 503;
	return redirect(c, arena_printf(c->a, "/admin/voice/texts?lang=%s&form=%s&saved=1",
	    lang, form));
}

/* ---- safeguarding terms ------------------------------------------------------ */

static int
terms_page(struct ctx *c, const char *lang, int status, const char *typed, const char *problem)
{
	struct tdict	*b, *d;
	struct dbres	 langs, r;
	size_t		 i;
	int		 li;

	if (!lang_ok(lang))
		return 404;
	if (db_voice_langs(c->db, c->a, &langs) == -1)
		return 503;
	if ((li = lang_row(&langs, lang)) < 0)
		return 404;
	if (db_vadm_terms(c->db, c->a, lang, &r) == -1)
		return 503;
	if ((b = page_begin(c, arena_printf(c->a, "%sSafeguarding terms: %s", problem ?
	    "Error: " : "", dbres_str(&langs, (size_t)li, 1)), "admin/voice_terms.tpl")) == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "LANG", lang);
	tdict_set(b, "LANG_NAME", dbres_str(&langs, (size_t)li, 1));
	tdict_set(b, "DIR", dbres_str(&langs, (size_t)li, 2));
	tdict_set(b, "TERM_VALUE", typed ? typed : "");
	for (i = 0; i < r.nrows; i++) {
		d = tdict_section(b, "TERM");
		tdict_set(d, "TERM", dbres_str(&r, i, 0));
		tdict_set(d, "LANG", lang);
	}
	if (problem != NULL)
		form_error(c, b, "term", problem);
	if (req_param(&c->req, "saved") != NULL && problem == NULL)
		tdict_show(b, "SAVED");
	return page_end(c, status);
}

int
voice_terms_get(struct ctx *c)
{
	return terms_page(c, req_param(&c->req, "lang"), 200, NULL, NULL);
}

enum tfield { TF_LANG, TF_TERM, TF__MAX };

static const struct field term_fields[TF__MAX] = {
	[TF_LANG] = { "lang", valid_line, FIELD_REQUIRED, 3, 0, 0, NULL, NULL },
	[TF_TERM] = { "term", valid_line, FIELD_REQUIRED, 100, 0, 0,
	    "Enter a word or phrase", "A term must be 100 characters or fewer, on one line" },
};

int
voice_terms_post(struct ctx *c)
{
	struct fieldval	fv[TF__MAX];
	int		n;

	if (fields_check(c->a, &c->req.form, term_fields, TF__MAX, fv) < 0)
		return 500;
	if (fv[TF_LANG].s == NULL || !lang_ok(fv[TF_LANG].s))
		return 404;
	if (fv[TF_TERM].error != NULL)
		return terms_page(c, fv[TF_LANG].s, 422, fv[TF_TERM].raw, fv[TF_TERM].error);
	n = db_vadm_term_add(c->db, c->user->id, fv[TF_LANG].s, fv[TF_TERM].s);
	if (n == -1)
		return 503;
	if (n == 1)
		return 404;
	if (n == 2)
		return terms_page(c, fv[TF_LANG].s, 422, fv[TF_TERM].raw,
		    "This term is already on the list");
	return redirect(c, arena_printf(c->a, "/admin/voice/terms?lang=%s&saved=1", fv[TF_LANG].s));
}

int
voice_term_remove_get(struct ctx *c)
{
	const char	*lang = req_param(&c->req, "lang"), *term = req_param(&c->req, "term");
	struct tdict	*b;

	if (!lang_ok(lang) || term == NULL || term[0] == '\0')
		return 404;
	if ((b = page_begin(c, "Remove a safeguarding term", "admin/voice_term_remove.tpl")) == NULL)
		return 500;
	tdict_set(b, "CSRF", c->csrf);
	tdict_set(b, "LANG", lang);
	tdict_set(b, "TERM", term);
	return page_end(c, 200);
}

int
voice_term_remove_post(struct ctx *c)
{
	struct fieldval	fv[TF__MAX];
	int		n;

	if (fields_check(c->a, &c->req.form, term_fields, TF__MAX, fv) != 0 ||
	    !lang_ok(fv[TF_LANG].s))
		return 404;
	if ((n = db_vadm_term_remove(c->db, c->user->id, fv[TF_LANG].s, fv[TF_TERM].s)) == -1)
		return 503;
	if (n == 1)
		return 404;
	return redirect(c, arena_printf(c->a, "/admin/voice/terms?lang=%s&saved=1", fv[TF_LANG].s));
}

/* ---- team links and QR codes ------------------------------------------------ */

/* A new code "ABCD-2345" from an alphabet with no look-alike characters. */
static const char *
new_code(struct ctx *c)
{
	static const char alpha[] = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
	unsigned char	 r[8];
	char		 s[10];
	size_t		 i, j = 0;

	randombytes_buf(r, sizeof(r));
	for (i = 0; i < sizeof(r); i++) {
		if (i == 4)
			s[j++] = '-';
		s[j++] = alpha[r[i] % (sizeof(alpha) - 1)];
	}
	s[j] = '\0';
	return arena_strdup(c->a, s);
}

int
voice_links_post(struct ctx *c)
{
	const char	*code;
	long long	 team;
	int		 n, tries;

	if (parse_ll(kv_str(&c->req.form, "team"), 1, 0x7fffffff, &team) == -1)
		return redirect(c, "/admin/voice?error=team#team");
	for (tries = 0; tries < 3; tries++) {
		code = new_code(c);
		if ((n = db_vadm_link_add(c->db, c->user->id, team, code)) != 2)
			break;
	}
	if (n == -1 || n == 2)
		return 503;
	if (n == 1)
		return redirect(c, "/admin/voice?error=team#team");
	return redirect(c, arena_printf(c->a, "/admin/voice/link/%s", code));
}

/* The code after prefix in the path, checked against the table. 1, 0, -1. */
static int
link_of(struct ctx *c, const char *prefix, struct dbres *r)
{
	const char	*code = c->req.path + strlen(prefix);
	size_t		 i, n = strlen(code);

	if (n == 0 || n > 16)
		return 0;
	for (i = 0; i < n; i++)
		if (!((code[i] >= 'A' && code[i] <= 'Z') || (code[i] >= '0' && code[i] <= '9') ||
		    code[i] == '-'))
			return 0;
	return db_vadm_link(c->db, c->a, code, r);
}

/* The address a family opens: this server's, from the request. */
static const char *
link_url(struct ctx *c, const char *path)
{
	return arena_printf(c->a, "%s://%s%s", c->req.scheme ? c->req.scheme : "https",
	    c->req.host ? c->req.host : "localhost", path);
}

int
voice_link_get(struct ctx *c)
{
	struct tdict	*b;
	struct dbres	 r;
	int		 n;

	if ((n = link_of(c, "/admin/voice/link/", &r)) != 1)
		return n == 0 ? 404 : 503;
	if ((b = page_begin(c, arena_printf(c->a, "Team link %s", dbres_str(&r, 0, 0)),
	    "admin/voice_link.tpl")) == NULL)
		return 500;
	tdict_set(b, "CODE", dbres_str(&r, 0, 0));
	tdict_set(b, "TEAM", dbres_str(&r, 0, 1));
	tdict_set(b, "URL", link_url(c, arena_printf(c->a, "/voice/t/%s", dbres_str(&r, 0, 0))));
	tdict_set(b, "KIOSK_URL", link_url(c, arena_printf(c->a, "/voice/kiosk/%s",
	    dbres_str(&r, 0, 0))));
	return page_end(c, 200);
}

int
voice_qr_get(struct ctx *c)
{
	struct resp	*resp = c->resp;
	struct dbres	 r;
	int		 n;

	if ((n = link_of(c, "/admin/voice/qr/", &r)) != 1)
		return n == 0 ? 404 : 503;
	buf_reset(&resp->body);
	if (qr_svg(&resp->body, link_url(c, arena_printf(c->a, "/voice/t/%s",
	    dbres_str(&r, 0, 0))), arena_printf(c->a, "QR code for the feedback link of %s",
	    dbres_str(&r, 0, 1))) == -1)
		return 500;
	resp->ctype = "image/svg+xml; charset=utf-8";
	resp->status = 200;
	return 0;
}
