#ifndef CHORUS_TMPL_H
#define CHORUS_TMPL_H
/*
 * The C face of ctemplate (tmpl.cc is the project's only C++ file). Every
 * template under the root is loaded and checked at start-up (it must open
 * with the AUTOESCAPE pragma and never use :none), then the cache is
 * frozen: no disk reads while serving. Values are copied into the
 * dictionary and escaped by context when expanded; C never pre-escapes.
 */
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct buf;
struct tdict;

/* Load and check every *.tpl under root, then freeze. 0, or -1 (logged). */
int		 tmpl_init(const char *root);

struct tdict	*tdict_new(void);
void		 tdict_free(struct tdict *);	/* frees its children too */
void		 tdict_set(struct tdict *, const char *key, const char *val);
void		 tdict_setn(struct tdict *, const char *key, const char *val, size_t len);
void		 tdict_setint(struct tdict *, const char *key, long long val);
void		 tdict_show(struct tdict *, const char *section);
/* One more repetition of a section; owned by the parent. NULL on ENOMEM. */
struct tdict	*tdict_section(struct tdict *, const char *section);
/* Fill {{>name}} with file (relative to the root); owned by the parent. */
struct tdict	*tdict_include(struct tdict *, const char *name, const char *file);

/* Expand file with d into out. 0, or -1 (unknown template, out too big). */
int		 tmpl_render(const char *file, const struct tdict *, struct buf *out);

#ifdef __cplusplus
}
#endif

#endif
