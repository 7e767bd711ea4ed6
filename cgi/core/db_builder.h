#ifndef CHORUS_DB_BUILDER_H
#define CHORUS_DB_BUILDER_H
/*
 * SQL for chorus-admin's survey builder, waves and Practice Standards
 * publishing (db_builder.c). Every change runs in one transaction with
 * its db_admin_log() row. Nothing here reads a response or an answer:
 * "has responses" and live counts come from COUNT(*) over
 * participation.wave_id, never from who took part.
 */
#include "db.h"

struct survey;

/* ---- surveys and versions -------------------------------------------- */
/* Every survey: id, slug, title, newest version, versions, draft version
 * id (NULL: none), newest version id. */
int	db_builder_surveys(struct db *, struct arena *, struct dbres *);
/* One survey's versions, newest first: id, version, state, waves, responses. */
int	db_builder_versions(struct db *, struct arena *, long long survey,
	    struct dbres *);
/*
 * One version: survey id, slug, title, intro, version, state ("draft" or
 * "published"), waves, responses. 1 found, 0 none, -1 error.
 */
int	db_builder_version(struct db *, struct arena *, long long version,
	    struct dbres *);
/* The id of a survey's version by slug (version 0: the newest). 1, 0, -1. */
int	db_builder_version_id(struct db *, struct arena *, const char *slug,
	    long long version, long long *id);
/* A version as a struct survey (header and body), for export. 1, 0, -1. */
int	db_builder_survey_get(struct db *, struct arena *, long long version,
	    struct survey *);
/* db_survey_import() with its admin-log row in the same transaction
 * (db_survey_def.c). 0, 1 that version exists, -1; the reason in err. */
int	db_builder_import(struct db *, long long actor, const struct survey *,
	    char *err, size_t errlen);
/*
 * A new survey: its row and a draft version 1 with one section. 0, 1 the
 * slug is taken, -1 error.
 */
int	db_builder_survey_add(struct db *, long long actor, const char *slug,
	    const char *title, const char *intro, const char *section,
	    long long *version);
/*
 * A draft copy of version from as the survey's next version: sections,
 * questions (same qkeys) and options. 0, 1 the survey already has a
 * draft (*version is that draft), -1 error.
 */
int	db_builder_copy(struct db *, long long actor, long long from,
	    long long *version);
/* Draft to published, once every section has a question. 0, 1 not a
 * draft, 2 a section is empty, -1. */
int	db_builder_publish(struct db *, long long actor, long long version);

/* ---- editing a draft: every statement is limited to draft versions ---- */
/* A section at the end of a draft. 0, 1 not a draft, -1. */
int	db_builder_section_add(struct db *, long long actor, long long version,
	    const char *title, const char *intro);
/*
 * The survey's title and introduction, from its draft version (helper G).
 * They are on the survey row, so every version shows them, published ones
 * too; allowed only while version is a draft and the newest. 0, 1 not so, -1.
 */
int	db_builder_survey_about(struct db *, struct arena *, long long actor,
	    long long version, const char *title, const char *intro);
/* Change a draft's section title and intro. 0, 1 not a draft or no such section, -1. */
int	db_builder_section_save(struct db *, struct arena *, long long actor,
	    long long version, long long section, const char *title, const char *intro);
/* Swap a section with its neighbour (dir -1 up, +1 down). 0, 1 nothing to swap, -1. */
int	db_builder_section_move(struct db *, struct arena *, long long actor,
	    long long version, long long section, int dir);
/* Remove an empty section of a draft. 0, 1 not a draft, 2 it has questions, -1. */
int	db_builder_section_remove(struct db *, struct arena *, long long actor,
	    long long version, long long section);
/* The edited fields of a question (new when q->id is 0, in section). */
struct bquestion {
	long long	 id;
	long long	 section_id;
	const char	*qkey;
	const char	*kind;
	const char	*text;
	const char	*hint;
	int		 required;
	long long	 maxlen;
	const char	*show_if_qkey;	/* NULL: always shown */
	const char	*show_if_value;
	const char	*const *opt_values;	/* single and multi */
	const char	*const *opt_labels;
	size_t		 nopts;
};
/*
 * Add (id 0) or change a question of a draft, options replaced. 0, 1 not
 * a draft (or no such question/section), 2 the qkey is taken in this
 * version, 3 the qkey had another kind in an earlier version, -1.
 */
int	db_builder_question_save(struct db *, struct arena *, long long actor,
	    long long version, const struct bquestion *, long long *id);
/* Swap a question with its neighbour (dir -1 up, +1 down); the first or
 * last of a section goes to the end of the section before or the start of
 * the one after. 0, 1 nowhere to go or not a draft, -1. */
int	db_builder_question_move(struct db *, struct arena *, long long actor,
	    long long version, long long question, int dir);
/* Remove a question and its options. 0, 1 not a draft, 2 another
 * question's show-if depends on it, -1. */
int	db_builder_question_remove(struct db *, struct arena *, long long actor,
	    long long version, long long question);

/* ---- waves ------------------------------------------------------------- */
/* Published versions to run: id, survey title, version. */
int	db_builder_published(struct db *, struct arena *, struct dbres *);
/*
 * Waves, newest first: id, title, survey title, version, opens (UTC,
 * "YYYY-MM-DD HH:MM:SS"), closes (UTC), population, threshold, state (-1
 * not open, 0 open, 1 closed), responses.
 */
