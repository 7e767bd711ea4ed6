/* Unit tests: the roster CSV parse and the import plan (cgi/core/roster.c). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include <sodium.h>

#include "arena.h"
#include "roster.h"

#define HDR "Staff ID,Name,E-mail,Username,Job role,Team,Service area,Manager staff ID,Start date,Leaving date\r\n"

static struct arena *a;

static int
setup(void **state)
{
	a = arena_new(64 * 1024);
	return a == NULL || sodium_init() == -1;
}

static int
teardown(void **state)
{
	arena_free(a);
	return 0;
}

static void
parse(const char *csv, struct roster *r)
{
	assert_int_equal(roster_parse(a, csv, strlen(csv), r), 0);
}

/* The row for a staff ID, or fail. */
static const struct roster_row *
row_of(const struct roster *r, const char *staff_no)
{
	size_t	i;

	for (i = 0; i < r->nrows; i++)
		if (strcmp(r->rows[i].v[RC_STAFF_NO], staff_no) == 0)
			return &r->rows[i];
	fail_msg("no row %s", staff_no);
	return NULL;
}

static void
assert_error_has(const struct roster_row *row, const char *words)
{
	if (row->error == NULL || strstr(row->error, words) == NULL)
		fail_msg("line %u: error \"%s\", wanted \"%s\"", row->line,
		    row->error ? row->error : "(none)", words);
}

static void
test_messy_csv(void **state)
{
	static const char csv[] =
	    "\xef\xbb\xbf" HDR
	    "A1,\"Smith, Jo\",jo@example.org,jo.smith,Social worker,Team X,Area X,,2024-01-31,\r\n"
	    "\r\n"
	    "A2,\"Quote \"\"Q\"\" Person\",,q.person,\"Senior\r\npractitioner\",Team X,Area X,A1,31/01/2024,\r\n"
	    "A3,Réka Nagy,,reka,,Team X,,A1,,\r\n";
	struct roster	r;

	parse(csv, &r);
	assert_null(r.error);
	assert_int_equal(r.nrows, 3);
	assert_int_equal(r.nbad, 0);
	assert_string_equal(r.rows[0].v[RC_NAME], "Smith, Jo");
	assert_int_equal(r.rows[0].line, 2);
	assert_string_equal(r.rows[1].v[RC_NAME], "Quote \"Q\" Person");
	assert_string_equal(r.rows[1].v[RC_JOB], "Senior practitioner");
	assert_string_equal(r.rows[1].v[RC_START], "2024-01-31");
	assert_int_equal(r.rows[1].line, 4);
	assert_int_equal(r.rows[2].line, 6);	/* the quoted line break counts */
	assert_string_equal(r.rows[2].v[RC_NAME], "Réka Nagy");
}

static void
test_bad_rows(void **state)
{
	static const char csv[] =
	    "staff_id,name,username,team,service_area,start_date,leaving_date,email\n"
	    ",No Id,no.id,T,A,,,\n"
	    "B2,Bad Date,bad.date,T,A,2024-02-30,,\n"
	    "B3,Bad User,Bad User,T,A,,,\n"
	    "B4,Dup One,dup,T,A,,,\n"
	    "B5,Dup Two,dup,T,A,,,\n"
	    "B4,Same Id,other,T,A,,,\n"
	    "B7,Short,short\n"
	    "B8,Left First,left.first,T,A,2024-05-01,2024-04-01,\n"
	    "B9,Mail,mail.bad,T,A,,,not-an-address\n";
	struct roster	r;

	parse(csv, &r);
	assert_null(r.error);
	assert_int_equal(r.nrows, 9);
	assert_error_has(&r.rows[0], "Staff ID is missing");
	assert_error_has(&r.rows[1], "not a real date");
	assert_error_has(&r.rows[2], "Username");
	assert_null(r.rows[3].error);
	assert_error_has(&r.rows[4], "is also on line 5");
	assert_error_has(&r.rows[5], "Staff ID \"B4\" is also on line 5");
	assert_error_has(&r.rows[6], "fields but the header has 8");
	assert_error_has(&r.rows[7], "before the start date");
	assert_error_has(&r.rows[8], "not an e-mail address");
	assert_int_equal(r.nbad, 8);
}

