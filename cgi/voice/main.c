/*
 * chorus-voice: feedback from children, young people, parents and carers,
 * with no account. Public, so it never loads staff sessions, and its
 * database account can read form definitions and add feedback only.
 */
#include <stddef.h>
#include <string.h>

#include "app.h"
#include "tmpl.h"
#include "voice.h"
#include "pages.h"

/* Keys every children's page carries: language, direction, words. */
static void
voice_decorate(struct ctx *c, struct tdict *layout)
{
	struct vpage	*p = c->data;

	if (p == NULL) {	/* an error before the page loaded its words */
		tdict_set(layout, "SKIP_TEXT", "Skip to main content");
		tdict_set(layout, "LANG", "en");
		tdict_set(layout, "DIR", "ltr");
		tdict_set(layout, "HEADER_TITLE", "Tell us what you think");
		tdict_set(layout, "SAFETY_HEADING", "If you are not safe right now");
		tdict_set(layout, "SAFETY_TEXT", c->cfg->safety_text[0] ? c->cfg->safety_text :
		    "If you are in danger now, call 999. You can talk to Childline "
		    "for free on 0800 1111, any time.");
		return;
	}
	tdict_set(layout, "SKIP_TEXT", vt_or(&p->t, "ui.skip", "Skip to main content"));
	tdict_set(layout, "LANG", p->t.lang);
	tdict_set(layout, "DIR", p->t.dir);
	tdict_set(layout, "HEADER_TITLE", vt(&p->t, "ui.title"));
	tdict_set(layout, "SAFETY_HEADING", vt(&p->t, "ui.safety_heading"));
	tdict_set(layout, "SAFETY_TEXT", c->cfg->safety_text[0] &&
	    p->t.lang[0] == 'e' && p->t.lang[1] == 'n' ? c->cfg->safety_text :
	    vt(&p->t, "ui.safety_text"));
	tdict_set(layout, "FOOTER_TEXT", vt_or(&p->t, "ui.footer",
	    "People who work with children and families read what you tell us."));
	tdict_set(tdict_section(layout, "READ_ALOUD"), "LABEL", vt(&p->t, "ui.read_to_me"));
}

static const struct route routes[] = {
	{ "/voice/", 0, ROUTE_PUBLIC, voice_index, NULL, NULL },
	{ "/voice/t/", 0, ROUTE_PUBLIC | ROUTE_PREFIX, voice_link_index, NULL, NULL },
	{ "/voice/kiosk/", 0, ROUTE_PUBLIC | ROUTE_PREFIX, voice_kiosk_index, NULL, NULL },
	{ "/voice/form/", 0, ROUTE_PUBLIC | ROUTE_PREFIX | ROUTE_ORIGIN,
	    voice_form_get, voice_form_post, NULL },
};

static const struct app app = {
	"chorus-voice", PROG_VOICE, routes, sizeof(routes) / sizeof(routes[0]),
	0, "voice/layout.tpl", "/voice/", voice_decorate, voice_spool_tick, NULL, NULL,
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
