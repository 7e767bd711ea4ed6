// The Improvement Board pack over HTTP (/insights/board?month=YYYY-MM):
// headline figures for the month beside the month before, computed here
// from feedback and follow-ups this file writes for an area and teams of
// its own in July and August 2021; the three dated, labelled sections;
// the trend chart as SVG; who may see which pack; suppression in it.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, addPerson, textOf } from './lib.mjs';
import { threshold, makeArea, addFeedback, addFollowups, pct, tableRows, rowOf } from './insights-board-lib.mjs';

const T = threshold();
const HIDDEN = `fewer than ${T} responses`;
let org, hr, perf, mA, mC;
const fig = {};	// team -> month -> {n, happy}

function feedback(key, ym, n, faces) {
	const f = ((fig[key] ??= {})[ym] = { n, happy: 0 });
	return Array.from({ length: n }, (_, i) => {
		const v = faces[i % faces.length];
		if (v >= 4) f.happy++;
		return { team: org.teams[key].id, slug: 'under8', on: `${ym}-${String(1 + i).padStart(2, '0')}`, answers: { home: String(v) } };
	});
}

before(async () => {
	org = makeArea('ibh', ['A', 'B', 'C']);
	addFeedback([
		...feedback('A', '2021-08', T + 4, [5, 4, 1]), ...feedback('A', '2021-07', T + 1, [2, 4]),
		...feedback('B', '2021-08', T + 2, [3, 5]), ...feedback('C', '2021-08', T - 2, [5]),
	]);
	addFollowups([45, 90, 200, 400, 1000].map((m, i) => ({
		team: org.teams.A.id, opened: `2021-08-1${i} 08:00:00`, due: '2021-08-30 08:00:00',
		closed: '2021-08-29 08:00:00', actMin: m,
	})));
	hr = (await addPerson({ team: org.teams.A.name, roles: 'staff,hr', prefix: 'ibhhr' })).client;
	perf = (await addPerson({ team: org.teams.A.name, roles: 'staff,performance', prefix: 'ibhpf' })).client;
	mA = (await addPerson({ team: org.teams.A.name, roles: 'staff,manager', prefix: 'ibhma' })).client;
	mC = (await addPerson({ team: org.teams.C.name, roles: 'staff,manager', prefix: 'ibhmc' })).client;
});

/* The headline table as {measure: [this month, month before]}. */
function headlines(html) {
	const rows = tableRows(html, 'headlines');
	assert.ok(rows, 'a headline table');
	return Object.fromEntries(rows.slice(1).map((r) => [r[0], r.slice(1)]));
}

const SAT = 'Children and families happy or very happy';

