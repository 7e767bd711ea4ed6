/*
 * Staff surveys: /survey/<wave> and its pages.
 *
 *   GET  /survey/W            the first page: what the survey is, how answers stay private
 *   GET  /survey/W/s/N        section N as a form (answers from the draft)
 *   POST /survey/W/s/N        check, save to the draft, go on (or back to it later)
 *   GET  /survey/W/check      check your answers, with a one-time token and a ticket
 *   POST /survey/W/submit     store once, unlinkably; spool if MariaDB is down
 *   GET  /survey/W/done       thank you
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "app.h"
#include "arena.h"
#include "buf.h"
#include "cookie.h"
#include "db.h"
#include "field.h"
#include "form.h"
#include "log.h"
#include "session.h"
#include "spool.h"
#include "staff.h"
#include "submit.h"
#include "survey.h"
#include "survey_render.h"
#include "tmpl.h"

#define TICKET_SECONDS	(4 * 3600)	/* a check page stays good for 4 hours */

enum spath { SP_START, SP_SECTION, SP_CHECK, SP_SUBMIT, SP_DONE, SP__MAX };

static const char *const spath_names[SP__MAX] = {
	[SP_START] = "", [SP_SECTION] = "s", [SP_CHECK] = "check",
	[SP_SUBMIT] = "submit", [SP_DONE] = "done",
};

/* What a survey page needs: the wave, its survey and the person's draft. */
struct spage {
	struct ctx	*c;
	long long	 wave_id;
	enum spath	 what;
	long long	 section;	/* SP_SECTION: 1-based */
	struct wave	 w;
	struct survey	 sv;
	int		 has_draft;
	struct kvlist	 draft;
	char		*draft_raw;
	long long	 reached;	/* section the draft reached */
	char		*submit_token;
	int		 took_part;	/* stored participation, at load */
};

/* "/survey/12/s/3" into wave 12, SP_SECTION, 3. 0, or 404. */
static int
spath_parse(const char *path, struct spage *p)
{
	char		 buf[128], *parts[4], *save = NULL, *t;
	size_t		 n = 0;
	int		 i;

	if (strlen(path) >= sizeof(buf) || strncmp(path, "/survey/", 8) != 0)
		return 404;
	strcpy(buf, path + 8);
	for (t = strtok_r(buf, "/", &save); t != NULL && n < 4; t = strtok_r(NULL, "/", &save))
		parts[n++] = t;
	if (n == 0 || n > 3 || t != NULL || parse_ll(parts[0], 1, 0x7fffffff, &p->wave_id) == -1)
		return 404;
	if (n == 1) {
		p->what = SP_START;
		return path[strlen(path) - 1] == '/' ? 404 : 0;
	}
	for (i = 1; i < SP__MAX; i++)
		if (strcmp(parts[1], spath_names[i]) == 0)
			break;
	if (i == SP__MAX || (i == SP_SECTION) != (n == 3))
		return 404;
	p->what = (enum spath)i;
	if (i == SP_SECTION && parse_ll(parts[2], 1, 1000, &p->section) == -1)
		return 404;
	return 0;
}

/* Survey submissions have a spool directory of their own. */
static const char *
spool_dir(struct ctx *c)
{
	return arena_printf(c->a, "%s/survey", c->cfg->spool);
}

static const char *
role_group(const struct user *u)
{
	return (u->roles & RBIT(ROLE_MANAGER)) ? "manager" : "practitioner";
}

static char *
wave_path(struct spage *p, const char *rest)
{
	return arena_printf(p->c->a, "/survey/%lld%s", p->wave_id, rest);
}

/*
 * Survey versions do not change once published (a change is a new
 * version), so each worker keeps the ones it has loaded in an arena of its
 * own instead of reading three tables on every page.
 */
#define SURVEY_CACHE	16

static struct {
	long long	version;
	struct survey	sv;
} survey_cache[SURVEY_CACHE];
static size_t		 survey_cached;
static struct arena	*survey_arena;

