/*
 * chorus-voice: feedback from children, young people, parents and carers,
 * with no account. Public, so it never loads staff sessions, and its
 * database account can read form definitions and add feedback only.
 */
#include <stddef.h>

#include "app.h"
#include "tmpl.h"

/* Keys every children's page carries: language, direction, safety text. */
static void
voice_decorate(struct ctx *c, struct tdict *layout)
{
	tdict_set(layout, "LANG", "en");
	tdict_set(layout, "DIR", "ltr");
	tdict_set(layout, "SAFETY_TEXT", c->cfg->safety_text);
}

static int
voice_index(struct ctx *c)
{
	if (page_begin(c, "Tell us what you think", "voice/index.tpl") == NULL)
		return 500;
	return page_end(c, 200);
}

static const struct route routes[] = {
	{ "/voice/", 0, ROUTE_PUBLIC | ROUTE_NODB, voice_index, NULL, NULL },
};

static const struct app app = {
	"chorus-voice", PROG_VOICE, routes, sizeof(routes) / sizeof(routes[0]),
	0, "voice/layout.tpl", "/voice/", voice_decorate, NULL,
};

int
main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
