#ifndef CHORUS_VOICE_PAGES_H
#define CHORUS_VOICE_PAGES_H
/* chorus-voice pages. */
#include "voice.h"

struct ctx;
struct tdict;

/* What every children's page knows: language, team link, kiosk. */
struct vpage {
	struct vtexts	 t;
	const char	*code;		/* team link code, or "" */
	long long	 team;		/* from the code, or 0 */
	const char	*team_name;
	int		 kiosk;
};

int	vpage_load(struct ctx *, struct vpage *, const char *code, int kiosk);
void	vpage_langs(struct ctx *, struct vpage *, struct tdict *layout, const char *path);
int	voice_index(struct ctx *);
int	voice_link_index(struct ctx *);
int	voice_kiosk_index(struct ctx *);
int	voice_form_get(struct ctx *);
int	voice_form_post(struct ctx *);
void	voice_spool_tick(struct ctx *);

#endif
