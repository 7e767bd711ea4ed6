// Roster import (chorus-admin /admin/roster and chorusctl roster import):
// a deliberately messy CSV whose preview lists every bad row by line and
// reason with nothing applied; a clean import applied atomically with an
// admin-log row per change; a second import that moves, changes, marks
// leavers (ending their sessions) and, only when ticked for its service
// area, marks the people not in the file as left; the digest refusal when
// the roster changes after the preview; uploads that belong to their
// uploader; role refusals; the chorusctl command; the admin log page and
// the admin account's grants.
//
// Every person, team and service area here is generated (uniq()), so the
// imports never touch the demo accounts or another test file's people, and
// "mark as left" is only ever ticked for this file's own service area.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
	signIn, chorusctl, sql, sqlRows, sqlValue, sqlq, tbl, textOf, formFields, errorSummaryOf,
	localPath, uniq, addPerson,
} from './lib.mjs';

const HEADER = 'Staff ID,Name,E-mail,Username,Job role,Team,Service area,Manager staff ID,Start date,Leaving date';

/* A CSV line from values, quoting what needs it. */
function csvLine(values) {
	return values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
}

function csv(rows, eol = '\r\n') {
	return [HEADER, ...rows.map(csvLine)].join(eol) + eol;
}

/* A generated person for a CSV row: staff ID, name, username. */
function person(tag) {
	const u = uniq(`r${tag}`).toLowerCase();
	return { no: `S-${u}`, name: `Roster ${tag} ${u}`, user: u };
}

function staffByNo(no) {
	const rows = sqlRows('ctl', `SELECT s.id, s.display_name, s.username, COALESCE(t.name, ''), s.active,
		COALESCE(s.left_on, ''), COALESCE(m.staff_no, ''), COALESCE(s.email, ''), s.job_title
		FROM ${tbl('staff')} s LEFT JOIN ${tbl('team')} t ON t.id = s.team_id
		LEFT JOIN ${tbl('staff')} m ON m.id = s.manager_id WHERE s.staff_no = ${sqlq(no)}`);
	if (!rows.length) return null;
	const [id, name, username, team, active, leftOn, manager, email, job] = rows[0];
	return { id: Number(id), name, username, team, active: active === '1', leftOn, manager, email, job };
}

function logCount(action, subject) {
	return Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('admin_log')} WHERE action = ${sqlq(action)}
		AND subject = ${sqlq(subject)}`));
}

function areaExists(name) {
	return Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('service_area')} WHERE name = ${sqlq(name)}`)) === 1;
}

/* Upload a CSV; returns the preview response (following the 303). */
async function preview(client, text) {
	const token = await client.csrf('/admin/roster');
	const up = await client.post('/admin/roster', { csrf: token, roster: text });
	if (up.status !== 303) return up;
	const loc = localPath(up.location);
	assert.match(loc, /^\/admin\/roster\/preview\?upload=[0-9a-f]{32}$/, 'upload redirects to its preview');
	const r = await client.get(loc);
	r.previewPath = loc;
	return r;
}

/* The text of the table row that starts with this line number, or null. */
function lineRow(html, line) {
	const rows = (html.match(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi) || []).map(textOf);
	return rows.find((t) => t.startsWith(`${line} `)) ?? null;
}

let admin;
let hr;

before(async () => {
	admin = await addPerson({ roles: 'admin', prefix: 'radm' });
	hr = await signIn('hr.demo');
});

