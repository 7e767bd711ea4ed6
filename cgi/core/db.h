#ifndef CHORUS_DB_H
#define CHORUS_DB_H
/*
 * MariaDB access over prepared statements only. Each worker owns one
 * struct db (opened after fork). Statements are prepared once per
 * connection and cached by their SQL text's address; after "server has
 * gone away" the connection is re-opened, the cache dropped and the
 * statement re-prepared and retried once (never inside a transaction).
 *
 * Parameters are described by a type string, one letter per '?':
 *   'i'  long long            's'  const char * (NULL binds SQL NULL)
 *   'b'  const void *, size_t (binary)
 * Results come back as text cells in the caller's arena.
 */
#include <stddef.h>
#include "config.h"

struct arena;
struct db;

struct dbres {
	size_t	  nrows;
	size_t	  ncols;
	char	**cell;		/* [row * ncols + col]; NULL for SQL NULL */
	size_t	 *len;		/* byte length of each cell */
};

struct db	*db_new(const struct config *, enum prog);
void		 db_free(struct db *);
int		 db_connect(struct db *);	/* 0, or -1 (logged) */

/*
 * Run sql with bound parameters. For a statement with a result set and
 * res != NULL, fills res and returns the row count; otherwise returns the
 * affected-row count. -1 on any error (db_errno() says which).
 */
int		 db_exec(struct db *, struct arena *, struct dbres *res,
		    const char *sql, const char *types, ...);

/*
 * CALL a procedure that starts a transaction and leaves it open on success
 * (rolled back on error): then finish as after db_begin. 0 or -1.
 */
int		 db_call_begin(struct db *, struct arena *, const char *sql,
		    const char *types, ...);

/*
 * Array binding: run sql once for nrows rows in a single round trip. Each
 * column is 'i' (vals: long long[nrows]), 's' (strs: const char *[nrows])
 * or 'b' (strs + lens); a NULL entry in strs, or null[r] set for 'i',
 * binds SQL NULL. Affected rows, or -1.
 */
struct dbcol {
	char			 type;
	const long long		*vals;
	const char *const	*strs;
	const unsigned long	*lens;	/* 'b' only */
	const char		*null;	/* 'i' only; may be NULL */
};
int		 db_exec_rows(struct db *, struct arena *, const char *sql,
		    size_t nrows, const struct dbcol *cols, size_t ncols);

unsigned long long db_insert_id(const struct db *);
unsigned	 db_errno(const struct db *);
const char	*db_error(const struct db *);
int		 db_is_dup(const struct db *);	/* last error: duplicate key */
int		 db_is_down(const struct db *);	/* last error: no connection */

int		 db_begin(struct db *);
int		 db_commit(struct db *);
void		 db_rollback(struct db *);
/* End a transaction: commit when rc is 0, else roll back. Returns rc, or
 * -1 when the commit failed. */
int		 db_finish(struct db *, int rc);

int		 db_name_ok(const char *);	/* [A-Za-z0-9_]{1,64} */

/* Several statements in one text (migrations, grants): chorusctl only. */
int		 db_script(struct db *, const char *sql, size_t len);

/* Cell accessors; missing or NULL cells read as "" / 0. */
const char	*dbres_str(const struct dbres *, size_t row, size_t col);
long long	 dbres_int(const struct dbres *, size_t row, size_t col);
int		 dbres_null(const struct dbres *, size_t row, size_t col);

/* ---- db_session.c: sessions and sign-in ------------------------------ */
struct user;

/* The live session for this token hash: fills u and csrf (arena). 1 found,
 * 0 none or expired, -1 error. extra, if not NULL, is more columns for the
 * same read (scalar SQL expressions from a db_*.c file, the same every
 * call): their values joined by '/' go to *extra_out (NULL if any is NULL). */
int	db_session_load(struct db *, struct arena *, const unsigned char *hash,
	    unsigned idle_min, unsigned max_hours, const char *extra,
	    struct user *u, char **csrf, char **extra_out);