static void
test_file_errors(void **state)
{
	struct roster	r;

	parse("", &r);
	assert_non_null(r.error);
	parse("Name,Username,Team\nA,b,c\n", &r);
	assert_non_null(strstr(r.error, "no Staff ID column"));
	parse(HDR "A1,\"unterminated,x,y,T,A,,,,\n", &r);
	assert_non_null(r.error);
	assert_int_equal(roster_parse(a, HDR "A1,\xff,,,,,,,,\n", strlen(HDR) + 15, &r), 0);
	assert_non_null(strstr(r.error, "UTF-8"));
	parse(HDR "A1,a\"b,,c,,T,A,,,\n", &r);
	assert_non_null(strstr(r.error, "Line 2"));
}

static void
test_dates(void **state)
{
	char	d[11];

	assert_int_equal(roster_date("2024-02-29", d), 0);
	assert_string_equal(d, "2024-02-29");
	assert_int_equal(roster_date("29/02/2023", d), -1);
	assert_int_equal(roster_date("01/12/2026", d), 0);
	assert_string_equal(d, "2026-12-01");
	assert_int_equal(roster_date("2026-13-01", d), -1);
	assert_int_equal(roster_date("2026-1-01", d), -1);
	assert_int_equal(roster_date("2026-04-31", d), -1);
}

/* The roster as it stands for the plan tests. */
static const struct roster_person world_staff[] = {
	{ { "W1", "Wendy One", "", "w.one", "Manager", "Team X", "Area X", "", "2020-01-01", "" }, 1 },
	{ { "W2", "Will Two", "", "w.two", "Worker", "Team X", "Area X", "W1", "", "" }, 1 },
	{ { "W3", "Wes Three", "", "w.three", "Worker", "Team X", "Area X", "W1", "", "" }, 1 },
	{ { "W4", "Wanda Four", "", "w.four", "Worker", "Team Y", "Area Y", "", "", "" }, 1 },
	{ { "W5", "Walt Five", "", "w.five", "Worker", "Team X", "Area X", "W6", "", "" }, 1 },
	{ { "W6", "Wyn Six", "", "w.six", "Worker", "Team X", "Area X", "", "", "" }, 1 },
};
static const struct roster_team world_teams[] = {
	{ "Team X", "Area X", NULL, 0 }, { "Team Y", "Area Y", NULL, 0 },
	{ "Old Team", "Area X", "Team X", 1 }, { "Shut Team", "Area X", NULL, 1 },
};
static const struct roster_area world_areas[] = {
	{ "Area X", 0 }, { "Area Y", 0 }, { "Closed Area", 1 },
};
static const struct roster_world world = {
	world_staff, 6, world_teams, 4, world_areas, 3, "2026-12-03",
};

static void
test_plan_kinds(void **state)
{
	static const char csv[] = HDR
	    "W1,Wendy One,,w.one,Manager,Team X,Area X,,2020-01-01,\n"
	    "W2,Will Two,will@example.org,w.two,Worker,Team X,Area X,W1,,\n"
	    "W3,Wes Three,,w.three,Worker,Team Y,,W1,,\n"
	    "W5,Walt Five,,w.five,Worker,Team X,Area X,W6,,2026-12-03\n"
	    "N1,New One,,n.one,Worker,Old Team,,W1,,\n"
	    "N2,New Two,,n.two,Worker,Brand New,Area Z,N1,,\n"
	    "N3,Gone Before,,n.three,Worker,Team X,,,,2026-01-01\n";
	struct roster		r;
	struct roster_plan	p;

	parse(csv, &r);
	assert_int_equal(roster_plan(a, &r, &world, &p), 0);
	assert_int_equal(r.nbad, 0);
	assert_int_equal(row_of(&r, "W1")->kind, RK_SAME);
	assert_int_equal(row_of(&r, "W2")->kind, RK_CHANGE);
	assert_string_equal(row_of(&r, "W2")->changes, "E-mail");
	assert_int_equal(row_of(&r, "W3")->kind, RK_MOVE);
	assert_string_equal(row_of(&r, "W3")->from_team, "Team X");
	assert_int_equal(row_of(&r, "W5")->kind, RK_LEAVE);
	assert_int_equal(row_of(&r, "N1")->kind, RK_ADD);
	assert_string_equal(row_of(&r, "N1")->team, "Team X");	/* merge followed */
	assert_int_equal(row_of(&r, "N2")->kind, RK_ADD);
	assert_int_equal(row_of(&r, "N3")->kind, RK_SKIP);
	assert_int_equal(p.nnew_teams, 1);
	assert_string_equal(p.new_teams[0].name, "Brand New");
	assert_int_equal(p.nnew_areas, 1);
	assert_string_equal(p.new_areas[0], "Area Z");
	/* W6 is active in Area X, which the file covers, and not in it; W4 is
	 * in Area Y, which the file covers through W3's move. */
	assert_int_equal(p.nabsent, 2);
	assert_string_equal(world_staff[p.absent[0]].v[RC_STAFF_NO], "W4");
	assert_string_equal(world_staff[p.absent[1]].v[RC_STAFF_NO], "W6");
	assert_int_equal(p.count[RK_ADD], 2);
	assert_int_equal(strlen(p.digest), ROSTER_DIGEST_HEX);
}

