/*
 * The children's and families' pages: choose a form, fill it in (in any
 * language, switching without losing answers), and thank you.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "app.h"
#include "arena.h"
#include "buf.h"
#include "db.h"
#include "field.h"
#include "form.h"
#include "log.h"
#include "session.h"
#include "spool.h"
#include "tmpl.h"
#include "voice.h"
#include "pages.h"

#define RATE_SLOTS	512
#define RATE_WINDOW	600	/* seconds */

static const char *const face_images[5] = {
	"/assets/faces/very-sad.svg", "/assets/faces/sad.svg", "/assets/faces/okay.svg",
	"/assets/faces/happy.svg", "/assets/faces/very-happy.svg",
};

/* A language code as sent: [a-z]{2,3}, else English. */
static const char *
lang_param(struct ctx *c)
{
	const char	*l = req_param(&c->req, "switch_lang");
	size_t		 n, i;

	if (l == NULL)
		l = req_param(&c->req, "lang");
	n = l ? strlen(l) : 0;

	for (i = 0; i < n; i++)
		if (l[i] < 'a' || l[i] > 'z')
			return "en";
	return n >= 2 && n <= 3 ? l : "en";
}

/* A link code as sent: [A-Z0-9-]{1,16}, or NULL. */
static int
code_ok(const char *s)
{
	size_t	i;

	for (i = 0; s[i] != '\0'; i++)
		if (i == 16 || !((s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return i > 0;
}

/* A form slug as it may appear in a URL: [a-z0-9-]{1,32}. */
static int
slug_ok(const char *s)
{
	size_t	i;

	for (i = 0; s[i] != '\0'; i++)
		if (i == 32 || !((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
	return i > 0;
}

/*
 * The words, the team link and kiosk mode for this request. 0, 404 for
 * an unknown link code, 503 when the database cannot answer.
 */
int
vpage_load(struct ctx *c, struct vpage *p, const char *code, int kiosk)
{
	int	n;

	memset(p, 0, sizeof(*p));
	p->code = "";
	p->kiosk = kiosk;
	if ((n = db_voice_texts(c->db, c->a, lang_param(c), &p->t)) == 0)
		n = db_voice_texts(c->db, c->a, "en", &p->t);
	if (n != 1)
		return 503;
	c->data = p;
	if (code == NULL || code[0] == '\0')
		return 0;
	if (!code_ok(code) || (n = db_voice_link(c->db, c->a, code, &p->team,
	    &p->team_name)) == 0)
		return 404;
	if (n == -1)
		return 503;
	p->code = code;
	return 0;
}

/* Query string carrying lang, team code and kiosk to the next page. */
static char *
carry(struct ctx *c, const struct vpage *p, const char *lang)
{
	return arena_printf(c->a, "?lang=%s%s%s%s", lang, p->code[0] ? "&t=" : "",
	    p->code, p->kiosk ? "&k=1" : "");
}

/* The language links of a page (not the form: it has switch buttons). */
void
vpage_langs(struct ctx *c, struct vpage *p, struct tdict *b, const char *path)
{
	struct dbres	 r;
	struct tdict	*l;
	size_t		 i;

	if (db_voice_langs(c->db, c->a, &r) == -1)
		return;
	tdict_set(b, "LANGUAGE_LABEL", vt(&p->t, "ui.language"));
	for (i = 0; i < r.nrows; i++) {
		l = tdict_section(b, "LANG_LINK");
		tdict_set(l, "HREF", arena_printf(c->a, "%s?lang=%s", path, dbres_str(&r, i, 0)));
		tdict_set(l, "NAME", dbres_str(&r, i, 1));
		tdict_set(l, "CODE", dbres_str(&r, i, 0));
		if (strcmp(dbres_str(&r, i, 0), p->t.lang) == 0)
			tdict_show(l, "LANG_CURRENT");
	}
}

/* Kiosk pages go back to their start after a while without a touch. */
static void
kiosk_layout(struct ctx *c, const struct vpage *p)
{
	struct tdict	*k;

	if (!p->kiosk || c->page == NULL)
		return;
	k = tdict_section(c->page, "KIOSK");
	tdict_set(k, "RESET_URL", arena_printf(c->a, "/voice/kiosk/%s", p->code));
	tdict_set(k, "RESET_TEXT", vt(&p->t, "ui.kiosk_reset"));
}

/* "About: Front Door North" when a worker's link set the team. */
static void
team_preset(struct tdict *b, const struct vpage *p)
{
	struct tdict	*t = tdict_section(b, "TEAM_PRESET");

	tdict_set(t, "ABOUT_LABEL", vt_or(&p->t, "ui.about", "About:"));
	tdict_set(t, "TEAM_NAME", p->team_name);
}

/* ---- choose a form ---------------------------------------------------- */

static int
index_page(struct ctx *c, const char *code, int kiosk)
{
	struct vpage	*p = arena_alloc(c->a, sizeof(*p));
	struct dbres	 r;
	struct tdict	*b, *f;
	size_t		 i;
	int		 st;

	if (p == NULL)
		return 500;
	if ((st = vpage_load(c, p, code, kiosk)) != 0)
		return st;
	if (db_voice_forms(c->db, c->a, &r) == -1)
		return 503;
	if ((b = page_begin(c, vt(&p->t, "ui.title"), "voice/index.tpl")) == NULL)
		return 500;
	tdict_set(b, "H1", vt(&p->t, "ui.title"));
	tdict_set(b, "LEAD", vt(&p->t, "ui.lead"));
	tdict_set(b, "NONAME", vt(&p->t, "ui.noname"));
	tdict_set(b, "WHO", vt(&p->t, "ui.who"));
	for (i = 0; i < r.nrows; i++) {
		f = tdict_section(b, "FORM_CHOICE");
		tdict_set(f, "HREF", arena_printf(c->a, "/voice/form/%s%s",
		    dbres_str(&r, i, 1), carry(c, p, p->t.lang)));
		tdict_set(f, "LABEL", vtf(c->a, &p->t, "form.%s.choice", dbres_str(&r, i, 1)));
	}
	if (p->team_name != NULL)
		team_preset(b, p);
	vpage_langs(c, p, c->page, c->req.path);
	kiosk_layout(c, p);
	return page_end(c, 200);
}

int
voice_index(struct ctx *c)
{
	return index_page(c, NULL, 0);
}

int
voice_link_index(struct ctx *c)
{
	return index_page(c, c->req.path + strlen("/voice/t/"), 0);
}

int
voice_kiosk_index(struct ctx *c)
{
	return index_page(c, c->req.path + strlen("/voice/kiosk/"), 1);
}

/* ---- the form --------------------------------------------------------- */

struct vformpage {
	struct ctx		*c;
	struct vpage		*p;
	struct vform		 f;
	const char		*slug;
	const struct kvlist	*vals;		/* answers to show */
	const struct verror	*errs;
	int			 nerr;
	const char		*general;	/* a message for the summary only */
};

static const char *
verror_for(const struct vformpage *fp, const struct vquestion *q)
{
	int	i;

	for (i = 0; i < fp->nerr; i++)
		if (fp->errs[i].q == q)
			return vt(&fp->p->t, fp->errs[i].tkey);
	return NULL;
}

/* The words of option v of q in this language. */
static const char *
option_words(struct vformpage *fp, const struct vquestion *q, const char *v)
{
	if (q->kind == VK_FACES)
		return vtf(fp->c->a, &fp->p->t, "faces.%s", v);
	if (q->kind == VK_YNNS)
		return vtf(fp->c->a, &fp->p->t, "ynns.%s", v);
	return vtf(fp->c->a, &fp->p->t, "opt.%s.%s.%s", fp->slug, q->qkey, v);
}

static void
render_options(struct vformpage *fp, struct tdict *qd, const struct vquestion *q)
{
	struct tdict		*in = tdict_section(qd, q->kind == VK_FACES ? "FACES" : "RADIOS");
	struct tdict		*o;
	const struct voption	*opts;
	size_t			 i, n;

	opts = q->kind == VK_SINGLE ? q->options : vkind_options(q->kind, &n);
	if (q->kind == VK_SINGLE)
		n = q->noptions;
	for (i = 0; i < n; i++) {
		o = tdict_section(in, "OPTION");
		tdict_set(o, "VALUE", opts[i].value);
		tdict_set(o, "LABEL", option_words(fp, q, opts[i].value));
		tdict_set(o, "ID", i == 0 ? arena_printf(fp->c->a, "q-%s", q->qkey) :
		    arena_printf(fp->c->a, "q-%s-%s", q->qkey, opts[i].value));
		if (q->kind == VK_FACES && i < 5)
			tdict_set(o, "IMG", face_images[i]);
		if (strcmp(kv_str(fp->vals, q->qkey), opts[i].value) == 0)
			tdict_show(o, "CHECKED");
	}
}

static void
render_vquestion(struct vformpage *fp, struct tdict *b, const struct vquestion *q)
{
	struct tdict	*qd = tdict_section(b, "QUESTION"), *t;
	const char	*hint = vtf(fp->c->a, &fp->p->t, "q.%s.%s.hint", fp->slug, q->qkey);
	const char	*err = verror_for(fp, q);

	tdict_set(qd, "QKEY", q->qkey);
	tdict_set(qd, "TEXT", vtf(fp->c->a, &fp->p->t, "q.%s.%s", fp->slug, q->qkey));
	if (strncmp(hint, "q.", 2) != 0)
		tdict_set(tdict_section(qd, "HAS_HINT"), "HINT", hint);
	if (!q->required)
		tdict_show(qd, "OPTIONAL");
	if (err != NULL)
		tdict_set(tdict_section(qd, "Q_ERROR"), "MESSAGE", err);
	if (q->kind != VK_TEXT) {
		render_options(fp, qd, q);
		return;
	}
	t = tdict_section(qd, "TEXTAREA");
	tdict_set(t, "ID", arena_printf(fp->c->a, "q-%s", q->qkey));
	tdict_set(t, "VALUE", kv_str(fp->vals, q->qkey));
	tdict_setint(t, "MAXLEN", q->maxlen);
}

static void
render_switch(struct vformpage *fp, struct tdict *b)
{
	struct dbres	 r;
	struct tdict	*s, *l;
	size_t		 i;

	if (db_voice_langs(fp->c->db, fp->c->a, &r) <= 0)
		return;
	s = tdict_section(b, "SWITCH");
	tdict_set(s, "LABEL", vt(&fp->p->t, "ui.change_language"));
	for (i = 0; i < r.nrows; i++) {
		l = tdict_section(s, "SWITCH_LANG");
		tdict_set(l, "CODE", dbres_str(&r, i, 0));
		tdict_set(l, "NAME", dbres_str(&r, i, 1));
		if (strcmp(dbres_str(&r, i, 0), fp->p->t.lang) == 0)
			tdict_show(l, "SWITCH_CURRENT");
	}
}

static void
render_team(struct vformpage *fp, struct tdict *b)
{
	struct dbres	 r;
	struct tdict	*s, *o;
	size_t		 i;

	if (fp->p->team_name != NULL) {
		team_preset(b, fp->p);
		return;
	}
	if (db_voice_teams(fp->c->db, fp->c->a, &r) == -1)
		return;
	s = tdict_section(b, "TEAM_CHOICE");
	tdict_set(s, "LABEL", vt(&fp->p->t, "ui.choose_team"));
	tdict_set(s, "UNKNOWN_LABEL", vt(&fp->p->t, "ui.team_unknown"));
	for (i = 0; i < r.nrows; i++) {
		o = tdict_section(s, "TEAM_OPTION");
		tdict_set(o, "ID", dbres_str(&r, i, 0));
		tdict_set(o, "NAME", dbres_str(&r, i, 1));
		if (strcmp(kv_str(fp->vals, "team"), dbres_str(&r, i, 0)) == 0)
			tdict_show(o, "SELECTED");
	}
}

static void
render_contact(struct vformpage *fp, struct tdict *b)
{
	const struct vtexts	*t = &fp->p->t;
	struct tdict		*s = tdict_section(b, "CONTACT");
	int			 i;

	tdict_set(s, "HEADING", vt(t, "ui.contact_heading"));
	tdict_set(s, "YES_LABEL", vt(t, "ui.contact_yes"));
	tdict_set(s, "NAME_LABEL", vt(t, "ui.contact_name"));
	tdict_set(s, "HOW_LABEL", vt(t, "ui.contact_how"));
	tdict_set(s, "NAME_VALUE", kv_str(fp->vals, "contact_name"));
	tdict_set(s, "HOW_VALUE", kv_str(fp->vals, "contact_how"));
	if (strcmp(kv_str(fp->vals, "contact"), "1") == 0)
		tdict_show(s, "CONTACT_CHECKED");
	for (i = 0; i < fp->nerr; i++)
		if (fp->errs[i].q == NULL)
			tdict_set(tdict_section(s, "CONTACT_ERROR"), "MESSAGE",
			    vt(t, fp->errs[i].tkey));
	s = tdict_section(b, "COMPLAINT");
	tdict_set(s, "HEADING", vt(t, "ui.complaint_heading"));
	tdict_set(s, "YES_LABEL", vt(t, "ui.complaint_yes"));
	tdict_set(s, "EXPLAIN", vt(t, "ui.complaint_explain"));
	if (strcmp(kv_str(fp->vals, "complaint"), "1") == 0)
		tdict_show(s, "COMPLAINT_CHECKED");
}

static void
render_errors(struct vformpage *fp, struct tdict *b)
{
	struct tdict	*sum, *e;
	int		 i;

	if (fp->nerr == 0 && fp->general == NULL)
		return;
	sum = tdict_section(b, "ERRORS");
	tdict_set(sum, "ERROR_HEADING", vt(&fp->p->t, "ui.error_heading"));
	if (fp->general != NULL) {
		e = tdict_section(sum, "ERROR");
		tdict_set(e, "HREF", "#main-content");
		tdict_set(e, "MESSAGE", fp->general);
	}
	for (i = 0; i < fp->nerr; i++) {
		e = tdict_section(sum, "ERROR");
		tdict_set(e, "HREF", fp->errs[i].q ? arena_printf(fp->c->a, "#q-%s",
		    fp->errs[i].q->qkey) : "#contact");
		tdict_set(e, "MESSAGE", vt(&fp->p->t, fp->errs[i].tkey));
	}
}

/* A new one-time id for a form about to be shown. */
static const char *
new_fid(struct arena *a)
{
	char	*hex = arena_alloc(a, 33);

	if (hex != NULL)
		hex_random(hex);
	return hex;
}

static int
form_page(struct vformpage *fp, int status)
{
	struct ctx	*c = fp->c;
	struct tdict	*b;
	const char	*fid = kv_str(fp->vals, "fid");
	size_t		 i;

	b = page_begin(c, vtf(c->a, &fp->p->t, "form.%s.title", fp->slug), "voice/form.tpl");
	if (b == NULL)
		return 500;
	tdict_set(b, "H1", vtf(c->a, &fp->p->t, "form.%s.title", fp->slug));
	tdict_set(b, "INTRO", vtf(c->a, &fp->p->t, "form.%s.intro", fp->slug));
	tdict_set(b, "ACTION", arena_printf(c->a, "/voice/form/%s", fp->slug));
	tdict_set(b, "FID", strlen(fid) == 32 ? fid : new_fid(c->a));
	tdict_set(b, "LANG", fp->p->t.lang);
	tdict_set(b, "T", fp->p->code);
	tdict_set(b, "K", fp->p->kiosk ? "1" : "");
	tdict_set(b, "SEND", vt(&fp->p->t, "ui.send"));
	tdict_set(b, "OPTIONAL_TEXT", vt(&fp->p->t, "ui.optional"));
	if (fp->p->kiosk)
		tdict_show(b, "KIOSK_FORM");
	render_errors(fp, b);
	render_switch(fp, b);
	render_team(fp, b);
	for (i = 0; i < fp->f.nq; i++)
		render_vquestion(fp, b, &fp->f.q[i]);
	render_contact(fp, b);
	kiosk_layout(c, fp->p);
	return page_end(c, status);
}

/* Load the page's words, its team link and its form. 0 or a status. */
static int
formpage_load(struct ctx *c, struct vformpage *fp)
{
	const char	*code = req_param(&c->req, "t");
	const char	*k = req_param(&c->req, "k");
	int		 n, st;

	memset(fp, 0, sizeof(*fp));
	fp->c = c;
	fp->slug = c->req.path + strlen("/voice/form/");
	if ((fp->p = arena_alloc(c->a, sizeof(*fp->p))) == NULL)
		return 500;
	if ((st = vpage_load(c, fp->p, code, k != NULL && strcmp(k, "1") == 0)) != 0)
		return st;
	if (!slug_ok(fp->slug))
		return 404;
	if ((n = db_voice_form(c->db, c->a, fp->slug, &fp->f)) != 1)
		return n == 0 ? 404 : 503;
	return 0;
}

int
voice_form_get(struct ctx *c)
{
	struct vformpage	fp;
	int			st;

	if ((st = formpage_load(c, &fp)) != 0)
		return st;
	fp.vals = &c->req.query;
	return form_page(&fp, 200);
}

/* ---- sending it --------------------------------------------------------- */

static struct {
	char	addr[48];
	time_t	start;
	unsigned n;
} rate[RATE_SLOTS];

#define RATE_PROBE	16

/* This address's slot: its own, else a free or expired one, else the oldest. */
static size_t
rate_slot(const char *addr, time_t now)
{
	unsigned	h = 5381, k;
	size_t		i, at, oldest;

	for (k = 0; addr[k] != '\0'; k++)
		h = h * 33 + (unsigned char)addr[k];
	oldest = at = h % RATE_SLOTS;
	for (k = 0; k < RATE_PROBE; k++) {
		i = (at + k) % RATE_SLOTS;
		if (strncmp(rate[i].addr, addr, sizeof(rate[i].addr)) == 0)
			return i;
	}
	for (k = 0; k < RATE_PROBE; k++) {
		i = (at + k) % RATE_SLOTS;
		if (rate[i].addr[0] == '\0' || now - rate[i].start >= RATE_WINDOW)
			return i;
		if (rate[i].start < rate[oldest].start)
			oldest = i;
	}
	return oldest;
}

/*
 * Per-address limit on sent forms, counted per worker over ten minutes:
 * far above what one family-centre tablet sends, far below a flood.
 * 1 if this address is over it.
 */
static int
rate_over(const char *addr, unsigned limit, int count)
{
	time_t	now = time(NULL);
	size_t	i = rate_slot(addr, now);

	if (strncmp(rate[i].addr, addr, sizeof(rate[i].addr)) != 0 ||
	    now - rate[i].start >= RATE_WINDOW) {
		snprintf(rate[i].addr, sizeof(rate[i].addr), "%s", addr);
		rate[i].start = now;
		rate[i].n = 0;
	}
	if (count)
		rate[i].n++;
	return rate[i].n >= limit;
}

static int
refused(struct ctx *c, struct vpage *p, const char *tkey)
{
	struct tdict	*b = page_begin(c, vt(&p->t, "ui.refused_heading"), "voice/refused.tpl");
	struct tdict	*back;

	if (b == NULL)
		return 500;
	tdict_set(b, "HEADING", vt(&p->t, "ui.refused_heading"));
	tdict_set(b, "TEXT", vt(&p->t, tkey));
	back = tdict_section(b, "BACK");
	tdict_set(back, "HREF", p->kiosk ? arena_printf(c->a, "/voice/kiosk/%s", p->code) :
	    arena_printf(c->a, "/voice/?lang=%s", p->t.lang));
	tdict_set(back, "LABEL", vt(&p->t, "ui.again"));
	return page_end(c, 400);
}

static int
thanks(struct ctx *c, struct vpage *p, const struct vsubmission *s)
{
	struct tdict	*b = page_begin(c, vt(&p->t, "ui.thanks_heading"), "voice/thanks.tpl");
	struct tdict	*n;
	const char	*again = p->kiosk ? arena_printf(c->a, "/voice/kiosk/%s", p->code) :
			    arena_printf(c->a, "/voice/%s%s?lang=%s", p->code[0] ? "t/" : "",
			    p->code, p->t.lang);

	if (b == NULL)
		return 500;
	tdict_set(b, "HEADING", vt(&p->t, "ui.thanks_heading"));
	tdict_set(b, "TEXT", vt(&p->t, "ui.thanks_text"));
	tdict_set(b, "AGAIN_HREF", again);
	tdict_set(b, "AGAIN_LABEL", vt(&p->t, "ui.again"));
	if (s->contact)
		tdict_set(tdict_section(b, "CONTACT_NOTE"), "TEXT", vt(&p->t, "ui.thanks_contact"));
	if (s->complaint) {
		n = tdict_section(b, "COMPLAINT_NOTE");
		tdict_set(n, "TEXT", vt(&p->t, "ui.thanks_complaint"));
		tdict_set(n, "EXPLAIN", vt(&p->t, "ui.complaint_explain"));
	}
	if (p->kiosk) {
		tdict_set(tdict_section(b, "KIOSK_NOTE"), "TEXT", vt(&p->t, "ui.kiosk_reset"));
		tdict_set(tdict_section(c->page, "THANKS_REFRESH"), "URL", again);
		kiosk_layout(c, p);
	}
	return page_end(c, 200);
}

static const char *
voice_spool_dir(struct ctx *c)
{
	return arena_printf(c->a, "%s/voice", c->cfg->spool);
}

/* Store it, or spool it if MariaDB is down; either way, thank them. */
static int
send_feedback(struct vformpage *fp, struct vsubmission *s)
{
	struct ctx	*c = fp->c;
	char		 day[11];
	time_t		 now = time(NULL);
	struct tm	 tm;
	int		 st;

	gmtime_r(&now, &tm);
	strftime(day, sizeof(day), "%Y-%m-%d", &tm);
	s->received = day;
	if (fp->p->team > 0)
		s->team = fp->p->team;
	st = voice_store(c->db, c->a, s, c->cfg->followup_hours);
	if (st == -1 && db_is_down(c->db)) {
		if (voice_spool(c->a, voice_spool_dir(c), fp->slug, day,
		    c->req.body, c->req.bodylen) != 0)
			return 503;
		log_info("voice: feedback spooled while the database is down");
		st = 0;
	}
	if (st == -1)
		return 500;
	(void)rate_over(c->req.remote_addr, c->cfg->voice_rate, st == 0);
	return thanks(c, fp->p, s);
}

/* English words for the thank-you page when the database cannot give any. */
static struct vtext offline_words[] = {
	{ "ui.title", "Tell us what you think" },
	{ "ui.skip", "Skip to main content" },
	{ "ui.safety_heading", "If you are not safe right now" },
	{ "ui.safety_text", "If you are in danger now, call 999. You can talk to "
	    "Childline for free on 0800 1111, any time." },
	{ "ui.thanks_heading", "Thank you" },
	{ "ui.thanks_text", "We got your answers. People who can help will read them." },
	{ "ui.thanks_contact", "Someone will get in touch with you soon." },
	{ "ui.thanks_complaint", "We have written down that you want to make a complaint. "
	    "Someone will get in touch about it." },
	{ "ui.complaint_explain", "" },
	{ "ui.again", "Start again" },
	{ "ui.kiosk_reset", "This screen will start again soon." },
	{ "ui.read_to_me", "Read this to me" },
};

/*
 * MariaDB is down: no words, no form definition, no team names. Keep the
 * raw form in the spool (it is checked when replayed) and thank them.
 */
static int
post_offline(struct ctx *c)
{
	struct vpage		*p = arena_alloc(c->a, sizeof(*p));
	struct vsubmission	 s;
	const char		*slug = c->req.path + strlen("/voice/form/");
	const char		*code = req_param(&c->req, "t");
	char			 day[11];
	time_t			 now = time(NULL);
	struct tm		 tm;

	if (p == NULL || !slug_ok(slug) || strlen(kv_str(&c->req.form, "fid")) != 32 ||
	    kv_str(&c->req.form, "website")[0] != '\0' ||
	    req_param(&c->req, "switch_lang") != NULL)
		return 503;
	memset(p, 0, sizeof(*p));
	p->t = (struct vtexts){ "en", "ltr", offline_words,
	    sizeof(offline_words) / sizeof(offline_words[0]) };
	p->code = code != NULL && code_ok(code) ? code : "";
	p->kiosk = strcmp(kv_str(&c->req.form, "k"), "1") == 0;
	c->data = p;
	gmtime_r(&now, &tm);
	strftime(day, sizeof(day), "%Y-%m-%d", &tm);
	if (voice_spool(c->a, voice_spool_dir(c), slug, day, c->req.body,
	    c->req.bodylen) != 0)
		return 503;
	log_info("voice: feedback spooled while the database is down");
	memset(&s, 0, sizeof(s));
	s.contact = strcmp(kv_str(&c->req.form, "contact"), "1") == 0;
	s.complaint = strcmp(kv_str(&c->req.form, "complaint"), "1") == 0;
	return thanks(c, p, &s);
}

int
voice_form_post(struct ctx *c)
{
	struct vformpage	fp;
	struct vsubmission	s;
	struct verror		*errs;
	int			 st, n;

	if ((st = formpage_load(c, &fp)) != 0)
		return st == 503 && db_is_down(c->db) ? post_offline(c) : st;
	fp.vals = &c->req.form;
	if (req_param(&c->req, "switch_lang") != NULL)
		return form_page(&fp, 200);	/* new words, same answers */
	if (kv_str(&c->req.form, "website")[0] != '\0')
		return refused(c, fp.p, "ui.refused_form");
	if (rate_over(c->req.remote_addr, c->cfg->voice_rate, 0)) {
		fp.general = vt(&fp.p->t, "ui.refused_rate");
		return form_page(&fp, 429);
	}
	if ((n = voice_check(c->a, &fp.f, &c->req.form, &errs)) != 0) {
		if (n < 0)
			return 500;
		fp.errs = errs;
		fp.nerr = n;
		return form_page(&fp, 422);
	}
	if (voice_submission(c->a, &fp.f, &c->req.form, "", &s) == -1)
		return refused(c, fp.p, "ui.refused_form");
	s.lang = fp.p->t.lang;
	return send_feedback(&fp, &s);
}

/* After a response: now and then, store what was spooled during an outage. */
void
voice_spool_tick(struct ctx *c)
{
	static time_t		last;
	struct voice_replay	vr = { c->db, c->cfg->followup_hours };

	if (!tick_due(&last, 5))
		return;
	if (!spool_empty(voice_spool_dir(c)) && db_ping(c->db, c->a) == 0)
		(void)spool_replay(voice_spool_dir(c), c->a, voice_apply, &vr);
}
