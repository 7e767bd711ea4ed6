#ifndef CHORUS_SURVEY_WRITE_H
#define CHORUS_SURVEY_WRITE_H
/*
 * The survey definition writer: the inverse of survey_def_parse(), so a
 * version can move from one server to another (chorusctl survey export,
 * the builder's "Download as a file"). Parsing what it writes gives the
 * same survey back: same keys, kinds, texts, options and show-if rules.
 */
#include "survey.h"

struct buf;

/*
 * Append s as a definition file (docs/survey-format.md) to out. 0, or -1
 * when a value cannot be written as one line (it holds a control
 * character, or starts or ends with a space the parser would trim) or out
 * is full.
 */
int	survey_def_write(struct buf *out, const struct survey *s);

#endif
