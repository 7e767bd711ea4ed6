#ifndef CHORUS_ADMIN_VFORM_H
#define CHORUS_ADMIN_VFORM_H
/*
 * chorus-admin: the questions of the voice forms (voice_form.c, helper G),
 * administrators only. Handlers for main.c's route table: 0 with the
 * response filled, or an HTTP status for the error page.
 */
struct ctx;

int	vform_get(struct ctx *);		/* /admin/voice/form?form=SLUG */
int	vq_new_get(struct ctx *);		/* /admin/voice/question/new?form=SLUG */
int	vq_new_post(struct ctx *);
int	vq_edit_get(struct ctx *);		/* /admin/voice/question?id=N */
int	vq_edit_post(struct ctx *);
int	vq_move_post(struct ctx *);		/* /admin/voice/question/move */
int	vq_retire_get(struct ctx *);		/* /admin/voice/question/retire?id=N */
int	vq_retire_post(struct ctx *);

#endif
