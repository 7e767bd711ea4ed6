// Practice Standards publishing in chorus-admin: only administrators (HR
// and staff get 403); a draft copied from the newest version; its details
// (title, what changed, an effective date of today or later) with errors
// that keep what was typed; standards changed, added, moved and removed
// (after a confirmation page); publishing after a confirmation page; a
// published version that cannot be changed through the pages or by the
// admin account; staff asked to acknowledge it on its effective date; and
// an admin log row for every step.
//
// The version published here is effective tomorrow. To see staff asked on
// "the date", the test moves that date to today with the owner account,
// checks what a new person sees, and then moves it far into the future,
// so the demo version is the one in force again for every later test.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
	addPerson, sql, sqlRows, sqlValue, tbl, textOf, formFields, errorSummaryOf, localPath,
	standardsInForce, standardsOf,
} from './lib.mjs';

const DRAFT = '/admin/standards/draft';

function tomorrow() {
	const d = new Date(Date.now() + 86400000);
	return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()),
		iso: d.toISOString().slice(0, 10) };
}

function draftStandards() {
	return sqlRows('ctl', `SELECT s.id, s.code, s.title, s.body FROM ${tbl('standard_draft')} s
		JOIN ${tbl('standards_draft')} d ON d.id = s.draft_id ORDER BY s.position`)
		.map(([id, code, title, body]) => ({ id: Number(id), code, title, body }));
}

function lastLogId() {
	return Number(sqlValue('ctl', `SELECT IFNULL(MAX(id), 0) FROM ${tbl('admin_log')}`));
}

let admin;
let hr;
let staff;
let published = null;
let logStart;
let newestBefore;

before(async () => {
	admin = await addPerson({ roles: 'staff,admin', prefix: 'std-admin' });
	hr = await addPerson({ roles: 'staff,hr', prefix: 'std-hr' });
	staff = await addPerson({ roles: 'staff', prefix: 'std-staff' });
	logStart = lastLogId();
	newestBefore = sqlRows('ctl', `SELECT id, version FROM ${tbl('standards_version')} ORDER BY version DESC LIMIT 1`)[0].map(Number);
});

after(() => {
	if (published !== null) {
		sqlRows('ctl', `UPDATE ${tbl('standards_version')} SET effective_on = '2099-12-31' WHERE id = ${published}`);
	}
});

