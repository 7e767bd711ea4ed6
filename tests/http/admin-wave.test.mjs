// Waves in chorus-admin: the form (GOV.UK date inputs, UK time stored as
// UTC, the anonymity threshold not below the system minimum, a population
// of teams), opening early, extending, closing early after a confirmation
// page, live response counts (never who), HR allowed, staff refused, and
// an admin log row for each change.
//
// Each wave runs a survey imported here under a slug of its own, for a
// team made here, so no demo person is asked to take part in it; titles
// start "Test wave" so other files' checks of the demo's waves skip them.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	addPerson, chorusctl, sqlRows, sqlValue, sqlq, tbl, textOf, formFields, errorSummaryOf, localPath, uniq,
} from './lib.mjs';

/* Import a small published survey; its version id. */
function importSurvey() {
	const slug = uniq('wave-svy').toLowerCase().replace(/[^a-z0-9-]/g, '-');
	const dir = mkdtempSync(path.join(tmpdir(), 'chorus-wave-'));
	const file = path.join(dir, 'w.survey');
	writeFileSync(file, `survey: ${slug}\ntitle: Wave test ${slug}\nversion: 1\nsection: Only\nquestion: ok\nkind: yesno\ntext: All right?\n`);
	const r = chorusctl(['survey', 'import', file]);
	assert.equal(r.code, 0, r.stderr);
	return Number(sqlValue('ctl', `SELECT v.id FROM ${tbl('survey_version')} v JOIN ${tbl('survey')} s ON s.id = v.survey_id WHERE s.slug = ${sqlq(slug)}`));
}

/* A new open team in the first service area; its id. */
function makeTeam() {
	const name = uniq('Wave team');
	return Number(sqlValue('ctl', `INSERT INTO ${tbl('team')} (service_area_id, name)
		SELECT MIN(id), ${sqlq(name)} FROM ${tbl('service_area')}; SELECT LAST_INSERT_ID();`));
}

function waveRow(id) {
	const [r] = sqlRows('ctl', `SELECT title, survey_version_id, DATE_FORMAT(opens_at, '%Y-%m-%d %H:%i'),
		DATE_FORMAT(closes_at, '%Y-%m-%d %H:%i'), population, threshold,
		opens_at <= UTC_TIMESTAMP(), closes_at <= UTC_TIMESTAMP() FROM ${tbl('wave')} WHERE id = ${Number(id)}`);
	return { title: r[0], version: Number(r[1]), opens: r[2], closes: r[3], population: r[4], threshold: Number(r[5]), opened: r[6] === '1', closed: r[7] === '1' };
}

function waveFrom(r) {
	assert.equal(r.status, 303, `expected a redirect, got ${r.status}: ${textOf(r.text).slice(0, 400)}`);
	const m = localPath(r.location).match(/^\/admin\/wave\/(\d+)/);
	assert.ok(m, r.location);
	return Number(m[1]);
}

/* The date fields for a day n days ahead (in December UK time is UTC; any
 * day works because the stored value is checked against the UK rule). */
function dateFields(prefix, daysAhead, time) {
	const d = new Date(Date.now() + daysAhead * 86400000);
	return { [`${prefix}_day`]: String(d.getUTCDate()), [`${prefix}_month`]: String(d.getUTCMonth() + 1),
		[`${prefix}_year`]: String(d.getUTCFullYear()), [`${prefix}_time`]: time };
}

/* What UTC time a UK wall-clock time is, by the BST rule, as "YYYY-MM-DD HH:MM". */
function ukToUtc(y, m, d, hh, mm) {
	const lastSunday = (month) => {
		const t = new Date(Date.UTC(y, month, 0, 1));
		return Date.UTC(y, month - 1, t.getUTCDate() - t.getUTCDay(), 1);
	};
	let t = Date.UTC(y, m - 1, d, hh, mm);
	if (t - 3600000 >= lastSunday(3) && t - 3600000 < lastSunday(10)) t -= 3600000;
	return new Date(t).toISOString().slice(0, 16).replace('T', ' ');
}

let admin;
let hr;
let staff;
let version;
let team;

before(async () => {
	admin = await addPerson({ roles: 'staff,admin', prefix: 'wave-admin' });
	hr = await addPerson({ roles: 'staff,hr', prefix: 'wave-hr' });
	staff = await addPerson({ roles: 'staff', prefix: 'wave-staff' });
	version = importSurvey();
	team = makeTeam();
});