static int
survey_get_cached(struct ctx *c, long long version, struct survey *out)
{
	size_t	i;

	for (i = 0; i < survey_cached; i++)
		if (survey_cache[i].version == version) {
			*out = survey_cache[i].sv;
			return 0;
		}
	if (survey_arena == NULL && (survey_arena = arena_new(256 * 1024)) == NULL)
		return db_survey_load(c->db, c->a, version, out);
	if (survey_cached == SURVEY_CACHE) {
		arena_reset(survey_arena);
		survey_cached = 0;
	}
	if (db_survey_load(c->db, survey_arena, version, out) == -1)
		return -1;
	survey_cache[survey_cached].version = version;
	survey_cache[survey_cached++].sv = *out;
	return 0;
}

/* Load wave, survey and draft; 0 or a status. */
static int
spage_load(struct ctx *c, struct spage *p)
{
	struct wave_person	wp;
	int			n;

	p->c = c;
	if ((n = db_wave_person(c->db, c->a, p->wave_id, c->user->team_id,
	    c->user->id, &p->w, &wp)) != 1)
		return n == 0 ? 404 : 503;
	if (survey_get_cached(c, p->w.version_id, &p->sv) == -1)
		return 503;
	p->took_part = wp.took_part;
	p->has_draft = wp.answers != NULL;
	p->draft_raw = p->has_draft ? wp.answers : "";
	p->reached = wp.section;
	p->submit_token = wp.submit_token;
	if (form_parse(c->a, p->draft_raw, strlen(p->draft_raw), &p->draft) != FORM_OK)
		memset(&p->draft, 0, sizeof(p->draft));
	return 0;
}

/*
 * Has this person taken part: stored (as read by spage_load), or spooled
 * while the database was down and not yet replayed? 1 or 0.
 */
static int
participated(struct spage *p)
{
	int	done = p->took_part;

	if (done == 0 && submission_spooled(p->c->a, spool_dir(p->c), p->wave_id,
	    p->c->user->id))
		done = 1;
	return done;
}

/* May this person fill in the wave now? 0, or a redirect to its first page. */
static int
spage_fillable(struct spage *p)
{
	int	done;

	if (p->w.state != WAVE_OPEN || !p->w.for_team)
		return redirect(p->c, wave_path(p, "")) == 0 ? -1 : 500;
	if ((done = participated(p)) != 0)
		return done == 1 && redirect(p->c, wave_path(p, "/done?already=1")) == 0 ? -1 :
		    done == 1 ? 500 : 503;
	return 0;
}

/* ---- first page ------------------------------------------------------- */

static int
start_get(struct spage *p)
{
	struct tdict	*b = page_begin(p->c, p->w.survey_title, "survey/start.tpl");
	int		 done;

	if (b == NULL)
		return 500;
	if ((done = participated(p)) == -1)
		return 503;
	tdict_set(b, "TITLE", p->w.survey_title);
	tdict_set(b, "WAVE_TITLE", p->w.title);
	tdict_set(b, "INTRO", p->w.survey_intro);
	tdict_setint(b, "THRESHOLD", p->w.threshold);
	tdict_set(b, "CLOSES", p->w.closes);
	tdict_setint(b, "NSECTIONS", (long long)p->sv.nsections);
	if (done)
		tdict_show(b, "SUBMITTED");
	else if (!p->w.for_team)
		tdict_show(b, "NOT_IN_POPULATION");
	else if (p->w.state == WAVE_CLOSED)
		tdict_set(tdict_section(b, "CLOSED"), "DATE", p->w.closes);
	else if (p->w.state == WAVE_NOT_OPEN)
		tdict_set(tdict_section(b, "NOT_OPEN"), "DATE", p->w.opens);
	else if (p->has_draft) {
		struct tdict *r = tdict_section(b, "RESUME");

		tdict_set(r, "HREF", wave_path(p, p->reached > (long long)p->sv.nsections ?
		    "/check" : arena_printf(p->c->a, "/s/%lld", p->reached)));
		tdict_setint(r, "SECTION", p->reached - 1);
	} else
		tdict_set(tdict_section(b, "START"), "HREF", wave_path(p, "/s/1"));
	return page_end(p->c, p->w.state == WAVE_OPEN && p->w.for_team ? 200 : 403);
}