describe('roles', () => {
	test('staff see nothing under /admin/; HR may use the roster screens but not the log', async () => {
		const sw = await signIn('sw.demo');
		for (const p of ['/admin/', '/admin/roster', '/admin/roster/preview?upload=' + '0'.repeat(32), '/admin/log']) {
			const r = await sw.get(p);
			assert.equal(r.status, 403, `sw.demo GET ${p}`);
			assert.ok(!/action="\/admin\//.test(r.text), `${p}: a refusal shows no admin form`);
		}
		const post = await sw.post('/admin/roster', { roster: 'x' });
		assert.equal(post.status, 403, 'sw.demo POST /admin/roster');
		assert.equal((await hr.get('/admin/roster')).status, 200, 'hr.demo GET /admin/roster');
		assert.equal((await hr.get('/admin/log')).status, 403, 'hr.demo GET /admin/log');
		const idx = await hr.get('/admin/');
		assert.equal(idx.status, 200, 'hr.demo GET /admin/');
		assert.match(idx.text, /href="\/admin\/roster"/, 'HR sees the roster link');
		assert.ok(!/action="\/admin\/teams"/.test(idx.text), 'HR does not get the team form');
		assert.match((await hr.get('/')).text, /href="\/admin\/"/, 'HR has the Administration nav item');
	});

	test('the roster form has a label, hint, CSRF token and no inline script or style', async () => {
		const r = await admin.client.get('/admin/roster');
		assert.equal(r.status, 200);
		const f = formFields(r.text, '/admin/roster');
		assert.ok(f && 'csrf' in f && 'roster' in f, 'form posts csrf and roster');
		assert.match(r.text, /<label[^>]*for="roster"/);
		assert.ok(!/\sstyle=/.test(r.text), 'no style= attributes');
		assert.ok(!/<script>(?!<\/script>)/.test(r.text) && !/<script\b(?![^>]*\ssrc=)[^>]*>/.test(r.text), 'no inline script');
	});
});

describe('a messy CSV', () => {
	const area = uniq('Area messy');
	const team = uniq('Team messy');
	const a = person('a'), b = person('b'), c = person('c'), d = person('d'), e = person('e'), f = person('f');
	let r;

	before(async () => {
		// Line 1 header (with a BOM), CRLF throughout, a quoted comma, a
		// quoted line break (row b spans lines 3 and 4), then every bad case.
		const text = '\ufeff' + csv([
			[a.no, `${a.name}, Jr`, 'a@example.org', a.user, 'Social worker', team, area, '', '2024-01-15', ''],	// 2 good
			[b.no, b.name, '', b.user, 'Senior\r\npractitioner', team, area, a.no, '15/01/2024', ''],	// 3-4 good
			['', 'No Id', '', uniq('noid').toLowerCase(), '', team, area, '', '', ''],	// 5 missing id
			[c.no, c.name, '', c.user, '', uniq('Nowhere'), '', '', '', ''],	// 6 unknown team, no area
			[d.no, d.name, '', a.user, '', team, area, '', '', ''],	// 7 duplicate username
			[e.no, e.name, '', e.user, '', team, area, '', '2024-02-30', ''],	// 8 bad date
			[f.no, f.name, '', f.user, '', team, area, `${f.no}-x`, '', ''],	// 9 unknown manager
			[`${e.no}-1`, 'Loop One', '', `${e.user}.1`, '', team, area, `${e.no}-2`, '', ''],	// 10 loop
			[`${e.no}-2`, 'Loop Two', '', `${e.user}.2`, '', team, area, `${e.no}-1`, '', ''],	// 11 loop
			[`${e.no}-3`, 'Taken', '', 'sw.demo', '', team, area, '', '', ''],	// 12 username taken
		]);
		r = await preview(admin.client, text);
	});

	test('the preview is 422 with an error summary and no way to apply', () => {
		assert.equal(r.status, 422);
		const sum = errorSummaryOf(r.text);
		assert.ok(sum, 'error summary');
		assert.match(textOf(sum), /8 rows cannot be imported/);
		assert.match(sum, /href="#bad-rows"/);
		assert.equal(formFields(r.text, '/admin/roster/apply'), null, 'no apply form');
	});

	test('each bad row is listed with its line number and reason', () => {
		const want = {
			5: /Staff ID is missing/,
			6: /not known and there is no service area/,
			7: /Username .* is also on line 2/,
			8: /not a real date/,
			9: /Manager's staff ID .* is not in this file or on the roster/,
			10: /Manager loop/,
			11: /Manager loop/,
			12: /Username "sw\.demo" belongs to staff ID/,
		};
		for (const [line, re] of Object.entries(want)) {
			const row = lineRow(r.text, line);
			assert.ok(row, `a row for line ${line}`);
			assert.match(row, re, `line ${line}: ${row}`);
		}
		const bad = r.text.slice(r.text.indexOf('id="bad-rows"'));
		assert.equal(lineRow(bad.slice(0, bad.indexOf('</table>')), 2), null, 'line 2 is not a bad row');
		assert.match(textOf(r.text), /People to add\s*2\b/, 'the good rows still count');
	});

	test('nothing was applied', () => {
		for (const p of [a, b, c, d, e, f]) assert.equal(staffByNo(p.no), null, `${p.no} not added`);
		assert.ok(!areaExists(area), 'area not created');
		assert.equal(Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('team')} WHERE name = ${sqlq(team)}`)), 0);
	});

	test('a file that is not CSV with the right header is refused at upload, text kept', async () => {
		const bad = 'Name,Team\nJo,X\n';
		const res = await preview(admin.client, bad);
		assert.equal(res.status, 422);
		assert.match(textOf(errorSummaryOf(res.text)), /no Staff ID column/);
		assert.match(res.text, /href="#roster"/);
		assert.ok(res.text.includes('Name,Team\nJo,X'), 'what was pasted is kept');
		const empty = await preview(admin.client, '');
		assert.equal(empty.status, 422);
		assert.match(textOf(errorSummaryOf(empty.text)), /Paste the roster CSV/);
	});
});

describe('a clean import, then a second one', () => {
	const area = uniq('Area clean');
	const team1 = uniq('Team one');
	const team2 = uniq('Team two');
	const m = person('m'), w = person('w'), x = person('x'), y = person('y'), z = person('z');
	let done;

	before(async () => {
		const text = csv([
			[m.no, m.name, `${m.user}@example.org`, m.user, 'Team manager', team1, area, '', '2020-04-01', ''],
			[w.no, w.name, '', w.user, 'Social worker', team1, area, m.no, '', ''],
			[x.no, x.name, '', x.user, 'Social worker', team1, area, m.no, '', ''],
			[y.no, y.name, '', y.user, 'Social worker', team1, area, m.no, '', ''],
			[z.no, z.name, '', z.user, 'Family support', team2, area, m.no, '', ''],
		], '\n');
		const r = await preview(admin.client, text);
		assert.equal(r.status, 200, r.text.slice(0, 300));
		const t = textOf(r.text);
		assert.match(t, /People to add\s*5\b/);
		assert.match(t, /New teams\s*2\b/);
		assert.match(t, /New service areas\s*1\b/);
		const f = formFields(r.text, '/admin/roster/apply');
		assert.ok(f && f.upload && f.digest && f.csrf, 'apply form with upload, digest and csrf');
		assert.equal(staffByNo(m.no), null, 'nothing applied by the preview');
		done = await admin.client.post('/admin/roster/apply', f);
		done.form = f;
	});

	test('applying redirects to the summary and adds everyone, in their teams, with managers', async () => {
		assert.equal(done.status, 303);
		assert.match(localPath(done.location), /^\/admin\/roster\?done=\d+$/);
		const page = await admin.client.get(localPath(done.location));
		assert.match(textOf(page.text), /Roster import applied\s*5 added/);
		assert.ok(areaExists(area));
		const mgr = staffByNo(m.no);
		assert.equal(mgr.team, team1);
		assert.equal(mgr.email, `${m.user}@example.org`);
		assert.equal(mgr.active, true);
		assert.equal(staffByNo(w.no).manager, m.no);
		assert.equal(staffByNo(z.no).team, team2);
	});

	test('every change has its admin-log row, and the upload is used up', async () => {
		for (const p of [m, w, x, y, z]) assert.equal(logCount('staff.add', p.no), 1, `staff.add ${p.no}`);
		assert.equal(logCount('team.add', team1), 1);
		assert.equal(logCount('team.add', team2), 1);
		assert.equal(logCount('area.add', area), 1);
		const again = await admin.client.post('/admin/roster/apply', done.form);
		assert.equal(again.status, 404, 'the same upload cannot be applied twice');
	});

	test('the admin log page shows the import, filtered and newest first', async () => {
		const r = await admin.client.get('/admin/log?action=roster.import');
		assert.equal(r.status, 200);
		const rows = (r.text.match(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi) || []).slice(1).map(textOf);
		assert.ok(rows.length >= 1);
		assert.ok(rows.every((t) => t.includes('roster.import')), 'only roster.import rows');
		assert.match(rows[0], /5 added/);
		assert.ok(rows[0].includes(admin.name), 'who');
		const all = await admin.client.get('/admin/log');
		assert.ok(textOf(all.text).includes(z.no), 'the unfiltered log lists staff.add rows');
	});

	describe('the second import', () => {
		let r2;
		let ySession;
		const today = new Date().toISOString().slice(0, 10);

		before(async () => {
			// y gets a password and signs in, so the leave must end a session.
			const pw = `Pw-${uniq('y')}`;
			assert.equal(chorusctl(['user', 'passwd', y.user], `${pw}\n`).code, 0);
			ySession = await signIn(y.user, pw);
			// w moves to team 2, x changes name, y leaves today, z is not in the file.
			const text = csv([
				[m.no, m.name, `${m.user}@example.org`, m.user, 'Team manager', team1, area, '', '2020-04-01', ''],
				[w.no, w.name, '', w.user, 'Social worker', team2, area, m.no, '', ''],
				[x.no, `${x.name} Renamed`, '', x.user, 'Social worker', team1, area, m.no, '', ''],
				[y.no, y.name, '', y.user, 'Social worker', team1, area, m.no, '', today],
			]);
			r2 = await preview(admin.client, text);
		});

		test('the preview lists the move, the change, the leaver and who is not in the file', () => {
			assert.equal(r2.status, 200);
			const t = textOf(r2.text);
			assert.match(t, /People moving to another team\s*1\b/);
			assert.match(t, /People whose details change\s*1\b/);
			assert.match(t, /People to mark as left\s*1\b/);
			assert.match(t, /People not in this file\s*1\b/);
			assert.match(lineRow(r2.text, 3), new RegExp(`From ${team1}`));
			assert.match(lineRow(r2.text, 4), /Name/);
			const absent = r2.text.slice(r2.text.indexOf('id="absent-caption"'));
			assert.ok(textOf(absent).includes(z.no), 'z is listed as not in this file');
			assert.match(r2.text, new RegExp(`name="absent_area"[^>]*value="${area}"`), 'an option to mark them left, for this area');
		});

		test('applying with the area ticked moves, changes, deactivates and signs out', async () => {
			const f = formFields(r2.text, '/admin/roster/apply');
			const res = await admin.client.post('/admin/roster/apply', { ...f, absent_area: area });
			assert.equal(res.status, 303);
			assert.equal(staffByNo(w.no).team, team2);
			assert.equal(staffByNo(x.no).name, `${x.name} Renamed`);
			const left = staffByNo(y.no);
			assert.equal(left.active, false);
			assert.equal(left.leftOn, today);
			assert.equal(Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('session')} WHERE staff_id = ${left.id}`)), 0,
				'the leaver has no sessions');
			const home = await ySession.get('/');
			assert.equal(home.status, 303, 'the leaver is signed out');
			assert.equal(staffByNo(z.no).active, false, 'z, not in the file, marked as left');
			assert.equal(staffByNo(m.no).active, true);
			assert.equal(logCount('staff.move', w.no), 1);
			assert.equal(logCount('staff.change', x.no), 1);
			assert.equal(logCount('staff.leave', y.no), 1);
			assert.equal(logCount('staff.leave', z.no), 1);
			const before = sqlValue('ctl', `SELECT before_value FROM ${tbl('admin_log')} WHERE action = 'staff.change' AND subject = ${sqlq(x.no)}`);
			const after = sqlValue('ctl', `SELECT after_value FROM ${tbl('admin_log')} WHERE action = 'staff.change' AND subject = ${sqlq(x.no)}`);
			assert.ok(before.startsWith(`${x.name} (`) && after.startsWith(`${x.name} Renamed (`), 'before and after');
		});
	});
});

