// Practice Standards: reading the version in force, what changed since the
// version a person last acknowledged, acknowledging it (422 / 409 / 303,
// once only), the home page task, the manager's team page, the hash chain
// (chorusctl verify, intact and tampered) and the staff account's grants.
//
// People: fresh users made with chorusctl in Front Door North (so no other
// test file's users are touched), a demo staff member who acknowledged
// only version 1 (given a password with chorusctl user passwd), tm.demo
// for the team page and sw.demo for the refusal.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
	signIn, chorusctl, sql, sqlRows, sqlValue, sqlq, tbl, textOf, formFields, formInputs, csrfFrom,
	errorSummaryOf, localPath, uniq, teamId,
	addPerson, standardsInForce, standardsVersion, standardsOf, standardsDiff, acksOf, ackHashBefore, ackHash,
} from './lib.mjs';

const TEAM = 'Front Door North';

/* The part of a page from the "changed since" words to the next h2 (or the end). */
function changesSection(html) {
	const i = html.search(/changed since/i);
	if (i < 0) return null;
	const start = html.lastIndexOf('<h', i);
	const rest = html.slice(start < 0 ? i : start);
	const end = rest.slice(3).search(/<h2\b/i);
	return end < 0 ? rest : rest.slice(0, end + 3);
}

/* The smallest row (tr, li, summary-list row) whose text includes s, or null. */
function rowWith(html, s) {
	const blocks = [
		...(html.match(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi) || []),
		...(html.match(/<li\b[^>]*>[\s\S]*?<\/li>/gi) || []),
		...(html.match(/<div\b[^>]*govuk-summary-list__row[^>]*>[\s\S]*?<\/dd>\s*<\/div>/gi) || []),
	].filter((b) => textOf(b).includes(s));
	blocks.sort((a, b) => a.length - b.length);
	return blocks[0] ?? null;
}

/* The acknowledgement form's inputs on a page, or null. */
function ackForm(html) {
	return formInputs(html, '/standards/');
}

/* Check a stored acknowledgement: version, time (now-ish, UTC) and chain. */
function assertAckRow(row, staff, versionId, label) {
	assert.equal(row.version_id, versionId, `${label}: version id`);
	const at = Date.parse(row.at.replace(' ', 'T') + 'Z');
	assert.ok(Math.abs(Date.now() - at) < 5 * 60 * 1000, `${label}: at ${row.at} is now (UTC)`);
	assert.equal(row.prev_hash, ackHashBefore(row.id), `${label}: prev_hash is the hash of the row before`);
	assert.equal(row.hash, ackHash(row.prev_hash, staff, versionId, row.at), `${label}: hash = SHA-256 of the row`);
}

let cur;
let v1;

before(() => {
	cur = standardsInForce();
	assert.ok(cur, 'the demo has a Practice Standards version in force');
	v1 = standardsVersion(1);
	assert.ok(v1 && v1.id !== cur.id, 'the demo has a version 1 that is no longer in force');
});