int	db_session_create(struct db *, const unsigned char *hash,
	    long long staff_id, const char *csrf);
int	db_session_delete(struct db *, const unsigned char *hash);
/* Whose session this token was, live or expired: staff id, 0 none, -1. */
long long db_session_owner(struct db *, struct arena *, const unsigned char *hash);
/* An active person by username, with the password hash (may be NULL). */
int	db_staff_by_username(struct db *, struct arena *, const char *username,
	    struct user *u, char **pwhash);
/* Recent failures for this username and for this address. 0 or -1. */
int	db_signin_failures(struct db *, struct arena *, const char *username,
	    const char *address, unsigned window_min, long long *by_user,
	    long long *by_addr);
int	db_signin_failure_add(struct db *, const char *username, const char *address);
int	db_signin_failures_clear(struct db *, const char *username);
/* Demo sign-ins (usernames ending in .demo): username, roles. */
int	db_demo_signins(struct db *, struct arena *, struct dbres *);
/* 0 if the database answers, -1 if not. */
int	db_ping(struct db *, struct arena *);

/* ---- db_home.c: what the home page lists ------------------------------ */
/* Each fills res (arena) and returns the row count, or -1. */
/* Open waves for this person: id, title, closes (text), submitted, drafted. */
int	db_home_waves(struct db *, struct arena *, const struct user *, struct dbres *);
/* The standards version in force if not yet acknowledged: id, version, effective. */
int	db_home_standards(struct db *, struct arena *, const struct user *, struct dbres *);
/* Audits to do: id, case_ref, status, what ("To complete"/"To moderate"). */
int	db_home_audits(struct db *, struct arena *, const struct user *, struct dbres *);

/* ---- db_org.c: service areas and teams --------------------------------- */
/* id, name, team count, active staff count. */
int	db_areas(struct db *, struct arena *, struct dbres *);
/* id, name, area name, active staff count. */
int	db_teams(struct db *, struct arena *, struct dbres *);
/* Add a team and its admin-log row in one transaction. 0, 1 name taken,
 * 2 no such area, -1 error. */
int	db_team_add(struct db *, long long actor, const char *name, long long area,
	    long long *id);
/*
 * Append one row to the admin log: who (actor), what (action, e.g.
 * "team.add"), on what (subject), and the value before and after (either
 * may be NULL). Call it inside the transaction that makes the change, so
 * the change and its record stand or fall together. 0 or -1.
 */
int	db_admin_log(struct db *, long long actor, const char *action,
	    const char *subject, const char *before, const char *after);

/* ---- db_survey.c: waves, drafts, submissions --------------------------- */
struct survey;
struct answer_row;

enum wave_state { WAVE_NOT_OPEN = -1, WAVE_OPEN = 0, WAVE_CLOSED = 1 };

struct wave {
	long long	 id;
	long long	 version_id;
	const char	*title;
	const char	*survey_title;
	const char	*survey_intro;
	const char	*opens;		/* "1 December 2026" */
	const char	*closes;
	enum wave_state	 state;
	unsigned	 threshold;
	int		 for_team;	/* the given team is in the population */
};

/* 1 found, 0 none, -1 error. team decides for_team. */
int	db_wave_get(struct db *, struct arena *, long long wave, long long team,
	    struct wave *);
/*
 * What a survey page needs about one person in one query: the wave (as
 * db_wave_get), whether they have taken part (*took_part 1 or 0) and their
 * draft (*answers NULL when there is none). 1 found, 0 no such wave, -1.
 */
struct wave_person {
	int		 took_part;
	char		*answers;	/* NULL: no draft */
	long long	 section;
	char		*submit_token;
};
int	db_wave_person(struct db *, struct arena *, long long wave, long long team,
	    long long staff, struct wave *, struct wave_person *);
/* The sections, questions and choices of a survey version. 0 or -1. */
int	db_survey_load(struct db *, struct arena *, long long version,
	    struct survey *);
