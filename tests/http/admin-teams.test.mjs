// Teams in chorus-admin: rename (error summary, name kept, admin log with
// before and after), merge with a confirmation page (the merged team is
// closed with merged_into_id and merged_on, teams already merged into it
// are re-pointed, its active staff move when asked, so that its history
// resolves to the surviving team the way Insights reads it), close with a
// confirmation page (refused while the team has staff), service areas
// (add, rename, close once empty of open teams), and the refusals.
// Its own service area and teams, made as the ctl account; its own people.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
	signIn, sql, sqlValue, sqlq, tbl, textOf, formFields, errorSummaryOf, localPath, uniq, addPerson,
} from './lib.mjs';

function mustSql(q) {
	const r = sql('ctl', q);
	assert.equal(r.code, 0, r.stderr);
}

/* A new team in a new area of this file's own: its id. */
function makeTeam(area, name) {
	mustSql(`INSERT IGNORE INTO ${tbl('service_area')} (name) VALUES (${sqlq(area)})`);
	mustSql(`INSERT INTO ${tbl('team')} (service_area_id, name) SELECT id, ${sqlq(name)} FROM ${tbl('service_area')} WHERE name = ${sqlq(area)}`);
	return Number(sqlValue('ctl', `SELECT id FROM ${tbl('team')} WHERE name = ${sqlq(name)}`));
}

function team(id) {
	const [name, closed, into, on] = sqlValue('ctl', `SELECT CONCAT_WS('|', name, COALESCE(closed_on, '-'),
		COALESCE(merged_into_id, '-'), COALESCE(merged_on, '-')) FROM ${tbl('team')} WHERE id = ${id}`).split('|');
	return { name, closed: closed === '-' ? null : closed, into: into === '-' ? null : Number(into), on: on === '-' ? null : on };
}

function logRows(action, subject) {
	return sqlValue('ctl', `SELECT CONCAT(COALESCE(before_value, ''), ' => ', COALESCE(after_value, '')) FROM ${tbl('admin_log')}
		WHERE action = ${sqlq(action)} AND subject = ${sqlq(subject)} ORDER BY id DESC LIMIT 1`);
}

const today = new Date().toISOString().slice(0, 10);
const area = uniq('Area teams');
let admin;

before(async () => {
	admin = await addPerson({ roles: 'admin', prefix: 'tadm' });
});

describe('rename', () => {
	test('a new name is saved and logged; a taken one gets the error summary with the name kept', async () => {
		const id = makeTeam(area, uniq('Team rename'));
		const other = makeTeam(area, uniq('Team taken'));
		const page = await admin.client.get(`/admin/team?id=${id}`);
		assert.equal(page.status, 200);
		const f = formFields(page.text, '/admin/team/rename');
		const old = f.name;
		const taken = team(other).name;
		const bad = await admin.client.post('/admin/team/rename', { ...f, name: taken });
		assert.equal(bad.status, 422);
		assert.match(textOf(errorSummaryOf(bad.text)), /already exists/);
		assert.match(bad.text, /href="#name"/);
		assert.equal(formFields(bad.text, '/admin/team/rename').name, taken, 'the typed name is kept');
		const empty = await admin.client.post('/admin/team/rename', { ...f, name: '  ' });
		assert.equal(empty.status, 422);
		const fresh = uniq('Team renamed');
		const ok = await admin.client.post('/admin/team/rename', { ...f, name: fresh });
		assert.equal(ok.status, 303);
		assert.equal(localPath(ok.location), `/admin/team?id=${id}&done=renamed`);
		assert.equal(team(id).name, fresh);
		assert.equal(logRows('team.rename', fresh), `${old} => ${fresh}`);
	});
});

describe('merge', () => {
	let a, b, c, pa;

	before(async () => {
		a = makeTeam(area, uniq('Team merging'));
		b = makeTeam(area, uniq('Team surviving'));
		c = makeTeam(area, uniq('Team merged earlier'));
		mustSql(`UPDATE ${tbl('team')} SET merged_into_id = ${a}, merged_on = UTC_DATE() - INTERVAL 30 DAY,
			closed_on = UTC_DATE() - INTERVAL 30 DAY WHERE id = ${c}`);
		pa = await addPerson({ team: team(a).name, prefix: 'tmrg', signin: false });
	});

	test('the merge asks for confirmation first and changes nothing until then', async () => {
		const page = await admin.client.get(`/admin/team?id=${a}`);
		assert.match(page.text, /action="\/admin\/team\/merge"/);
		const none = await admin.client.get(`/admin/team/merge?id=${a}&into=`);
		assert.equal(none.status, 422);
		assert.match(textOf(errorSummaryOf(none.text)), /Select the team to merge into/);
		const self = await admin.client.get(`/admin/team/merge?id=${a}&into=${a}`);
		assert.equal(self.status, 422);
		const confirm = await admin.client.get(`/admin/team/merge?id=${a}&into=${b}`);
		assert.equal(confirm.status, 200);
		assert.match(textOf(confirm.text), /cannot be undone/);
		assert.ok(formFields(confirm.text, '/admin/team/merge'), 'a POST form to confirm');
		assert.equal(team(a).into, null, 'nothing merged yet');
	});

	test('confirming merges, re-points, moves staff and logs it', async () => {
		const confirm = await admin.client.get(`/admin/team/merge?id=${a}&into=${b}`);
		const f = formFields(confirm.text, '/admin/team/merge');
		assert.equal(f.move_staff, 'yes');
		const r = await admin.client.post('/admin/team/merge', f);
		assert.equal(r.status, 303);
		assert.equal(localPath(r.location), `/admin/team?id=${b}&done=merged`);
		const ta = team(a);
		assert.equal(ta.into, b);
		assert.equal(ta.on, today);
		assert.equal(ta.closed, today);
		assert.equal(team(c).into, b, 'the earlier merge points at the surviving team');
		assert.equal(Number(sqlValue('ctl', `SELECT team_id FROM ${tbl('staff')} WHERE id = ${pa.id}`)), b, 'staff moved');
		// How Insights resolves a team's history: both old teams are now b's.
		const resolved = sqlValue('ctl', `SELECT GROUP_CONCAT(DISTINCT COALESCE(merged_into_id, id)) FROM ${tbl('team')}
			WHERE id IN (${a}, ${b}, ${c})`);
		assert.equal(resolved, String(b));
		assert.match(logRows('team.merge', ta.name), new RegExp(`merged into .*; 1 active staff moved`));
		const page = await admin.client.get(`/admin/team?id=${b}`);
		const text = textOf(page.text);
		assert.ok(text.includes(`${ta.name}, merged on`), 'the surviving team lists the merge with its date');
		assert.ok(text.includes(team(c).name));
		assert.match(textOf((await admin.client.get(`/admin/team?id=${a}`)).text), /Merged into .* on \d+ \w+ \d{4}/);
		assert.equal((await admin.client.post('/admin/team/merge', f)).status, 409, 'a merged team cannot merge again');
	});
});