describe('the pack for a service area', () => {
	let page;
	before(async () => { page = await hr.get(`/insights/board?month=2021-08&area=${org.area}`); });

	test('three sections, each dated and labelled with the month', () => {
		assert.equal(page.status, 200);
		const labels = [...page.text.matchAll(/<p class="[^"]*chorus-board-label[^"]*">([\s\S]*?)<\/p>/g)].map((m) => textOf(m[1]));
		assert.equal(labels.length, 3);
		labels.forEach((l, i) => assert.match(l, new RegExp(`^Improvement Board pack, August 2021\\. .+\\. Section ${i + 1} of 3\\. Prepared \\d{4}-\\d{2}-\\d{2}\\.$`)));
		const h2 = [...page.text.matchAll(/<h2 class="govuk-heading-l"[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
		assert.deepEqual(h2, ['Headline figures', 'Child and family voice', 'Practice Standards and audits']);
	});

	test('headline figures: August beside July, computed from the data', () => {
		const h = headlines(page.text);
		// C is below the threshold in August, so B is hidden with it; the
		// area figure (A + B + C) is still shown.
		const aug = ['A', 'B', 'C'].reduce((s, k) => ({ n: s.n + fig[k]['2021-08'].n, happy: s.happy + fig[k]['2021-08'].happy }), { n: 0, happy: 0 });
		const jul = fig.A['2021-07'];
		assert.deepEqual(h[SAT], [pct(aug.happy, aug.n), pct(jul.happy, jul.n)]);
		assert.deepEqual(h['Voice responses'], [String(aug.n), String(jul.n)]);
		assert.deepEqual(h['Follow-ups opened'], ['5', 'No figures']);
		assert.deepEqual(h['Median time to first action on a follow-up'], ['3 hours 20 minutes', 'No figures'], 'median of 45, 90, 200, 400, 1000 minutes');
	});

	test("the voice section lists the month's teams, with suppression", () => {
		const rows = tableRows(page.text, 'sat');
		const a = fig.A['2021-08'];
		assert.deepEqual(rowOf(rows, 'August 2021', org.teams.A.name), ['August 2021', org.teams.A.name, String(a.n), pct(a.happy, a.n)]);
		assert.deepEqual(rowOf(rows, 'August 2021', org.teams.B.name), ['August 2021', org.teams.B.name, HIDDEN]);
		assert.deepEqual(rowOf(rows, 'August 2021', org.teams.C.name), ['August 2021', org.teams.C.name, HIDDEN]);
		assert.equal(rowOf(rows, 'July 2021', org.teams.A.name), null, 'only the month itself below the headlines');
	});

	test('the trend chart is SVG with a title, and a bad month is refused', async () => {
		const src = page.text.match(/<img class="chorus-chart chorus-board-chart" src="([^"]+)"/);
		assert.ok(src, 'the page has the chart');
		const r = await hr.get(src[1].replace(/&amp;/g, '&'));
		assert.equal(r.status, 200);
		assert.match(r.ctype, /^image\/svg\+xml/);
		assert.match(r.text, /<svg\b[\s\S]*<title>Twelve months to August 2021<\/title>/);
		assert.ok(!/<script|style=/i.test(r.text), 'no script or style attribute');
		assert.equal((await hr.get('/insights/board/chart?month=2021-13')).status, 404);
		assert.equal((await hr.get('/insights/board?month=21-08')).status, 422);
	});
});

describe('who sees which pack', () => {
	test('the performance team sees the whole service', async () => {
		const r = await perf.get('/insights/board?month=2021-08');
		assert.equal(r.status, 200);
		assert.ok(textOf(r.text).includes('All service areas'));
		assert.ok(rowOf(tableRows(r.text, 'sat'), 'August 2021', org.areaName), 'areas listed, not every team');
		assert.equal(rowOf(tableRows(r.text, 'sat'), 'August 2021', org.teams.A.name), null);
	});

	test("a manager's pack is their own team, beside its area", async () => {
		const r = await mA.get('/insights/board?month=2021-08');
		assert.equal(r.status, 200);
		const a = fig.A['2021-08'], jul = fig.A['2021-07'];
		assert.deepEqual(headlines(r.text)[SAT], [pct(a.happy, a.n), pct(jul.happy, jul.n)]);
		assert.ok(!textOf(r.text).includes(org.teams.B.name), 'no other team');
		assert.deepEqual(tableRows(r.text, 'sat').slice(1).map((row) => row[1]), [org.areaName, org.teams.A.name],
			'the team beside its area as a whole');
		assert.equal((await mA.get(`/insights/board?month=2021-08&area=${org.area}&team=${org.teams.B.id}`)).status, 403);
	});

	test("a manager of a small team sees it hidden", async () => {
		const r = await mC.get('/insights/board?month=2021-08');
		assert.deepEqual(headlines(r.text)[SAT], [HIDDEN, 'No figures']);
	});

	test('staff get 403', async () => {
		const sw = await signIn('sw.demo');
		assert.equal((await sw.get('/insights/board')).status, 403);
		assert.equal((await sw.get('/insights/board/chart')).status, 403);
	});
});
