/* Roles and argon2id passwords. */
#include <string.h>

#include <sodium.h>

#include "arena.h"
#include "auth.h"
#include "buf.h"

const char *const role_names[ROLE__MAX] = {
	[ROLE_STAFF] = "staff", [ROLE_MANAGER] = "manager",
	[ROLE_AUDITOR] = "auditor", [ROLE_HR] = "hr", [ROLE_ADMIN] = "admin", [ROLE_DUTY] = "duty",
	[ROLE_PERFORMANCE] = "performance", [ROLE_HEAD] = "head",
};

const char *const role_labels[ROLE__MAX] = {
	[ROLE_STAFF] = "Staff", [ROLE_MANAGER] = "Manager",
	[ROLE_AUDITOR] = "Auditor", [ROLE_HR] = "HR", [ROLE_ADMIN] = "Administrator",
	[ROLE_DUTY] = "Duty worker", [ROLE_PERFORMANCE] = "Performance analyst",
	[ROLE_HEAD] = "Head of service",
};

static int
role_find(const char *s, size_t n)
{
	int	r;

	for (r = 0; r < ROLE__MAX; r++)
		if (strlen(role_names[r]) == n && strncmp(s, role_names[r], n) == 0)
			return r;
	return -1;
}

int
roles_parse(const char *s, unsigned *out)
{
	size_t	n;
	int	r;

	*out = 0;
	while (*s != '\0') {
		n = strcspn(s, ",");
		if ((r = role_find(s, n)) == -1)
			return -1;
		*out |= RBIT(r);
		s += n;
		if (*s == ',')
			s++;
	}
	return 0;
}

static char *
roles_join(struct arena *a, unsigned roles, const char *const *names,
    const char *sep)
{
	struct buf	b;
	char		*s;
	int		r;

	buf_init(&b, 256);
	for (r = 0; r < ROLE__MAX; r++)
		if (roles & RBIT(r))
			buf_printf(&b, "%s%s", b.len ? sep : "", names[r]);
	s = arena_strdup(a, b.len ? b.p : "");
	buf_free(&b);
	return s;
}

char *
roles_label(struct arena *a, unsigned roles)
{
	return roles_join(a, roles, role_labels, ", ");
}

char *
roles_format(struct arena *a, unsigned roles)
{
	return roles_join(a, roles, role_names, ",");
}

int
password_hash(char out[PASSWORD_HASH_MAX], const char *pw)
{
	if (sodium_init() < 0 || strlen(pw) > PASSWORD_MAX)
		return -1;
	return crypto_pwhash_str(out, pw, strlen(pw),
	    crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0 ? 0 : -1;
}

int
password_verify(const char *hash, const char *pw)
{
	if (hash == NULL || *hash == '\0' || sodium_init() < 0 ||
	    strlen(pw) > PASSWORD_MAX)
		return 0;
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

/* Hash a throwaway so an unknown username takes as long as a known one. */
void
password_dummy_verify(const char *pw)
{
	char	h[PASSWORD_HASH_MAX];

	if (password_hash(h, pw) == 0)
		sodium_memzero(h, sizeof(h));
}
