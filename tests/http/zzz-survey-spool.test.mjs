// Staff surveys, the durable spool: with MariaDB stopped, sending a survey
// still shows the normal thank-you page and writes the submission to
// $CHORUS_VAR/spool; once MariaDB is back the next requests replay it,
// exactly once, and `chorusctl spool replay` afterwards changes nothing.
// Stops and starts the stack's MariaDB, so it sorts after zz-health and
// its tests run one after another.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
	VAR, Client, signIn, formFields, textOf, localPath, stack, chorusctl, waitFor, staffRow, sql,
	createWave, surveyDef, surveyCounts, responseIds, responseAnswers, fillSurvey,
} from './lib.mjs';

const SPOOL = path.join(VAR, 'spool');
const RECOVERY_MS = 20000;

/*
 * The spooled submissions under $VAR/spool (any subdirectory), as paths
 * relative to it; not dot files (locks, temporary and set-aside files).
 */
function spooled(dir = SPOOL, rel = '') {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch (e) {
		if (e.code === 'ENOENT') return [];
		throw e;
	}
	const out = [];
	for (const e of entries) {
		if (e.name.startsWith('.')) continue;
		if (e.isDirectory()) out.push(...spooled(path.join(dir, e.name), path.join(rel, e.name)));
		else out.push(path.join(rel, e.name));
	}
	return out.sort();
}

function rowCount(answers) {
	return Object.values(answers).reduce((n, v) => n + v.filter((x) => x !== '').length, 0);
}

/* A fresh wave filled in up to its check page; returns what the submit form would send. */
async function readyToSend(username, seed) {
	const wave = createWave();
	const def = surveyDef(wave);
	const c = await signIn(username);
	const filled = await fillSurvey(c, wave, def, {
		seed, textFor: (k) => `Spooled comment ${seed} on ${k}`,
	});
	assert.equal(filled.last, `/survey/${wave}/check`);
	const check = await c.get(`/survey/${wave}/check`);
	assert.equal(check.status, 200);
	const fields = formFields(check.text, `/survey/${wave}/submit`);
	assert.ok(fields && fields.csrf && fields.submit_token, 'the check page has the submit form');
	assert.ok(fields.ticket, 'the check page carries a ticket for when the database is down');
	assert.ok(fields.answers, 'and the answers');
	return { wave, def, c, filled, fields };
}

/* Wait for MariaDB and the staff program to answer again. */
async function waitHealthy(c) {
	const ok = await waitFor(async () => (await c.get('/')).status === 200, RECOVERY_MS);
	assert.ok(ok, `the staff home page is 200 again within ${RECOVERY_MS / 1000}s of db-start`);
}

