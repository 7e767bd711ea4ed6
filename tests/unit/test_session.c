/* Unit tests: tokens, session cookies, CSRF and Origin checks, roles, passwords. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "arena.h"
#include "auth.h"
#include "csrf.h"
#include "form.h"
#include "request.h"
#include "session.h"

static struct arena *a;

static int
setup(void **state)
{
	a = arena_new(4096);
	return a == NULL;
}

static int
teardown(void **state)
{
	arena_free(a);
	return 0;
}

static void
test_token_shape_and_randomness(void **state)
{
	char	t1[TOKEN_LEN + 1], t2[TOKEN_LEN + 1];

	assert_int_equal(token_new(t1), 0);
	assert_int_equal(token_new(t2), 0);
	assert_int_equal(strlen(t1), TOKEN_LEN);
	assert_true(token_syntax_ok(t1));
	assert_string_not_equal(t1, t2);
	assert_true(token_equal(t1, t1));
	assert_false(token_equal(t1, t2));
}

static void
test_token_syntax(void **state)
{
	char	t[TOKEN_LEN + 2];

	memset(t, 'A', TOKEN_LEN);
	t[TOKEN_LEN] = '\0';
	assert_true(token_syntax_ok(t));
	t[5] = '+';			/* not base64url */
	assert_false(token_syntax_ok(t));
	t[5] = 'A';
	t[TOKEN_LEN] = 'A';		/* too long */
	t[TOKEN_LEN + 1] = '\0';
	assert_false(token_syntax_ok(t));
	assert_false(token_syntax_ok("short"));
	assert_false(token_syntax_ok(""));
	assert_false(token_syntax_ok(NULL));
	assert_false(token_equal(NULL, "x"));
}

static void
test_token_hash(void **state)
{
	unsigned char	h1[TOKEN_HASH_LEN], h2[TOKEN_HASH_LEN], h3[TOKEN_HASH_LEN];
	char		t[TOKEN_LEN + 1], u[TOKEN_LEN + 1];

	token_new(t);
	token_new(u);
	token_hash(t, h1);
	token_hash(t, h2);
	token_hash(u, h3);
	assert_memory_equal(h1, h2, TOKEN_HASH_LEN);
	assert_memory_not_equal(h1, h3, TOKEN_HASH_LEN);
	assert_memory_not_equal(h1, t, TOKEN_HASH_LEN);
}

static void
test_cookie_header(void **state)
{
	const char	*c;

	c = cookie_header(a, SESSION_COOKIE, "abc", 1, -1);
	assert_string_equal(c, "chorus_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
	c = cookie_header(a, SESSION_COOKIE, "", 0, 0);
	assert_string_equal(c, "chorus_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
}

static void
req_with(struct req *r, const char *origin, const char *referer,
    const char *form)
{
	memset(r, 0, sizeof(*r));
	r->a = a;
	r->method = M_POST;
	r->origin = origin;
	r->referer = referer;
	r->host = "127.0.0.1:8080";
	r->scheme = "http";
	assert_int_equal(form_parse(a, form, strlen(form), &r->form), FORM_OK);
}

static void
test_origin(void **state)
{
	struct req	r;

	req_with(&r, "https://chorus.example.gov.uk", NULL, "");
	assert_true(origin_ok(&r, "https://chorus.example.gov.uk"));
	req_with(&r, "http://127.0.0.1:8080", NULL, "");
	assert_true(origin_ok(&r, "https://chorus.example.gov.uk"));	/* matches Host */
	req_with(&r, "https://evil.example", NULL, "");
	assert_false(origin_ok(&r, "https://chorus.example.gov.uk"));
	req_with(&r, "https://chorus.example.gov.uk.evil.example", NULL, "");
	assert_false(origin_ok(&r, "https://chorus.example.gov.uk"));
	req_with(&r, "http://127.0.0.1:80800", NULL, "");
	assert_false(origin_ok(&r, ""));
	req_with(&r, "null", NULL, "");
	assert_false(origin_ok(&r, ""));
	req_with(&r, NULL, NULL, "");
	assert_false(origin_ok(&r, ""));
	req_with(&r, NULL, "http://127.0.0.1:8080/signin?x=1", "");
	assert_true(origin_ok(&r, ""));
	req_with(&r, NULL, "http://127.0.0.1:8080.evil.example/", "");
	assert_false(origin_ok(&r, ""));
}

static void
test_csrf(void **state)
{
	struct req	r;
	char		t[TOKEN_LEN + 1], u[TOKEN_LEN + 1], *form;

	token_new(t);
	token_new(u);
	form = arena_printf(a, "csrf=%s&x=1", t);
	req_with(&r, "http://127.0.0.1:8080", NULL, form);
	assert_true(csrf_ok(&r, t, ""));
	assert_false(csrf_ok(&r, u, ""));		/* wrong token */
	assert_false(csrf_ok(&r, NULL, ""));		/* no session */
	req_with(&r, "https://evil.example", NULL, form);
	assert_false(csrf_ok(&r, t, ""));		/* cross-origin */
	req_with(&r, "http://127.0.0.1:8080", NULL, "x=1");
	assert_false(csrf_ok(&r, t, ""));		/* missing */
	req_with(&r, "http://127.0.0.1:8080", NULL, "csrf=");
	assert_false(csrf_ok(&r, t, ""));		/* empty */
}

static void
test_roles(void **state)
{
	unsigned	r;

	assert_int_equal(roles_parse("staff,manager", &r), 0);
	assert_int_equal(r, RBIT(ROLE_STAFF) | RBIT(ROLE_MANAGER));
	assert_int_equal(roles_parse("", &r), 0);
	assert_int_equal(r, 0);
	assert_int_equal(roles_parse("staff,root", &r), -1);
	assert_int_equal(roles_parse("staf", &r), -1);
	assert_string_equal(roles_format(a, RBIT(ROLE_HR) | RBIT(ROLE_ADMIN)), "hr,admin");
	assert_string_equal(roles_label(a, RBIT(ROLE_STAFF) | RBIT(ROLE_AUDITOR)),
	    "Staff, Auditor");
}

static void
test_passwords(void **state)
{
	char	h[PASSWORD_HASH_MAX];

	assert_int_equal(password_hash(h, "correct horse battery"), 0);
	assert_non_null(strstr(h, "$argon2id$"));
	assert_true(password_verify(h, "correct horse battery"));
	assert_false(password_verify(h, "correct horse batterY"));
	assert_false(password_verify(NULL, "x"));
	assert_false(password_verify("", "x"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_token_shape_and_randomness),
		cmocka_unit_test(test_token_syntax),
		cmocka_unit_test(test_token_hash),
		cmocka_unit_test(test_cookie_header),
		cmocka_unit_test(test_origin),
		cmocka_unit_test(test_csrf),
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_passwords),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
