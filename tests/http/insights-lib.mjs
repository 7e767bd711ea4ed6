// Shared by the Insights staff survey tests (helper B1): an RFC 4180 CSV
// reader, and a fixture with its own survey, service area, teams, staff,
// waves and responses whose figures the tests work out for themselves.
import { randomBytes } from 'node:crypto';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chorusctl, sqlRows, sqlValue, sqlq, tbl, uniq, createWave } from './lib.mjs';

/* Parse CSV text (RFC 4180: quoted cells, doubled quotes, CRLF) to rows. */
export function parseCsv(text) {
	const rows = [];
	let row = [], cell = '', q = false, i = 0;
	for (; i < text.length; i++) {
		const ch = text[i];
		if (q) {
			if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
			else if (ch === '"') q = false;
			else cell += ch;
		} else if (ch === '"') q = true;
		else if (ch === ',') { row.push(cell); cell = ''; }
		else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
		else cell += ch;
	}
	if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
	return rows;
}

/* Rows as objects keyed by the header row. */
export function csvObjects(text) {
	const [head, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
	return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/* Percent favourable of agreement answers (4 and 5 of those answering). */
export function favourable(values) {
	const answered = values.filter((v) => v !== 'pns');
	return Math.round(100 * answered.filter((v) => v >= 4).length / answered.length);
}

/* Round like C's lround for the non-negative halves these figures give. */
export function pct(part, whole) {
	return Math.round(100 * part / whole);
}

const SURVEY = (slug) => `survey: ${slug}
title: Insights test survey ${slug}
version: 1
intro: A survey made by the Insights tests.

section: Workload
intro: About the work.

question: wl
kind: agree5
text: Test: my workload is manageable.

question: sup
kind: agree5
text: Test: I get regular supervision.

section: Overall
intro: About working here.

question: rec
kind: scale10
text: Test: how likely are you to recommend working here?

question: say
kind: text
text: Test: anything else?
required: no
maxlen: 1000
`;

/* Import a survey of our own; returns {slug, version, q: {qkey: id}}. */
export function makeSurvey() {
	const slug = uniq('ins').toLowerCase().replace(/[^a-z0-9-]/g, '-');
	const dir = mkdtempSync(path.join(tmpdir(), 'chorus-ins-'));
	const file = path.join(dir, `${slug}.survey`);
	writeFileSync(file, SURVEY(slug));
	const r = chorusctl(['survey', 'import', file]);
	if (r.code !== 0) throw new Error(`survey import: ${r.stderr}${r.stdout}`);
	const version = Number(sqlValue('ctl', `SELECT v.id FROM ${tbl('survey_version')} v JOIN ${tbl('survey')} s
		ON s.id = v.survey_id WHERE s.slug = ${sqlq(slug)}`));
	const survey = Number(sqlValue('ctl', `SELECT id FROM ${tbl('survey')} WHERE slug = ${sqlq(slug)}`));
	const q = {};
	const text = {};
	for (const [id, key, t] of sqlRows('ctl', `SELECT id, qkey, text FROM ${tbl('question')} WHERE survey_version_id = ${version}`)) {
		q[key] = Number(id);
		text[key] = t;
	}
	return { slug, survey, version, q, text };
}

/* A service area with teams and `headcount[i]` active staff in team i. */
export function makeArea(headcount) {
	const tag = uniq('Ins');
	const area = Number(sqlValue('ctl', `INSERT INTO ${tbl('service_area')} (name) VALUES (${sqlq(`${tag} area`)});
		SELECT LAST_INSERT_ID()`));
	const teams = headcount.map((n, i) => {
		const name = `${tag} team ${i + 1}`;
		const id = Number(sqlValue('ctl', `INSERT INTO ${tbl('team')} (service_area_id, name) VALUES (${area}, ${sqlq(name)});
			SELECT LAST_INSERT_ID()`));
		const people = Array.from({ length: n }, (_, k) => {
			const u = `${tag}.${i + 1}.${k}`.toLowerCase().replace(/[^a-z0-9._-]/g, '.');
			return `(${sqlq(u)}, ${sqlq(u)}, ${sqlq(`Ins person ${u}`)}, ${id}, 'staff', 1)`;
		});
		if (people.length) {
			sqlRows('ctl', `INSERT INTO ${tbl('staff')} (staff_no, username, display_name, team_id, roles, active)
				VALUES ${people.join(', ')}`);
		}
		return { id, name };
	});
	return { id: area, name: `${tag} area`, teams };
}

/*
 * Store responses as the submit path would (random id, wave, team) with
 * their answers: each response {wl, sup, rec, say} (wl/sup '1'..'5' or
 * 'pns', rec 0-10, say text or undefined).
 */
export function addResponses(s, wave, team, responses) {
	const stmts = [];
	for (const r of responses) {
		const id = randomBytes(16).toString('hex');
		stmts.push(`INSERT INTO ${tbl('response')} (id, wave_id, team_id, role_group) VALUES (UNHEX('${id}'), ${wave}, ${team}, 'practitioner')`);
		const rows = [];
		for (const k of ['wl', 'sup']) {
			if (r[k] === undefined) continue;
			rows.push(`(UNHEX('${id}'), ${s.q[k]}, ${sqlq(String(r[k]))}, ${r[k] === 'pns' ? 'NULL' : Number(r[k])}, NULL)`);
		}
		if (r.rec !== undefined) rows.push(`(UNHEX('${id}'), ${s.q.rec}, '${r.rec}', ${r.rec}, NULL)`);
		if (r.say !== undefined) rows.push(`(UNHEX('${id}'), ${s.q.say}, 'text', NULL, ${sqlq(r.say)})`);
		stmts.push(`INSERT INTO ${tbl('answer')} (response_id, question_id, value, num, comment) VALUES ${rows.join(', ')}`);
	}
	sqlRows('ctl', stmts.join(';\n'));
}

/* Two closed waves of survey s, the first older: {a, b}. */
export function makeWaves(s) {
	const a = createWave({ survey: s.slug, title: uniq('Ins wave A'), opens: -60, closes: -50 });
	const b = createWave({ survey: s.slug, title: uniq('Ins wave B'), opens: -20, closes: -10 });
	return { a, b };
}

export function rollup() {
	const r = chorusctl(['rollup']);
	if (r.code !== 0) throw new Error(`chorusctl rollup: ${r.stderr}${r.stdout}`);
	return r.stdout;
}
