#ifndef CHORUS_VOICE_H
#define CHORUS_VOICE_H
/*
 * Child and family feedback: forms loaded from the database, their words
 * in the chosen language, checking what was sent, the safeguarding screen
 * and storing it (online, or from the spool). Shared by chorus-voice and
 * chorusctl.
 */
#include <stddef.h>

struct arena;
struct db;
struct kvlist;

enum vkind { VK_FACES = 0, VK_YNNS, VK_SINGLE, VK_TEXT, VK__MAX };
enum vconcern { VC_NEVER = 0, VC_NO, VC_YES, VC_OPTION };

struct voption {
	const char	*value;
	int		 concern;
};

struct vquestion {
	long long	 id;
	const char	*qkey;
	enum vkind	 kind;
	int		 required;
	unsigned	 maxlen;
	enum vconcern	 concern;
	struct voption	*options;	/* VK_SINGLE; the others are fixed */
	size_t		 noptions;
};

struct vform {
	long long	 id;
	const char	*slug;
	struct vquestion *q;
	size_t		 nq;
};

struct vtext {
	const char	*key;
	const char	*text;
};

struct vtexts {
	const char	*lang;
	const char	*dir;		/* "ltr" or "rtl" */
	struct vtext	*v;
	size_t		 n;
};

/* Fixed choices of the scale kinds (values only; words are voice_text). */
const struct voption	*vkind_options(enum vkind, size_t *n);

/* The words for key in the loaded language (English when missing), or key. */
const char	*vt(const struct vtexts *, const char *key);
/* As vt, with English words of our own when the key has no row at all. */
const char	*vt_or(const struct vtexts *, const char *key, const char *fallback);
const char	*vtf(struct arena *, const struct vtexts *, const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));

/* What a child or parent sent, checked. */
struct vsubmission {
	const struct vform *form;
	unsigned char	 fid[16];
	const char	*lang;
	long long	 team;		/* 0: not said */
	int		 kiosk;
	int		 contact;
	int		 complaint;
	const char	*contact_name;
	const char	*contact_how;
	const struct kvlist *answers;
	const char	*received;	/* "YYYY-MM-DD", the day it arrived */
};

/* A question (or the contact box: q == NULL) in error, with a text key. */
struct verror {
	const struct vquestion	*q;
	const char		*tkey;
};

/* Check the posted answers. Errors into errs (arena); count, or -1. */
int	voice_check(struct arena *, const struct vform *, const struct kvlist *form,
	    struct verror **errs);

/*
 * The safeguarding screen: why this feedback needs a person now (reason
 * text, arena), or NULL. terms are lowercase phrases for its language and
 * English; matching is case-insensitive for ASCII and exact otherwise.
 */
const char *voice_screen(struct arena *, const struct vsubmission *,
	    const char *const *terms, size_t nterms);

/*
 * Store it: feedback, answers and, when the screen says so or a complaint
 * was asked for, a follow-up for its team (or the duty team) due in
 * due_hours. 0 stored, 1 already stored (same fid), -1 error.
 */
int	voice_store(struct db *, struct arena *, const struct vsubmission *,
	    unsigned due_hours);

/* Spool: the raw POST body of a checked submission with its date. */
int	voice_spool(struct arena *, const char *dir, const char *form_slug,
	    const char *received, const char *body, size_t len);
/* spool_apply for chorus-voice and chorusctl (ctx: struct voice_replay). */
struct voice_replay {
	struct db	*db;
	unsigned	 due_hours;
};
int	voice_apply(void *ctx, struct arena *, const char *data, size_t len);

/* Build a submission from a parsed form (shared by the page and replay). */
int	voice_submission(struct arena *, const struct vform *, const struct kvlist *,
	    const char *received, struct vsubmission *);

#endif
