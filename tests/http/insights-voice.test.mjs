// Insights, child and family voice (/insights/voice): satisfaction by team
// and by form month by month, the Care Promise, follow-ups and the median
// time to first action, against feedback this file writes for a service
// area and teams of its own in February and March 2020 (months no other
// test uses). Expected figures and suppression are computed here, from
// the generated data, with the rules written again in insights-board-lib.
// Also: managers see only their own team, staff none of it, suppression
// shows in the HTML and the CSV, the CSV parses back to the page's values,
// and the insights account cannot read contact details or free text.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, sql, tbl, addPerson, errorSummaryOf, textOf, rawRequest, unescapeHtml } from './lib.mjs';
import {
	threshold, makeArea, addFeedback, addFollowups, suppress, pct, tableRows, rowOf, parseCsv, monthName,
} from './insights-board-lib.mjs';

const T = threshold();
const HIDDEN = `fewer than ${T} responses`;
const MAR = monthName('2020-03');
const FEB = monthName('2020-02');
const FACES = [5, 4, 3, 5, 2, 4, 1, 5, 4, 4];
const YNNS = ['yes', 'yes', 'no', 'yes', 'notsure', 'yes', 'no'];

let org;
const counts = {};	// team key -> month -> {n, happy, faces, cp: {qkey: {yes, answered}}}

/* n responses for a team in a month, with answers that vary by seed. */
function responses(key, ym, n, seed) {
	const items = [];
	const c = ((counts[key] ??= {})[ym] = { n, happy: 0, faces: 0, cp: {} });
	for (let i = 0; i < n; i++) {
		const a = FACES[(seed + i) % FACES.length], b = FACES[(seed + 3 * i + 1) % FACES.length];
		const answers = { worker_listen: String(a), settled: String(b), better: 'a free text answer' };
		c.faces += 2;
		c.happy += (a >= 4) + (b >= 4);
		['cp_listen', 'cp_explain', 'cp_family'].forEach((q, j) => {
			const v = YNNS[(seed + i + 2 * j) % YNNS.length];
			answers[q] = v;
			const p = (c.cp[q] ??= { yes: 0, answered: 0 });
			p.answered++;
			if (v === 'yes') p.yes++;
		});
		items.push({ team: org.teams[key].id, slug: '8-12', on: `${ym}-${String(1 + (i % 27)).padStart(2, '0')}`, answers });
	}
	return items;
}

const SIZES = { '2020-03': { A: 8, B: 6, C: 2 }, '2020-02': { A: 6, B: 0, C: 0 } };

/* Summed counts of some teams in a month. */
function sum(keys, ym) {
	const s = { n: 0, happy: 0, faces: 0, cp: {} };
	for (const k of keys) {
		const c = counts[k]?.[ym];
		if (!c) continue;
		s.n += c.n; s.happy += c.happy; s.faces += c.faces;
		for (const [q, p] of Object.entries(c.cp)) {
			const t = (s.cp[q] ??= { yes: 0, answered: 0 });
			t.yes += p.yes; t.answered += p.answered;
		}
	}
	return s;
}

/* Hidden flags for the month's tree: root, area, A, B, C (teams with data). */
function hiddenFor(ym, measure = (c) => c.n) {
	const keys = ['A', 'B', 'C'].filter((k) => counts[k]?.[ym]?.n > 0);
	const total = measure(sum(keys, ym));
	const cells = [{ n: total, parent: -1 }, { n: total, parent: 0 }, ...keys.map((k) => ({ n: measure(sum([k], ym)), parent: 1 }))];
	const h = suppress(cells, T);
	const out = { root: h[0], area: h[1] };
	keys.forEach((k, i) => { out[k] = h[2 + i]; });
	return out;
}

const FOLLOWUPS = {
	A: [30, 60, 90, 120, 600, 1440].map((m, i) => ({ actMin: m, closed: i < 3, overdue: i >= 3 })),
	B: [15, 20, 25, null, null].map((m) => ({ actMin: m, closed: false, overdue: false })),
	C: [{ actMin: 5, closed: true, overdue: false }],
};