describe('who may publish standards', () => {
	test('HR and staff get 403 on every page, GET and POST', async () => {
		for (const who of [hr, staff]) {
			for (const p of ['/admin/standards', DRAFT, `${DRAFT}/new`, `${DRAFT}/publish`]) {
				assert.equal((await who.client.get(p)).status, 403, `GET ${p} as ${who.username}`);
			}
			const csrf = await who.client.csrf('/');
			assert.equal((await who.client.post('/admin/standards', { csrf })).status, 403);
			assert.equal((await who.client.post(`${DRAFT}/publish`, { csrf })).status, 403);
		}
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('standards_draft')}`), '0', 'no draft was started');
	});
});

describe('writing and publishing a version', () => {
	let csrf;

	before(async () => {
		csrf = await admin.client.csrf('/admin/standards');
	});

	test('a new draft is a copy of the newest version, numbered after it', async () => {
		assert.equal((await admin.client.get(DRAFT)).status, 404, 'no draft yet');
		const r = await admin.client.post('/admin/standards', { csrf });
		assert.equal(r.status, 303);
		assert.equal(localPath(r.location), DRAFT);
		const [, version] = sqlRows('ctl', `SELECT id, version FROM ${tbl('standards_draft')}`)[0].map(Number);
		assert.equal(version, newestBefore[1] + 1);
		assert.deepEqual(draftStandards().map(({ code, title }) => ({ code, title })), standardsOf(newestBefore[0]));
		const page = await admin.client.get(DRAFT);
		assert.equal(page.status, 200);
		assert.match(textOf(page.text), new RegExp(`Practice Standards version ${version}`));
		const again = await admin.client.post('/admin/standards', { csrf });
		assert.equal(localPath(again.location), DRAFT, 'a second start goes to the same draft');
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('standards_draft')}`), '1');
	});

	test('the details: a past date, an impossible date and a blank title are refused, keeping what was typed', async () => {
		const past = await admin.client.post(DRAFT, { csrf, title: 'Kept title', summary: 'Kept\nsummary', effective_day: '1', effective_month: '1', effective_year: '2020' });
		assert.equal(past.status, 422);
		assert.match(textOf(errorSummaryOf(past.text)), /today or in the future/);
		const f = formFields(past.text, DRAFT);
		assert.equal(f.title, 'Kept title');
		assert.equal(f.summary.replace(/^\n/, ''), 'Kept\nsummary');
		assert.equal(f.effective_year, '2020');
		const bad = await admin.client.post(DRAFT, { csrf, title: '', summary: '', effective_day: '31', effective_month: '2', effective_year: '2031' });
		assert.equal(bad.status, 422);
		const sum = textOf(errorSummaryOf(bad.text));
		assert.match(sum, /Enter the title/);
		assert.match(sum, /must be a real date/);
		assert.match(bad.text, /href="#effective_day"/);
		assert.equal(sqlValue('ctl', `SELECT CONCAT('[', summary, ']') FROM ${tbl('standards_draft')}`), '[]', 'nothing saved');
	});

	test('publishing without what changed or a date is refused', async () => {
		const ask = await admin.client.get(`${DRAFT}/publish`);
		assert.equal(ask.status, 200);
		const r = await admin.client.post(`${DRAFT}/publish`, { csrf });
		assert.equal(r.status, 422);
		assert.match(textOf(errorSummaryOf(r.text)), /write what changed/);
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('standards_draft')}`), '1');
	});

	test('standards are changed, added (after a refusal), moved and removed', async () => {
		const [first, second] = draftStandards();
		const page = await admin.client.get(`${DRAFT}/s/${first.id}`);
		assert.equal(page.status, 200);
		const f = formFields(page.text, `${DRAFT}/s/${first.id}`);
		assert.equal(f.title, first.title);
		const e = await admin.client.post(`${DRAFT}/s/${first.id}`, { ...f, csrf, body: 'Rewritten: what good looks like now.' });
		assert.equal(e.status, 303);
		assert.equal(draftStandards()[0].body, 'Rewritten: what good looks like now.');
		assert.equal(draftStandards()[0].code, first.code, 'the code stays');

		const missing = await admin.client.post(`${DRAFT}/new`, { csrf, code: 'PS99', title: 'Kept new title', body: '', evidence: 'Some evidence' });
		assert.equal(missing.status, 422);
		assert.match(textOf(errorSummaryOf(missing.text)), /Enter what good looks like/);
		assert.equal(formFields(missing.text, `${DRAFT}/new`).title, 'Kept new title');
		const dup = await admin.client.post(`${DRAFT}/new`, { csrf, code: first.code, title: 'Dup', body: 'b', evidence: 'e' });
		assert.equal(dup.status, 422);
		assert.match(textOf(errorSummaryOf(dup.text)), /has this code/);
		assert.equal((await admin.client.post(`${DRAFT}/new`, { csrf, code: 'PS99', title: 'Working with interpreters', body: 'Families are offered an interpreter.', evidence: 'The record says who interpreted.' })).status, 303);
		const added = draftStandards().at(-1);
		assert.equal(added.code, 'PS99');
		assert.equal((await admin.client.post(`${DRAFT}/move/${added.id}`, { csrf, dir: 'up' })).status, 303);
		assert.equal(draftStandards().at(-2).code, 'PS99');

		const ask = await admin.client.get(`${DRAFT}/remove/${second.id}`);
		assert.equal(ask.status, 200);
		assert.match(textOf(ask.text), new RegExp(`Remove ${second.code} from the draft\\?`));
		assert.ok(draftStandards().some((s) => s.id === second.id), 'the GET removed nothing');
		assert.equal((await admin.client.post(`${DRAFT}/remove/${second.id}`, { csrf })).status, 303);
		assert.ok(!draftStandards().some((s) => s.id === second.id));
	});

	test('publish: the draft becomes the next version, effective tomorrow, and is gone as a draft', async () => {
		const t = tomorrow();
		const save = await admin.client.post(DRAFT, { csrf, title: 'Practice Standards', summary: 'PS99 is new. The first standard is clearer.', effective_day: t.day, effective_month: t.month, effective_year: t.year });
		assert.equal(save.status, 303);
		const order = draftStandards();
		const ask = await admin.client.get(`${DRAFT}/publish`);
		assert.match(textOf(ask.text), /It comes into force on/);
		const r = await admin.client.post(`${DRAFT}/publish`, { csrf });
		assert.equal(r.status, 303);
		assert.equal(localPath(r.location), '/admin/standards?published=1');
		const [id, version, eff, summary] = sqlRows('ctl', `SELECT id, version, DATE_FORMAT(effective_on, '%Y-%m-%d'), summary
			FROM ${tbl('standards_version')} ORDER BY version DESC LIMIT 1`)[0];
		published = Number(id);
		assert.equal(Number(version), newestBefore[1] + 1);
		assert.equal(eff, t.iso);
		assert.equal(summary, 'PS99 is new. The first standard is clearer.');
		assert.deepEqual(standardsOf(published), order.map(({ code, title }) => ({ code, title })));
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('standards_draft')}`), '0');
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('standard_draft')}`), '0');
		const list = await admin.client.get('/admin/standards?published=1');
		assert.match(textOf(list.text), /Not yet in force/);
	});

	test('a published version cannot be changed through the pages', async () => {
		const before = JSON.stringify(sqlRows('ctl', `SELECT code, title, body, evidence, position FROM ${tbl('standard')} WHERE standards_version_id = ${published} ORDER BY position`));
		const anyId = sqlValue('ctl', `SELECT id FROM ${tbl('standard')} WHERE standards_version_id = ${published} LIMIT 1`);
		const t = tomorrow();
		for (const [p, f] of [
			[DRAFT, { title: 'Changed', summary: 'Changed', effective_day: t.day, effective_month: t.month, effective_year: t.year }],
			[`${DRAFT}/s/${anyId}`, { title: 'Changed', body: 'Changed', evidence: 'Changed' }],
			[`${DRAFT}/move/${anyId}`, { dir: 'up' }],
			[`${DRAFT}/remove/${anyId}`, {}],
			[`${DRAFT}/publish`, {}],
		]) {
			const r = await admin.client.post(p, { csrf, ...f });
			assert.equal(r.status, 404, `POST ${p}: there is no draft to change`);
		}
		assert.equal(JSON.stringify(sqlRows('ctl', `SELECT code, title, body, evidence, position FROM ${tbl('standard')} WHERE standards_version_id = ${published} ORDER BY position`)), before);
		assert.equal(sqlValue('ctl', `SELECT summary FROM ${tbl('standards_version')} WHERE id = ${published}`), 'PS99 is new. The first standard is clearer.');
	});

	test('nor by the admin account: it may insert published rows, never change or delete them', () => {
		for (const q of [
			`UPDATE ${tbl('standards_version')} SET summary = 'x' WHERE id = ${published}`,
			`UPDATE ${tbl('standard')} SET body = 'x' WHERE standards_version_id = ${published}`,
			`DELETE FROM ${tbl('standard')} WHERE standards_version_id = ${published}`,
			`DELETE FROM ${tbl('standards_version')} WHERE id = ${published}`,
			`SELECT COUNT(*) FROM ${tbl('acknowledgement')}`,
		]) {
			const r = sql('admin', q);
			assert.notEqual(r.code, 0, `refused: ${q}`);
			assert.match(r.stderr, /denied/i);
		}
	});

	test('before its date staff see the version in force; on its date they are asked to acknowledge it', async () => {
		const person = await addPerson({ prefix: 'std-ack' });
		assert.notEqual(standardsInForce().id, published, 'not in force before its date');
		const early = await person.client.get('/standards/');
		assert.ok(!textOf(early.text).includes(`Version ${newestBefore[1] + 1},`));
		sqlRows('ctl', `UPDATE ${tbl('standards_version')} SET effective_on = UTC_DATE() WHERE id = ${published}`);
		assert.equal(standardsInForce().id, published);
		const page = await person.client.get('/standards/');
		assert.equal(page.status, 200);
		const text = textOf(page.text);
		assert.match(text, new RegExp(`Version ${newestBefore[1] + 1}, in force from`));
		assert.ok(text.includes('Working with interpreters'));
		assert.ok(text.includes('PS99 is new.'));
		const form = formFields(page.text, '/standards/');
		assert.ok(form, 'the acknowledgement form is there');
		assert.equal(form.version, String(published));
		const home = await person.client.get('/');
		assert.match(home.text, /href="\/standards\/"/, 'the home page asks them to acknowledge');
		sqlRows('ctl', `UPDATE ${tbl('standards_version')} SET effective_on = '2099-12-31' WHERE id = ${published}`);
		assert.notEqual(standardsInForce().id, published, 'the demo version is in force again');
	});

	test('every step wrote an admin log row by that administrator', () => {
		const actions = sqlRows('ctl', `SELECT action FROM ${tbl('admin_log')} WHERE id > ${logStart} AND actor_id = ${admin.id} ORDER BY id`).map((r) => r[0]);
		assert.deepEqual(actions, ['standards.draft', 'standards.standard.edit', 'standards.standard.add',
			'standards.standard.move', 'standards.standard.remove', 'standards.draft.edit', 'standards.publish']);
	});
});