describe('a person who has never acknowledged', () => {
	let p;
	before(async () => {
		p = await addPerson({ prefix: 'std' });
	});

	test('GET /standards/ shows the version in force, its standards and the form', async () => {
		const r = await p.client.get('/standards/');
		assert.equal(r.status, 200);
		assert.match(r.ctype, /^text\/html/);
		const text = textOf(r.text);
		assert.ok(text.includes(cur.title), `title "${cur.title}"`);
		assert.match(text, new RegExp(`[Vv]ersion ${cur.version}\\b`), 'version number');
		assert.ok(text.includes(cur.effective), `effective date "${cur.effective}"`);
		assert.ok(text.includes(textOf(cur.summary)), 'summary');
		const standards = standardsOf(cur.id);
		assert.ok(standards.length > 0);
		for (const s of standards) {
			assert.ok(text.includes(s.code), `standard ${s.code} shown`);
			assert.ok(text.includes(textOf(s.title)), `standard ${s.code} title shown`);
		}
		assert.doesNotMatch(text, /changed since/i, 'nothing "changed since" for a first acknowledgement');
		assert.doesNotMatch(text, /You acknowledged version/i);

		const f = ackForm(r.text);
		assert.ok(f, 'a form posting to /standards/');
		assert.equal(f.method, 'post');
		assert.ok(f.csrf, 'hidden csrf');
		assert.equal(f.hidden.version, String(cur.id), 'hidden version = id of the version in force');
		const confirm = f.questions.get('confirm');
		assert.ok(confirm, 'a confirm control');
		assert.equal(confirm.type, 'checkbox');
		assert.deepEqual(confirm.values, ['1']);
		assert.deepEqual(confirm.checked, [], 'not ticked already');
	});

	test('the home page asks them to read and acknowledge it', async () => {
		const r = await p.client.get('/');
		assert.equal(r.status, 200);
		assert.match(textOf(r.text), new RegExp(`Read and acknowledge version ${cur.version}\\b`));
		assert.match(r.text, /href="\/standards\/"/);
	});

	test('POST without confirm: 422, error summary, nothing stored', async () => {
		const csrf = csrfFrom((await p.client.get('/standards/')).text);
		const r = await p.client.post('/standards/', { csrf, version: String(cur.id) });
		assert.equal(r.status, 422);
		const summary = errorSummaryOf(r.text);
		assert.ok(summary, 'a GOV.UK error summary');
		assert.match(textOf(summary), /confirm|read and understood/i);
		assert.match(summary, /href="#confirm"/, 'the summary links to the box');
		assert.ok(r.text.includes('id="confirm"'), 'the box has id confirm (the summary link lands)');
		assert.ok(ackForm(r.text), 'the form is shown again');
		assert.equal(acksOf(p.id).length, 0, 'nothing stored');
	});

	test('POST with confirm=0 or no version: 422, nothing stored', async () => {
		const csrf = csrfFrom((await p.client.get('/standards/')).text);
		for (const form of [{ csrf, version: String(cur.id), confirm: '0' }, { csrf, confirm: '1' },
			{ csrf, version: 'abc', confirm: '1' }]) {
			const r = await p.client.post('/standards/', form);
			assert.equal(r.status, 422, JSON.stringify({ ...form, csrf: undefined }));
			assert.ok(errorSummaryOf(r.text), 'error summary');
		}
		assert.equal(acksOf(p.id).length, 0, 'nothing stored');
	});

	test('POST for a version not in force: 409, nothing stored', async () => {
		const csrf = csrfFrom((await p.client.get('/standards/')).text);
		for (const version of [v1.id, 999999]) {
			const r = await p.client.post('/standards/', { csrf, version: String(version), confirm: '1' });
			assert.equal(r.status, 409, `version ${version}`);
			assert.ok(errorSummaryOf(r.text), 'error summary');
			const f = ackForm(r.text);
			assert.ok(f, 'the form for the version in force is shown');
			assert.equal(f.hidden.version, String(cur.id));
		}
		assert.equal(acksOf(p.id).length, 0, 'nothing stored');
	});

	test('a valid POST: 303 to /standards/, one chained row; a second POST stores nothing more', async () => {
		const page = await p.client.get('/standards/');
		const fields = formFields(page.text, '/standards/');
		const r = await p.client.post('/standards/', { ...fields, confirm: '1' });
		assert.equal(r.status, 303, textOf(r.text).slice(0, 300));
		assert.equal(localPath(r.location), '/standards/');
		const rows = acksOf(p.id);
		assert.equal(rows.length, 1, 'one acknowledgement');
		assertAckRow(rows[0], p.id, cur.id, 'the acknowledgement');

		const again = await p.client.post('/standards/', { ...fields, confirm: '1' });
		assert.ok(again.status < 500, `second POST: ${again.status}`);
		assert.ok([303, 200].includes(again.status), `second POST: ${again.status}`);
		assert.deepEqual(acksOf(p.id), rows, 'nothing more stored, the row unchanged');
	});

	test('afterwards the page says when they acknowledged it and has no form', async () => {
		const [row] = acksOf(p.id);
		const r = await p.client.get('/standards/');
		assert.equal(r.status, 200);
		const text = textOf(r.text);
		assert.ok(text.includes(`You acknowledged version ${cur.version} on ${row.on}`),
			`"You acknowledged version ${cur.version} on ${row.on}" in: ${text.slice(0, 600)}`);
		assert.equal(ackForm(r.text), null, 'no acknowledgement form');
		assert.doesNotMatch(r.text, /name="confirm"/);
	});

	test('and the home page no longer lists it', async () => {
		const r = await p.client.get('/');
		assert.equal(r.status, 200);
		assert.doesNotMatch(textOf(r.text), /Read and acknowledge version/);
	});
});