describe('creating a wave', () => {
	let csrf;

	before(async () => {
		csrf = await admin.client.csrf('/admin/waves/new');
	});

	test('the form offers published versions and defaults the threshold to 5', async () => {
		const r = await admin.client.get('/admin/waves/new');
		assert.equal(r.status, 200);
		assert.match(r.text, new RegExp(`<option value="${version}"`));
		assert.equal(formFields(r.text, '/admin/waves/new').threshold, '5');
		assert.match(r.text, /govuk-date-input/);
	});

	test('missing and impossible answers are refused with every answer kept', async () => {
		const form = { csrf, version: String(version), title: 'Kept title', ...dateFields('opens', 1, '09:00'),
			closes_day: '31', closes_month: '2', closes_year: '2027', closes_time: '25:00', population: 'teams', threshold: '2' };
		const r = await admin.client.post('/admin/waves/new', form);
		assert.equal(r.status, 422);
		const sum = textOf(errorSummaryOf(r.text));
		assert.match(sum, /closing time as hours and minutes/);
		assert.match(sum, /Anonymity threshold must be a whole number from 3/);
		const r2 = await admin.client.post('/admin/waves/new', { ...form, closes_time: '17:00', threshold: '4' });
		assert.equal(r2.status, 422);
		const sum2 = textOf(errorSummaryOf(r2.text));
		assert.match(sum2, /closing date must be a real date/);
		assert.match(sum2, /Select at least one team/);
		assert.ok(!/real date.*real date/.test(sum2), 'one message for one date');
		const kept = formFields(r2.text, '/admin/waves/new');
		assert.equal(kept.title, 'Kept title');
		assert.equal(kept.closes_day, '31');
		assert.equal(kept.closes_time, '17:00');
		assert.equal(kept.threshold, '4');
		assert.equal(kept.population, 'teams');
		const r3 = await admin.client.post('/admin/waves/new', { ...form, ...dateFields('closes', 0.5, '08:00'), closes_day: form.opens_day, closes_month: form.opens_month, closes_year: form.opens_year, threshold: '5', team: String(team) });
		assert.equal(r3.status, 422, 'closing before opening');
		assert.match(textOf(errorSummaryOf(r3.text)), /must be after the opening/);
		const missing = await admin.client.post('/admin/waves/new', { csrf });
		assert.equal(missing.status, 422);
		assert.match(textOf(errorSummaryOf(missing.text)), /Select the survey version.*Enter a name for the wave.*Enter the opening date/);
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('wave')} WHERE title = 'Kept title'`), '0');
	});

	test('a draft version cannot be given to staff', async () => {
		const draft = Number(sqlValue('ctl', `INSERT INTO ${tbl('survey_version')} (survey_id, version, state)
			SELECT survey_id, 2, 'draft' FROM ${tbl('survey_version')} WHERE id = ${version}; SELECT LAST_INSERT_ID();`));
		const form = await admin.client.get('/admin/waves/new');
		assert.ok(!form.text.includes(`<option value="${draft}"`), 'a draft is not offered');
		const r = await admin.client.post('/admin/waves/new', { csrf, version: String(draft), title: uniq('Test wave draft'),
			...dateFields('opens', 1, '09:00'), ...dateFields('closes', 10, '17:00'), population: 'all', threshold: '5' });
		assert.equal(r.status, 422);
		assert.match(textOf(errorSummaryOf(r.text)), /Select a published survey version/);
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('wave')} WHERE survey_version_id = ${draft}`), '0');
	});

	test('a wave for a team, opening tomorrow at 09:00 UK time, is stored in UTC and logged', async () => {
		const logStart = Number(sqlValue('ctl', `SELECT IFNULL(MAX(id), 0) FROM ${tbl('admin_log')}`));
		const title = uniq('Test wave builder');
		const opens = dateFields('opens', 1, '09:00');
		const r = await admin.client.post('/admin/waves/new', { csrf, version: String(version), title, ...opens,
			...dateFields('closes', 20, '17:30'), population: 'teams', team: String(team), threshold: '7' });
		const id = waveFrom(r);
		const w = waveRow(id);
		assert.equal(w.title, title);
		assert.equal(w.version, version);
		assert.equal(w.population, 'teams');
		assert.equal(w.threshold, 7);
		assert.equal(w.opens, ukToUtc(Number(opens.opens_year), Number(opens.opens_month), Number(opens.opens_day), 9, 0));
		assert.equal(sqlValue('ctl', `SELECT team_id FROM ${tbl('wave_team')} WHERE wave_id = ${id}`), String(team));
		const log = sqlRows('ctl', `SELECT action, subject FROM ${tbl('admin_log')} WHERE id > ${logStart} AND actor_id = ${admin.id}`);
		assert.deepEqual(log, [['wave.add', title]]);
		const page = await admin.client.get(`/admin/wave/${id}`);
		assert.equal(page.status, 200);
		assert.match(textOf(page.text), /Not open yet/);
		assert.match(textOf(page.text), /9:00am \(UK time\)/);
	});
});

