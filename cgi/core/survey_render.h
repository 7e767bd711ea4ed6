#ifndef CHORUS_SURVEY_RENDER_H
#define CHORUS_SURVEY_RENDER_H
/*
 * One staff survey section's questions into templates/survey/section.tpl
 * (survey_render.c): shared by chorus-staff's pages and chorus-admin's
 * preview, so both show the same thing.
 */
#include "survey.h"

struct arena;
struct kvlist;
struct tdict;

/* The label of q's choice v, or v itself when q has no such choice. */
const char	*question_option_label(const struct question *q, const char *v);

/*
 * Add a QUESTION section to b for each question of s that applies: one
 * whose show-if trigger is on an earlier page is left out unless sofar
 * (the earlier answers) says to show it. vals ticks the answers given;
 * errs[0..nerr) put messages inline. 0, or -1.
 */
int	survey_render_questions(struct arena *, struct tdict *b,
	    const struct section *s, const struct kvlist *vals,
	    const struct kvlist *sofar, const struct qerror *errs, int nerr);

#endif