/* ---- section pages ---------------------------------------------------- */

/*
 * Render section n with vals (the draft, what was just posted, or what
 * was stashed) and any errors.
 */
static int
section_page(struct spage *p, const struct kvlist *vals, const struct qerror *errs,
    int nerr, int restored, int status)
{
	const struct section	*s = &p->sv.sections[p->section - 1];
	struct tdict		*b, *sum = NULL, *e;
	size_t			 i;
	const char		*title = nerr ? arena_printf(p->c->a, "Error: %s", s->title) : s->title;

	if ((b = page_begin(p->c, title, "survey/section.tpl")) == NULL)
		return 500;
	tdict_set(b, "SURVEY_TITLE", p->w.survey_title);
	tdict_set(b, "SECTION_TITLE", s->title);
	if (s->intro[0] != '\0')
		tdict_set(tdict_section(b, "HAS_SECTION_INTRO"), "SECTION_INTRO", s->intro);
	tdict_set(b, "PROGRESS", arena_printf(p->c->a, "Section %lld of %zu",
	    p->section, p->sv.nsections));
	tdict_set(b, "ACTION", wave_path(p, arena_printf(p->c->a, "/s/%lld", p->section)));
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "BACK_HREF", p->section > 1 ? wave_path(p,
	    arena_printf(p->c->a, "/s/%lld", p->section - 1)) : wave_path(p, ""));
	if (restored)
		tdict_show(b, "RESTORED");
	for (i = 0; i < (size_t)nerr; i++) {
		if (sum == NULL)
			sum = tdict_section(b, "ERRORS");
		e = tdict_section(sum, "ERROR");
		tdict_set(e, "HREF", arena_printf(p->c->a, "#q-%s", errs[i].q->qkey));
		tdict_set(e, "MESSAGE", errs[i].message);
	}
	if (survey_render_questions(p->c->a, b, s, vals, &p->draft, errs, nerr) == -1)
		return 500;
	return page_end(p->c, status);
}

static int
section_get(struct spage *p)
{
	struct kvlist	stash;
	int		st, restored;

	if ((st = spage_fillable(p)) != 0)
		return st < 0 ? 0 : st;
	if (p->section > (long long)p->sv.nsections)
		return 404;
	if ((restored = stash_take(p->c, &stash)) == -1)
		return 503;
	return section_page(p, restored ? &stash : &p->draft, NULL, 0, restored, 200);
}

/* Is key one of this section's questions? */
static const struct question *
section_question(const struct section *s, const char *key)
{
	size_t	i;

	for (i = 0; i < s->nquestions; i++)
		if (strcmp(s->questions[i].qkey, key) == 0)
			return &s->questions[i];
	return NULL;
}

/*
 * The new draft: every earlier answer not on this page, then this page's
 * answers to questions that apply (a hidden show-if answer is dropped).
 */
static char *
draft_merge(struct spage *p, const struct section *s, const struct kvlist *form)
{
	const struct question	*q;
	struct buf		 b;
	size_t			 i;
	char			*out;

	buf_init(&b, 1024 * 1024);
	for (i = 0; i < p->draft.n; i++)
		if (section_question(s, p->draft.v[i].key) == NULL)
			form_append(&b, p->draft.v[i].key, p->draft.v[i].val,
			    p->draft.v[i].vallen);
	for (i = 0; i < form->n; i++) {
		q = section_question(s, form->v[i].key);
		if (q == NULL || form->v[i].vallen == 0 ||
		    !section_question_shown(s, q, form, &p->draft))
			continue;
		form_append(&b, q->qkey, form->v[i].val, form->v[i].vallen);
	}
	out = arena_strdup(p->c->a, b.len ? b.p : "");
	buf_free(&b);
	return out;
}