function median(v) {
	if (!v.length) return null;
	const s = [...v].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : Math.floor((s[s.length / 2 - 1] + s[s.length / 2]) / 2);
}

function duration(min) {
	if (min === null) return '';
	const pl = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
	if (min < 60) return pl(min, 'minute');
	if (min < 48 * 60) return min % 60 ? `${pl(Math.floor(min / 60), 'hour')} ${pl(min % 60, 'minute')}` : pl(min / 60, 'hour');
	const h = Math.floor((min % 1440) / 60);
	return h ? `${Math.floor(min / 1440)} days ${pl(h, 'hour')}` : `${Math.floor(min / 1440)} days`;
}

function followupFigures(keys) {
	const all = keys.flatMap((k) => FOLLOWUPS[k]);
	return [String(all.length), String(all.filter((f) => f.closed).length), String(all.filter((f) => f.overdue).length),
		duration(median(all.filter((f) => f.actMin !== null).map((f) => f.actMin)))];
}

let hr;

before(async () => {
	org = makeArea('iv', ['A', 'B', 'C']);
	const items = [];
	let seed = 0;
	for (const [ym, sizes] of Object.entries(SIZES))
		for (const [k, n] of Object.entries(sizes)) if (n > 0) items.push(...responses(k, ym, n, seed++));
	addFeedback(items);
	const fu = [];
	for (const [k, list] of Object.entries(FOLLOWUPS))
		list.forEach((f, i) => fu.push({
			team: org.teams[k].id, opened: `2020-03-${String(2 + i).padStart(2, '0')} 09:00:00`,
			due: f.overdue || f.closed ? '2020-03-20 09:00:00' : '2099-01-01 00:00:00',
			closed: f.closed ? '2020-03-25 10:00:00' : null, actMin: f.actMin, noteMin: f.actMin ? 1 : null,
		}));
	addFollowups(fu);
	hr = (await addPerson({ team: org.teams.A.name, roles: 'staff,hr', prefix: 'ivhr' })).client;
});

/* The expected satisfaction row of a group in a month, as the page shows it. */
function satRow(month, ym, group, keys, isHidden) {
	const s = sum(keys, ym);
	return isHidden ? [month, group, HIDDEN] : [month, group, String(s.n), pct(s.happy, s.faces)];
}