describe('the preview is what gets applied', () => {
	const area = uniq('Area digest');
	const team = uniq('Team digest');
	const p = person('p'), q = person('q');

	test('a roster change after the preview is refused with 409 and nothing applied', async () => {
		const base = csv([[p.no, p.name, '', p.user, '', team, area, '', '', '']]);
		let r = await preview(admin.client, base);
		assert.equal((await admin.client.post('/admin/roster/apply', formFields(r.text, '/admin/roster/apply'))).status, 303);
		r = await preview(admin.client, csv([
			[p.no, `${p.name} Two`, '', p.user, '', team, area, '', '', ''],
			[q.no, q.name, '', q.user, '', team, area, '', '', ''],
		]));
		const f = formFields(r.text, '/admin/roster/apply');
		// Someone changes p's record between the preview and the confirmation.
		assert.equal(sql('ctl', `UPDATE ${tbl('staff')} SET job_title = 'Changed meanwhile' WHERE staff_no = ${sqlq(p.no)}`).code, 0);
		const res = await admin.client.post('/admin/roster/apply', f);
		assert.equal(res.status, 409);
		assert.match(textOf(errorSummaryOf(res.text)), /changed since this preview/);
		assert.equal(staffByNo(q.no), null, 'q not added');
		assert.equal(staffByNo(p.no).name, p.name, 'p unchanged');
		const f2 = formFields(res.text, '/admin/roster/apply');
		assert.notEqual(f2.digest, f.digest, 'the new preview has a new digest');
		assert.equal((await admin.client.post('/admin/roster/apply', f2)).status, 303, 'the fresh preview applies');
		assert.equal(staffByNo(q.no).active, true);
	});

	test('a digest that was never shown is refused', async () => {
		const r = await preview(admin.client, csv([[q.no, q.name, '', q.user, 'New job', team, area, '', '', '']]));
		const f = formFields(r.text, '/admin/roster/apply');
		const res = await admin.client.post('/admin/roster/apply', { ...f, digest: 'a'.repeat(64) });
		assert.equal(res.status, 409);
		assert.equal(staffByNo(q.no).job, '', 'nothing applied');
	});

	test("an upload is its uploader's: another admin gets 404", async () => {
		const r = await preview(admin.client, csv([[q.no, q.name, '', q.user, '', team, area, '', '', '']]));
		const other = await addPerson({ roles: 'admin', prefix: 'radm2' });
		assert.equal((await other.client.get(r.previewPath)).status, 404);
		const f = formFields(r.text, '/admin/roster/apply');
		assert.equal((await other.client.post('/admin/roster/apply', { ...f, csrf: await other.client.csrf('/admin/roster') })).status, 404);
	});

	test('the apply POST needs the CSRF token', async () => {
		const r = await preview(admin.client, csv([[q.no, q.name, '', q.user, 'Other', team, area, '', '', '']]));
		const f = formFields(r.text, '/admin/roster/apply');
		const res = await admin.client.post('/admin/roster/apply', { ...f, csrf: 'x'.repeat(43) });
		assert.equal(res.status, 403);
		assert.equal(staffByNo(q.no).job, '');
	});
});

