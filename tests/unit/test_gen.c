/* Unit tests: cgi/core/gen.c, the shared write generation. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sys/stat.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gen.h"

#define BUMPS	20000

static char	dir[] = "/tmp/chorus-gen-XXXXXX";
static char	path[64];

static int
setup(void **state)
{
	(void)state;
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/generation", dir);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(path);
	rmdir(dir);
	return 0;
}

/* Before it is open there is no generation, and a bump is harmless. */
static void
test_closed(void **state)
{
	uint64_t	g = 7;

	(void)state;
	gen_bump();
	assert_int_equal(gen_read(&g), -1);
	assert_int_equal(g, 7);
	assert_int_equal(gen_open(""), -1);
	assert_int_equal(gen_open(NULL), -1);
	assert_int_equal(gen_open("/nonexistent-dir/generation"), -1);
}

/* A new file starts at 0, is made private to its owner, and counts. */
static void
test_open_counts(void **state)
{
	struct stat	st;
	uint64_t	g;

	(void)state;
	assert_int_equal(gen_open(path), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(gen_read(&g), 0);
	assert_int_equal(g, 0);
	gen_bump();
	gen_bump();
	assert_int_equal(gen_read(&g), 0);
	assert_int_equal(g, 2);
}

/*
 * Two processes bumping at once lose nothing, and each sees the other's
 * bumps: the counter lives in the file, not in the process. A second
 * process that opens the file itself (as chorusctl does) shares it too.
 */
static void
test_shared_between_processes(void **state)
{
	uint64_t	before, after;
	pid_t		pid;
	int		i, status;

	(void)state;
	assert_int_equal(gen_open(path), 0);
	assert_int_equal(gen_read(&before), 0);
	if ((pid = fork()) == 0) {
		if (gen_open(path) != 0)
			_exit(1);
		for (i = 0; i < BUMPS; i++)
			gen_bump();
		_exit(0);
	}
	assert_true(pid > 0);
	for (i = 0; i < BUMPS; i++)
		gen_bump();
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(gen_read(&after), 0);
	assert_int_equal(after - before, 2 * BUMPS);
}

/* Only a regular file: not a directory, not through a symbolic link. */
static void
test_refuses_odd_files(void **state)
{
	char	link[80];

	(void)state;
	assert_int_equal(gen_open(dir), -1);
	snprintf(link, sizeof(link), "%s/link", dir);
	assert_int_equal(symlink(path, link), 0);
	assert_int_equal(gen_open(link), -1);
	unlink(link);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_closed),
		cmocka_unit_test(test_open_counts),
		cmocka_unit_test(test_shared_between_processes),
		cmocka_unit_test(test_refuses_odd_files),
	};

	return cmocka_run_group_tests_name("gen", tests, setup, teardown);
}