describe('survey spool: MariaDB down at submit', { concurrency: 1 }, () => {
	let dbStopped = false;

	after(() => {
		if (dbStopped) stack('db-start');
	});

	test('thank-you page, spooled, replayed exactly once when MariaDB is back', async () => {
		assert.deepEqual(spooled(), [], 'the spool is empty to begin with');
		const username = 't.nguyen';
		const me = staffRow(username);
		const { wave, def, c, filled, fields } = await readyToSend(username, 91);

		let first;
		let second;
		let files;
		try {
			dbStopped = true;
			stack('db-stop');
			first = await c.post(`/survey/${wave}/submit`, fields);
			files = spooled();
			// A browser resubmit of the thank-you page while still down.
			second = await c.post(`/survey/${wave}/submit`, fields);
			assert.deepEqual(spooled().sort(), [...files].sort(), 'a resubmit while down spools nothing more');
		} finally {
			stack('db-start');
			dbStopped = false;
		}

		assert.equal(first.status, 200, `POST /submit with MariaDB down is a normal page (got ${first.status}: ${textOf(first.text).slice(0, 200)})`);
		assert.match(first.ctype, /^text\/html/);
		assert.match(textOf(first.text), /Your answers have been sent/, 'the thank-you page');
		assert.ok(!/There is a problem|unavailable|try again|error/i.test(textOf(first.text)), 'no error wording');
		assert.ok(second.status === 200 || second.status === 303, `the resubmit is answered calmly (${second.status})`);

		const p = files.filter((f) => path.basename(f).startsWith('p-'));
		const r = files.filter((f) => path.basename(f).startsWith('r-'));
		assert.deepEqual(p.map((f) => path.basename(f)), [`p-${wave}-${me.id}`], `one participation file: ${files}`);
		assert.equal(r.length, 1, `one response file: ${files}`);
		assert.equal(files.length, 2, `nothing else: ${files}`);
		assert.match(path.basename(r[0]), /^r-[0-9a-f]{32}$/, 'the response file has a random name');
		const pText = readFileSync(path.join(SPOOL, p[0]), 'utf8');
		const rText = readFileSync(path.join(SPOOL, r[0]), 'utf8');
		assert.ok(!pText.includes('Spooled comment'), 'the participation file holds no answers');
		assert.ok(!/staff|user/i.test(rText) && !rText.includes(username), 'the response file does not name the person');
		for (const f of files) {
			const st = statSync(path.join(SPOOL, f));
			assert.equal(st.mtimeMs, 0, `${f}: its modification time does not tell when it was written`);
			assert.equal(st.mode & 0o077, 0, `${f} is private to the service (mode ${(st.mode & 0o777).toString(8)})`);
		}

		// Any staff request replays the spool once MariaDB is back.
		const started = Date.now();
		await waitHealthy(c);
		const replayed = await waitFor(async () => {
			await c.get('/');
			const n = surveyCounts(wave);
			return n.participation === 1 && n.response === 1 && spooled().length === 0 ? n : null;
		}, Math.max(RECOVERY_MS - (Date.now() - started), 3000));
		const counts = surveyCounts(wave);
		assert.ok(replayed, `replayed within ${RECOVERY_MS / 1000}s: ${JSON.stringify(counts)}, spool ${spooled()}`);
		assert.deepEqual(counts, { participation: 1, response: 1, answer: rowCount(filled.answers), draft: 0 },
			'exactly one participation and one response, and the draft is gone');
		const [id] = responseIds(wave);
		const spooledId = (rText.match(/^id ([0-9a-f]{32})$/m) || [])[1];
		assert.equal(id.toLowerCase(), spooledId, 'the stored response has the id written in the spool');
		assert.notEqual(path.basename(r[0]).slice(2), spooledId, 'the file name is not the response id');
		const stored = responseAnswers(id);
		for (const [k, v] of Object.entries(filled.answers)) {
			const got = stored[k]?.map((x) => (def.byKey[k].kind === 'text' ? x.comment : x.value)).sort();
			assert.deepEqual(got, [...v].sort(), `the spooled answer to ${k} was stored`);
		}
		assert.equal((await c.get(`/survey/${wave}`)).text.includes(`href="/survey/${wave}/s/1"`), false,
			'the person cannot start again');

		const again = chorusctl(['spool', 'replay']);
		assert.equal(again.code, 0, `chorusctl spool replay: ${again.stderr}${again.stdout}`);
		assert.deepEqual(surveyCounts(wave), counts, 'replaying again changes nothing');
		assert.deepEqual(spooled(), []);
	});

	test('sending again from the thank-you page once MariaDB is back does not store twice', async () => {
		assert.deepEqual(spooled(), [], 'the spool is empty to begin with');
		const username = 'l.taylor';
		const { wave, c, filled, fields } = await readyToSend(username, 92);
		let first;
		try {
			dbStopped = true;
			stack('db-stop');
			first = await c.post(`/survey/${wave}/submit`, fields);
		} finally {
			stack('db-start');
			dbStopped = false;
		}
		assert.equal(first.status, 200, 'spooled with the thank-you page');
		assert.equal(spooled().length, 2, `spooled: ${spooled()}`);

		// MariaDB is back; the first request is the browser resubmitting the
		// POST (F5 on the thank-you page), before anything has replayed.
		const resubmit = await waitFor(async () => {
			const r = await c.post(`/survey/${wave}/submit`, fields);
			return r.status === 503 ? null : r;
		}, RECOVERY_MS);
		assert.ok(resubmit, 'the resubmit is answered once MariaDB is back');
		assert.ok(resubmit.status === 200 || resubmit.status === 303, `resubmit: ${resubmit.status}`);
		if (resubmit.status === 303) assert.match(localPath(resubmit.location), new RegExp(`^/survey/${wave}/done`));

		const settled = await waitFor(async () => {
			await c.get('/');
			return spooled().length === 0 ? surveyCounts(wave) : null;
		}, RECOVERY_MS);
		assert.ok(settled, `the spool is replayed: ${spooled()}`);
		assert.deepEqual(surveyCounts(wave), { participation: 1, response: 1, answer: rowCount(filled.answers), draft: 0 },
			'one response, not two');
	});

	test('chorusctl spool replay stores what was spooled, once', async () => {
		assert.deepEqual(spooled(), [], 'the spool is empty to begin with');
		const { wave, c, filled, fields } = await readyToSend('s.harris', 94);
		try {
			dbStopped = true;
			stack('db-stop');
			const r = await c.post(`/survey/${wave}/submit`, fields);
			assert.equal(r.status, 200, 'spooled with the thank-you page');
		} finally {
			stack('db-start');
			dbStopped = false;
		}
		try {
			assert.equal(spooled().length, 2, `spooled: ${spooled()}`);
			// No web request in between (that would replay it): wait for
			// MariaDB itself, then replay from the command line.
			const up = await waitFor(() => sql('ctl', 'SELECT 1').code === 0, RECOVERY_MS);
			assert.ok(up, 'MariaDB answers again');
			const run = chorusctl(['spool', 'replay']);
			assert.equal(run.code, 0, `chorusctl spool replay: ${run.stderr}${run.stdout}`);
			assert.deepEqual(spooled(), [], `chorusctl spool replay emptied the spool (it said: ${run.stdout.trim()})`);
			const want = { participation: 1, response: 1, answer: rowCount(filled.answers), draft: 0 };
			assert.deepEqual(surveyCounts(wave), want, 'stored once');
			const again = chorusctl(['spool', 'replay']);
			assert.equal(again.code, 0);
			assert.deepEqual(surveyCounts(wave), want, 'a second replay changes nothing');
		} finally {
			// Whatever happened, let the staff program replay what is left.
			await waitFor(async () => { await c.get('/'); return spooled().length === 0; }, RECOVERY_MS);
		}
	});

	test('a submit with a forged or foreign ticket while MariaDB is down is not spooled', async () => {
		const { wave, fields } = await readyToSend('b.kaur', 93);
		const stranger = await signIn('g.morgan');
		const before = spooled();
		try {
			dbStopped = true;
			stack('db-stop');
			const forged = await stranger.post(`/survey/${wave}/submit`, fields);
			assert.notEqual(forged.status, 200, 'another session cannot use the ticket');
			const tampered = fields.ticket.replace(/^(\d+)\./, (m, w) => `${Number(w) + 1}.`);
			const c2 = new Client();
			for (const [k, v] of stranger.jar) c2.setCookie(k, v);
			const bad = await c2.post(`/survey/${wave}/submit`, { ...fields, ticket: tampered });
			assert.notEqual(bad.status, 200, 'a tampered ticket is refused');
			assert.deepEqual(spooled(), before, 'nothing was spooled');
		} finally {
			stack('db-start');
			dbStopped = false;
		}
		await waitHealthy(stranger);
		assert.deepEqual(surveyCounts(wave).response, 0);
	});
});
