// Voice forms administration: the words of a language beside English
// (missing ones marked, right-to-left languages written right to left,
// a form's preview link), safeguarding terms added and removed after a
// confirmation page, and team links with a server-drawn SVG QR code. Only
// administrators; every change is in the admin log.
//
// What this changes it puts back: the Polish words it edits are restored
// through the same form, its term is removed again, and its link (for a
// team made here) is deleted with the owner account at the end.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
	addPerson, sqlRows, sqlValue, sqlq, tbl, textOf, formFields, errorSummaryOf, localPath, uniq,
} from './lib.mjs';

let admin;
let hr;
let team;
let code = null;

function lastLogId() {
	return Number(sqlValue('ctl', `SELECT IFNULL(MAX(id), 0) FROM ${tbl('admin_log')}`));
}

function polish(key) {
	const rows = sqlRows('ctl', `SELECT CONCAT('[', text, ']'), draft FROM ${tbl('voice_text')} WHERE lang = 'pl' AND tkey = ${sqlq(key)}`);
	return rows.length ? { text: rows[0][0].slice(1, -1), draft: rows[0][1] } : null;
}

before(async () => {
	admin = await addPerson({ roles: 'staff,admin', prefix: 'vadm' });
	hr = await addPerson({ roles: 'staff,hr', prefix: 'vadm-hr' });
	team = Number(sqlValue('ctl', `INSERT INTO ${tbl('team')} (service_area_id, name)
		SELECT MIN(id), ${sqlq(uniq('Voice link team'))} FROM ${tbl('service_area')}; SELECT LAST_INSERT_ID();`));
});

after(() => {
	if (code !== null) sqlRows('ctl', `DELETE FROM ${tbl('voice_link')} WHERE code = ${sqlq(code)}`);
});

test('HR and staff get 403 under /admin/voice', async () => {
	for (const p of ['/admin/voice', '/admin/voice/texts?lang=pl', '/admin/voice/terms?lang=pl', '/admin/voice/qr/FDN-7K2Q']) {
		assert.equal((await hr.client.get(p)).status, 403, p);
	}
});

describe('words beside English', () => {
	test('a form page lists every English text with the language beside it, and a preview', async () => {
		const form = sqlValue('ctl', `SELECT slug FROM ${tbl('voice_form')} WHERE active = 1 ORDER BY position LIMIT 1`);
		const r = await admin.client.get(`/admin/voice/texts?lang=pl&form=${form}`);
		assert.equal(r.status, 200);
		const english = Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('voice_text')} WHERE lang = 'en'
			AND (tkey LIKE 'form.${form}.%' OR tkey LIKE 'q.${form}.%' OR tkey LIKE 'opt.${form}.%')`));
		assert.equal((r.text.match(/<textarea /g) || []).length, english);
		assert.match(r.text, new RegExp(`href="/voice/form/${form}\\?lang=pl"`));
		assert.match(r.text, /lang="pl" dir="ltr"/);
		assert.equal((await admin.client.get('/admin/voice/texts?lang=xx')).status, 404);
		assert.equal((await admin.client.get('/admin/voice/texts?lang=en')).status, 404, 'English is the reference');
	});

	test('Arabic is written right to left', async () => {
		const r = await admin.client.get('/admin/voice/texts?lang=ar');
		assert.equal(r.status, 200);
		assert.match(r.text, /lang="ar" dir="rtl"/);
	});

	test('a word is changed, emptied (then marked missing), and put back, each save logged', async () => {
		const page = await admin.client.get('/admin/voice/texts?lang=pl');
		const fields = formFields(page.text, '/admin/voice/texts');
		const keys = [...page.text.matchAll(/<h2 class="govuk-heading-s">([^<\s]+)/g)].map((m) => m[1]);
		const i = keys.findIndex((k) => polish(k) !== null);
		assert.ok(i >= 0, 'a Polish word to edit');
		const key = keys[i];
		const original = polish(key);
		const orig = { ...fields };
		for (const k of Object.keys(orig)) if (k.startsWith('text_')) orig[k] = orig[k].replace(/^\n/, '');
		const logStart = lastLogId();

		const changed = await admin.client.post('/admin/voice/texts', { ...orig, [`text_${i}`]: 'Słowo testowe' });
		assert.equal(changed.status, 303);
		assert.equal(polish(key).text, 'Słowo testowe');

		const emptied = await admin.client.post('/admin/voice/texts', { ...orig, [`text_${i}`]: '' });
		assert.equal(emptied.status, 303);
		assert.equal(polish(key), null, 'an empty box removes the word, so English shows');
		const missing = await admin.client.get('/admin/voice/texts?lang=pl');
		const block = missing.text.split('chorus-voice-text').find((b) => b.includes(`>${key}`));
		assert.match(block, /Missing/);

		const back = await admin.client.post('/admin/voice/texts', orig);
		assert.equal(back.status, 303);
		assert.deepEqual(polish(key), original, 'put back as it was');
		const log = sqlRows('ctl', `SELECT action, subject FROM ${tbl('admin_log')} WHERE id > ${logStart} AND actor_id = ${admin.id}`);
		assert.deepEqual(log, [['voice.texts', 'pl'], ['voice.texts', 'pl'], ['voice.texts', 'pl']]);
	});
});

describe('safeguarding terms', () => {
	const term = `chorus test phrase ${Date.now()}`;

	test('added (a blank one refused), listed, removed after a confirmation page', async () => {
		const csrf = await admin.client.csrf('/admin/voice/terms?lang=pl');
		const blank = await admin.client.post('/admin/voice/terms', { csrf, lang: 'pl', term: '  ' });
		assert.equal(blank.status, 422);
		assert.match(textOf(errorSummaryOf(blank.text)), /Enter a word or phrase/);
		const add = await admin.client.post('/admin/voice/terms', { csrf, lang: 'pl', term });
		assert.equal(add.status, 303);
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('safeguard_term')} WHERE lang = 'pl' AND term = ${sqlq(term)}`), '1');
		const dup = await admin.client.post('/admin/voice/terms', { csrf, lang: 'pl', term });
		assert.equal(dup.status, 422);
		assert.equal(formFields(dup.text, '/admin/voice/terms').term, term, 'kept');
		const list = await admin.client.get('/admin/voice/terms?lang=pl');
		assert.ok(textOf(list.text).includes(term));
		const ask = await admin.client.get(`/admin/voice/terms/remove?lang=pl&term=${encodeURIComponent(term)}`);
		assert.equal(ask.status, 200);
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('safeguard_term')} WHERE term = ${sqlq(term)}`), '1', 'the GET removed nothing');
		const gone = await admin.client.post('/admin/voice/terms/remove', formFields(ask.text, '/admin/voice/terms/remove'));
		assert.equal(gone.status, 303);
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('safeguard_term')} WHERE term = ${sqlq(term)}`), '0');
		const actions = sqlRows('ctl', `SELECT action FROM ${tbl('admin_log')} WHERE actor_id = ${admin.id} AND subject = 'pl' AND action LIKE 'voice.term.%' ORDER BY id`).map((r) => r[0]);
		assert.deepEqual(actions, ['voice.term.add', 'voice.term.remove']);
	});
});