int	db_draft_save(struct db *, long long wave, long long staff,
	    const char *answers, long long section, const char *submit_token);
/*
 * The submit transaction: participation, the one-time token used up,
 * response with random id rid, answers (array-bound), draft deleted.
 * 0 stored, 1 already taken part or token used (nothing stored), -1
 * error (db_is_down() says whether to spool).
 */
int	db_survey_submit(struct db *, struct arena *, long long wave,
	    long long staff, const unsigned char rid[16],
	    const unsigned char token_hash[32], long long team,
	    const char *role_group, const struct answer_row *, size_t n);
/* Spool replay halves, each idempotent. 0 or -1. */
int	db_participation_replay(struct db *, long long wave, long long staff);
int	db_response_replay(struct db *, struct arena *, const unsigned char rid[16],
	    const unsigned char token_hash[32], long long wave, long long team,
	    const char *role_group, const struct answer_row *, size_t n);
/* Form stash for answers typed when the session had expired. */
int	db_stash_put(struct db *, const unsigned char *hash, long long staff,
	    const char *path, const char *body, size_t len);
/* 1 found for this person (and deleted), 0 none, -1 error. */
int	db_stash_take(struct db *, struct arena *, const unsigned char *hash,
	    long long staff, const char *path, char **body);

/* ---- db_voice.c: child and family voice -------------------------------- */
struct vform;
struct vtexts;

/* Active forms in order: id, slug. */
int	db_voice_forms(struct db *, struct arena *, struct dbres *);
/* One form by slug with its questions and options. 1, 0 none, -1. */
int	db_voice_form(struct db *, struct arena *, const char *slug, struct vform *);
/* Languages: code, name, dir. */
int	db_voice_langs(struct db *, struct arena *, struct dbres *);
/* The words of lang (English beneath). 1, 0 no such language, -1. */
int	db_voice_texts(struct db *, struct arena *, const char *lang, struct vtexts *);
/* The team a link code names. 1 (team, name set), 0 unknown, -1. */
int	db_voice_link(struct db *, struct arena *, const char *code, long long *team,
	    const char **name);
/* Open teams for the chooser: id, name. */
int	db_voice_teams(struct db *, struct arena *, struct dbres *);
/* An open team / a known language? 1, 0, -1. */
int	db_voice_team_ok(struct db *, struct arena *, long long team);
int	db_voice_lang_ok(struct db *, struct arena *, const char *lang);
/* Safeguarding terms for lang and English: term. */
int	db_voice_terms(struct db *, struct arena *, const char *lang, struct dbres *);

struct vsubmission;
/* Feedback, answers and a follow-up when urgent_reason or a complaint says
 * so, in one transaction. 0 stored, 1 already (same id), -1 error. */
int	voice_store_rows(struct db *, struct arena *, const struct vsubmission *,
	    const char *urgent_reason, unsigned due_hours);

/* ---- db_followup.c: the follow-up queue -------------------------------- */
/* Open follow-ups, urgent first: id, team, reason, opened, due, status,
 * urgent, overdue. team 0: every team; -1: none. */
int	db_followups(struct db *, struct arena *, long long team, struct dbres *);
/* One follow-up: id, team_id, team, reason, opened, due, status, urgent,
 * overdue, closed_at, form slug, language name, received, wants_contact,
 * contact_name, contact_how, wants_complaint, hex(feedback id). 1, 0, -1. */
int	db_followup(struct db *, struct arena *, long long id, struct dbres *);
/* The feedback's answers with the English question: question, value, text. */
int	db_followup_answers(struct db *, struct arena *, long long id, struct dbres *);
/* The trail: at, who, action, text. */
int	db_followup_events(struct db *, struct arena *, long long id, struct dbres *);
/* Active people of a team: id, name. */
int	db_team_people(struct db *, struct arena *, long long team, struct dbres *);
/*
 * Append a step (assigned, note, action, closed) and move the status.
 * Closing needs an 'action' step first: 1 refused for that, 2 already
 * closed, 0 done, -1 error.
 */