describe('a person who acknowledged only version 1', () => {
	let who;
	let client;
	let diff;
	// One of the generated roster people, who have no password ('!'): the
	// named demo people sign in with the demo password in other test files,
	// which giving them a new one here would break.
	before(async () => {
		const rows = sqlRows('ctl', `SELECT s.id, s.username FROM ${tbl('staff')} s
			WHERE s.active = 1 AND s.password_hash = '!' AND s.team_id IS NOT NULL
			AND EXISTS (SELECT 1 FROM ${tbl('acknowledgement')} k WHERE k.staff_id = s.id AND k.standards_version_id = ${v1.id})
			AND NOT EXISTS (SELECT 1 FROM ${tbl('acknowledgement')} k WHERE k.staff_id = s.id AND k.standards_version_id = ${cur.id})
			ORDER BY RAND() LIMIT 1`);
		assert.equal(rows.length, 1, 'the demo has a person who acknowledged version 1 only');
		who = { id: Number(rows[0][0]), username: rows[0][1] };
		const password = `Pw-${uniq('v1')}`;
		const r = chorusctl(['user', 'passwd', who.username], `${password}\n`);
		assert.equal(r.code, 0, `chorusctl user passwd: ${r.stderr}${r.stdout}`);
		client = await signIn(who.username, password);
		diff = standardsDiff(v1.id, cur.id);
		assert.ok(diff.length > 0, 'the versions differ');
	});

	test('the page lists what changed since version 1, and only that', async () => {
		const r = await client.get('/standards/');
		assert.equal(r.status, 200);
		const text = textOf(r.text);
		assert.match(text, /changed since version 1\b/i);
		assert.match(text, /last one you acknowledged/i);
		const section = changesSection(r.text);
		assert.ok(section, 'a "changed since" section');
		const stext = textOf(section);
		for (const d of diff) {
			assert.ok(stext.includes(d.code), `${d.code} (${d.kind}) listed as changed`);
			assert.ok(stext.includes(textOf(d.title)), `${d.code} title listed`);
		}
		const changed = new Set(diff.map((d) => d.code));
		for (const s of standardsOf(cur.id)) {
			if (changed.has(s.code)) continue;
			assert.ok(!new RegExp(`\\b${s.code}\\b`).test(stext), `${s.code} is unchanged and not in the changes list`);
		}
		const f = ackForm(r.text);
		assert.ok(f, 'the acknowledgement form');
		assert.equal(f.hidden.version, String(cur.id));
	});

	test('the home page lists the task; acknowledging removes it and the changes list', async () => {
		assert.match(textOf((await client.get('/')).text), new RegExp(`Read and acknowledge version ${cur.version}\\b`));
		const fields = formFields((await client.get('/standards/')).text, '/standards/');
		const before = acksOf(who.id);
		const r = await client.post('/standards/', { ...fields, confirm: '1' });
		assert.equal(r.status, 303);
		const after = acksOf(who.id);
		assert.equal(after.length, before.length + 1);
		assert.deepEqual(after.slice(0, before.length), before, 'the version 1 row is untouched');
		assertAckRow(after[after.length - 1], who.id, cur.id, 'the new acknowledgement');
		const page = await client.get('/standards/');
		assert.doesNotMatch(textOf(page.text), /changed since/i);
		assert.match(textOf(page.text), new RegExp(`You acknowledged version ${cur.version} on`));
		assert.doesNotMatch(textOf((await client.get('/')).text), /Read and acknowledge version/);
	});
});

