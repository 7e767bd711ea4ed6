/*
 * chorusctl survey import: a survey definition file (docs/survey-format.md)
 * checked in full, then stored as a new version in one transaction; and
 * survey export, which writes a stored version back out in that format.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "ctl.h"
#include "db.h"
#include "db_builder.h"
#include "field.h"
#include "survey.h"
#include "survey_write.h"

/*
 * Read, parse and store the definition at path. Prints one line saying
 * what was stored. Returns 0 stored, 1 that version was already there
 * (reported as an error unless existing_ok), -1 any other failure
 * (reported).
 */
int
survey_file_import(struct ctl *ctl, const char *path, int existing_ok)
{
	struct survey	 s;
	char		 err[512], *text;
	size_t		 len, i, nq = 0;
	int		 rc;

	if ((text = file_read(ctl->a, path, &len)) == NULL) {
		fprintf(stderr, "chorusctl: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (survey_def_parse(ctl->a, text, len, &s, err, sizeof(err)) == -1) {
		fprintf(stderr, "chorusctl: %s: %s\n", path, err);
		return -1;
	}
	if ((rc = db_survey_import(ctl->db, &s, err, sizeof(err))) == 1 &&
	    existing_ok) {
		printf("survey import: %s version %u is already there\n",
		    s.slug, s.version);
		return 1;
	}
	if (rc != 0) {
		fprintf(stderr, "chorusctl: survey import: %s: %s\n", path, err);
		return rc;
	}
	for (i = 0; i < s.nsections; i++)
		nq += s.sections[i].nquestions;
	printf("survey import: %s version %u: %zu section%s, %zu question%s\n",
	    s.slug, s.version, s.nsections, s.nsections == 1 ? "" : "s",
	    nq, nq == 1 ? "" : "s");
	return 0;
}

/* survey import FILE */
int
cmd_survey_import(struct ctl *ctl, int argc, char **argv)
{
	if (argc != 1) {
		fprintf(stderr, "usage: chorusctl --config FILE survey import FILE\n");
		return 2;
	}
	return survey_file_import(ctl, argv[0], 0) == 0 ? 0 : 1;
}

/*
 * survey export SLUG [VERSION]: the version (the newest when not given)
 * as a definition file on standard output, for `survey import` on another
 * server. Exit 0, 1 failed (no such survey, a value that cannot be
 * written), 2 usage.
 */
int
cmd_survey_export(struct ctl *ctl, int argc, char **argv)
{
	struct survey	 s;
	struct buf	 out;
	long long	 version = 0, id;
	int		 rc = 1;

	if (argc < 1 || argc > 2 ||
	    (argc == 2 && parse_ll(argv[1], 1, 1000000, &version) == -1)) {
		fprintf(stderr, "usage: chorusctl --config FILE survey export SLUG [VERSION]\n");
		return 2;
	}
	if (db_builder_version_id(ctl->db, ctl->a, argv[0], version, &id) != 1 ||
	    db_builder_survey_get(ctl->db, ctl->a, id, &s) != 1) {
		fprintf(stderr, "chorusctl: survey export: no survey %s%s%s\n", argv[0],
		    argc == 2 ? " version " : "", argc == 2 ? argv[1] : "");
		return 1;
	}
	buf_init(&out, 0);
	if (survey_def_write(&out, &s) == -1)
		fprintf(stderr, "chorusctl: survey export: %s version %u has a value "
		    "that cannot be written on one line\n", s.slug, s.version);
	else if (fwrite(out.p, 1, out.len, stdout) == out.len && fflush(stdout) == 0)
		rc = 0;
	buf_free(&out);
	return rc;
}
