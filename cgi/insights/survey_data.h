#ifndef CHORUS_INSIGHTS_SURVEY_DATA_H
#define CHORUS_INSIGHTS_SURVEY_DATA_H
/*
 * Staff survey figures for the chosen waves, read from the rollups into
 * the organisation tree (survey_data.c): every team's counts are added to
 * its area and to the whole service, then a figure for any cell is
 * computed with suppression over the whole tree (struct fig).
 */
#include <stddef.h>

#include "db.h"
#include "ins.h"

struct score {
	long long	 answered, favourable, total, promoters, detractors;
};

struct sdata {
	size_t		 nw, nq, nc;	/* waves (the filter's rows), questions, cells */
	struct dbres	 qs;		/* db_ins_questions, scored */
	struct score	*sc;		/* [(w * nq + q) * nc + cell] */
	long long	*resp;		/* [w * nc + cell] */
	size_t		 nsec;
	size_t		*sec_of;	/* question -> section number 0..nsec */
	unsigned char	*agree;		/* question -> 1 for an agreement scale */
	const char	**sec_title;	/* [nsec] */
};

enum measure { M_OVERALL, M_SECTION, M_QUESTION, M_ENPS };

struct fig {
	enum sup_why	 why;
	long long	 n;		/* people behind it */
	int		 has;		/* shown, and there are answers */
	long		 pct;		/* percent favourable, or eNPS, rounded */
	double		 mean;		/* questions: mean scale value */
};

/* Load the waves f->wlo..whi. 0, or 500/503. */
int	sdata_load(struct ctx *, const struct otree *, const struct sfilter *,
	    struct sdata *);
/*
 * The figure of measure m (idx: section or question number) in wave w
 * (0-based within the filter's range) for every cell, suppressed over the
 * whole tree with threshold t. out has d->nc entries. 0, or -1 ENOMEM.
 */
int	sdata_figs(struct ctx *, const struct otree *, const struct sdata *,
	    size_t w, enum measure m, size_t idx, unsigned t, struct fig *out);
/* The first 0-10 question (for eNPS), or nq when there is none. */
size_t	sdata_enps_question(const struct sdata *);
/* "67%", "+12" for eNPS, the suppression label, or "No responses". */
const char *fig_text(struct ctx *, const struct fig *, enum measure, unsigned t);
/* "▲ 4", "▼ 2", "No change", or NULL when the change may not be shown. */
const char *fig_change(struct ctx *, const struct fig *prev, const struct fig *cur,
	    int *dir);

#endif