describe('team links and QR codes', () => {
	test('a new link for a team: its addresses, an SVG QR code, and it works on /voice/t/', async () => {
		const csrf = await admin.client.csrf('/admin/voice');
		const none = await admin.client.post('/admin/voice/links', { csrf, team: '' });
		assert.equal(localPath(none.location), '/admin/voice?error=team#team');
		const r = await admin.client.post('/admin/voice/links', { csrf, team: String(team) });
		assert.equal(r.status, 303);
		const m = localPath(r.location).match(/^\/admin\/voice\/link\/([A-Z0-9-]+)$/);
		assert.ok(m, r.location);
		code = m[1];
		assert.match(code, /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
		assert.equal(sqlValue('ctl', `SELECT team_id FROM ${tbl('voice_link')} WHERE code = ${sqlq(code)}`), String(team));
		assert.equal(sqlValue('ctl', `SELECT action FROM ${tbl('admin_log')} WHERE actor_id = ${admin.id} AND subject = ${sqlq(code)}`), 'voice.link.add');

		const page = await admin.client.get(`/admin/voice/link/${code}`);
		assert.equal(page.status, 200);
		assert.match(textOf(page.text), new RegExp(`/voice/t/${code}`));
		assert.match(page.text, new RegExp(`<img class="chorus-qr" src="/admin/voice/qr/${code}" alt="QR code that opens `));

		const qr = await admin.client.get(`/admin/voice/qr/${code}`);
		assert.equal(qr.status, 200);
		assert.match(qr.ctype, /^image\/svg\+xml/);
		const vb = qr.text.match(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
		assert.ok(vb, 'an SVG with a square viewBox');
		const modules = Number(vb[1]) - 8;
		assert.equal((modules - 21) % 4, 0, `${modules} modules: a real QR version size`);
		assert.ok((qr.text.match(/M\d+ \d+h1v1h-1z/g) || []).length > modules * 4, 'dark modules drawn');
		assert.match(qr.text, /<title>QR code for the feedback link of Voice link team/);

		const fam = await fetch(new URL(`/voice/t/${code}`, process.env.CHORUS_URL || 'http://127.0.0.1:8089'));
		assert.equal(fam.status, 200, 'the family link opens the voice forms');
		assert.equal((await admin.client.get('/admin/voice/qr/NOPE-0000')).status, 404);
		assert.equal((await admin.client.get('/admin/voice/link/bad code')).status, 404);
	});
});
