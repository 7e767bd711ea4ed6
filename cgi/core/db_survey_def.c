/*
 * Survey definitions into the database (chorusctl survey import): the
 * survey by slug, a new version, its sections, questions and options, all
 * in one transaction.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "db.h"
#include "db_builder.h"
#include "survey.h"

struct import {
	struct db		*db;
	struct arena		*a;
	const struct survey	*s;
	char			*err;
	size_t			 errlen;
	long long		 survey_id;
	long long		 version_id;
};

/* Record why the import stopped. Always returns -1. */
static int
import_fail(struct import *im, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
import_fail(struct import *im, const char *fmt, ...)
{
	va_list	ap;

	if (im->errlen == 0)
		return -1;
	va_start(ap, fmt);
	vsnprintf(im->err, im->errlen, fmt, ap);
	va_end(ap);
	return -1;
}

static int
db_fail(struct import *im)
{
	return import_fail(im, "database: %s", db_error(im->db));
}

/* The survey's id by slug, inserting the row if it is new. 0 or -1. */
static int
survey_row(struct import *im)
{
	static const char ins[] =
	    "INSERT INTO survey (slug, title, intro) VALUES (?, ?, ?) "
	    "ON DUPLICATE KEY UPDATE id = id";
	static const char sel[] =
	    "SELECT id FROM survey WHERE slug = ? FOR UPDATE";
	struct dbres	r;

	if (db_exec(im->db, NULL, NULL, ins, "sss", im->s->slug, im->s->title,
	    im->s->intro) == -1 ||
	    db_exec(im->db, im->a, &r, sel, "s", im->s->slug) != 1)
		return db_fail(im);
	im->survey_id = dbres_int(&r, 0, 0);
	return 0;
}

/* The new version row. 0, 1 if that version exists, or -1. */
static int
version_row(struct import *im)
{
	static const char sql[] =
	    "INSERT INTO survey_version (survey_id, version) VALUES (?, ?)";

	if (db_exec(im->db, NULL, NULL, sql, "ii", im->survey_id,
	    (long long)im->s->version) == 1) {
		im->version_id = (long long)db_insert_id(im->db);
		return 0;
	}
	if (!db_is_dup(im->db))
		return db_fail(im);
	import_fail(im, "%s version %u already exists: a changed survey needs "
	    "a new version number", im->s->slug, im->s->version);
	return 1;
}

/*
 * The survey's title and intro follow its newest version, so importing an
 * old version number late does not bring back an old title. 0 or -1.
 */
static int
survey_update(struct import *im)
{
	static const char sql[] =
	    "UPDATE survey SET title = ?, intro = ? WHERE id = ? AND ? >= "
	    "(SELECT MAX(version) FROM survey_version WHERE survey_id = ?)";

	if (db_exec(im->db, NULL, NULL, sql, "ssiii", im->s->title, im->s->intro,
	    im->survey_id, (long long)im->s->version, im->survey_id) == -1)
		return db_fail(im);
	return 0;
}

/*
 * Trends join waves on question keys: refuse a key that had another kind
 * in an earlier version of this survey. 0 or -1.
 */
static int
kinds_check(struct import *im)
{
	static const char sql[] =
	    "SELECT DISTINCT q.qkey, q.kind FROM question q "
	    "JOIN survey_version v ON v.id = q.survey_version_id "
	    "WHERE v.survey_id = ? AND v.id <> ?";
	const struct question	*q;
	struct dbres		 r;
	size_t			 i;

	if (db_exec(im->db, im->a, &r, sql, "ii", im->survey_id,
	    im->version_id) == -1)
		return db_fail(im);
	for (i = 0; i < r.nrows; i++) {
		q = survey_question(im->s, dbres_str(&r, i, 0));
		if (q != NULL && strcmp(qkind_names[q->kind], dbres_str(&r, i, 1)) != 0)
			return import_fail(im, "question %s was %s in an earlier "
			    "version of %s: a question of another kind needs a new "
			    "key", q->qkey, dbres_str(&r, i, 1), im->s->slug);
	}
	return 0;
}

/* The option rows of a single or multi question. 0 or -1. */
static int
option_rows(struct import *im, long long qid, const struct question *q)
{
	static const char sql[] =
	    "INSERT INTO question_option (question_id, position, value, label) "
	    "VALUES (?, ?, ?, ?)";
	size_t	i;

	if (q->kind != Q_SINGLE && q->kind != Q_MULTI)
		return 0;
	for (i = 0; i < q->noptions; i++)
		if (db_exec(im->db, NULL, NULL, sql, "iiss", qid, (long long)i + 1,
		    q->options[i].value, q->options[i].label) != 1)
			return db_fail(im);
	return 0;
}

/* One question (position pos in its section) and its options. 0 or -1. */
static int
question_row(struct import *im, long long section_id, size_t pos,
    const struct question *q)
{
	static const char sql[] =
	    "INSERT INTO question (survey_version_id, section_id, position, qkey, "
	    "kind, text, hint, required, maxlen, show_if_qkey, show_if_value) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	if (db_exec(im->db, NULL, NULL, sql, "iiissssiiss", im->version_id,
	    section_id, (long long)pos, q->qkey, qkind_names[q->kind], q->text,
	    q->hint, (long long)(q->required != 0), (long long)q->maxlen,
	    q->show_if_qkey, q->show_if_qkey ? q->show_if_value : NULL) != 1)
		return db_fail(im);
	return option_rows(im, (long long)db_insert_id(im->db), q);
}

