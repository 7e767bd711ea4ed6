// Insights, Practice Standards and case audits (/insights/standards):
// acknowledgement of the version in force by team, overall audit grades
// across the four grades, moderation agreement and escalations, against
// people, sign-offs and audits this file makes through the real pages
// (so every hash chain stays whole) in a service area and teams of its
// own, this month. Expected figures and suppression are computed here;
// a manager sees only their own team, a head of service their own area,
// and the CSV says the same as the page.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { addPerson, csrfFrom, textOf, standardsInForce, standardsOf, sqlValue, sqlRows, tbl } from './lib.mjs';
import { threshold, makeArea, suppress, serviceHidden, pct, tableRows, rowOf, parseCsv, monthName } from './insights-board-lib.mjs';

const T = threshold();
const HIDDEN = `fewer than ${T} responses`;
const now = new Date();
const YM = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
const MONTH = monthName(YM);
const Q = `from=${YM}&to=${YM}`;

// People per team and how many of them acknowledge the version in force.
const PEOPLE = { A: { n: 6, ack: 4 }, B: { n: 5, ack: 5 }, C: { n: 2, ack: 1 } };
// Overall grades the auditor gives team A's five audits, and the one the
// moderator changes (audit 3: requires improvement -> good).
const SUBMITTED = ['outstanding', 'good', 'good', 'requires_improvement', 'requires_improvement'];
const CHANGED = 3;

let org, people = {}, cur, items, hr;

async function acknowledge(p) {
	const page = await p.client.get('/standards/');
	const r = await p.client.post('/standards/', { csrf: csrfFrom(page.text), version: String(cur.id), confirm: '1' });
	assert.equal(r.status, 303, `acknowledge: ${r.status}`);
}

/* Start, grade and submit an audit of worker as auditor: its path. */
async function audit(auditor, worker, overall) {
	let csrf = await auditor.client.csrf('/standards/audits/new');
	const s = await auditor.client.post('/standards/audits/new', { csrf, case_ref: `IS-${Date.now() % 1e8}-${Math.floor(Math.random() * 1e4)}`, worker: String(worker.id) });
	assert.equal(s.status, 303, `start: ${s.status}`);
	const path = s.location.replace(/^https?:\/\/[^/]+/, '');
	const form = { do: 'submit' };
	for (const code of items) {
		form[`grade-${code}`] = code === 'OVERALL' ? overall : 'good';
		form[`evidence-${code}`] = `Evidence for ${code} from the case file.`;
		form[`comments-${code}`] = `About ${code}.`;
	}
	csrf = await auditor.client.csrf(path);
	const check = await auditor.client.post(path, { csrf, ...form });
	assert.equal(check.status, 200, `submit asks to confirm: ${check.status}`);
	const done = await auditor.client.post(path, { csrf: csrfFrom(check.text), ...form, confirm: '1' });
	assert.equal(done.status, 303, `submitted: ${done.status}`);
	return path;
}

/* Moderate: agree with everything except OVERALL when change is a grade. */
async function moderate(moderator, path, change) {
	const form = { do: 'moderate' };
	for (const code of items) {
		if (code === 'OVERALL' && change) Object.assign(form, { [`agree-${code}`]: '0', [`mgrade-${code}`]: change, [`reasons-${code}`]: 'The evidence shows more.' });
		else form[`agree-${code}`] = '1';
	}
	const csrf = await moderator.client.csrf(path);
	const check = await moderator.client.post(path, { csrf, ...form });
	assert.equal(check.status, 200, `moderation asks to confirm: ${check.status}`);
	const done = await moderator.client.post(path, { csrf: csrfFrom(check.text), ...form, confirm: '1' });
	assert.equal(done.status, 303, `moderated: ${done.status}`);
}

before(async () => {
	cur = standardsInForce();
	items = [...standardsOf(cur.id).map((s) => s.code), 'OVERALL'];
	org = makeArea('is', ['A', 'B', 'C']);
	for (const [k, { n, ack }] of Object.entries(PEOPLE)) {
		people[k] = [];
		for (let i = 0; i < n; i++) {
			const roles = k === 'B' && i === 0 ? 'staff,manager' : k === 'A' && i === 1 ? 'staff,head' : 'staff';
			const p = await addPerson({ team: org.teams[k].name, roles, prefix: `is${k}` });
			people[k].push(p);
			if (i < ack) await acknowledge(p);
		}
	}
	const [first, second] = [await addPerson({ team: 'Quality Assurance', roles: 'staff,auditor', prefix: 'isaud' }),
		await addPerson({ team: 'Quality Assurance', roles: 'staff,auditor', prefix: 'ismod' })];
	for (const [i, g] of SUBMITTED.entries()) {
		const path = await audit(first, people.A[2], g);
		await moderate(second, path, i === CHANGED ? 'good' : null);
	}
	hr = (await addPerson({ team: 'Quality Assurance', roles: 'staff,hr', prefix: 'ishr' })).client;
});