describe('close', () => {
	test('a team with staff is not closed; an empty one is, after confirming', async () => {
		const busy = makeTeam(area, uniq('Team busy'));
		await addPerson({ team: team(busy).name, prefix: 'tcls', signin: false });
		const page = await admin.client.get(`/admin/team/close?id=${busy}`);
		assert.equal(page.status, 200);
		assert.equal(formFields(page.text, '/admin/team/close'), null, 'no close form while it has staff');
		const csrf = await admin.client.csrf(`/admin/team?id=${busy}`);
		assert.equal((await admin.client.post('/admin/team/close', { csrf, id: busy })).status, 409);
		assert.equal(team(busy).closed, null);
		const empty = makeTeam(area, uniq('Team empty'));
		const confirm = await admin.client.get(`/admin/team/close?id=${empty}`);
		const f = formFields(confirm.text, '/admin/team/close');
		assert.ok(f);
		const r = await admin.client.post('/admin/team/close', f);
		assert.equal(r.status, 303);
		assert.equal(team(empty).closed, today);
		assert.equal(logRows('team.close', team(empty).name), 'open => closed');
	});
});

describe('service areas', () => {
	test('add (name kept on error), rename, and close only once it has no open teams', async () => {
		const name = uniq('Area added');
		const page = await admin.client.get('/admin/areas');
		assert.equal(page.status, 200);
		const f = formFields(page.text, '/admin/areas');
		const r = await admin.client.post('/admin/areas', { ...f, name });
		assert.equal(r.status, 303);
		const id = Number(localPath(r.location).match(/id=(\d+)/)[1]);
		assert.equal(logRows('area.add', name), ` => ${name}`);
		const dup = await admin.client.post('/admin/areas', { ...f, name });
		assert.equal(dup.status, 422);
		assert.match(textOf(errorSummaryOf(dup.text)), /already exists/);
		assert.equal(formFields(dup.text, '/admin/areas').name, name, 'typed name kept');
		const renamed = uniq('Area renamed');
		const rr = await admin.client.post(`/admin/area/rename?id=${id}`, { csrf: f.csrf, name: renamed });
		assert.equal(rr.status, 303);
		assert.equal(logRows('area.rename', renamed), `${name} => ${renamed}`);
		const t = makeTeam(renamed, uniq('Team in area'));
		assert.equal((await admin.client.get(`/admin/area/close?id=${id}`)).status, 409, 'open teams: no close');
		assert.equal((await admin.client.post(`/admin/area/close?id=${id}`, { csrf: f.csrf })).status, 409);
		const tc = await admin.client.get(`/admin/team/close?id=${t}`);
		assert.equal((await admin.client.post('/admin/team/close', formFields(tc.text, '/admin/team/close'))).status, 303);
		const confirm = await admin.client.get(`/admin/area/close?id=${id}`);
		assert.equal(confirm.status, 200);
		const cf = formFields(confirm.text, `/admin/area/close?id=${id}`);
		assert.equal((await admin.client.post(`/admin/area/close?id=${id}`, cf)).status, 303);
		assert.equal(sqlValue('ctl', `SELECT closed_on FROM ${tbl('service_area')} WHERE id = ${id}`), today);
		assert.equal(logRows('area.close', renamed), 'open => closed');
	});
});

describe('refusals', () => {
	test('HR and staff may not see or change teams; a POST needs the CSRF token', async () => {
		const id = makeTeam(area, uniq('Team refusal'));
		for (const u of ['sw.demo', 'hr.demo']) {
			const cl = await signIn(u);
			assert.equal((await cl.get(`/admin/team?id=${id}`)).status, 403, `${u} GET`);
			assert.equal((await cl.get(`/admin/team/merge?id=${id}&into=${id}`)).status, 403, `${u} merge`);
		}
		const name = team(id).name;
		const r = await admin.client.post('/admin/team/rename', { id, name: 'x', csrf: 'y'.repeat(43) });
		assert.equal(r.status, 403);
		assert.equal(team(id).name, name);
		assert.equal((await admin.client.get('/admin/team?id=999999999')).status, 404);
		assert.equal((await admin.client.get('/admin/team?id=abc')).status, 404);
	});
});