int	db_followup_step(struct db *, struct arena *, long long id, long long actor,
	    const char *action, const char *text, long long assignee);
/* Not yet mailed: id, team_id, team, urgent, reason, due. */
int	db_followups_unnotified(struct db *, struct arena *, struct dbres *);
/* Who to tell about a team's follow-ups: its managers, else duty staff: email. */
int	db_followup_recipients(struct db *, struct arena *, long long team, struct dbres *);
/* claim: mark as mailed if not yet (1 when this call did); else unmark. */
int	db_followup_notified(struct db *, long long id, int claim);

/* ---- db_standards.c: Practice Standards and acknowledgements ---------- */
/* The version in force: id, version, effective, summary, title. 1, 0, -1. */
int	db_standards_current(struct db *, struct arena *, struct dbres *);
/* Its standards: id, code, title, body, evidence. */
int	db_standards_list(struct db *, struct arena *, long long version_id, struct dbres *);
/* When this person acknowledged a version: at. 1, 0, -1. */
int	db_ack_get(struct db *, struct arena *, long long staff, long long version_id,
	    struct dbres *);
/* The latest other version they acknowledged: id, version. 1, 0, -1. */
int	db_ack_last(struct db *, struct arena *, long long staff, long long not_version,
	    struct dbres *);
/* What changed from one version to another: code, title, kind. */
int	db_standards_changes(struct db *, struct arena *, long long from, long long to,
	    struct dbres *);
/* Append an acknowledgement to the chain. 0, 1 already, -1. */
int	db_ack_add(struct db *, struct arena *, long long staff, long long version_id);
/* The team and the version: name, job, at (or NULL), days outstanding. */
int	db_team_acks(struct db *, struct arena *, long long team, long long version_id,
	    struct dbres *);
/* The whole chain in order: id, prev hex, hash hex, staff, version id, at. */
int	db_ack_chain(struct db *, struct arena *, struct dbres *);

/* ---- db_ctl.c: chorusctl's statements --------------------------------- */
int	db_migrations_table(struct db *);
/* 1 applied, 0 not, -1 error. */
int	db_migration_applied(struct db *, struct arena *, long long version);
int	db_migration_record(struct db *, long long version, const char *name);
/* 0, 1 username or staff number taken, 2 no such team, -1 error. */
int	db_staff_add(struct db *, const char *username, const char *name,
	    const char *staff_no, const char *team, const char *roles,
	    const char *pwhash);
/* Affected rows (0: no such person), or -1. */
int	db_staff_set_password(struct db *, const char *username, const char *pwhash);
int	db_staff_set_roles(struct db *, const char *username, const char *roles);
/* id of every person without a password. */
int	db_staff_set_missing_passwords(struct db *, const char *pwhash);
/* Drop expired sessions and old sign-in failures. Rows removed, or -1. */
int	db_purge_sessions(struct db *, unsigned max_hours);
int	db_purge_signin_failures(struct db *, unsigned days);
/* Make this open team the duty team (and no other). 0, 1 no such team, -1. */
int	db_team_set_duty(struct db *, const char *name);
/* Contact details a child left, days after their follow-up closed. */
int	db_purge_contacts(struct db *, unsigned days);
/* Roster uploads never applied and answers stashed at a session's expiry,
 * once older than the hour they are kept for. Rows removed, or -1. */
int	db_purge_stale_uploads(struct db *);

/* ---- db_survey_def.c: survey definitions (chorusctl survey import) ---- */
struct survey;

/*
 * Store a parsed definition in one transaction: the survey row by slug
 * (inserted, or its title and intro updated when this is its newest
 * version), a new survey_version, its sections, questions (with their
 * show-if rules) and the options of single and multi questions. Returns
 * 0; 1 if that version of the survey already exists (nothing stored); -1
 * on any other error, including a question key whose kind differs from an
 * earlier version. The reason is in err on 1 and -1.
 */
int	db_survey_import(struct db *, const struct survey *, char *err,
	    size_t errlen);

#endif