describe('the team page', () => {
	let tm;
	let done;
	let notYet;
	let gone;
	before(async () => {
		tm = await signIn('tm.demo');
		done = await addPerson({ prefix: 'stdok' });
		const f = formFields((await done.client.get('/standards/')).text, '/standards/');
		assert.equal((await done.client.post('/standards/', { ...f, confirm: '1' })).status, 303);
		notYet = await addPerson({ prefix: 'stdno', signin: false });
		gone = await addPerson({ prefix: 'stdgone', signin: false });
		sqlRows('ctl', `UPDATE ${tbl('staff')} SET active = 0 WHERE id = ${gone.id}`);
	});

	test('sw.demo (not a manager) is refused with 403', async () => {
		const sw = await signIn('sw.demo');
		const r = await sw.get('/standards/team');
		assert.equal(r.status, 403);
		assert.doesNotMatch((await sw.get('/standards/')).text, /href="\/standards\/team"/, 'no link to it');
	});

	test('a manager sees every active person in the team: Acknowledged, or Not yet with days outstanding', async () => {
		const team = teamId(TEAM);
		const people = sqlRows('ctl', `SELECT s.display_name, EXISTS (SELECT 1 FROM ${tbl('acknowledgement')} k
			WHERE k.staff_id = s.id AND k.standards_version_id = ${cur.id}) FROM ${tbl('staff')} s
			WHERE s.team_id = ${team} AND s.active = 1`);
		assert.ok(people.length >= 3);
		assert.match((await tm.get('/standards/')).text, /href="\/standards\/team"/, 'the manager has a link to it');
		const r = await tm.get('/standards/team');
		assert.equal(r.status, 200);
		assert.ok(textOf(r.text).includes(TEAM), 'the team is named');
		for (const [name, acked] of people) {
			const row = rowWith(r.text, name);
			assert.ok(row, `${name} is listed`);
			const t = textOf(row);
			if (acked === '1') {
				assert.match(t, /Acknowledged/, `${name}: Acknowledged`);
				assert.doesNotMatch(t, /Not yet/, `${name}: not "Not yet"`);
			} else {
				assert.match(t, /Not yet/, `${name}: Not yet`);
				assert.match(t, new RegExp(`\\b${cur.days}\\b`), `${name}: ${cur.days} days outstanding`);
			}
		}
		assert.match(textOf(rowWith(r.text, done.name) || ''), /Acknowledged/, 'the fresh person who acknowledged');
		assert.match(textOf(rowWith(r.text, notYet.name) || ''), /Not yet/, 'the fresh person who has not');
		assert.ok(!textOf(r.text).includes(gone.name), 'an inactive person is not listed');
		const other = sqlValue('ctl', `SELECT display_name FROM ${tbl('staff')} WHERE active = 1 AND team_id <> ${team}
			AND display_name NOT IN (SELECT display_name FROM ${tbl('staff')} WHERE team_id = ${team}) ORDER BY id LIMIT 1`);
		if (other !== null) assert.ok(!textOf(r.text).includes(other), `${other} (another team) is not listed`);
	});
});