describe('chorusctl roster import', () => {
	const area = uniq('Area ctl');
	const team = uniq('Team ctl');
	const k = person('k'), l = person('l');
	const dir = mkdtempSync(path.join(os.tmpdir(), 'chorus-roster-'));

	test('a bad file prints the preview with line numbers, exits 1 and applies nothing', () => {
		const file = path.join(dir, 'bad.csv');
		writeFileSync(file, csv([
			[k.no, k.name, '', k.user, '', team, area, '', '', ''],
			['', 'No Id', '', 'no.id.ctl', '', team, area, '', '', ''],
		]));
		const r = chorusctl(['roster', 'import', file, '--apply', '--by', 'admin.demo']);
		assert.equal(r.code, 1, r.stderr);
		assert.match(r.stdout, /bad rows: 1/);
		assert.match(r.stdout, /line 3: Staff ID is missing/);
		assert.equal(staffByNo(k.no), null);
	});

	test('without --apply it only previews; with it, it applies and logs as --by', () => {
		const file = path.join(dir, 'good.csv');
		writeFileSync(file, csv([
			[k.no, k.name, '', k.user, '', team, area, '', '', ''],
			[l.no, l.name, '', l.user, '', team, area, k.no, '', ''],
		]));
		const p = chorusctl(['roster', 'import', file]);
		assert.equal(p.code, 0, p.stderr);
		assert.match(p.stdout, /to add: 2/);
		assert.equal(staffByNo(k.no), null, 'preview only');
		assert.equal(chorusctl(['roster', 'import', file, '--apply']).code, 2, '--apply needs --by');
		const a = chorusctl(['roster', 'import', file, '--apply', '--by', 'admin.demo']);
		assert.equal(a.code, 0, a.stderr);
		assert.match(a.stdout, /applied: 2 added/);
		assert.equal(staffByNo(l.no).manager, k.no);
		const who = sqlValue('ctl', `SELECT s.username FROM ${tbl('admin_log')} l JOIN ${tbl('staff')} s ON s.id = l.actor_id
			WHERE l.action = 'staff.add' AND l.subject = ${sqlq(k.no)}`);
		assert.equal(who, 'admin.demo');
	});
});

