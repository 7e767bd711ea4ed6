// Pages each chorus-insights worker keeps (cgi/core/pcache.c): a kept page
// may only ever be served for the same question asked of the same data.
// Each test first has every worker keep the page (requests are repeated:
// either worker may take any of them), then changes one thing the page is
// drawn from, with no rollup, and checks every answer shows the change.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { addPerson, chorusctl, Client, csrfFrom, formFields, signIn, sleep, sql, sqlValue, sqlq, tbl, textOf, uniq, unescapeHtml, waitFor } from './lib.mjs';
import { makeSurvey, makeArea, makeWaves, addResponses, rollup } from './insights-lib.mjs';

const ROUNDS = 6;
let s, area, w, hr;

const many = (n, v) => Array.from({ length: n }, () => ({ wl: v, sup: v, rec: 8 }));

/* The first column of each body row of the table with this id. */
function rowNames(html, id) {
	const m = html.match(new RegExp(`<table[^>]*id="${id}"[\\s\\S]*?</table>`));
	assert.ok(m, `table #${id} is on the page`);
	return [...m[0].split('<tbody>')[1].matchAll(/<tr[\s\S]*?<\/tr>/g)]
		.map((r) => textOf(r[0].match(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/)[1]));
}

async function rounds(client, url, check) {
	for (let i = 0; i < ROUNDS; i++) {
		const r = await client.get(url);
		check(r, i);
	}
}

before(async () => {
	s = makeSurvey();
	area = makeArea([9, 9]);
	w = makeWaves(s);
	for (const t of area.teams) {
		addResponses(s, w.a, t.id, many(6, 4));
		addResponses(s, w.b, t.id, many(7, 5));
	}
	rollup();
	hr = await signIn('hr.demo');
});

test('a team renamed in chorus-admin shows at once on every worker', async () => {
	const [t1] = area.teams;
	const url = `/insights/trends?survey=${s.survey}&team=${t1.id}`;
	await rounds(hr, url, (r) => {
		assert.equal(r.status, 200);
		assert.ok(rowNames(r.text, 'overall-table').includes(t1.name));
	});
	const admin = await signIn('admin.demo');
	const rename = async (name) => {
		const page = await admin.get(`/admin/team?id=${t1.id}`);
		const r = await admin.post('/admin/team/rename', { ...formFields(page.text, '/admin/team/rename'), name });
		assert.equal(r.status, 303, textOf(r.text).slice(0, 300));
	};
	const renamed = uniq('Renamed team');
	await rename(renamed);
	try {
		await rounds(hr, url, (r, i) => {
			assert.equal(r.status, 200);
			const names = rowNames(r.text, 'overall-table');
			assert.ok(names.includes(renamed), `request ${i}: the new name (${names})`);
			assert.ok(!names.includes(t1.name), `request ${i}: not the old name`);
		});
	} finally {
		await rename(t1.name);
	}
});

test('a change made by hand shows within seconds, and at once after chorusctl refresh', async () => {
	const url = `/insights/trends?survey=${s.survey}`;
	const wording = (r) => rowNames(r.text, 'detail-table');
	await rounds(hr, url, (r) => assert.ok(wording(r).includes(s.text.wl)));
	const gen = Number(sqlValue('ctl', `SELECT gen FROM ${tbl('catalog_gen')}`));
	const first = `Test: ${uniq('reworded')}`;
	sql('ctl', `UPDATE ${tbl('question')} SET text = ${sqlq(first)} WHERE id = ${s.q.wl}`);
	assert.ok(Number(sqlValue('ctl', `SELECT gen FROM ${tbl('catalog_gen')}`)) > gen,
	    'the triggers moved the catalog generation');
	// The mariadb client does not move the programs' write generation: a
	// worker trusts what it was told for at most 5 seconds (app.c).
	const t0 = Date.now();
	const seen = await waitFor(async () => {
		for (let i = 0; i < ROUNDS; i++)
			if (!wording(await hr.get(url)).includes(first)) return false;
		return true;
	}, 9000, 250);
	assert.ok(seen, 'every worker shows the new wording');
	assert.ok(Date.now() - t0 < 7500, `within the keep's 5 seconds (${Date.now() - t0} ms)`);

	const second = `Test: ${uniq('reworded again')}`;
	sql('ctl', `UPDATE ${tbl('question')} SET text = ${sqlq(second)} WHERE id = ${s.q.wl}`);
	const r = chorusctl(['refresh']);
	assert.equal(r.code, 0, r.stderr);
	await rounds(hr, url, (p, i) => assert.ok(wording(p).includes(second), `request ${i}: at once after refresh`));
	sql('ctl', `UPDATE ${tbl('question')} SET text = ${sqlq(s.text.wl)} WHERE id = ${s.q.wl}`);
	chorusctl(['refresh']);
});