/* Hidden flags for area -> A, B, C with these counts. */
function hidden(nA, nB, nC) {
	const total = nA + nB + nC;
	const [, area, a, b, c] = suppress([{ n: total, parent: -1 }, { n: total, parent: 0 }, { n: nA, parent: 1 }, { n: nB, parent: 1 }, { n: nC, parent: 1 }], T);
	return { area, A: a, B: b, C: c };
}

/* The month's boundaries in SQL. */
const IN_MONTH = (col) => `${col} >= '${YM}-01' AND ${col} < '${YM}-01' + INTERVAL 1 MONTH`;

/*
 * Whole-service suppression of this month's audits (other tests audit
 * this month too): counts per team of audits decided (grades) or of
 * moderations (moderation), read as root.
 */
function auditHidden(kind) {
	const decided = `SELECT au.team_id, t.service_area_id, COUNT(DISTINCT e.audit_id) FROM ${tbl('audit_entry')} e
		JOIN ${tbl('audit')} au ON au.id = e.audit_id JOIN ${tbl('team')} t ON t.id = au.team_id
		WHERE e.kind IN ('submitted', 'moderated') AND ${IN_MONTH('e.at')}
		AND e.id = (SELECT MAX(l.id) FROM ${tbl('audit_entry')} l WHERE l.audit_id = e.audit_id AND l.kind IN ('submitted', 'moderated'))
		AND EXISTS (SELECT 1 FROM ${tbl('audit_grade')} g WHERE g.entry_id = e.id AND g.item = 'OVERALL')
		GROUP BY au.team_id, t.service_area_id`;
	const moderated = `SELECT au.team_id, t.service_area_id, COUNT(DISTINCT e.audit_id) FROM ${tbl('audit_entry')} e
		JOIN ${tbl('audit')} au ON au.id = e.audit_id JOIN ${tbl('team')} t ON t.id = au.team_id
		WHERE e.kind = 'moderated' AND e.corrects_id IS NULL AND ${IN_MONTH('e.at')}
		AND EXISTS (SELECT 1 FROM ${tbl('audit_grade')} g WHERE g.entry_id = e.id AND g.agreed IS NOT NULL)
		GROUP BY au.team_id, t.service_area_id`;
	return serviceHidden(sqlRows('ctl', kind === 'grades' ? decided : moderated), T);
}

/* Whole-service suppression of acknowledgements: active staff per open team. */
function ackHidden() {
	return serviceHidden(sqlRows('ctl', `SELECT t.id, t.service_area_id, COUNT(p.id) FROM ${tbl('team')} t
		JOIN ${tbl('staff')} p ON p.team_id = t.id AND p.active = 1 WHERE t.closed_on IS NULL GROUP BY t.id, t.service_area_id`), T);
}

