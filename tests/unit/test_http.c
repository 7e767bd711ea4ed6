/* Unit tests: the response writer, security headers, local redirects. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "arena.h"
#include "buf.h"
#include "http.h"

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

static char *
serialize(const struct resp *r, int head_only)
{
	struct buf	out;
	char		*s;

	buf_init(&out, 0);
	assert_int_equal(http_serialize(r, head_only, &out), 0);
	s = arena_strdup(a, out.p);
	buf_free(&out);
	return s;
}

static void
test_security_headers_always(void **state)
{
	struct resp	r;
	char		*s;

	resp_init(&r, 1024);
	buf_puts(&r.body, "<p>hi</p>");
	s = serialize(&r, 0);
	assert_non_null(strstr(s, "Status: 200 OK\r\n"));
	assert_non_null(strstr(s, "Content-Security-Policy: default-src 'self'"));
	assert_null(strstr(s, "unsafe-inline"));
	assert_non_null(strstr(s, "frame-ancestors 'none'"));
	assert_non_null(strstr(s, "X-Content-Type-Options: nosniff\r\n"));
	assert_non_null(strstr(s, "X-Frame-Options: DENY\r\n"));
	assert_non_null(strstr(s, "Referrer-Policy: same-origin\r\n"));
	assert_non_null(strstr(s, "Cache-Control: no-store\r\n"));
	assert_non_null(strstr(s, "Content-Length: 9\r\n\r\n<p>hi</p>"));
	resp_free(&r);
}

static void
test_cacheable_and_head(void **state)
{
	struct resp	r;
	char		*s;

	resp_init(&r, 1024);
	r.cacheable = 1;
	r.status = 404;
	buf_puts(&r.body, "gone");
	s = serialize(&r, 1);
	assert_non_null(strstr(s, "Status: 404 Not Found\r\n"));
	assert_null(strstr(s, "no-store"));
	assert_non_null(strstr(s, "Content-Length: 4\r\n\r\n"));
	assert_null(strstr(s, "gone"));
	resp_free(&r);
}

static void
test_header_injection_refused(void **state)
{
	struct resp	r;

	resp_init(&r, 1024);
	assert_int_equal(resp_header(&r, a, "X-Test", "ok value"), 0);
	assert_int_equal(resp_header(&r, a, "X-Test", "a\r\nSet-Cookie: x=y"), -1);
	assert_int_equal(resp_header(&r, a, "X-Test", "a\nb"), -1);
	assert_int_equal(resp_header(&r, a, "Bad Name", "v"), -1);
	assert_int_equal(resp_header(&r, a, "X:y", "v"), -1);
	assert_int_equal(resp_header(&r, a, "", "v"), -1);
	assert_int_equal(r.nheaders, 1);
	resp_free(&r);
}

static void
test_header_limit(void **state)
{
	struct resp	r;
	int		i;

	resp_init(&r, 1024);
	for (i = 0; i < RESP_MAX_HEADERS; i++)
		assert_int_equal(resp_header(&r, a, "X-N", "v"), 0);
	assert_int_equal(resp_header(&r, a, "X-N", "v"), -1);
	resp_free(&r);
}

static void
test_local_paths(void **state)
{
	assert_true(http_local_path("/"));
	assert_true(http_local_path("/survey/3?page=2"));
	assert_false(http_local_path(NULL));
	assert_false(http_local_path(""));
	assert_false(http_local_path("//evil.example/"));
	assert_false(http_local_path("/\\evil.example"));
	assert_false(http_local_path("https://evil.example/"));
	assert_false(http_local_path("evil"));
	assert_false(http_local_path("/a\r\nSet-Cookie: x"));
	assert_false(http_local_path("/a b"));
	assert_false(http_local_path("/caf\xc3\xa9"));
}

static void
test_redirect(void **state)
{
	struct resp	r;
	char		*s;

	resp_init(&r, 1024);
	assert_int_equal(resp_redirect(&r, a, 303, "//evil.example"), -1);
	assert_int_equal(r.status, 0);
	assert_int_equal(r.nheaders, 0);
	assert_int_equal(resp_redirect(&r, a, 303, "/home"), 0);
	s = serialize(&r, 0);
	assert_non_null(strstr(s, "Status: 303 See Other\r\n"));
	assert_non_null(strstr(s, "Location: /home\r\n"));
	resp_free(&r);
}

static void
test_reasons(void **state)
{
	assert_string_equal(http_reason(413), "Content Too Large");
	assert_string_equal(http_reason(405), "Method Not Allowed");
	assert_string_equal(http_reason(503), "Service Unavailable");
	assert_string_equal(http_reason(299), "Unknown");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_security_headers_always),
		cmocka_unit_test(test_cacheable_and_head),
		cmocka_unit_test(test_header_injection_refused),
		cmocka_unit_test(test_header_limit),
		cmocka_unit_test(test_local_paths),
		cmocka_unit_test(test_redirect),
		cmocka_unit_test(test_reasons),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
