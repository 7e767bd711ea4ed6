// Staff surveys, anonymity: after three people (A, then B, then C) submit
// the same fresh wave, the database as its owner sees it holds nothing that
// joins a response to a participation or orders the responses by time: no
// date/time column, no AUTO_INCREMENT, no shared column or foreign key, ids
// of 16 random bytes, no log line naming a response. The staff program's
// own database account can only insert answers, never read them back.
//
// Also: a session that expires in the middle of a page loses nothing — the
// typed answers come back after signing in again (and only to that person).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
	VAR, Client, signIn, submitSignin, formFields, textOf, localPath, sql, sqlRows, sqlValue, sqlq, tbl,
	staffRow, createWave, surveyDef, surveyCounts, responseIds, responseAnswers, formInputs,
	chooseAnswers, sectionBody, fillSurvey, readConf, sleep, DEMO_PASSWORD,
} from './lib.mjs';

const TEMPORAL = ['date', 'datetime', 'timestamp', 'time', 'year'];
const RESPONSE_SIDE = ['response', 'answer'];

function dbName() {
	return readConf().database?.name || 'chorus';
}

/* information_schema.COLUMNS rows for a table: {name, type, extra, dflt}. */
function columns(table) {
	return sqlRows('ctl', `SELECT COLUMN_NAME, DATA_TYPE, EXTRA, IFNULL(COLUMN_DEFAULT, 'NULL') FROM information_schema.COLUMNS
		WHERE TABLE_SCHEMA = ${sqlq(dbName())} AND TABLE_NAME = ${sqlq(table)} ORDER BY ORDINAL_POSITION`)
		.map(([name, type, extra, dflt]) => ({ name, type: type.toLowerCase(), extra: extra.toLowerCase(), dflt: dflt.toLowerCase() }));
}

/* Common leading bytes of two hex ids. */
function commonPrefixBytes(a, b) {
	let n = 0;
	while (n < a.length / 2 && a.slice(2 * n, 2 * n + 2) === b.slice(2 * n, 2 * n + 2)) n++;
	return n;
}