/*
 * The one-time token of the check page, made afresh whenever an answer is
 * saved once every section has been reached (so showing the check page
 * writes nothing, and a check page shown before a change is stale). NULL
 * until then.
 */
static const char *
draft_token(struct spage *p, long long reached)
{
	char	*t;

	if (reached <= (long long)p->sv.nsections ||
	    (t = arena_alloc(p->c->a, TOKEN_LEN + 1)) == NULL || token_new(t) == -1)
		return NULL;
	return t;
}

static int
section_post(struct spage *p)
{
	const struct section	*s;
	struct qerror		*errs;
	const char		*action = req_param(&p->c->req, "action");
	char			*merged;
	long long		 reached;
	int			 st, nerr;

	if ((st = spage_fillable(p)) != 0)
		return st < 0 ? 0 : st;
	if (p->section > (long long)p->sv.nsections)
		return 404;
	s = &p->sv.sections[p->section - 1];
	nerr = survey_check_section(p->c->a, s, &p->c->req.form, &p->draft, &errs);
	if (nerr == -1)
		return 500;
	if (nerr > 0 && (action == NULL || strcmp(action, "save") != 0))
		return section_page(p, &p->c->req.form, errs, nerr, 0, 422);
	if ((merged = draft_merge(p, s, &p->c->req.form)) == NULL)
		return 500;
	reached = nerr > 0 ? p->section : p->section + 1;
	if (reached < p->reached)
		reached = p->reached;
	if (db_draft_save(p->c->db, p->wave_id, p->c->user->id, merged, reached,
	    draft_token(p, reached)) == -1)
		return 503;
	if (action != NULL && strcmp(action, "save") == 0)
		return redirect(p->c, wave_path(p, "?saved=1"));
	return redirect(p->c, wave_path(p, p->section < (long long)p->sv.nsections ?
	    arena_printf(p->c->a, "/s/%lld", p->section + 1) : "/check"));
}

/* ---- check your answers, submit, thank you ------------------------------ */

/* The answer to q as people read it: labels joined, or the comment. */
static const char *
answer_text(struct ctx *c, const struct question *q, const struct kvlist *ans)
{
	struct buf	 b;
	size_t		 i;
	char		*out;

	buf_init(&b, 64 * 1024);
	for (i = 0; i < ans->n; i++) {
		if (strcmp(ans->v[i].key, q->qkey) != 0 || ans->v[i].vallen == 0)
			continue;
		buf_printf(&b, "%s%s", b.len ? ", " : "",
		    q->kind == Q_TEXT ? ans->v[i].val : question_option_label(q, ans->v[i].val));
	}
	out = b.len ? arena_strdup(c->a, b.p) : NULL;
	buf_free(&b);
	return out;
}

static void
check_rows(struct spage *p, struct tdict *b)
{
	struct tdict	*sd, *row;
	const char	*text;
	size_t		 i, j;

	for (i = 0; i < p->sv.nsections; i++) {
		sd = tdict_section(b, "SECTION");
		tdict_set(sd, "TITLE", p->sv.sections[i].title);
		for (j = 0; j < p->sv.sections[i].nquestions; j++) {
			const struct question *q = &p->sv.sections[i].questions[j];

			if (!question_shown(q, &p->draft))
				continue;
			row = tdict_section(sd, "ROW");
			tdict_set(row, "QUESTION", q->text);
			if ((text = answer_text(p->c, q, &p->draft)) != NULL)
				tdict_set(row, "ANSWER", text);
			else
				tdict_show(row, "NOT_ANSWERED");
			tdict_set(row, "CHANGE_HREF", arena_printf(p->c->a,
			    "/survey/%lld/s/%zu#q-%s", p->wave_id, i + 1, q->qkey));
		}
	}
}

/* The one-time token of this check page, made once per draft. */
static const char *
submit_token(struct spage *p)
{
	char	*t;

	if (p->submit_token != NULL && token_syntax_ok(p->submit_token))
		return p->submit_token;
	if ((t = arena_alloc(p->c->a, TOKEN_LEN + 1)) == NULL || token_new(t) == -1)
		return NULL;
	if (db_draft_save(p->c->db, p->wave_id, p->c->user->id, p->draft_raw,
	    p->reached, t) == -1)
		return NULL;
	return t;
}