describe('chorusctl verify', () => {
	/*
	 * Tamper with a middle row (set: SQL assignments; unset(saved): the
	 * assignments that put it back, saved = the row's hash in hex before),
	 * check verify exits 1 naming that row, put it back, check intact.
	 */
	function tamper(label, set, unset) {
		test(`names a row whose ${label} was changed, and is intact again once it is put back`, () => {
			const ids = sqlRows('ctl', `SELECT id FROM ${tbl('acknowledgement')} ORDER BY id`).map((r) => r[0]);
			assert.ok(ids.length >= 3, 'the chain has rows');
			const id = ids[Math.floor(ids.length / 2)];
			const row = `SELECT id, staff_id, standards_version_id, at, HEX(prev_hash), HEX(hash) FROM ${tbl('acknowledgement')} WHERE id = ${id}`;
			const before = sqlRows('ctl', row);
			const saved = before[0][5];
			sqlRows('ctl', `UPDATE ${tbl('acknowledgement')} SET ${set} WHERE id = ${id}`);
			try {
				assert.notDeepEqual(sqlRows('ctl', row), before, 'the row was changed');
				const r = chorusctl(['verify']);
				assert.equal(r.code, 1, `verify exits 1 after tampering: ${r.stdout}${r.stderr}`);
				assert.match(r.stdout + r.stderr, new RegExp(`acknowledgement ${id}\\b`), `verify names row ${id}: ${r.stdout}`);
				assert.doesNotMatch(r.stdout, /chain intact/);
			} finally {
				sqlRows('ctl', `UPDATE ${tbl('acknowledgement')} SET ${unset(saved)} WHERE id = ${id}`);
			}
			assert.deepEqual(sqlRows('ctl', row), before, 'row restored');
			const ok = chorusctl(['verify']);
			assert.equal(ok.code, 0, `verify after restoring: ${ok.stdout}${ok.stderr}`);
			assert.match(ok.stdout, /hash chain intact/);
		});
	}

	test('the chain (demo rows and the ones made through the page) is intact', () => {
		const r = chorusctl(['verify']);
		assert.equal(r.code, 0, `${r.stdout}${r.stderr}`);
		assert.match(r.stdout, /hash chain intact/);
		const n = Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('acknowledgement')}`));
		assert.match(r.stdout, new RegExp(`\\b${n} acknowledgements\\b`), `counts ${n} rows`);
	});

	tamper('time', 'at = at + INTERVAL 1 SECOND', () => 'at = at - INTERVAL 1 SECOND');
	tamper('hash', 'hash = UNHEX(SHA2(CONCAT(\'forged\', id), 256))', (saved) => `hash = UNHEX(${sqlq(saved)})`);
});

describe('the staff database account', () => {
	function assertDenied(query) {
		const r = sql('staff', query);
		assert.notEqual(r.code, 0, `staff should be refused: ${query}`);
		assert.match(r.stderr, /denied/i, r.stderr);
		assert.doesNotMatch(r.stderr, /Access denied for user/i, `could not connect: ${r.stderr}`);
	}

	test('may read acknowledgements (control)', () => {
		const r = sql('staff', `SELECT COUNT(*) FROM ${tbl('acknowledgement')}`);
		assert.equal(r.code, 0, r.stderr);
	});

	test('cannot UPDATE or DELETE acknowledgement', () => {
		assertDenied(`UPDATE ${tbl('acknowledgement')} SET at = at WHERE id = 0`);
		assertDenied(`DELETE FROM ${tbl('acknowledgement')} WHERE id = 0`);
		assertDenied(`TRUNCATE TABLE ${tbl('acknowledgement')}`);
	});

	test('cannot change the standards themselves', () => {
		assertDenied(`UPDATE ${tbl('standards_version')} SET summary = summary WHERE id = 0`);
		assertDenied(`UPDATE ${tbl('standard')} SET title = title WHERE id = 0`);
		assertDenied(`INSERT INTO ${tbl('standard')} (standards_version_id, position, code, title, body, evidence) VALUES (0, 999, 'X', 'x', 'x', 'x')`);
	});
});