describe('HR: a service area, February and March 2020', () => {
	let page, q;
	before(async () => {
		q = `area=${org.area}&from=2020-02&to=2020-03`;
		page = await hr.get(`/insights/voice?${q}`);
	});

	test('the page answers 200 and says what it covers', () => {
		assert.equal(page.status, 200);
		const text = textOf(page.text);
		assert.ok(text.includes(org.areaName), 'the area name as the scope');
		assert.ok(text.includes('February 2020 to March 2020'), 'the period');
	});

	test('satisfaction by team, with small groups and their complements hidden', () => {
		const rows = tableRows(page.text, 'sat');
		assert.ok(rows, 'a satisfaction table');
		const h = hiddenFor('2020-03');
		assert.equal(h.C, true, 'team C (2 responses) is hidden');
		assert.equal(h.B, true, 'team B is hidden too, or C = area - A - B');
		assert.deepEqual(rowOf(rows, MAR, org.areaName), satRow(MAR, '2020-03', org.areaName, ['A', 'B', 'C'], h.area));
		for (const k of ['A', 'B', 'C'])
			assert.deepEqual(rowOf(rows, MAR, org.teams[k].name), satRow(MAR, '2020-03', org.teams[k].name, [k], h[k]), `team ${k} in March`);
		const hf = hiddenFor('2020-02');
		assert.deepEqual(rowOf(rows, FEB, org.teams.A.name), satRow(FEB, '2020-02', org.teams.A.name, ['A'], hf.A), 'team A in February');
		assert.equal(rowOf(rows, FEB, org.teams.B.name), null, 'no row for a team with no feedback that month');
		assert.ok(!rows.some((r) => r[1] === 'All teams'), 'an area filter shows no whole-service total');
		assert.ok(page.text.includes(HIDDEN), `"${HIDDEN}" is on the page`);
	});

	test('the Care Promise for the area: the share saying each promise is kept', () => {
		const rows = tableRows(page.text, 'promise');
		const s = sum(['A', 'B', 'C'], '2020-03');
		const promises = rows.filter((r) => r[0] === MAR);
		assert.equal(promises.length, 3, 'three promises in March for the 8-12 form');
		const got = promises.map((r) => [r[2], r[3]]).sort();
		const want = Object.values(s.cp).map((p) => [String(p.answered), pct(p.yes, p.answered)]).sort();
		assert.deepEqual(got, want);
	});

	test('follow-ups: opened, closed, overdue and the median time to first action', () => {
		const rows = tableRows(page.text, 'followups');
		const opened = (keys) => keys.reduce((s, k) => s + FOLLOWUPS[k].length, 0);
		const cells = [{ n: opened(['A', 'B', 'C']), parent: -1 }, { n: opened(['A', 'B', 'C']), parent: 0 },
			...['A', 'B', 'C'].map((k) => ({ n: opened([k]), parent: 1 }))];
		const [, hArea, hA, hB, hC] = suppress(cells, T);
		assert.deepEqual([hA, hB, hC], [false, true, true], 'C (1) hidden, B hidden with it');
		assert.deepEqual(rowOf(rows, org.areaName), hArea ? [org.areaName, HIDDEN] : [org.areaName, ...followupFigures(['A', 'B', 'C'])]);
		assert.deepEqual(rowOf(rows, org.teams.A.name), [org.teams.A.name, ...followupFigures(['A'])]);
		assert.deepEqual(rowOf(rows, org.teams.A.name)[4], '1 hour 45 minutes', 'median of 30, 60, 90, 120, 600, 1440 minutes; a note is not an action');
		assert.deepEqual(rowOf(rows, org.teams.B.name), [org.teams.B.name, HIDDEN]);
		assert.deepEqual(rowOf(rows, org.teams.C.name), [org.teams.C.name, HIDDEN]);
	});

	test('every table parses back from its CSV with the same values', async () => {
		for (const id of ['sat', 'promise', 'followups']) {
			const r = await hr.get(`/insights/voice?${q}&format=csv&table=${id}`);
			assert.equal(r.status, 200, id);
			assert.match(r.ctype, /^text\/csv; charset=utf-8/);
			assert.match(r.headers.get('content-disposition') || '', /^attachment; filename="chorus-voice-[A-Za-z0-9_-]+\.csv"$/);
			// fetch drops a byte-order mark when it decodes; read the bytes as sent.
			const raw = await rawRequest('GET', `/insights/voice?${q}&format=csv&table=${id}`, { headers: { Cookie: hr.cookieHeader() } });
			assert.equal(raw.status, 200);
			assert.ok(raw.text.startsWith('\uFEFF'), `${id}: UTF-8 with a byte-order mark`);
			assert.ok(raw.text.includes('\r\n'), 'CRLF line ends');
			const csv = parseCsv(raw.text);
			const html = tableRows(page.text, id);
			assert.deepEqual(csv[0], html[0], `${id}: the same headings`);
			assert.equal(csv.length, html.length, `${id}: the same number of rows`);
			for (let i = 1; i < csv.length; i++) {
				const want = html[i].length < csv[i].length && html[i].at(-1) === HIDDEN
					? [...html[i], ...Array(csv[i].length - html[i].length).fill(HIDDEN)] : html[i];
				assert.deepEqual(csv[i], want, `${id} row ${i}`);
			}
		}
		const sat = parseCsv((await hr.get(`/insights/voice?${q}&format=csv&table=sat`)).text);
		assert.deepEqual(rowOf(sat, MAR, org.teams.C.name), [MAR, org.teams.C.name, HIDDEN, HIDDEN], 'suppressed in the CSV too');
	});

	test("the page's own CSV links work", async () => {
		const links = [...page.text.matchAll(/href="([^"]*format=csv[^"]*)"/g)].map((m) => unescapeHtml(m[1]));
		assert.ok(links.length >= 3, 'a CSV link under each table');
		for (const href of links) {
			const r = await hr.get(href);
			assert.equal(r.status, 200, href);
			assert.match(r.ctype, /^text\/csv/, href);
		}
	});

	test('an unknown CSV table is 404', async () => {
		const r = await hr.get(`/insights/voice?${q}&format=csv&table=nosuch`);
		assert.equal(r.status, 404);
	});
});