/* A ticket so that this submission can be trusted if MariaDB is down. */
static const char *
check_ticket(struct spage *p, const char *tok)
{
	struct submission	s;

	if (!p->c->cfg->has_secret)
		return "";
	memset(&s, 0, sizeof(s));
	s.token = tok;
	s.wave = p->wave_id;
	s.staff = p->c->user->id;
	s.team = p->c->user->team_id;
	s.role = role_group(p->c->user);
	return ticket_make(p->c->a, p->c->cfg->secret, &s, p->c->session,
	    time(NULL) + TICKET_SECONDS);
}

static int
check_get(struct spage *p)
{
	struct tdict	*b;
	const char	*tok, *ticket;
	int		 st;

	if ((st = spage_fillable(p)) != 0)
		return st < 0 ? 0 : st;
	if (!p->has_draft)
		return redirect(p->c, wave_path(p, "/s/1"));
	if ((tok = submit_token(p)) == NULL || (ticket = check_ticket(p, tok)) == NULL)
		return 503;
	if ((b = page_begin(p->c, "Check your answers", "survey/check.tpl")) == NULL)
		return 500;
	tdict_set(b, "SURVEY_TITLE", p->w.survey_title);
	tdict_set(b, "ACTION", wave_path(p, "/submit"));
	tdict_set(b, "CSRF", p->c->csrf);
	tdict_set(b, "SUBMIT_TOKEN", tok);
	tdict_set(b, "TICKET", ticket);
	tdict_set(b, "ANSWERS", p->draft_raw);
	tdict_set(b, "BACK_HREF", wave_path(p, arena_printf(p->c->a, "/s/%zu",
	    p->sv.nsections)));
	check_rows(p, b);
	return page_end(p->c, 200);
}

/* The thank-you page, rendered straight into this response. */
static int
done_page(struct ctx *c, const char *title, unsigned threshold, int already)
{
	struct tdict	*b = page_begin(c, "Your answers have been sent", "survey/done.tpl");

	if (b == NULL)
		return 500;
	tdict_set(b, "SURVEY_TITLE", title);
	tdict_setint(b, "THRESHOLD", threshold);
	tdict_set(b, "HOME_HREF", "/");
	tdict_show(b, already ? "ALREADY" : "SENT");
	return page_end(c, 200);
}

static int
done_get(struct spage *p)
{
	int	done = participated(p);

	if (done == -1)
		return 503;
	if (done == 0)
		return redirect(p->c, wave_path(p, ""));
	return done_page(p->c, p->w.survey_title, p->w.threshold,
	    req_param(&p->c->req, "already") != NULL);
}

/* The first section with a required question left unanswered. */
static long long
first_gap(const struct spage *p)
{
	size_t	i, j;

	for (i = 0; i < p->sv.nsections; i++)
		for (j = 0; j < p->sv.sections[i].nquestions; j++) {
			const struct question *q = &p->sv.sections[i].questions[j];

			if (q->required && question_shown(q, &p->draft) &&
			    kv_get(&p->draft, q->qkey) == NULL)
				return (long long)i + 1;
		}
	return 1;
}

/* Spool a submission and thank the person as if nothing were wrong. */
static int
submit_spool(struct ctx *c, struct submission *s, const char *title,
    unsigned threshold)
{
	int	rc;

	randombytes_buf(s->rid, sizeof(s->rid));
	if ((rc = submission_spool(c->a, spool_dir(c), s)) == -1)
		return 503;
	log_info("survey: submission for wave %lld spooled", s->wave);
	return done_page(c, title, threshold, rc == 1);
}

/*
 * The database is down: no session, no draft, no survey. The ticket from
 * the check page (bound to this session cookie) says who may submit to
 * which wave; the answers ride along in the form and are checked against
 * the survey when the spool is replayed.
 */