int	db_builder_waves(struct db *, struct arena *, struct dbres *);
/* One wave, the same columns. 1, 0, -1. */
int	db_builder_wave(struct db *, struct arena *, long long wave, struct dbres *);
/* The areas or teams of a wave's population: name. */
int	db_builder_wave_groups(struct db *, struct arena *, long long wave,
	    struct dbres *);
/* Open teams: id, name, area. */
int	db_builder_open_teams(struct db *, struct arena *, struct dbres *);
struct bwave {
	long long	 version_id;
	const char	*title;
	const char	*opens;		/* UTC "YYYY-MM-DD HH:MM:SS" */
	const char	*closes;
	const char	*population;	/* all, areas, teams */
	const long long	*groups;	/* area or team ids */
	size_t		 ngroups;
	long long	 threshold;
};
/* A wave on a published version. 0, 1 not published, 2 an area or team
 * does not exist, -1. */
int	db_builder_wave_add(struct db *, struct arena *, long long actor,
	    const struct bwave *, long long *id);
/* Open now (if not yet open), close now (if open), or move the closing
 * time later (when_utc, if not closed). 0, 1 refused by the wave's state, -1. */
enum wave_change { WAVE_OPEN_NOW, WAVE_CLOSE_NOW, WAVE_EXTEND };
int	db_builder_wave_change(struct db *, struct arena *, long long actor,
	    long long wave, enum wave_change, const char *when_utc);

/* ---- Practice Standards: one draft, then published versions ------------- */
/*
 * Published versions, newest first: id, version, title, effective
 * ("3 December 2026"), standards, in force now (1/0: the newest in force),
 * not yet in force (1/0).
 */
int	db_std_versions(struct db *, struct arena *, struct dbres *);
/* The draft: id, version, title, effective_on ("YYYY-MM-DD" or NULL),
 * summary. 1, 0 none, -1. */
int	db_std_draft(struct db *, struct arena *, struct dbres *);
/* Its standards in order: id, code, title, body, evidence. */
int	db_std_draft_list(struct db *, struct arena *, long long draft, struct dbres *);
/* A draft copied from the newest published version. 0, 1 a draft exists, -1. */
int	db_std_draft_new(struct db *, struct arena *, long long actor);
/* The draft's title, summary and effective date (NULL: not set). 0, 1 no draft, -1. */
int	db_std_draft_save(struct db *, struct arena *, long long actor,
	    const char *title, const char *summary, const char *effective);
/* Add (id 0, code given) or change a standard of the draft. 0, 1 no such
 * standard or no draft, 2 the code is taken, -1. */
int	db_std_save(struct db *, struct arena *, long long actor, long long id,
	    const char *code, const char *title, const char *body,
	    const char *evidence);
/* Swap with the neighbour (dir -1 up, +1 down). 0, 1 nothing to swap, -1. */
int	db_std_move(struct db *, struct arena *, long long actor, long long id, int dir);
/* Remove a standard from the draft. 0, 1 not in the draft, -1. */
int	db_std_remove(struct db *, struct arena *, long long actor, long long id);
/*
 * Publish the draft: a new standards_version with its standards, the
 * draft deleted, in one transaction. Only INSERTs touch the published
 * tables. 0 (*version set), 1 no draft, 2 not ready (no summary, no
 * effective date or one in the past, no standards), -1.
 */
int	db_std_publish(struct db *, struct arena *, long long actor, long long *version);

/* ---- voice forms: words per language, safeguarding terms, team links ---- */
/* Team link codes: code, team name, team id, by team. */
int	db_vadm_links(struct db *, struct arena *, struct dbres *);
/* One link: code, team name. 1, 0, -1. */
int	db_vadm_link(struct db *, struct arena *, const char *code, struct dbres *);
/* A link code for an open team. 0, 1 no such open team, 2 code taken, -1. */
int	db_vadm_link_add(struct db *, long long actor, long long team, const char *code);
/* A language's safeguarding terms: term. */
int	db_vadm_terms(struct db *, struct arena *, const char *lang, struct dbres *);
/* 0, 1 no such language, 2 already listed, -1. */
int	db_vadm_term_add(struct db *, long long actor, const char *lang, const char *term);
/* 0, 1 not listed, -1. */
int	db_vadm_term_remove(struct db *, long long actor, const char *lang, const char *term);
/*
 * Every English key of one form (form.SLUG.*, q.SLUG.*, opt.SLUG.*), or
 * with slug NULL the shared words (every other key), beside lang's:
 * tkey, English text, lang's text (NULL: missing), lang's draft flag.
 */
int	db_vadm_texts(struct db *, struct arena *, const char *lang, const char *slug,
	    struct dbres *);
/*
 * Store lang's words for keys[0..n): texts[i] "" removes the row (English
 * shows), else it is written with its draft flag. Only keys that have an
 * English text are taken. Rows written, or -1.
 */
int	db_vadm_texts_save(struct db *, struct arena *, long long actor, const char *lang,
	    const char *const *keys, const char *const *texts, const int *drafts, size_t n);

#endif
