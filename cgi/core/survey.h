#ifndef CHORUS_SURVEY_H
#define CHORUS_SURVEY_H
/*
 * A staff survey version in memory: sections of questions. The same
 * structure comes from a definition file (survey_def.c, for chorusctl
 * survey import) and from the database (db_survey.c, for the pages).
 * Everything lives in an arena.
 */
#include <stddef.h>

struct arena;
struct kvlist;

enum qkind { Q_AGREE5 = 0, Q_SCALE10, Q_SINGLE, Q_MULTI, Q_YESNO, Q_TEXT, Q__MAX };
extern const char *const qkind_names[Q__MAX];	/* "agree5", ... as in the schema */

struct qoption {
	const char	*value;		/* [a-z0-9_-]{1,64} */
	const char	*label;
};

struct question {
	long long	 id;		/* 0 until stored */
	const char	*qkey;		/* [a-z0-9_]{1,64}, stable across versions */
	enum qkind	 kind;
	const char	*text;
	const char	*hint;		/* "" when none */
	int		 required;
	unsigned	 maxlen;	/* Q_TEXT: characters; default 1000 */
	const char	*show_if_qkey;	/* NULL: always shown */
	const char	*show_if_value;
	struct qoption	*options;	/* Q_SINGLE/Q_MULTI: from the definition; others: fixed */
	size_t		 noptions;
};

struct section {
	long long	 id;
	const char	*title;
	const char	*intro;		/* "" when none */
	struct question	*questions;
	size_t		 nquestions;
};

struct survey {
	const char	*slug;		/* [a-z0-9-]{1,64} */
	const char	*title;
	const char	*intro;
	unsigned	 version;
	struct section	*sections;
	size_t		 nsections;
};

/* The fixed choices of the scale kinds (agree5, scale10, yesno). */
const struct qoption	*qkind_options(enum qkind, size_t *n);
/* Scale value of a choice (agree5 1-5, scale10 0-10, yesno 1/0), or -1. */
int			 qoption_num(enum qkind, const char *value);

/* Find a question by key, or NULL. */
const struct question	*survey_question(const struct survey *, const char *qkey);

/*
 * Is q shown, given the answers so far? A question with a show-if rule is
 * shown only when that earlier question's answer (any of a multi's) equals
 * the value.
 */
int	question_shown(const struct question *, const struct kvlist *answers);

/* One stored answer: a multi-choice question gives one per choice. */
struct answer_row {
	long long	 qid;
	const char	*value;		/* option value, or "text" for a comment */
	long long	 num;		/* scale value when has_num */
	int		 has_num;
	const char	*comment;	/* Q_TEXT only */
};

/* A question in error on a page. */
struct qerror {
	const struct question	*q;
	const char		*message;
};

/* Does q apply on s's page? A show-if trigger on the same page is decided
 * by what was posted (form), one on an earlier page by the draft (sofar). */
int	section_question_shown(const struct section *, const struct question *,
	    const struct kvlist *form, const struct kvlist *sofar);

/*
 * Check the answers given on one section's page (form) against its
 * questions, with earlier answers (sofar) deciding show-if. Fills errs
 * (arena, one per question in error) and returns how many, or -1 (ENOMEM).
 */
int	survey_check_section(struct arena *, const struct section *,
	    const struct kvlist *form, const struct kvlist *sofar,
	    struct qerror **errs);

/*
 * The rows to store for a complete set of answers: shown questions only,
 * unknown keys and invalid values dropped. Returns the count, or -1.
 * *missing counts required shown questions left unanswered.
 */
int	survey_answer_rows(struct arena *, const struct survey *,
	    const struct kvlist *answers, struct answer_row **rows, size_t *missing);

/*
 * Parse a definition file (docs/survey-format.md). 0 and *out filled, or
 * -1 with "line N: reason" in err (size errlen). Checks everything that can
 * be checked without the database: keys, kinds, options, show-if targets.
 */
int	survey_def_parse(struct arena *, const char *text, size_t len,
	    struct survey *out, char *err, size_t errlen);

/*
 * The key rule of the definition format: s is 1 to 64 bytes of [a-z0-9]
 * and the bytes in extra ("-" for survey slugs, "_" for question keys,
 * "_-" for option values). 1 if so, else 0.
 */
int	survey_key_ok(const char *s, const char *extra);

#endif
