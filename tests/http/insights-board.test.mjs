// The Improvement Board pack over HTTP (/insights/board?month=YYYY-MM):
// headline figures for the month beside the month before, computed here
// from feedback and follow-ups this file writes for an area and teams of
// its own in July and August 2021; the four dated, labelled sections;
// the trend chart as SVG; who may see which pack; suppression in it. The
// staff survey section against a survey, area, teams, waves (in 2020) and
// responses of its own, its figures worked out here.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, addPerson, textOf, sqlRows, sqlValue, sqlq, tbl, uniq } from './lib.mjs';
import { threshold, makeArea, addFeedback, addFollowups, pct, tableRows, rowOf } from './insights-board-lib.mjs';
import { makeSurvey, makeArea as makeSurveyArea, addResponses, rollup } from './insights-lib.mjs';

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

	test('four sections, each dated and labelled with the month', () => {
		assert.equal(page.status, 200);
		const labels = [...page.text.matchAll(/<p class="[^"]*chorus-board-label[^"]*">([\s\S]*?)<\/p>/g)].map((m) => textOf(m[1]));
		assert.equal(labels.length, 4);
		labels.forEach((l, i) => assert.match(l, new RegExp(`^Improvement Board pack, August 2021\\. .+\\. Section ${i + 1} of 4\\. Prepared \\d{4}-\\d{2}-\\d{2}\\.$`)));
		const h2 = [...page.text.matchAll(/<h2 class="govuk-heading-l"[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
		assert.deepEqual(h2, ['Headline figures', 'Child and family voice', 'Practice Standards and audits', 'Staff survey']);
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

/* ---- the staff survey section ------------------------------------------ */

/* C's lround: halves away from zero. */
const lround = (x) => Math.sign(x) * Math.round(Math.abs(x));

describe('the staff survey section', () => {
	const HEAD = [T + 6, T + 4, T + 8];	// staff per team when the waves open
	// Responses per team in each wave. In April team 2 is small (hidden),
	// so team 3, the next smallest, is hidden with it. October is after
	// every month asked for here, so the pack never shows it.
	const N = {
		jan: [T + 2, T + 1, T], apr: [T + 3, T - 1, T + 1],
		jul: [T + 1, T + 2, T + 4], oct: [T, T, T],
	};
	const DATES = {
		jan: ['2020-01-06', '2020-01-31'], apr: ['2020-04-06', '2020-04-30'],
		jul: ['2020-07-06', '2020-07-31'], oct: ['2020-10-05', '2020-10-30'],
	};
	const SEED = { jan: 1, apr: 2, jul: 3, oct: 4 };
	let sv, sa, wave, head, mgr1, mgr2, other;
	const sent = {};	// wave key -> team index -> responses

	/* n responses, varied by seed: wl and sup 1-5, rec 0-10. */
	const answers = (seed, n) => Array.from({ length: n }, (_, i) => ({
		wl: 1 + ((i * 3 + seed) % 5), sup: 1 + ((i + seed * 2) % 5), rec: (i * 4 + seed * 3) % 11,
	}));

	/* Responses of a group: team indexes, or all of them. */
	const of = (k, teams = [0, 1, 2]) => teams.flatMap((t) => sent[k][t]);
	const overall = (rs) => {
		const v = rs.flatMap((r) => [r.wl, r.sup]);
		return lround(100 * v.filter((x) => x >= 4).length / v.length);
	};
	const enps = (rs) => lround(100 * (rs.filter((r) => r.rec >= 9).length -
		rs.filter((r) => r.rec <= 6).length) / rs.length);
	const HIDE = `fewer than ${T} responses`;
	// Who is hidden in April: team 2 (small) and team 3 (complementary).
	const hidden = (k, t) => k === 'apr' && (t === 1 || t === 2);
	const groups = { service: [0, 1, 2], area: [0, 1, 2], t1: [0], t2: [1], t3: [2] };
	const isHidden = (k, g) => g.startsWith('t') && hidden(k, Number(g[1]) - 1);
	const text = (k, g, m) => {
		if (isHidden(k, g)) return HIDE;
		const v = (m === 'eNPS' ? enps : overall)(of(k, groups[g]));
		return m === 'eNPS' ? `${v >= 0 ? '+' : ''}${v}` : `${v}%`;
	};
	const change = (p, k, g, m) => {
		if (isHidden(p, g) || isHidden(k, g)) return 'Not shown';
		const f = m === 'eNPS' ? enps : overall;
		const d = f(of(k, groups[g])) - f(of(p, groups[g]));
		return d === 0 ? 'No change' : d > 0 ? `Up ▲ ${d} points` : `Down ▼ ${-d} points`;
	};
	const name = (g) => (g === 'service' ? 'Whole service' : g === 'area' ? sa.name : sa.teams[Number(g[1]) - 1].name);
	const scoreRows = (p, k, gs) => gs.flatMap((g) => ['Percent favourable', 'eNPS'].map((m) =>
		[name(g), m, text(k, g, m), p ? text(p, g, m) : 'No earlier wave', p ? change(p, k, g, m) : 'Not shown']));
	const rate = (n, h) => `${Math.floor((100 * n) / h + 0.5)}%`;
	const rateRow = (k, g) => {
		const h = groups[g].reduce((s, t) => s + HEAD[t], 0);
		const n = of(k, groups[g]).length;
		return isHidden(k, g) ? [name(g), HIDE, String(h), HIDE] : [name(g), String(n), String(h), rate(n, h)];
	};

	before(async () => {
		sv = makeSurvey();
		sa = makeSurveyArea(HEAD);
		wave = {};
		for (const [k, [opens, closes]] of Object.entries(DATES)) {
			// Only our area is asked, so the whole service is our teams.
			// Titled 'Test wave' as test-made waves are, so the survey tests
			// do not take them for the demo's own closed waves.
			wave[k] = Number(sqlValue('ctl', `INSERT INTO ${tbl('wave')} (survey_version_id, title, opens_at, closes_at, population, threshold)
				VALUES (${sv.version}, ${sqlq(uniq(`Test wave ${k}`))}, '${opens} 09:00:00', '${closes} 17:00:00', 'areas', 3);
				SELECT LAST_INSERT_ID();`));
			sqlRows('ctl', `INSERT INTO ${tbl('wave_area')} (wave_id, service_area_id) VALUES (${wave[k]}, ${sa.id})`);
			sent[k] = N[k].map((n, t) => answers(SEED[k] + t, n));
			sent[k].forEach((rs, t) => addResponses(sv, wave[k], sa.teams[t].id, rs));
		}
		rollup();
		head = (await addPerson({ team: sa.teams[2].name, roles: 'staff,head', prefix: 'ibshd' })).client;
		mgr1 = (await addPerson({ team: sa.teams[0].name, roles: 'staff,manager', prefix: 'ibsm1' })).client;
		mgr2 = (await addPerson({ team: sa.teams[1].name, roles: 'staff,manager', prefix: 'ibsm2' })).client;
		other = (await addPerson({ team: org.teams.B.name, roles: 'staff,head', prefix: 'ibsot' })).client;
	});

	const title = (k) => sqlValue('ctl', `SELECT title FROM ${tbl('wave')} WHERE id = ${wave[k]}`);
	const scores = (html) => tableRows(html, `board-survey-${sv.survey}-scores`);
	const rates = (html) => tableRows(html, `board-survey-${sv.survey}-rates`);

	test('August: the July wave beside April for the area, as HR sees it', async () => {
		const r = await hr.get(`/insights/board?month=2020-08&area=${sa.id}`);
		assert.equal(r.status, 200);
		const s = scores(r.text);
		assert.ok(s, 'a scores table for our survey');
		// Short column headings (a wave's title can be long), each naming its
		// wave for a screen reader.
		assert.deepEqual(s[0], ['Group', 'Measure', `Latest wave (${title('jul')})`, `Wave before (${title('apr')})`, 'Change since previous wave']);
		assert.deepEqual(s.slice(1), scoreRows('apr', 'jul', ['service', 'area']));
		assert.deepEqual(rates(r.text).slice(1), [rateRow('jul', 'service'), rateRow('jul', 'area')]);
		assert.ok(!textOf(r.text).includes(title('oct')), 'the October wave had not closed by the end of August');
	});

	test('a team chosen: beside its area and the whole service; the change is hidden when April is', async () => {
		const r = await hr.get(`/insights/board?month=2020-08&team=${sa.teams[1].id}`);
		assert.equal(r.status, 200);
		assert.deepEqual(scores(r.text).slice(1), scoreRows('apr', 'jul', ['service', 'area', 't2']));
		const t2 = scores(r.text).filter((row) => row[0] === sa.teams[1].name);
		assert.deepEqual(t2.map((row) => row[3]), [HIDE, HIDE], 'April is hidden for team 2');
		assert.deepEqual(t2.map((row) => row[4]), ['Not shown', 'Not shown']);
	});

	test('April: the hidden wave itself, responses and rates hidden with the scores', async () => {
		const r = await hr.get(`/insights/board?month=2020-04&team=${sa.teams[2].id}`);
		assert.deepEqual(scores(r.text)[0].slice(2, 4), [`Latest wave (${title('apr')})`, `Wave before (${title('jan')})`]);
		assert.deepEqual(scores(r.text).slice(1), scoreRows('jan', 'apr', ['service', 'area', 't3']));
		assert.deepEqual(rates(r.text).slice(1), ['service', 'area', 't3'].map((g) => rateRow('apr', g)));
		assert.equal(rates(r.text)[3][1], HIDE, 'team 3 is hidden so that team 2 cannot be worked out');
	});

	test('March: one wave, nothing to compare; December 2019: no wave had closed', async () => {
		const r = await hr.get(`/insights/board?month=2020-03&area=${sa.id}`);
		assert.deepEqual(scores(r.text)[0].slice(2, 4), [`Latest wave (${title('jan')})`, 'Wave before (No earlier wave)']);
		assert.deepEqual(scores(r.text).slice(1), scoreRows(null, 'jan', ['service', 'area']));
		const none = await hr.get(`/insights/board?month=2019-12&area=${sa.id}`);
		assert.equal(none.status, 200);
		assert.equal(scores(none.text), null, 'our survey is not in a pack before its first wave closed');
	});

	test("managers see their own team beside its area, a head their area, as on the trends page", async () => {
		const m1 = await mgr1.get('/insights/board?month=2020-08');
		assert.equal(m1.status, 200);
		assert.deepEqual(scores(m1.text).slice(1), scoreRows('apr', 'jul', ['area', 't1']));
		assert.deepEqual(rates(m1.text).slice(1), [rateRow('jul', 'area'), rateRow('jul', 't1')]);
		const m2 = await mgr2.get('/insights/board?month=2020-05');
		assert.deepEqual(scores(m2.text).slice(1), scoreRows('jan', 'apr', ['area', 't2']));
		assert.equal(rates(m2.text)[2][1], HIDE, 'their own small team is hidden from them too');
		const h = await head.get('/insights/board?month=2020-08');
		assert.deepEqual(scores(h.text).slice(1), scoreRows('apr', 'jul', ['area']));
		// The same figures as /insights/trends for the same waves.
		const tr = await mgr1.get(`/insights/trends?survey=${sv.survey}&from=${wave.apr}&to=${wave.jul}`);
		const trow = tableRows(tr.text, 'overall-table').find((row) => row[0] === sa.teams[0].name);
		assert.deepEqual(trow.slice(1), [text('apr', 't1', 'P'), text('jul', 't1', 'P'), change('apr', 'jul', 't1', 'P')]);
		const o = await other.get('/insights/board?month=2020-08');
		assert.deepEqual(scores(o.text).slice(1).map((row) => row.slice(0, 4)), [
			[org.areaName, 'Percent favourable', 'No responses', 'No responses'],
			[org.areaName, 'eNPS', 'No responses', 'No responses'],
		], 'a head of an area the survey did not ask sees their own area only');
		assert.ok(!textOf(o.text).includes(sa.name), 'nothing of ours');
	});

	test('the trend chart: SVG of the closed waves, within the scope', async () => {
		const r = await hr.get(`/insights/board?month=2020-08&area=${sa.id}`);
		const src = r.text.match(new RegExp(`<img class="[^"]*chorus-board-survey-chart[^"]*" src="([^"]*survey=${sv.survey}[^"]*)"`));
		assert.ok(src, 'our survey has a chart');
		const svg = await hr.get(src[1].replace(/&amp;/g, '&'));
		assert.equal(svg.status, 200);
		assert.match(svg.ctype, /^image\/svg\+xml/);
		for (const k of ['jan', 'apr', 'jul']) assert.ok(svg.text.includes(title(k)), `${k} on the chart`);
		assert.ok(!svg.text.includes(title('oct')));
		assert.ok(!/<script|style=/i.test(svg.text), 'no script or style attribute');
		const q = `month=2020-08&survey=${sv.survey}&area=${sa.id}`;
		assert.equal((await other.get(`/insights/board/survey.svg?${q}`)).status, 403);
		assert.equal((await hr.get(`/insights/board/survey.svg?month=2019-12&survey=${sv.survey}`)).status, 404);
		assert.equal((await hr.get(`/insights/board/survey.svg?month=2020-08`)).status, 404);
		assert.equal((await hr.get(`/insights/board/survey.svg?month=2020-13&survey=${sv.survey}`)).status, 404);
	});
});
