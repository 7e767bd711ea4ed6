// Insights staff survey reports against data of their own: a survey, a
// service area of three teams with known headcounts, two closed waves and
// responses whose figures are worked out here. Trends, heatmap, response
// rates and comments in HTML and CSV; suppression and complementary
// suppression; managers limited to their own team; the rollup is
// incremental; the insights account cannot read raw answers.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, addPerson, chorusctl, rawRequest, sql, sqlValue, tbl, textOf, unescapeHtml, DEMO_PASSWORD } from './lib.mjs';
import { csvObjects, favourable, pct, makeSurvey, makeArea, makeWaves, addResponses, rollup } from './insights-lib.mjs';

const HIDDEN = 'fewer than 5 responses';
let s, area, w, hr;
let T1, T2, T3;

const agree = (wl, sup) => wl.map((v, i) => ({ wl: v, sup: sup[i] ?? sup[0], rec: 9 }));

// Wave A: team 1 has 8 responses, team 2 only 3 (small), team 3 twelve.
// Hiding team 2 alone would let "area minus teams 1 and 3" give it away,
// so team 1 must be hidden too (complementary suppression).
const A = {
	t1: { wl: [5, 4, 4, 3, 2, 5, 4, 1], sup: [4] },
	t2: { wl: [5, 5, 5], sup: [1] },
	t3: { wl: [5, 5, 4, 4, 4, 3, 3, 2, 2, 1, 1, 'pns'], sup: [4] },
};
// Wave B: every team has five or more.
const B = {
	t1: { wl: [5, 5, 5, 4, 4, 3, 2, 1], sup: [4] },
	t2: { wl: [4, 4, 4, 4, 2, 2], sup: [2] },
	t3: { wl: [5, 5, 5, 5, 4, 4, 4, 3, 2, 2, 1, 1], sup: [4] },
};
const HEAD = [10, 8, 15];

const all = (wave, k) => ['t1', 't2', 't3'].flatMap((t) => wave[t][k].length === 1
	? Array(wave[t].wl.length).fill(wave[t][k][0]) : wave[t][k]);

/* The rows of the table with this id: [[cell text, ...], ...] (body rows). */
function tableRows(html, id) {
	const m = html.match(new RegExp(`<table[^>]*id="${id}"[\\s\\S]*?</table>`));
	assert.ok(m, `table #${id} is on the page`);
	const body = m[0].split('<tbody>')[1];
	return [...body.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((r) =>
		[...r[0].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1])));
}

function row(rows, label) {
	const r = rows.find((x) => x[0] === label);
	assert.ok(r, `a row for ${label} in ${JSON.stringify(rows.map((x) => x[0]))}`);
	return r;
}

before(async () => {
	s = makeSurvey();
	area = makeArea(HEAD);
	[T1, T2, T3] = area.teams;
	w = makeWaves(s);
	let k = 0;
	const say = () => `Comment number ${k++} about the work`;
	addResponses(s, w.a, T1.id, agree(A.t1.wl, A.t1.sup));
	addResponses(s, w.a, T2.id, agree(A.t2.wl, A.t2.sup));
	addResponses(s, w.a, T3.id, agree(A.t3.wl, A.t3.sup).map((r, i) => (i < 9 ? { ...r, say: say() } : r)));
	addResponses(s, w.b, T1.id, agree(B.t1.wl, B.t1.sup).map((r, i) => (i < 4 ? { ...r, say: say() } : r)));
	addResponses(s, w.b, T2.id, agree(B.t2.wl, B.t2.sup));
	addResponses(s, w.b, T3.id, agree(B.t3.wl, B.t3.sup).map((r, i) => (i < 6 ? { ...r, say: i === 0 ? '=HYPERLINK("http://evil.example")' : say() } : r)));
	rollup();
	hr = await signIn('hr.demo', DEMO_PASSWORD);
});