describe('survey anonymity: nothing links a response to a participation', { concurrency: 1 }, () => {
	const people = ['sw.demo', 'tm.demo', 'aud.demo'];
	let wave;
	let def;
	const sentBy = {};	// username -> answers
	const order = [];	// response ids in submission order

	before(async () => {
		wave = createWave();
		def = surveyDef(wave);
		for (const [i, username] of people.entries()) {
			if (i > 0) await sleep(1100);	// a time column, were there one, would tell them apart
			const c = await signIn(username);
			const before = new Set(responseIds(wave));
			const filled = await fillSurvey(c, wave, def, {
				seed: 100 + i * 17,
				textFor: (qkey) => `Respondent ${'ABC'[i]} on ${qkey}`,
			});
			const check = await c.get(`/survey/${wave}/check`);
			const fields = formFields(check.text, `/survey/${wave}/submit`);
			const r = await c.post(`/survey/${wave}/submit`, fields);
			assert.equal(r.status, 303, `${username} submits`);
			assert.equal(localPath(r.location), `/survey/${wave}/done`);
			sentBy[username] = filled.answers;
			const fresh = responseIds(wave).filter((id) => !before.has(id));
			assert.equal(fresh.length, 1, `${username}'s submission made one response`);
			order.push(fresh[0]);
		}
	});

	test('three participations and three responses were stored, with the right answers', () => {
		const counts = surveyCounts(wave);
		assert.equal(counts.participation, 3);
		assert.equal(counts.response, 3);
		assert.equal(counts.draft, 0, 'no drafts left');
		const staff = sqlRows('ctl', `SELECT staff_id FROM ${tbl('participation')} WHERE wave_id = ${wave}`).map((r) => Number(r[0])).sort();
		assert.deepEqual(staff, people.map((u) => staffRow(u).id).sort(), 'participation names A, B and C');
		for (const [i, username] of people.entries()) {
			const stored = responseAnswers(order[i]);
			for (const [k, v] of Object.entries(sentBy[username])) {
				const got = stored[k]?.map((x) => (def.byKey[k].kind === 'text' ? x.comment : x.value)).sort();
				assert.deepEqual(got, [...v].sort(), `${username}'s ${k}`);
			}
		}
	});

	test('response and answer have no date/time column, no time default and no AUTO_INCREMENT', () => {
		for (const t of RESPONSE_SIDE) {
			const cols = columns(t);
			assert.ok(cols.length > 0, `table ${t} exists`);
			for (const c of cols) {
				assert.ok(!TEMPORAL.includes(c.type), `${t}.${c.name} is ${c.type}`);
				assert.ok(!c.extra.includes('auto_increment'), `${t}.${c.name} is AUTO_INCREMENT`);
				assert.ok(!/current_timestamp|now\(|curdate|uuid|sysdate/.test(c.dflt), `${t}.${c.name} defaults to ${c.dflt}`);
				assert.ok(!/on update/.test(c.extra), `${t}.${c.name} changes on update`);
				assert.ok(!/staff|user|name|email|session|submit|created|updated|time|date|seq|order|position|serial/i.test(c.name),
					`${t}.${c.name}: the name suggests it identifies or orders`);
			}
			const ai = sqlValue('ctl', `SELECT IFNULL(AUTO_INCREMENT, 'NULL') FROM information_schema.TABLES
				WHERE TABLE_SCHEMA = ${sqlq(dbName())} AND TABLE_NAME = ${sqlq(t)}`);
			assert.equal(ai, 'NULL', `table ${t} has no AUTO_INCREMENT counter`);
		}
		const idCol = columns('response').find((c) => c.name === 'id');
		assert.ok(idCol, 'response.id');
		const key = sqlRows('ctl', `SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ${sqlq(dbName())}
			AND TABLE_NAME = 'response' AND CONSTRAINT_NAME = 'PRIMARY'`).map((r) => r[0]);
		assert.deepEqual(key, ['id'], 'the primary key of response is its random id alone');
		const idType = sqlValue('ctl', `SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ${sqlq(dbName())}
			AND TABLE_NAME = 'response' AND COLUMN_NAME = 'id'`);
		assert.match(idType, /^binary\(16\)$/i, 'response.id is BINARY(16)');
	});

	test('participation has no date/time column and nothing that orders it', () => {
		for (const c of columns('participation')) {
			assert.ok(!TEMPORAL.includes(c.type), `participation.${c.name} is ${c.type}`);
			assert.ok(!c.extra.includes('auto_increment'), `participation.${c.name} is AUTO_INCREMENT`);
			assert.ok(!/current_timestamp|now\(/.test(c.dflt), `participation.${c.name} defaults to ${c.dflt}`);
		}
		const ai = sqlValue('ctl', `SELECT IFNULL(AUTO_INCREMENT, 'NULL') FROM information_schema.TABLES
			WHERE TABLE_SCHEMA = ${sqlq(dbName())} AND TABLE_NAME = 'participation'`);
		assert.equal(ai, 'NULL', 'participation has no AUTO_INCREMENT counter');
	});

	test('no foreign key, shared column, index or trigger joins a response to a participation', () => {
		const db = sqlq(dbName());
		const fks = sqlRows('ctl', `SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
			FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ${db} AND REFERENCED_TABLE_NAME IS NOT NULL
			AND (TABLE_NAME IN ('response', 'answer', 'participation'))`);
		for (const [t, c, rt, rc] of fks) {
			const label = `${t}.${c} -> ${rt}.${rc}`;
			if (RESPONSE_SIDE.includes(t)) {
				assert.ok(!['participation', 'staff', 'survey_draft', 'session', 'form_stash'].includes(rt), `foreign key ${label}`);
			} else {
				assert.ok(!RESPONSE_SIDE.includes(rt), `foreign key ${label}`);
			}
		}
		const back = sqlRows('ctl', `SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ${db}
			AND REFERENCED_TABLE_NAME IN ('response', 'answer') AND TABLE_NAME NOT IN ('response', 'answer')`);
		assert.deepEqual(back, [], 'no other table refers to response or answer');

		const pcols = new Set(columns('participation').map((c) => c.name));
		for (const t of RESPONSE_SIDE) {
			const shared = columns(t).map((c) => c.name).filter((n) => pcols.has(n) && n !== 'wave_id');
			assert.deepEqual(shared, [], `columns ${t} shares with participation (besides the wave)`);
		}
		const rcols = columns('response').map((c) => c.name);
		assert.ok(!rcols.some((n) => /staff/.test(n)), 'response has no staff column');

		const idx = sqlRows('ctl', `SELECT DISTINCT COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ${db}
			AND TABLE_NAME = 'response'`).map((r) => r[0]);
		for (const c of idx) assert.ok(['id', 'wave_id', 'team_id', 'role_group'].includes(c), `response is indexed on ${c}`);

		const triggers = sqlRows('ctl', `SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ${db}
			AND EVENT_OBJECT_TABLE IN ('response', 'answer', 'participation', 'survey_draft')`);
		assert.deepEqual(triggers, [], 'no triggers that could copy or stamp a submission');
	});

	test('response ids are 16 random bytes, not sequential and not time-based', (t) => {
		const ids = responseIds(wave);
		assert.equal(ids.length, 3);
		const lens = sqlRows('ctl', `SELECT LENGTH(id) FROM ${tbl('response')} WHERE wave_id = ${wave}`).map((r) => Number(r[0]));
		assert.deepEqual(lens, [16, 16, 16], 'each id is 16 bytes');
		assert.equal(new Set(ids).size, 3, 'all different');
		for (let i = 0; i < order.length; i++) {
			for (let j = i + 1; j < order.length; j++) {
				const a = BigInt(`0x${order[i]}`);
				const b = BigInt(`0x${order[j]}`);
				const d = a > b ? a - b : b - a;
				assert.ok(d > (1n << 64n), `ids ${order[i]} and ${order[j]} are close together (sequential?)`);
				assert.ok(commonPrefixBytes(order[i], order[j]) < 4,
					`ids ${order[i]} and ${order[j]} share a long prefix (a time-based UUID?)`);
			}
			// Not a UUIDv1/v6/v7 layout with its version nibble and a current timestamp.
			const ms = Number(BigInt(`0x${order[i].slice(0, 12)}`));
			assert.ok(Math.abs(ms - Date.now()) > 86400e3, `id ${order[i]} starts with the current time in ms (UUIDv7?)`);
		}
		// InnoDB keeps rows in primary key order: here, the random id's.
		const stored = sqlRows('ctl', `SELECT HEX(id) FROM ${tbl('response')} FORCE INDEX (PRIMARY) WHERE wave_id = ${wave}`).map((r) => r[0]);
		t.diagnostic(`submitted A,B,C as ${order.join(' ')}; the table holds ${stored.join(' ')}`);
		assert.deepEqual(stored, [...order].sort(), 'the table is in the order of the random ids, not of insertion');
	});

	test('no log line carries a response id', () => {
		const dir = path.join(VAR, 'log');
		const logs = readdirSync(dir).filter((f) => f.endsWith('.log') && !f.startsWith('mysql'))
			.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n').toLowerCase();
		for (const id of order) {
			assert.ok(!logs.includes(id.toLowerCase()), `response id ${id} appears in a log`);
		}
		for (const username of people) {
			const lines = logs.split('\n').filter((l) => l.includes('survey') && l.includes(username));
			assert.deepEqual(lines, [], `no survey log line names ${username}`);
		}
	});

	test('the staff account can insert answers but never read them back', () => {
		for (const t of RESPONSE_SIDE) {
			const r = sql('staff', `SELECT COUNT(*) FROM ${tbl(t)}`);
			assert.notEqual(r.code, 0, `staff account SELECT on ${t} must fail`);
			assert.match(r.stderr, /denied/i, `${t}: ${r.stderr}`);
			for (const q of [`UPDATE ${tbl(t)} SET ${t === 'response' ? 'team_id = team_id' : 'value = value'}`, `DELETE FROM ${tbl(t)}`]) {
				const w = sql('staff', q);
				assert.notEqual(w.code, 0, `staff account may not run: ${q}`);
			}
		}
		const grants = sqlRows('staff', 'SHOW GRANTS').map((r) => r[0]).join('\n');
		for (const t of RESPONSE_SIDE) {
			const line = grants.split('\n').find((l) => new RegExp(`\\.\`${t}\``).test(l));
			assert.ok(line, `the staff account has a grant on ${t}`);
			assert.match(line, /^GRANT INSERT ON /, `insert only on ${t}: ${line}`);
		}
		const del = sql('staff', `DELETE FROM ${tbl('participation')} WHERE wave_id = ${wave}`);
		assert.notEqual(del.code, 0, 'the staff account cannot delete a participation (to answer twice)');
		const ins = sql('insights', `SELECT COUNT(*) FROM ${tbl('participation')}`);
		assert.notEqual(ins.code, 0, 'the insights account cannot read who took part');
	});
});

describe('survey: session expiry in the middle of a page loses nothing', { concurrency: 1 }, () => {
	const username = 'a.mcgregor';

	/* Expire every session of a staff member the way idling does. */
	function expireSessions(who) {
		sqlRows('ctl', `UPDATE ${tbl('session')} SET last_seen = UTC_TIMESTAMP() - INTERVAL 1 DAY,
			created_at = UTC_TIMESTAMP() - INTERVAL 2 DAY WHERE staff_id = ${staffRow(who).id}`);
	}

	/* POST a section with a dead session; returns the signin path it was sent to. */
	async function postExpired(c, p, csrf, answers) {
		const r = await c.post(p, sectionBody(csrf, answers));
		assert.equal(r.status, 303, `POST ${p} with an expired session`);
		const next = localPath(r.location);
		assert.equal(next, `/signin?next=${p}`, 'sent to sign in, coming back to the page');
		assert.ok(r.setCookies.some((x) => x.name === 'chorus_stash'), 'the typed answers are kept under a chorus_stash cookie');
		const stash = r.setCookies.find((x) => x.name === 'chorus_stash');
		assert.equal(stash.attrs.httponly, true, `the stash cookie is HttpOnly: ${stash.raw}`);
		return next;
	}

	test('expired session: sign in again, the page comes back with the answers and a notice', async () => {
		const wave = createWave();
		const def = surveyDef(wave);
		const c = await signIn(username);
		const textSection = def.sections.find((s) => s.questions.some((q) => q.kind === 'text'));
		for (const n of [1, textSection.position]) {
			const p = `/survey/${wave}/s/${n}`;
			const form = formInputs((await c.get(p)).text, p);
			const answers = chooseAnswers(form, def, { seed: 60 + n, textFor: (k) => `Typed before the session ran out: ${k} – ça & <ok>` });
			expireSessions(username);
			const next = await postExpired(c, p, form.csrf, answers);
			assert.equal(surveyCounts(wave).draft, n === 1 ? 0 : 1, 'the expired POST saved nothing to the draft');

			const again = await submitSignin(c, username, DEMO_PASSWORD, { query: next.slice('/signin'.length) });
			assert.equal(again.status, 303, 'signed in again');
			assert.equal(localPath(again.location), p, 'and sent back to the page');
			assert.ok(c.jar.has('chorus_stash'), 'the browser still has the stash cookie');
			const back = await c.get(p);
			assert.equal(back.status, 200);
			assert.match(textOf(back.text), /We kept the answers you typed/, 'the page says the answers were kept');
			const restored = formInputs(back.text, p);
			for (const [k, v] of Object.entries(answers)) {
				const q = restored.questions.get(k);
				if (q.type === 'textarea') assert.equal(q.text, v[0], `section ${n}: the text typed for ${k} is back`);
				else assert.deepEqual(q.checked, v, `section ${n}: ${k} is ticked again`);
			}
			assert.ok(!back.text.includes('<ok>'), 'restored text is escaped');

			// Carry on as normal.
			const go = await c.post(p, sectionBody(restored.csrf, answers));
			assert.equal(go.status, 303, 'the restored page can be sent');
			assert.ok(!/signin/.test(go.location));
			const later = await c.get(p);
			assert.ok(!/We kept the answers you typed/.test(textOf(later.text)), 'the notice is shown once');
		}
	});

	test('a session cookie Chorus never issued: nothing is kept, since no one can be shown to own it', async () => {
		const wave = createWave();
		const def = surveyDef(wave);
		const c = await signIn(username);
		const p = `/survey/${wave}/s/1`;
		const form = formInputs((await c.get(p)).text, p);
		const answers = chooseAnswers(form, def, { seed: 71 });
		c.setCookie('chorus_session', 'A'.repeat(43));
		const r = await c.post(p, sectionBody(form.csrf, answers));
		assert.equal(r.status, 303);
		assert.equal(localPath(r.location), `/signin?next=${p}`);
		assert.ok(!r.setCookies.some((x) => x.name === 'chorus_stash'), 'no stash for a cookie nobody owns');
		const again = await submitSignin(c, username, DEMO_PASSWORD, { query: `?next=${p}` });
		assert.equal(localPath(again.location), p);
		const back = await c.get(p);
		assert.equal(back.status, 200);
		assert.doesNotMatch(textOf(back.text), /We kept the answers you typed/);
	});

	test('kept answers go back only to the person who typed them, not to the next person at that PC', async () => {
		const wave = createWave();
		const def = surveyDef(wave);
		const c = await signIn(username);
		const p = `/survey/${wave}/s/1`;
		const form = formInputs((await c.get(p)).text, p);
		const answers = chooseAnswers(form, def, { seed: 81 });
		expireSessions(username);
		const next = await postExpired(c, p, form.csrf, answers);

		// A colleague sits down at the same browser, on the sign-in page left open.
		const colleague = 'w.jones';
		const r = await submitSignin(c, colleague, DEMO_PASSWORD, { query: next.slice('/signin'.length) });
		assert.equal(r.status, 303, `${colleague} signs in`);
		const page = await c.get(p);
		assert.equal(page.status, 200);
		const seen = formInputs(page.text, p);
		const leaked = [...seen.questions].filter(([, q]) => q.checked.length).map(([k, q]) => `${k}=${q.checked}`);
		assert.ok(!/We kept the answers you typed/.test(textOf(page.text)) && leaked.length === 0,
			`${colleague} must not be shown ${username}'s answers (saw ${leaked.length} ticked: ${leaked.slice(0, 4).join(', ')})`);
	});
});