/* One section (position pos) and its questions. 0 or -1. */
static int
section_row(struct import *im, size_t pos, const struct section *sec)
{
	static const char sql[] =
	    "INSERT INTO survey_section (survey_version_id, position, title, intro) "
	    "VALUES (?, ?, ?, ?)";
	long long	id;
	size_t		i;

	if (db_exec(im->db, NULL, NULL, sql, "iiss", im->version_id,
	    (long long)pos, sec->title, sec->intro ? sec->intro : "") != 1)
		return db_fail(im);
	id = (long long)db_insert_id(im->db);
	for (i = 0; i < sec->nquestions; i++)
		if (question_row(im, id, i + 1, &sec->questions[i]) == -1)
			return -1;
	return 0;
}

/* Everything but the transaction. 0, 1 (version exists) or -1. */
static int
import_rows(struct import *im)
{
	size_t	i;
	int	rc;

	if (survey_row(im) == -1)
		return -1;
	if ((rc = version_row(im)) != 0)
		return rc;
	if (survey_update(im) == -1 || kinds_check(im) == -1)
		return -1;
	for (i = 0; i < im->s->nsections; i++)
		if (section_row(im, i + 1, &im->s->sections[i]) == -1)
			return -1;
	return 0;
}

/* The import, with its admin-log row when actor is not 0 (the builder). */
static int
import_run(struct db *db, const struct survey *s, long long actor, char *err,
    size_t errlen)
{
	struct import	im;
	int		rc;

	memset(&im, 0, sizeof(im));
	im.db = db;
	im.s = s;
	im.err = err;
	im.errlen = errlen;
	if (errlen > 0)
		err[0] = '\0';
	if ((im.a = arena_new(0)) == NULL)
		return import_fail(&im, "out of memory");
	if (db_begin(db) == -1) {
		arena_free(im.a);
		return db_fail(&im);
	}
	if ((rc = import_rows(&im)) == 0 && actor != 0 &&
	    db_admin_log(db, actor, "survey.import", s->slug, NULL,
	    arena_printf(im.a, "version %u", s->version)) == -1)
		rc = db_fail(&im);
	if (rc == 0 && db_commit(db) == -1)
		rc = db_fail(&im);
	if (rc != 0)
		db_rollback(db);
	arena_free(im.a);
	return rc;
}

int
db_survey_import(struct db *db, const struct survey *s, char *err,
    size_t errlen)
{
	return import_run(db, s, 0, err, errlen);
}

/* The survey builder's import (db_builder.h): the same, logged. */
int
db_builder_import(struct db *db, long long actor, const struct survey *s,
    char *err, size_t errlen)
{
	return import_run(db, s, actor, err, errlen);
}