describe('HR: the whole service and one team', () => {
	test('whole service, March 2020: the total and the satisfaction by form', async () => {
		const r = await hr.get('/insights/voice?from=2020-03&to=2020-03');
		assert.equal(r.status, 200);
		const s = sum(['A', 'B', 'C'], '2020-03');
		const rows = tableRows(r.text, 'sat');
		assert.deepEqual(rowOf(rows, MAR, 'All teams'), [MAR, 'All teams', String(s.n), pct(s.happy, s.faces)]);
		const forms = tableRows(r.text, 'forms');
		assert.deepEqual(rowOf(forms, MAR, 'Children 8 to 12'), [MAR, 'Children 8 to 12', String(s.n), pct(s.happy, s.faces)]);
	});

	test('a hidden team stays hidden when it is the only thing asked for', async () => {
		const r = await hr.get(`/insights/voice?team=${org.teams.B.id}&from=2020-03&to=2020-03`);
		assert.equal(r.status, 200);
		const rows = tableRows(r.text, 'sat');
		assert.deepEqual(rows.slice(1), [[MAR, org.teams.B.name, HIDDEN]], 'one row, hidden');
	});

	test('a month that is not YYYY-MM gets the form back with the error (422)', async () => {
		const r = await hr.get(`/insights/voice?area=${org.area}&from=2020-13&to=2020-03`);
		assert.equal(r.status, 422);
		const sum = errorSummaryOf(r.text);
		assert.ok(sum && /first month/i.test(textOf(sum)), 'error summary names the first month');
		assert.match(r.text, /name="from"[^>]*value="2020-13"/, 'what was typed is kept');
		assert.match(r.text, /<title>Error: /);
	});

	test('a first month after the last is 422', async () => {
		const r = await hr.get('/insights/voice?from=2020-04&to=2020-03');
		assert.equal(r.status, 422);
	});
});

describe('a merged team', () => {
	test("its feedback and follow-ups count for the team it was merged into", async () => {
		const m = makeArea('ivm', ['X', 'Y']);
		const fb = (team, n) => Array.from({ length: n }, (_, i) => ({
			team, slug: 'under8', on: `2020-05-${String(1 + i).padStart(2, '0')}`, answers: { home: i % 2 ? '5' : '2' } }));
		addFeedback([...fb(m.teams.X.id, T - 1), ...fb(m.teams.Y.id, 3)]);
		addFollowups([m.teams.X.id, m.teams.Y.id, m.teams.Y.id, m.teams.Y.id, m.teams.Y.id].map((team, i) => ({
			team, opened: `2020-05-0${i + 1} 09:00:00`, due: '2020-05-20 09:00:00', closed: '2020-05-10 09:00:00', actMin: 60 })));
		sql('ctl', `UPDATE ${tbl('team')} SET merged_into_id = ${m.teams.X.id}, merged_on = '2020-06-01', closed_on = '2020-06-01'
			WHERE id = ${m.teams.Y.id}`);
		const r = await hr.get(`/insights/voice?area=${m.area}&from=2020-05&to=2020-05`);
		assert.equal(r.status, 200);
		const n = T - 1 + 3;
		const happy = Math.floor((T - 1) / 2) + 1;
		const sat = tableRows(r.text, 'sat');
		assert.deepEqual(rowOf(sat, 'May 2020', m.teams.X.name), ['May 2020', m.teams.X.name, String(n), pct(happy, n)],
			'X now holds Y\'s feedback, and is no longer below the threshold');
		assert.equal(rowOf(sat, 'May 2020', m.teams.Y.name), null, 'no row for the merged team');
		assert.deepEqual(rowOf(tableRows(r.text, 'followups'), m.teams.X.name), [m.teams.X.name, '5', '5', '0', '1 hour']);
	});
});