test('each person gets their own header and their own view of a page someone else had first', async () => {
	const url = `/insights/trends?survey=${s.survey}`;
	let hrPage;
	await rounds(hr, url, (r) => {
		assert.equal(r.status, 200);
		hrPage = r.text;
	});
	assert.deepEqual(rowNames(hrPage, 'overall-table'), ['Whole service'], 'HR starts from the whole service');
	const header = (html) => unescapeHtml(html).match(/Signed in as <strong>([^<]*)<\/strong>/)?.[1];
	assert.ok(header(hrPage), 'the HR page names who is signed in');
	for (const t of area.teams) {
		const m = await addPerson({ team: t.name, roles: 'staff,manager', prefix: 'kept' });
		const other = area.teams.find((x) => x !== t);
		await rounds(m.client, url, (r, i) => {
			assert.equal(r.status, 200);
			assert.deepEqual(rowNames(r.text, 'overall-table'), [area.name, t.name], `request ${i}: own team and area only`);
			assert.ok(!r.text.includes(other.name), `request ${i}: no other team`);
			assert.equal(header(r.text), m.name, `request ${i}: their own name in the header`);
			assert.notEqual(csrfFrom(r.text), csrfFrom(hrPage), 'their own sign-out token');
		});
		// Their token is the one their session holds: signing out works.
		// A copy of the cookie, as a second tab or a stolen one would send it.
		const copy = new Client();
		copy.setCookie('chorus_session', m.client.jar.get('chorus_session'));
		await rounds(copy, url, (r) => assert.equal(r.status, 200));
		const out = await m.client.post('/signout', { csrf: csrfFrom((await m.client.get(url)).text) });
		assert.equal(out.status, 303);
		await rounds(copy, url, (r, i) => assert.equal(r.status, 303,
		    `request ${i}: the session has ended, so to the sign-in page on every worker, not a kept page`));
	}
});

test('a role taken away ends a kept page at once on every worker', async () => {
	const url = `/insights/trends?survey=${s.survey}`;
	const m = await addPerson({ team: area.teams[0].name, roles: 'staff,manager', prefix: 'keptrole' });
	await rounds(m.client, url, (r) => assert.equal(r.status, 200));
	const r = chorusctl(['user', 'roles', m.username, 'staff']);
	assert.equal(r.code, 0, r.stderr);
	await rounds(m.client, url, (p, i) => assert.equal(p.status, 403, `request ${i}: no longer a manager`));
});

test('a wave that opens by the clock, with no other change, appears', async () => {
	const url = `/insights/trends?survey=${s.survey}`;
	const title = uniq('Kept wave C');
	const v = sqlValue('ctl', `SELECT survey_version_id FROM ${tbl('wave')} WHERE id = ${w.b}`);
	sql('ctl', `INSERT INTO ${tbl('wave')} (survey_version_id, title, opens_at, closes_at, population)
		VALUES (${v}, ${sqlq(title)}, UTC_TIMESTAMP() + INTERVAL 3 SECOND, UTC_TIMESTAMP() + INTERVAL 10 DAY, 'all')`);
	chorusctl(['refresh']);	/* as chorus-admin's wave page would have moved it */
	const t0 = Date.now();
	await rounds(hr, url, (r) => assert.ok(!unescapeHtml(r.text).includes(title), 'not open yet'));
	assert.ok(Date.now() - t0 < 2500, 'the wave was still to open while the page was kept');
	await sleep(3500 - (Date.now() - t0));
	await rounds(hr, url, (r, i) => assert.ok(unescapeHtml(r.text).includes(title), `request ${i}: the opened wave`));
});

test('a kept CSV download keeps its name and figures, and moves with the rollup', async () => {
	const url = `/insights/trends.csv?survey=${s.survey}&area=${area.id}`;
	let first;
	await rounds(hr, url, (r) => {
		assert.equal(r.status, 200);
		assert.match(r.ctype, /^text\/csv/);
		assert.match(r.headers.get('content-disposition') || '', /^attachment; filename="[^"]+\.csv"$/);
		first ??= r.text;
		assert.equal(r.text, first, 'the same file every time');
	});
	addResponses(s, w.b, area.teams[0].id, many(5, 1));
	rollup();
	await rounds(hr, url, (r, i) => {
		assert.equal(r.status, 200);
		assert.notEqual(r.text, first, `request ${i}: the new responses are counted`);
	});
});

test('HEAD of a kept page has its headers and no body', async () => {
	const url = `/insights/heatmap?survey=${s.survey}&wave=${w.b}`;
	await rounds(hr, url, (r) => assert.equal(r.status, 200));
	const r = await hr.request('HEAD', url);
	assert.equal(r.status, 200);
	assert.match(r.ctype, /^text\/html/);
	assert.equal(r.text, '');
});
