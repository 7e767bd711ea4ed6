// The one C++ file: a thin extern "C" shim over ctemplate.
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>

#include <ctemplate/template.h>
#include <ctemplate/template_dictionary.h>
#include <ctemplate/template_emitter.h>

extern "C" {
#include "buf.h"
#include "log.h"
}
#include "tmpl.h"

using ctemplate::TemplateDictionary;

// tdict is an opaque handle to a TemplateDictionary.
static TemplateDictionary *D(struct tdict *d) { return reinterpret_cast<TemplateDictionary *>(d); }
static struct tdict *T(TemplateDictionary *d) { return reinterpret_cast<struct tdict *>(d); }

static const char *tmpl_root;
static size_t tmpl_rootlen;
static int tmpl_bad;
static const char pragma[] = "{{%AUTOESCAPE context=\"HTML\"}}";

// Refuse a template that does not start with the pragma or turns escaping off.
static int
tmpl_check(const char *path)
{
	char	 head[sizeof(pragma)], line[4096];
	FILE	*f = fopen(path, "r");
	int	 ok = 1;

	if (f == NULL)
		return 0;
	if (fread(head, 1, sizeof(head) - 1, f) != sizeof(head) - 1 ||
	    memcmp(head, pragma, sizeof(head) - 1) != 0)
		ok = 0;
	rewind(f);
	while (ok && fgets(line, sizeof(line), f) != NULL)
		if (strstr(line, ":none") != NULL)
			ok = 0;
	fclose(f);
	return ok;
}

static int
load_one(const char *path, const struct stat *, int type, struct FTW *)
{
	size_t	n = strlen(path);

	if (type != FTW_F || n < 4 || strcmp(path + n - 4, ".tpl") != 0)
		return 0;
	if (!tmpl_check(path)) {
		log_err("template %s: must start with the AUTOESCAPE pragma and never use :none", path);
		tmpl_bad = 1;
		return 0;
	}
	if (!ctemplate::LoadTemplate(path + tmpl_rootlen + 1, ctemplate::STRIP_BLANK_LINES)) {
		log_err("template %s: does not parse", path);
		tmpl_bad = 1;
	}
	return 0;
}

extern "C" int
tmpl_init(const char *root)
{
	tmpl_root = root;
	tmpl_rootlen = strlen(root);
	while (tmpl_rootlen > 1 && root[tmpl_rootlen - 1] == '/')
		tmpl_rootlen--;
	if (!ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(root) ||
	    nftw(root, load_one, 16, FTW_PHYS) != 0) {
		log_err("templates: cannot read %s", root);
		return -1;
	}
	if (tmpl_bad)
		return -1;
	ctemplate::mutable_default_template_cache()->Freeze();
	return 0;
}

/*
 * Dictionary keys. Given a plain char *, ctemplate hashes the key on every
 * call and then checks it against a global id-to-name map under a lock;
 * a key that already carries its id skips both, and with some 250 sets
 * and sections on a survey page that was a fifth of the program's time.
 * Keys are string literals, the same few hundred on every page, so each
 * gets a StaticTemplateString (its id computed once) remembered by the
 * literal's address. The text is compared as well, so a key that is not
 * a literal, or a full table, only takes the slow way, never a wrong key.
 */
#define KEY_SLOTS	1024		/* a power of two */
#define KEY_PROBES	8

static struct keyslot {
	const char			*ptr;	/* the caller's key */
	ctemplate::StaticTemplateString	 sts;	/* a copy of its text, with id */
} keys[KEY_SLOTS];
static size_t	nkeys;

static ctemplate::TemplateString
K(const char *key)
{
	uintptr_t	 h = (uintptr_t)key;
	struct keyslot	*s;
	size_t		 i, len;
	char		*text;

	h ^= h >> 17;
	h *= 0x9e3779b97f4a7c15ULL;
	for (i = 0; i < KEY_PROBES; i++) {
		s = &keys[(h + i) & (KEY_SLOTS - 1)];
		if (s->ptr == key)
			return strcmp(s->sts.do_not_use_directly_.ptr_, key) == 0 ?
			    ctemplate::TemplateString(s->sts) :
			    ctemplate::TemplateString(key);
		if (s->ptr == NULL)
			break;
	}
	if (i == KEY_PROBES || nkeys >= KEY_SLOTS / 2 ||
	    (text = strdup(key)) == NULL)
		return ctemplate::TemplateString(key);
	len = strlen(text);
	s->sts.do_not_use_directly_.ptr_ = text;
	s->sts.do_not_use_directly_.length_ = len;
	s->sts.do_not_use_directly_.id_ = ctemplate::kIllegalTemplateId;
	/* computes the id and records it in ctemplate's id-to-name map */
	ctemplate::StaticTemplateStringInitializer init(&s->sts);
	s->ptr = key;
	nkeys++;
	return ctemplate::TemplateString(s->sts);
}

extern "C" struct tdict *
tdict_new(void)
{
	return T(new (std::nothrow) TemplateDictionary("page"));
}

extern "C" void
tdict_free(struct tdict *d)
{
	delete D(d);
}

extern "C" void
tdict_set(struct tdict *d, const char *key, const char *val)
{
	D(d)->SetValue(K(key), val != NULL ? val : "");
}

extern "C" void
tdict_setn(struct tdict *d, const char *key, const char *val, size_t len)
{
	D(d)->SetValue(K(key), ctemplate::TemplateString(val, len));
}

extern "C" void
tdict_setint(struct tdict *d, const char *key, long long val)
{
	D(d)->SetFormattedValue(K(key), "%lld", val);
}

extern "C" void
tdict_show(struct tdict *d, const char *section)
{
	D(d)->ShowSection(K(section));
}

extern "C" struct tdict *
tdict_section(struct tdict *d, const char *section)
{
	return T(D(d)->AddSectionDictionary(K(section)));
}

extern "C" struct tdict *
tdict_include(struct tdict *d, const char *name, const char *file)
{
	TemplateDictionary *sub = D(d)->AddIncludeDictionary(K(name));

	sub->SetFilename(file);
	return T(sub);
}

// Emits straight into a struct buf, remembering if it ever overflowed.
class BufEmitter : public ctemplate::ExpandEmitter {
	struct buf *out_;
public:
	bool failed;
	explicit BufEmitter(struct buf *out) : out_(out), failed(false) {}
	void Emit(char c) { failed |= buf_putc(out_, c) == -1; }
	void Emit(const std::string &s) { Emit(s.data(), s.size()); }
	void Emit(const char *s) { Emit(s, strlen(s)); }
	void Emit(const char *s, size_t n) { failed |= buf_put(out_, s, n) == -1; }
};

extern "C" int
tmpl_render(const char *file, const struct tdict *d, struct buf *out)
{
	BufEmitter em(out);
	const TemplateDictionary *td = reinterpret_cast<const TemplateDictionary *>(d);

	if (!ctemplate::ExpandTemplate(file, ctemplate::STRIP_BLANK_LINES, td, &em)) {
		log_err("template %s: cannot expand", file);
		return -1;
	}
	return em.failed ? -1 : 0;
}