describe('managers see their own team beside its area, no other team; staff see none of it', () => {
	let mA, mC;
	before(async () => {
		mA = (await addPerson({ team: org.teams.A.name, roles: 'staff,manager', prefix: 'ivma' })).client;
		mC = (await addPerson({ team: org.teams.C.name, roles: 'staff,manager', prefix: 'ivmc' })).client;
	});

	test("a manager's page is their own team beside its area, whatever the filter", async () => {
		const r = await mA.get('/insights/voice?from=2020-03&to=2020-03');
		assert.equal(r.status, 200);
		const rows = tableRows(r.text, 'sat').slice(1);
		const h = hiddenFor('2020-03');
		assert.deepEqual(rows, [satRow(MAR, '2020-03', org.areaName, ['A', 'B', 'C'], h.area),
			satRow(MAR, '2020-03', org.teams.A.name, ['A'], false)]);
		assert.equal(tableRows(r.text, 'forms'), null, 'no whole-service breakdown by form');
		const text = textOf(r.text);
		assert.ok(!text.includes(org.teams.B.name), 'no other team named');
	});

	test("another team or area is 403 for a manager", async () => {
		assert.equal((await mA.get(`/insights/voice?team=${org.teams.B.id}`)).status, 403);
		const other = Number(sql('ctl', `SELECT MIN(id) FROM ${tbl('service_area')} WHERE id <> ${org.area}`).stdout.trim());
		assert.equal((await mA.get(`/insights/voice?area=${other}`)).status, 403);
		assert.equal((await mA.get(`/insights/voice?format=csv&table=sat&team=${org.teams.C.id}`)).status, 403);
	});

	test("a manager of a small team sees it hidden, in the page and the CSV", async () => {
		const r = await mC.get('/insights/voice?from=2020-03&to=2020-03');
		const area = satRow(MAR, '2020-03', org.areaName, ['A', 'B', 'C'], hiddenFor('2020-03').area);
		assert.deepEqual(tableRows(r.text, 'sat').slice(1), [area, [MAR, org.teams.C.name, HIDDEN]]);
		const csv = parseCsv((await mC.get('/insights/voice?from=2020-03&to=2020-03&format=csv&table=sat')).text);
		assert.deepEqual(csv.slice(1), [area, [MAR, org.teams.C.name, HIDDEN, HIDDEN]]);
	});

	test('staff without a reporting role get 403', async () => {
		const sw = await signIn('sw.demo');
		assert.equal((await sw.get('/insights/voice')).status, 403);
		assert.equal((await sw.get('/insights/voice?format=csv&table=sat')).status, 403);
	});
});

describe('the insights account', () => {
	const refused = (q) => {
		const r = sql('insights', q);
		assert.notEqual(r.code, 0, `refused: ${q}`);
		assert.match(r.stderr, /denied/i, q);
	};

	test('cannot read contact details, free text or who acted on a follow-up', () => {
		refused(`SELECT contact_name FROM ${tbl('feedback')} LIMIT 1`);
		refused(`SELECT contact_how FROM ${tbl('feedback')} LIMIT 1`);
		refused(`SELECT * FROM ${tbl('feedback')} LIMIT 1`);
		refused(`SELECT text FROM ${tbl('feedback_answer')} LIMIT 1`);
		refused(`SELECT text FROM ${tbl('followup_event')} LIMIT 1`);
		refused(`SELECT actor_id FROM ${tbl('followup_event')} LIMIT 1`);
		refused(`INSERT INTO ${tbl('feedback_answer')} (feedback_id, question_id, value) VALUES (UNHEX('00'), 1, '1')`);
	});

	test('can count what the reports need', () => {
		const r = sql('insights', `SELECT COUNT(*) FROM ${tbl('feedback')} f JOIN ${tbl('feedback_answer')} a ON a.feedback_id = f.id
			WHERE f.team_id = ${org.teams.A.id} AND a.value IN ('4', '5')`);
		assert.equal(r.code, 0, r.stderr);
		const a = counts.A;
		assert.equal(Number(r.stdout.trim()), a['2020-03'].happy + a['2020-02'].happy);
	});
});