describe('HR, one service area, this month', () => {
	let page;
	before(async () => { page = await hr.get(`/insights/standards?area=${org.area}&${Q}`); });

	test('acknowledgement of the version in force by team, small teams hidden', () => {
		assert.equal(page.status, 200);
		const rows = tableRows(page.text, 'acks');
		const h = hidden(PEOPLE.A.n, PEOPLE.B.n, PEOPLE.C.n);
		assert.deepEqual([h.A, h.B, h.C], [false, true, true], 'C (2 people) hidden and B with it');
		const w = ackHidden();
		assert.equal(w.team[org.teams.B.id] && w.team[org.teams.C.id], true, 'the same over the whole service');
		const n = PEOPLE.A.n + PEOPLE.B.n + PEOPLE.C.n, ack = PEOPLE.A.ack + PEOPLE.B.ack + PEOPLE.C.ack;
		const show = (hid, name, figs) => (hid ? [name, HIDDEN] : [name, ...figs]);
		assert.deepEqual(rowOf(rows, org.areaName), show(w.area[org.area], org.areaName, [String(n), String(ack), pct(ack, n)]));
		assert.deepEqual(rowOf(rows, org.teams.A.name), show(w.team[org.teams.A.id], org.teams.A.name,
			[String(PEOPLE.A.n), String(PEOPLE.A.ack), pct(PEOPLE.A.ack, PEOPLE.A.n)]));
		assert.deepEqual(rowOf(rows, org.teams.B.name), [org.teams.B.name, HIDDEN]);
		assert.deepEqual(rowOf(rows, org.teams.C.name), [org.teams.C.name, HIDDEN]);
		assert.ok(textOf(page.text).includes(`version ${cur.version}`), 'which version');
	});

	test('overall grades: the latest decision of each audit, across the four grades', () => {
		const rows = tableRows(page.text, 'grades');
		const final = SUBMITTED.map((g, i) => (i === CHANGED ? 'good' : g));
		const count = (g) => String(final.filter((x) => x === g).length);
		const figs = [String(final.length), count('outstanding'), count('good'), count('requires_improvement'), count('inadequate')];
		assert.deepEqual(figs, ['5', '1', '3', '1', '0'], 'the moderator moved one to good');
		const w = auditHidden('grades');
		assert.deepEqual(rowOf(rows, MONTH, org.teams.A.name), w.team[org.teams.A.id] ? [MONTH, org.teams.A.name, HIDDEN] : [MONTH, org.teams.A.name, ...figs]);
		assert.deepEqual(rowOf(rows, MONTH, org.areaName), w.area[org.area] ? [MONTH, org.areaName, HIDDEN] : [MONTH, org.areaName, ...figs], 'the area is team A alone');
	});

	test('moderation agreement: every grade compared, one changed', () => {
		const rows = tableRows(page.text, 'moderation');
		const compared = SUBMITTED.length * items.length;
		// Other tests moderate audits this month too: a small group of theirs
		// can hide ours (complementary suppression across areas).
		const w = auditHidden('moderation');
		assert.deepEqual(rowOf(rows, org.teams.A.name), w.team[org.teams.A.id] ? [org.teams.A.name, HIDDEN]
			: [org.teams.A.name, String(SUBMITTED.length), String(compared), pct(compared - 1, compared)]);
	});

	test('no escalations opened for grades of requires improvement and better', () => {
		const rows = tableRows(page.text, 'escalations');
		assert.equal(rowOf(rows, org.teams.A.name), null);
	});

	test('the CSV of each table has the page\'s values', async () => {
		for (const id of ['acks', 'grades', 'moderation', 'escalations']) {
			const r = await hr.get(`/insights/standards?area=${org.area}&${Q}&format=csv&table=${id}`);
			assert.equal(r.status, 200, id);
			assert.match(r.ctype, /^text\/csv/);
			const csv = parseCsv(r.text);
			const html = tableRows(page.text, id).filter((row) => !(row.length === 1 && /Nothing in these months/.test(row[0])));
			assert.deepEqual(csv[0], html[0], `${id} headings`);
			assert.equal(csv.length, html.length, `${id} rows`);
			for (let i = 1; i < csv.length; i++) {
				const h = html[i];
				const want = h.at(-1) === HIDDEN && h.length < csv[i].length ? [...h, ...Array(csv[i].length - h.length).fill(HIDDEN)] : h;
				assert.deepEqual(csv[i], want, `${id} row ${i}`);
			}
		}
	});
});

describe('who sees what', () => {
	test('a manager sees their own team beside its area: here the team is hidden, as it is small', async () => {
		const m = people.B[0].client;
		const r = await m.get(`/insights/standards?${Q}`);
		assert.equal(r.status, 200);
		const rows = tableRows(r.text, 'acks').slice(1);
		assert.deepEqual(rows.map((row) => row[0]), [org.areaName, org.teams.B.name], 'the area, then the team; no other team');
		assert.deepEqual(rows[1], [org.teams.B.name, HIDDEN]);
		assert.equal((await m.get(`/insights/standards?team=${org.teams.A.id}`)).status, 403);
	});

	test('a head of service sees their area and its teams, and no other area', async () => {
		const h = people.A[1].client;
		const r = await h.get(`/insights/standards?${Q}`);
		assert.equal(r.status, 200);
		const rows = tableRows(r.text, 'acks').slice(1).map((row) => row[0]);
		assert.deepEqual(rows.sort(), [org.areaName, org.teams.A.name, org.teams.B.name, org.teams.C.name].sort());
		const other = sqlValue('ctl', `SELECT MIN(id) FROM ${tbl('service_area')} WHERE id <> ${org.area}`);
		assert.equal((await h.get(`/insights/standards?area=${other}`)).status, 403, 'another area');
		assert.equal((await h.get('/insights/standards?area=999999')).status, 403, 'no such area');
	});

	test('staff see none of it', async () => {
		assert.equal((await people.A[3].client.get('/insights/standards')).status, 403);
	});
});