static void
test_plan_bad_rows(void **state)
{
	static const char csv[] = HDR
	    "N1,No Area,,n.one,,Nowhere,,,,\n"
	    "N2,Taken,,w.four,,Team X,,,,\n"
	    "N3,Lost Manager,,n.three,,Team X,,ZZ9,,\n"
	    "N4,Loop A,,n.four,,Team X,,N5,,\n"
	    "N5,Loop B,,n.five,,Team X,,N4,,\n"
	    "W6,Wyn Six,,w.six,Worker,Team X,Area X,W5,,\n"
	    "N7,Closed,,n.seven,,Shut Team,,,,\n"
	    "N8,Closed Area,,n.eight,,New T,Closed Area,,,\n"
	    "N9,Self,,n.nine,,Team X,,N9,,\n";
	struct roster		r;
	struct roster_plan	p;

	parse(csv, &r);
	assert_int_equal(roster_plan(a, &r, &world, &p), 0);
	assert_error_has(row_of(&r, "N1"), "no service area to create it under");
	assert_error_has(row_of(&r, "N2"), "belongs to staff ID W4");
	assert_error_has(row_of(&r, "N3"), "not in this file or on the roster");
	assert_error_has(row_of(&r, "N4"), "Manager loop: N4 → N5 → N4");
	assert_error_has(row_of(&r, "N5"), "Manager loop");
	/* W5 (on the roster, not in the file) is managed by W6: the loop goes
	 * through the roster as it stands. */
	assert_error_has(row_of(&r, "W6"), "Manager loop");
	assert_error_has(row_of(&r, "N7"), "is closed");
	assert_error_has(row_of(&r, "N8"), "Service area \"Closed Area\" is closed");
	assert_error_has(row_of(&r, "N9"), "own manager");
	assert_int_equal(r.nbad, 9);
}

static void
test_digest_follows_roster(void **state)
{
	static const char csv[] = HDR "W2,Will Two,,w.two,Worker,Team X,Area X,W1,,\n";
	struct roster_person	 staff[6];
	struct roster_world	 w = world;
	struct roster		 r;
	struct roster_plan	 p1, p2;

	parse(csv, &r);
	assert_int_equal(roster_plan(a, &r, &world, &p1), 0);
	parse(csv, &r);
	assert_int_equal(roster_plan(a, &r, &world, &p2), 0);
	assert_string_equal(p1.digest, p2.digest);
	memcpy(staff, world_staff, sizeof(staff));
	staff[1].v[RC_NAME] = "Will Changed";
	w.staff = staff;
	parse(csv, &r);
	assert_int_equal(roster_plan(a, &r, &w, &p2), 0);
	assert_string_not_equal(p1.digest, p2.digest);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_messy_csv),
		cmocka_unit_test(test_bad_rows),
		cmocka_unit_test(test_file_errors),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_plan_kinds),
		cmocka_unit_test(test_plan_bad_rows),
		cmocka_unit_test(test_digest_follows_roster),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
