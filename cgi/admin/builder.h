#ifndef CHORUS_ADMIN_BUILDER_H
#define CHORUS_ADMIN_BUILDER_H
/*
 * chorus-admin, part 2: the survey builder (survey.c), waves (wave.c) and
 * Practice Standards publishing (standards.c). main.c's route table calls
 * these handlers; each returns 0 with the response filled, or an HTTP
 * status for the error page.
 */
#include <stddef.h>

struct ctx;
struct field;
struct fieldval;
struct tdict;

/* Who may build surveys and run waves: administrators and HR. */
#define BUILDER_ROLES	(RBIT(ROLE_ADMIN) | RBIT(ROLE_HR))

/* /admin/surveys: the list and "create a survey". */
int	survey_list_get(struct ctx *);
int	survey_add_post(struct ctx *);
/* /admin/surveys/import: a definition file pasted in. */
int	survey_import_get(struct ctx *);
int	survey_import_post(struct ctx *);
/* /admin/survey/ID/...: one version, its editing, preview and export. */
int	survey_version_get(struct ctx *);
int	survey_version_post(struct ctx *);

/* /admin/waves, /admin/waves/new and /admin/wave/ID/... */
int	wave_list_get(struct ctx *);
int	wave_new_get(struct ctx *);
int	wave_new_post(struct ctx *);
int	wave_page_get(struct ctx *);
int	wave_page_post(struct ctx *);

/* /admin/standards and /admin/standards/draft/...: administrators only. */
int	std_list_get(struct ctx *);
int	std_list_post(struct ctx *);
int	std_page_get(struct ctx *);
int	std_page_post(struct ctx *);

/* /admin/voice...: words, safeguarding terms, team links (voice.c). */
int	voice_admin_get(struct ctx *);
int	voice_texts_get(struct ctx *);
int	voice_texts_post(struct ctx *);
int	voice_terms_get(struct ctx *);
int	voice_terms_post(struct ctx *);
int	voice_term_remove_get(struct ctx *);
int	voice_term_remove_post(struct ctx *);
int	voice_links_post(struct ctx *);
int	voice_link_get(struct ctx *);
int	voice_qr_get(struct ctx *);

/*
 * The GOV.UK error pattern for a form (builder_form.c): for each field of
 * tab[0..n) put its raw value under its upper-cased name (so nothing
 * typed is lost), and for each error an ERRORS/ERROR summary row linking
 * to #name and an inline NAME_ERROR section with MESSAGE.
 */
void	form_fill(struct ctx *, struct tdict *b, const struct field *tab,
	    const struct fieldval *fv, size_t n);
/* One more summary row and inline error for a problem found after the
 * field checks (key: the field's name, which is also its id). */
void	form_error(struct ctx *, struct tdict *b, const char *key, const char *message);
/* The id at the start of a path rest "12/..." (1..2^31-1): 0, or -1 if none.
 * *rest moves past the id and one '/'. */
int	path_id(const char **rest, long long *id);

#endif