test('the rollup counted every response of our waves, and a second run finds nothing new', () => {
	const left = sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('response')} WHERE wave_id IN (${w.a}, ${w.b}) AND rollup_batch IS NULL`);
	assert.equal(left, '0');
	const counted = sqlValue('ctl', `SELECT SUM(responses) FROM ${tbl('roll_response')} WHERE wave_id IN (${w.a}, ${w.b})`);
	assert.equal(Number(counted), 23 + 26);
});

test('trends: area and teams by wave, with small and complementary groups hidden', async () => {
	const r = await hr.get(`/insights/trends?survey=${s.survey}&area=${area.id}`);
	assert.equal(r.status, 200);
	const overall = tableRows(r.text, 'overall-table');
	const pooledA = favourable([...all(A, 'wl'), ...all(A, 'sup')]);
	const pooledB = favourable([...all(B, 'wl'), ...all(B, 'sup')]);
	assert.deepEqual(row(overall, area.name).slice(1, 3), [`${pooledA}%`, `${pooledB}%`]);
	// No one else answered this survey: the whole service is our area.
	assert.deepEqual(row(overall, 'Whole service').slice(1, 3), [`${pooledA}%`, `${pooledB}%`]);
	const detail = tableRows(r.text, 'detail-table');
	const wl = row(detail, s.text.wl);
	const fa = favourable(all(A, 'wl')), fb = favourable(all(B, 'wl'));
	assert.deepEqual(wl.slice(1, 3), [`${fa}%`, `${fb}%`]);
	assert.match(wl[3], new RegExp(`${fb > fa ? 'Up' : 'Down'} . ${Math.abs(fb - fa)} points`));

	const t2 = await hr.get(`/insights/trends?survey=${s.survey}&team=${T2.id}`);
	const t2wl = row(tableRows(t2.text, 'detail-table'), s.text.wl);
	assert.equal(t2wl[1], HIDDEN, 'a team of 3 is hidden');
	assert.equal(t2wl[2], `${favourable(B.t2.wl)}%`);
	assert.equal(t2wl[3], 'Not shown', 'no change from a hidden wave');

	const t1 = await hr.get(`/insights/trends?survey=${s.survey}&team=${T1.id}`);
	const t1wl = row(tableRows(t1.text, 'detail-table'), s.text.wl);
	assert.equal(t1wl[1], HIDDEN, 'team 1 is hidden so that team 2 cannot be worked out');
	assert.equal(t1wl[2], `${favourable(B.t1.wl)}%`);

	const t3 = await hr.get(`/insights/trends?survey=${s.survey}&team=${T3.id}`);
	const t3wl = row(tableRows(t3.text, 'detail-table'), s.text.wl);
	assert.deepEqual(t3wl.slice(1, 3), [`${favourable(A.t3.wl)}%`, `${favourable(B.t3.wl)}%`]);
	// The attack: area minus the teams shown must not give team 2.
	const shownA = tableRows(t3.text, 'overall-table');
	assert.equal(row(shownA, T3.name)[1], `${favourable([...A.t3.wl, ...Array(12).fill(4)])}%`);
});

test('trends: eNPS from the 0-10 question', async () => {
	const r = await hr.get(`/insights/trends?survey=${s.survey}&area=${area.id}`);
	const enps = tableRows(r.text, 'enps-table');
	assert.deepEqual(row(enps, area.name).slice(1, 3), ['+100', '+100']);
});

test('trends CSV: UTF-8 with BOM, the same figures and the same suppression', async () => {
	const r = await hr.get(`/insights/trends.csv?survey=${s.survey}&team=${T1.id}`);
	assert.equal(r.status, 200);
	assert.match(r.headers.get('content-type'), /^text\/csv; charset=utf-8/);
	assert.match(r.headers.get('content-disposition'), /^attachment; filename="trends-[0-9-]+\.csv"$/);
	const raw = await rawRequest('GET', `/insights/trends.csv?survey=${s.survey}&team=${T1.id}`,
		{ headers: { Cookie: hr.cookieHeader() } });
	assert.ok(raw.text.startsWith('\uFEFF'), 'starts with a byte-order mark');
	assert.ok(raw.text.includes('\r\n'), 'CRLF line ends');
	const rows = csvObjects(r.text);
	const pick = (group, wave, q) => rows.find((x) => x.Group === group && x.Question === q && x.Wave.startsWith(wave));
	const waveA = sqlValue('ctl', `SELECT title FROM ${tbl('wave')} WHERE id = ${w.a}`);
	const waveB = sqlValue('ctl', `SELECT title FROM ${tbl('wave')} WHERE id = ${w.b}`);
	assert.equal(pick(T1.name, waveA, s.text.wl).Value, HIDDEN);
	assert.equal(pick(T1.name, waveB, s.text.wl).Value, String(favourable(B.t1.wl)));
	assert.equal(pick(T1.name, waveB, s.text.wl)['Change since previous wave'], '');
	const a = pick(area.name, waveA, s.text.wl), b = pick(area.name, waveB, s.text.wl);
	assert.equal(Number(a.Value), favourable(all(A, 'wl')));
	assert.equal(Number(b['Change since previous wave']), Number(b.Value) - Number(a.Value));
	assert.match(a['Wave opened'], /^\d{4}-\d{2}-\d{2}$/);
});

test('trend charts are SVG with no script or style', async () => {
	const r = await hr.get(`/insights/trends.svg?survey=${s.survey}&area=${area.id}&chart=overall`);
	assert.equal(r.status, 200);
	assert.match(r.headers.get('content-type'), /^image\/svg\+xml/);
	assert.match(r.text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	assert.doesNotMatch(r.text, /<script|style=/);
	assert.ok(r.text.includes(unescapeHtml(area.name)) || r.text.includes(area.name));
	assert.equal((await hr.get(`/insights/trends.svg?survey=${s.survey}&chart=nope`)).status, 404);
});

test('heatmap: questions by team for one wave, with the difference from the area', async () => {
	const r = await hr.get(`/insights/heatmap?survey=${s.survey}&wave=${w.a}&area=${area.id}`);
	assert.equal(r.status, 200);
	const wl = row(tableRows(r.text, 'heatmap-table'), s.text.wl);
	const ref = favourable(all(A, 'wl')), t3 = favourable(A.t3.wl);
	assert.equal(wl[1], `${ref}%`);
	assert.equal(wl[2], HIDDEN);
	assert.equal(wl[3], HIDDEN);
	const sign = t3 - ref >= 0 ? '+' : '-';
	assert.equal(wl[4], `${t3}% (${sign}${Math.abs(t3 - ref)})`);
	const csv = csvObjects((await hr.get(`/insights/heatmap.csv?survey=${s.survey}&wave=${w.a}&area=${area.id}`)).text);
	const c = (g) => csv.find((x) => x.Group === g && x.Question === s.text.wl);
	assert.equal(c(T1.name)['Percent favourable'], HIDDEN);
	assert.equal(Number(c(T3.name)['Percent favourable']), t3);
	assert.equal(Number(c(T3.name)[`Difference from ${area.name}`]), t3 - ref);
});

test('response rates against the headcount at opening; small counts and their complement hidden', async () => {
	const r = await hr.get(`/insights/rates?survey=${s.survey}&wave=${w.b}&area=${area.id}`);
	assert.equal(r.status, 200);
	const rows = tableRows(r.text, 'rates-table');
	assert.deepEqual(row(rows, area.name).slice(1), ['26', '33', `${pct(26, 33)}%`]);
	assert.deepEqual(row(rows, T1.name).slice(1), ['8', '10', '80%']);
	assert.deepEqual(row(rows, T2.name).slice(1), ['6', '8', '75%']);
	const ra = tableRows((await hr.get(`/insights/rates?survey=${s.survey}&wave=${w.a}&area=${area.id}`)).text, 'rates-table');
	assert.deepEqual(row(ra, T2.name).slice(1), [HIDDEN, '8', HIDDEN]);
	assert.deepEqual(row(ra, T1.name).slice(1), [HIDDEN, '10', HIDDEN]);
	assert.deepEqual(row(ra, T3.name).slice(1), ['12', '15', '80%']);
	const csv = csvObjects((await hr.get(`/insights/rates.csv?survey=${s.survey}&wave=${w.a}&area=${area.id}`)).text);
	assert.equal(csv.find((x) => x.Group === T1.name).Responses, HIDDEN);
	assert.equal(csv.find((x) => x.Group === area.name).Responses, '23');
	const svg = await hr.get(`/insights/rates.svg?survey=${s.survey}&wave=${w.a}&area=${area.id}`);
	assert.equal(svg.status, 200);
	assert.ok(svg.text.includes(HIDDEN));
});

test('comments: only at or above the threshold, whole wave, formula cells guarded in CSV', async () => {
	const a = await hr.get(`/insights/comments?survey=${s.survey}&wave=${w.a}`);
	assert.equal(a.status, 200);
	assert.match(textOf(a.text), /Fewer than 10 comments: not shown/);
	assert.doesNotMatch(a.text, /Comment number/);
	const b = await hr.get(`/insights/comments?survey=${s.survey}&wave=${w.b}`);
	const shown = [...b.text.matchAll(/<li class="chorus-comment">([\s\S]*?)<\/li>/g)].map((m) => unescapeHtml(m[1]));
	assert.equal(shown.length, 10);
	assert.ok(shown.includes('=HYPERLINK("http://evil.example")'));
	assert.doesNotMatch(textOf(b.text), new RegExp(T1.name));
	const csv = csvObjects((await hr.get(`/insights/comments.csv?survey=${s.survey}&wave=${w.b}`)).text);
	assert.equal(csv.length, 10);
	assert.ok(csv.some((x) => x.Comment === '\'=HYPERLINK("http://evil.example")'));
});

test('a manager sees their own team and area only; others are refused', async () => {
	const m = await addPerson({ team: T3.name, roles: 'staff,manager', prefix: 'insmgr' });
	const r = await m.client.get(`/insights/trends?survey=${s.survey}`);
	assert.equal(r.status, 200);
	const names = tableRows(r.text, 'overall-table').map((x) => x[0]);
	assert.deepEqual(names, [area.name, T3.name]);
	assert.equal((await m.client.get(`/insights/trends?survey=${s.survey}&team=${T1.id}`)).status, 403);
	const other = sqlValue('ctl', `SELECT id FROM ${tbl('service_area')} WHERE id <> ${area.id} ORDER BY id LIMIT 1`);
	assert.equal((await m.client.get(`/insights/trends?survey=${s.survey}&area=${other}`)).status, 403);
	assert.equal((await m.client.get(`/insights/trends.csv?survey=${s.survey}&team=${T1.id}`)).status, 403);
	assert.equal((await m.client.get(`/insights/comments?survey=${s.survey}&wave=${w.b}`)).status, 403);
	const heat = await m.client.get(`/insights/heatmap?survey=${s.survey}&wave=${w.a}`);
	assert.equal(heat.status, 200);
	assert.doesNotMatch(heat.text, new RegExp(T1.name));
	const staff = await addPerson({ team: T3.name, roles: 'staff', prefix: 'insstaff' });
	assert.equal((await staff.client.get('/insights/trends')).status, 403);
});

test('a filter that is not one of the choices gets the form back with an error (422)', async () => {
	const r = await hr.get(`/insights/trends?survey=${s.survey}&from=${w.b}&to=${w.a}`);
	assert.equal(r.status, 422);
	assert.match(textOf(r.text), /There is a problem/);
	assert.match(textOf(r.text), /The first wave must be the same as or before the last wave/);
	const bad = await hr.get(`/insights/trends?survey=${s.survey}&team=abc`);
	assert.equal(bad.status, 422);
	assert.match(textOf(bad.text), /Choose a team from the list/);
});

test('the insights account cannot read answers, participation or drafts; it reads the rollups', () => {
	for (const t of ['response', 'answer', 'participation', 'survey_draft']) {
		const r = sql('insights', `SELECT COUNT(*) FROM ${tbl(t)}`);
		assert.notEqual(r.code, 0, `insights must not read ${t}`);
		assert.match(r.stderr, /denied/i);
	}
	assert.equal(sql('insights', `SELECT COUNT(*) FROM ${tbl('roll_score')}`).code, 0);
	assert.notEqual(sql('insights', `DELETE FROM ${tbl('roll_score')} WHERE wave_id = ${w.a}`).code, 0);
});

test('new responses are added by the next rollup, once', async () => {
	// Every worker has read and kept these waves' figures first
	// (survey_data.c keeps them per wave until roll_wave.batch moves).
	const trendsT3 = `/insights/trends?survey=${s.survey}&team=${T3.id}`;
	const ratesB = `/insights/rates?survey=${s.survey}&wave=${w.b}&area=${area.id}`;
	for (let i = 0; i < 6; i++) {
		assert.equal((await hr.get(trendsT3)).status, 200);
		assert.deepEqual(row(tableRows((await hr.get(ratesB)).text, 'rates-table'), T3.name).slice(1, 2), ['12']);
	}
	const before = Number(sqlValue('ctl', `SELECT batch FROM ${tbl('roll_wave')} WHERE wave_id = ${w.b}`));
	// Only "prefer not to say" in this batch for team 3: nothing favourable
	// to add, which must count as 0, not stop the rollup.
	addResponses(s, w.b, T3.id, [{ wl: 'pns', sup: 'pns', rec: 9 }, { wl: 'pns', sup: 'pns', rec: 9 }]);
	rollup();
	assert.match(rollup(), /nothing new/);
	const after = Number(sqlValue('ctl', `SELECT batch FROM ${tbl('roll_wave')} WHERE wave_id = ${w.b}`));
	assert.ok(after > before, `roll_wave.batch of the wave moved (${before} -> ${after})`);
	assert.equal(Number(sqlValue('ctl', `SELECT batch FROM ${tbl('roll_wave')} WHERE wave_id = ${w.a}`)) < after, true,
	    'a wave the batch did not touch keeps its batch');
	for (let i = 0; i < 4; i++) {
		const r = await hr.get(ratesB);
		assert.deepEqual(row(tableRows(r.text, 'rates-table'), T3.name).slice(1), ['14', '15', `${pct(14, 15)}%`]);
	}
	// Every worker, not only one: each request may reach either.
	for (let i = 0; i < 4; i++) {
		const t3 = await hr.get(trendsT3);
		assert.equal(row(tableRows(t3.text, 'detail-table'), s.text.wl)[2], `${favourable(B.t3.wl)}%`);
	}
});

test('a merged team reports its past figures under the team it merged into', async () => {
	sqlValue('ctl', `UPDATE ${tbl('team')} SET merged_into_id = ${T3.id}, merged_on = UTC_DATE(), closed_on = UTC_DATE()
		WHERE id = ${T2.id}; SELECT ROW_COUNT()`);
	chorusctl(['refresh']);	/* by hand, so say so at once (chorus-admin's merge moves it itself) */
	try {
		const r = await hr.get(`/insights/trends?survey=${s.survey}&team=${T3.id}`);
		assert.equal(r.status, 200);
		const wl = row(tableRows(r.text, 'detail-table'), s.text.wl);
		assert.equal(wl[1], `${favourable([...A.t2.wl, ...A.t3.wl])}%`, 'team 2 counted in team 3');
		// Team 1 is no longer the only cover for a small team: it shows.
		const t1 = row(tableRows((await hr.get(`/insights/trends?survey=${s.survey}&team=${T1.id}`)).text, 'detail-table'), s.text.wl);
		assert.equal(t1[1], `${favourable(A.t1.wl)}%`);
		assert.equal((await hr.get(`/insights/trends?survey=${s.survey}&team=${T2.id}`)).status, 422);
	} finally {
		sqlValue('ctl', `UPDATE ${tbl('team')} SET merged_into_id = NULL, merged_on = NULL, closed_on = NULL
			WHERE id = ${T2.id}; SELECT ROW_COUNT()`);
		chorusctl(['refresh']);
	}
});
