#ifndef CHORUS_AUTH_H
#define CHORUS_AUTH_H
/*
 * Roles and passwords. A person may hold several roles; routes declare
 * the roles they allow as a bit mask. Passwords are argon2id hashes made
 * by libsodium's crypto_pwhash_str.
 */
#include <stddef.h>

struct arena;

enum role {
	ROLE_STAFF = 0, ROLE_MANAGER, ROLE_AUDITOR, ROLE_HR, ROLE_ADMIN, ROLE_DUTY,
	ROLE_PERFORMANCE, ROLE_HEAD,
	ROLE__MAX
};
#define RBIT(r)		(1u << (r))
#define ROLES_ANY	((1u << ROLE__MAX) - 1)

extern const char *const role_names[ROLE__MAX];	/* "staff", ... */
extern const char *const role_labels[ROLE__MAX];	/* "Staff", "Manager", ... */

/* "staff,manager" (MariaDB SET text) to bits; -1 on an unknown role. */
int	 roles_parse(const char *, unsigned *out);
/* "Staff, Manager" for people. */
char	*roles_label(struct arena *, unsigned roles);
/* "staff,manager" for the database. */
char	*roles_format(struct arena *, unsigned roles);

#define PASSWORD_HASH_MAX	128
#define PASSWORD_MIN		10
#define PASSWORD_MAX		1024

int	 password_hash(char out[PASSWORD_HASH_MAX], const char *pw);	/* 0/-1 */
int	 password_verify(const char *hash, const char *pw);		/* 1 match */
/* Burn the same time as a verify, for unknown accounts. */
void	 password_dummy_verify(const char *pw);

#endif