static int
submit_offline(struct ctx *c, long long wave)
{
	const char		*ticket = req_param(&c->req, "ticket");
	const char		*answers = req_param(&c->req, "answers");
	const char		*sess = cookie_get(c->a, c->req.cookies, SESSION_COOKIE);
	struct submission	 s;

	memset(&s, 0, sizeof(s));
	s.token = req_param(&c->req, "submit_token");
	if (!c->cfg->has_secret || answers == NULL ||
	    ticket_check(c->a, c->cfg->secret, ticket, sess, time(NULL), &s) == -1 ||
	    s.wave != wave)
		return 503;
	token_hash(s.token, s.token_hash);
	s.answers = answers;
	return submit_spool(c, &s, "Staff survey", c->cfg->threshold);
}

/* Store the draft as the response, once, unlinkably. */
static int
submit_online(struct spage *p)
{
	const char		*tok = req_param(&p->c->req, "submit_token");
	struct answer_row	*rows;
	struct submission	 s;
	size_t			 missing;
	int			 n, st;

	if ((st = spage_fillable(p)) != 0)
		return st < 0 ? 0 : st;
	if (!p->has_draft || p->submit_token == NULL || tok == NULL ||
	    !token_equal(tok, p->submit_token))
		return redirect(p->c, wave_path(p, "/check"));
	if ((n = survey_answer_rows(p->c->a, &p->sv, &p->draft, &rows, &missing)) == -1)
		return 500;
	if (missing > 0)
		return redirect(p->c, wave_path(p, arena_printf(p->c->a, "/s/%lld", first_gap(p))));
	memset(&s, 0, sizeof(s));
	randombytes_buf(s.rid, sizeof(s.rid));
	s.token = tok;
	token_hash(tok, s.token_hash);
	st = db_survey_submit(p->c->db, p->c->a, p->wave_id, p->c->user->id, s.rid,
	    s.token_hash, p->c->user->team_id, role_group(p->c->user), rows, (size_t)n);
	if (st == 1)
		return redirect(p->c, wave_path(p, "/done?already=1"));
	if (st == 0)
		return redirect(p->c, wave_path(p, "/done"));
	if (!db_is_down(p->c->db))
		return 500;
	s.wave = p->wave_id;
	s.staff = p->c->user->id;
	s.team = p->c->user->team_id;
	s.role = role_group(p->c->user);
	s.answers = p->draft_raw;
	return submit_spool(p->c, &s, p->w.survey_title, p->w.threshold);
}

/* ---- dispatch --------------------------------------------------------- */

static int
survey_dispatch(struct ctx *c, int post)
{
	struct spage	p;
	int		st;

	memset(&p, 0, sizeof(p));
	if ((st = spath_parse(c->req.path, &p)) != 0)
		return st;
	if ((p.what == SP_SUBMIT) != post && p.what != SP_SECTION) {
		resp_header(c->resp, c->a, "Allow", post ? "GET, HEAD" : "POST");
		return 405;
	}
	if (c->db_down)
		return p.what == SP_SUBMIT ? submit_offline(c, p.wave_id) : 503;
	if ((st = spage_load(c, &p)) != 0)
		return st;
	switch (p.what) {
	case SP_START:
		return start_get(&p);
	case SP_SECTION:
		return post ? section_post(&p) : section_get(&p);
	case SP_CHECK:
		return check_get(&p);
	case SP_SUBMIT:
		return submit_online(&p);
	default:
		return done_get(&p);
	}
}

int
survey_get(struct ctx *c)
{
	return survey_dispatch(c, 0);
}

int
survey_post(struct ctx *c)
{
	return survey_dispatch(c, 1);
}

/* After a response: now and then, replay the spool if it has anything. */
void
survey_spool_tick(struct ctx *c)
{
	static time_t	last;

	if (c->db_down || !tick_due(&last, 5))
		return;
	if (!spool_empty(spool_dir(c)) && db_ping(c->db, c->a) == 0)
		(void)spool_replay(spool_dir(c), c->a, submission_apply, c->db);
}