describe('the admin account', () => {
	test('cannot rewrite the admin log, edit an upload or delete a person', () => {
		const refusals = [
			`UPDATE ${tbl('admin_log')} SET subject = 'x' WHERE id = 0`,
			`DELETE FROM ${tbl('admin_log')} WHERE id = 0`,
			`UPDATE ${tbl('roster_upload')} SET body = '' WHERE id = ''`,
			`DELETE FROM ${tbl('staff')} WHERE id = 0`,
		];
		for (const q of refusals) {
			const r = sql('admin', q);
			assert.notEqual(r.code, 0, `refused: ${q}`);
			assert.match(r.stderr, /denied/i, q);
		}
		assert.equal(sql('admin', `SELECT COUNT(*) FROM ${tbl('roster_upload')}`).code, 0, 'may read uploads');
	});
});

describe('a whole council roster through the web form', () => {
	test('thousands of rows (far over [limits] body_max) preview and apply', async () => {
		const area = uniq('Area big');
		const team = uniq('Team big');
		const rows = [];
		for (let i = 0; i < 3000; i++) {
			const p = person(`b${i}`);
			rows.push([p.no, p.name, `${p.user}@example.org`, p.user, 'Social worker', team, area, '', '2021-01-04', '']);
		}
		const text = csv(rows);
		assert.ok(new URLSearchParams({ roster: text }).toString().length > 256 * 1024,
		    'the form-encoded body is well over the 64 KiB cap and nginx\'s default 128k');
		const r = await preview(admin.client, text);
		assert.equal(r.status, 200, r.text.slice(0, 300));
		assert.match(textOf(r.text), /People to add\s*3,?000\b/);
		const done = await admin.client.post('/admin/roster/apply', formFields(r.text, '/admin/roster/apply'));
		assert.equal(done.status, 303);
		assert.equal(Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('staff')} s
			JOIN ${tbl('team')} t ON t.id = s.team_id WHERE t.name = ${sqlq(team)} AND s.active = 1`)), 3000);
	});

	test('every other route keeps the small cap: 413 before the body is read', async () => {
		const token = await admin.client.csrf('/admin/roster');
		const r = await admin.client.post('/admin/roster/apply', { csrf: token, upload: '0'.repeat(32),
			digest: '0'.repeat(64), pad: 'x'.repeat(100 * 1024) });
		assert.equal(r.status, 413);
	});
});

describe('chorusctl purge', () => {
	test('removes roster uploads and stashed forms past their hour, and keeps fresh ones', () => {
		const old = uniq('o').replace(/[^0-9a-z]/g, '').padEnd(32, '0').slice(0, 32);
		const fresh = uniq('f').replace(/[^0-9a-z]/g, '').padEnd(32, '1').slice(0, 32);
		sql('ctl', `INSERT INTO ${tbl('roster_upload')} (id, owner_id, created_at, body) VALUES
			(${sqlq(old)}, ${admin.id}, UTC_TIMESTAMP() - INTERVAL 2 HOUR, 'x'),
			(${sqlq(fresh)}, ${admin.id}, UTC_TIMESTAMP(), 'y');
			INSERT INTO ${tbl('form_stash')} (token_hash, staff_id, path, body, created_at) VALUES
			(UNHEX(SHA2(${sqlq(old)}, 256)), ${admin.id}, '/survey/1', 'a=1', UTC_TIMESTAMP() - INTERVAL 2 HOUR),
			(UNHEX(SHA2(${sqlq(fresh)}, 256)), ${admin.id}, '/survey/1', 'a=2', UTC_TIMESTAMP())`);
		const r = chorusctl(['purge']);
		assert.equal(r.code, 0, r.stderr);
		assert.match(r.stdout, /\d+ stale uploads and stashed forms removed/);
		const left = (t, where) => Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl(t)} WHERE ${where}`));
		assert.equal(left('roster_upload', `id = ${sqlq(old)}`), 0);
		assert.equal(left('roster_upload', `id = ${sqlq(fresh)}`), 1);
		assert.equal(left('form_stash', `token_hash = UNHEX(SHA2(${sqlq(old)}, 256))`), 0);
		assert.equal(left('form_stash', `token_hash = UNHEX(SHA2(${sqlq(fresh)}, 256))`), 1);
	});
});
