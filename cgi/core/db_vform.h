#ifndef CHORUS_DB_VFORM_H
#define CHORUS_DB_VFORM_H
/*
 * SQL for editing the structure of the child and family voice forms
 * (chorus-admin, administrators): questions added, changed, moved and
 * retired. A question is never deleted: feedback_answer rows point at it,
 * so it is retired (voice_question.retired_on) and the forms skip it.
 * Each change is one transaction with its admin_log row. The English
 * words of a question and its choices are written with it (voice_text,
 * lang 'en'); the other languages are then missing in the word editor.
 */
#include <stddef.h>

struct arena;
struct db;
struct dbres;

/* A question as the admin form gives it (kind and key only when added). */
struct vq_edit {
	const char	*qkey;
	const char	*kind;		/* faces, ynns, single, text */
	const char	*topic;
	const char	*concern;	/* never, no, yes, option */
	int		 required;
	long long	 maxlen;
	const char	*text;		/* English words */
	const char	*hint;		/* English hint, "" for none */
	const char *const *opt_value;	/* single: the choices in order */
	const char *const *opt_label;	/* their English words */
	const int	*opt_concern;
	size_t		 nopt;
};

/* The form with this slug: id, slug, audience. Rows (0 or 1), or -1. */
int	db_vform_form(struct db *, struct arena *, const char *slug, struct dbres *);

/*
 * Its questions in order: id, qkey, kind, topic, required, concern,
 * retired_on (NULL while on the form), English words, answers given.
 */
int	db_vform_questions(struct db *, struct arena *, long long form, struct dbres *);

/*
 * One question: id, qkey, kind, topic, required, concern, retired_on,
 * English words, answers given, maxlen, form slug, English hint (NULL:
 * none). Rows (0 or 1), or -1.
 */
int	db_vform_question(struct db *, struct arena *, long long id, struct dbres *);

/* Its choices in order: value, concern, English words. Rows, or -1. */
int	db_vform_options(struct db *, struct arena *, long long id, struct dbres *);

/* Add q at the end of form (slug). 0 added (*id set), 2 key already used, -1. */
int	db_vform_add(struct db *, struct arena *, long long actor, long long form,
	    const char *slug, const struct vq_edit *, long long *id);

/*
 * Change question id (not retired) to q (qkey and kind are kept). A
 * question with answers keeps its choices: q's must begin with the old
 * values in their order (new ones may follow). 0 changed, 1 no such
 * question, 3 an answered choice would go, -1.
 */
int	db_vform_change(struct db *, struct arena *, long long actor, long long id,
	    const struct vq_edit *);

/* Swap question id with the next question on the form up (-1) or down (1). 0, 1 none, -1. */
int	db_vform_move(struct db *, struct arena *, long long actor, long long id, int dir);

/* Retire question id: off the form from today, its answers kept. 0, 1 none, -1. */
int	db_vform_retire(struct db *, struct arena *, long long actor, long long id);

#endif