describe('running a wave', () => {
	let id;
	let csrf;

	before(async () => {
		csrf = await admin.client.csrf('/admin/waves/new');
		id = waveFrom(await admin.client.post('/admin/waves/new', { csrf, version: String(version), title: uniq('Test wave run'),
			...dateFields('opens', 2, '09:00'), ...dateFields('closes', 9, '17:00'), population: 'teams', team: String(team), threshold: '5' }));
	});

	test('open now, extend, then close early after a confirmation page; each step logged', async () => {
		const logStart = Number(sqlValue('ctl', `SELECT IFNULL(MAX(id), 0) FROM ${tbl('admin_log')}`));
		assert.equal(waveRow(id).opened, false);
		assert.equal(waveFrom(await admin.client.post(`/admin/wave/${id}/open`, { csrf })), id);
		assert.equal(waveRow(id).opened, true);
		const again = await admin.client.post(`/admin/wave/${id}/open`, { csrf });
		assert.equal(again.status, 409, 'already open');

		const before = waveRow(id).closes;
		const bad = await admin.client.post(`/admin/wave/${id}/extend`, { csrf, closes_day: '30', closes_month: '2', closes_year: '2030', closes_time: '12:00' });
		assert.equal(bad.status, 422);
		assert.equal(formFields(bad.text, `/admin/wave/${id}/extend`).closes_day, '30', 'kept');
		const ext = dateFields('closes', 30, '18:00');
		assert.equal(waveFrom(await admin.client.post(`/admin/wave/${id}/extend`, { csrf, ...ext })), id);
		const after = waveRow(id).closes;
		assert.ok(after > before, `${after} is later than ${before}`);
		assert.equal(after, ukToUtc(Number(ext.closes_year), Number(ext.closes_month), Number(ext.closes_day), 18, 0));
		const earlier = await admin.client.post(`/admin/wave/${id}/extend`, { csrf, ...dateFields('closes', 25, '18:00') });
		assert.equal(earlier.status, 409, 'extending means later');

		const ask = await admin.client.get(`/admin/wave/${id}/close`);
		assert.equal(ask.status, 200);
		assert.match(textOf(ask.text), /Close .* now\?/);
		assert.equal(waveRow(id).closed, false, 'the GET closed nothing');
		assert.equal(waveFrom(await admin.client.post(`/admin/wave/${id}/close`, { csrf })), id);
		assert.equal(waveRow(id).closed, true);
		assert.equal((await admin.client.post(`/admin/wave/${id}/extend`, { csrf, ...dateFields('closes', 40, '18:00') })).status, 409, 'a closed wave stays closed');
		assert.equal((await admin.client.post(`/admin/wave/${id}/open`, { csrf })).status, 409);

		const actions = sqlRows('ctl', `SELECT action FROM ${tbl('admin_log')} WHERE id > ${logStart} AND actor_id = ${admin.id} ORDER BY id`).map((r) => r[0]);
		assert.deepEqual(actions, ['wave.open', 'wave.extend', 'wave.close']);
	});

	test('the list and the page show live counts of who took part, never who', async () => {
		const people = [staff, hr];
		for (const p of people) sqlRows('ctl', `INSERT INTO ${tbl('participation')} (wave_id, staff_id) VALUES (${id}, ${p.id})`);
		const page = await admin.client.get(`/admin/wave/${id}`);
		assert.match(page.text, /id="responses">2</);
		for (const p of people) assert.ok(!page.text.includes(p.name) && !page.text.includes(p.username), 'no names on the page');
		const list = await admin.client.get('/admin/waves');
		assert.equal(list.status, 200);
		const row = (list.text.match(/<tr>[\s\S]*?<\/tr>/g) || []).find((t) => t.includes(`/admin/wave/${id}"`));
		assert.ok(row, 'the wave is listed');
		assert.match(textOf(row), /Closed 2$/);
	});

	test('HR may run waves; staff may not', async () => {
		const hcsrf = await hr.client.csrf('/admin/waves/new');
		const hid = waveFrom(await hr.client.post('/admin/waves/new', { csrf: hcsrf, version: String(version), title: uniq('Test wave HR'),
			...dateFields('opens', 3, '10:00'), ...dateFields('closes', 12, '16:00'), population: 'teams', team: String(team), threshold: '5' }));
		assert.equal((await staff.client.get(`/admin/wave/${hid}`)).status, 403);
		const scsrf = await staff.client.csrf('/');
		assert.equal((await staff.client.post(`/admin/wave/${hid}/open`, { csrf: scsrf })).status, 403);
		assert.equal(waveRow(hid).opened, false);
	});
});
