/* Unit tests: building a request from FastCGI params and a body. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "arena.h"
#include "request.h"

static struct arena *a;

/* Params as a NULL-terminated list of "NAME=value" strings. */
static const char *
getp(void *ctx, const char *name)
{
	const char *const	*p = ctx;
	size_t			 n = strlen(name);

	for (; *p != NULL; p++)
		if (strncmp(*p, name, n) == 0 && (*p)[n] == '=')
			return *p + n + 1;
	return NULL;
}

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

static int
init(struct req *r, const char **params)
{
	return req_init(r, a, getp, params, 1000);
}

static void
test_get_with_query(void **state)
{
	const char	*p[] = { "REQUEST_METHOD=GET", "DOCUMENT_URI=/survey/3",
			    "QUERY_STRING=page=2&q=a+b%21", "HTTP_HOST=x", NULL };
	struct req	 r;

	assert_int_equal(init(&r, p), 0);
	assert_int_equal(r.method, M_GET);
	assert_string_equal(r.path, "/survey/3");
	assert_string_equal(req_param(&r, "page"), "2");
	assert_string_equal(req_param(&r, "q"), "a b!");
	assert_null(req_param(&r, "missing"));
	assert_string_equal(r.scheme, "http");
	assert_string_equal(r.cookies, "");
}

static void
test_bad_input_is_400(void **state)
{
	const char	*badq[] = { "REQUEST_METHOD=GET", "QUERY_STRING=a=%zz", NULL };
	const char	*badu[] = { "REQUEST_METHOD=GET", "QUERY_STRING=a=%C3%28", NULL };
	const char	*badp[] = { "REQUEST_METHOD=GET", "DOCUMENT_URI=/\xff", NULL };
	const char	*badl[] = { "REQUEST_METHOD=POST", "CONTENT_LENGTH=12x", NULL };
	struct req	 r;

	assert_int_equal(init(&r, badq), 400);
	assert_int_equal(init(&r, badu), 400);
	assert_int_equal(init(&r, badp), 400);
	assert_int_equal(init(&r, badl), 400);
}

static void
test_lengths(void **state)
{
	const char	*none[] = { "REQUEST_METHOD=POST", NULL };
	const char	*big[] = { "REQUEST_METHOD=POST", "CONTENT_LENGTH=1001", NULL };
	const char	*neg[] = { "REQUEST_METHOD=POST", "CONTENT_LENGTH=-1", NULL };
	const char	*huge[] = { "REQUEST_METHOD=POST",
			    "CONTENT_LENGTH=99999999999999999999999", NULL };
	struct req	 r;

	assert_int_equal(init(&r, none), 411);
	assert_int_equal(init(&r, big), 413);
	assert_int_equal(init(&r, neg), 400);
	assert_int_equal(init(&r, huge), 400);
}

static void
test_body(void **state)
{
	const char	*p[] = { "REQUEST_METHOD=POST", "CONTENT_LENGTH=11",
			    "CONTENT_TYPE=application/x-www-form-urlencoded; charset=UTF-8",
			    "QUERY_STRING=a=query", NULL };
	const char	*mp[] = { "REQUEST_METHOD=POST", "CONTENT_LENGTH=3",
			    "CONTENT_TYPE=multipart/form-data; boundary=x", NULL };
	struct req	 r;

	assert_int_equal(init(&r, p), 0);
	assert_int_equal(req_parse_body(&r, "a=form&b=%", 10), 400);	/* short */
	assert_int_equal(init(&r, p), 0);
	assert_int_equal(req_parse_body(&r, "a=form&b=%", 11), 400);	/* bad escape */
	assert_int_equal(init(&r, p), 0);
	assert_int_equal(req_parse_body(&r, "a=form&b=%2", 11), 400);
	assert_int_equal(init(&r, p), 0);
	assert_int_equal(req_parse_body(&r, "a=form&b=cd", 11), 0);
	assert_string_equal(req_param(&r, "a"), "form");	/* body before query */
	assert_int_equal(init(&r, mp), 0);
	assert_int_equal(req_parse_body(&r, "abc", 3), 415);
}

static void
test_methods(void **state)
{
	const char	*head[] = { "REQUEST_METHOD=HEAD", NULL };
	const char	*del[] = { "REQUEST_METHOD=DELETE", NULL };
	struct req	 r;

	assert_int_equal(init(&r, head), 0);
	assert_int_equal(r.method, M_HEAD);
	assert_int_equal(init(&r, del), 0);
	assert_int_equal(r.method, M_OTHER);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_get_with_query),
		cmocka_unit_test(test_bad_input_is_400),
		cmocka_unit_test(test_lengths),
		cmocka_unit_test(test_body),
		cmocka_unit_test(test_methods),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
