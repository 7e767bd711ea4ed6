// Helpers for the case audit tests (helper A): a team of one's own with a
// manager and a worker, starting and filling an audit over HTTP, reading
// the trail and escalations back as root, working-day due times.
import assert from 'node:assert/strict';
import {
	addPerson, sql, sqlRows, sqlValue, sqlq, tbl, uniq, csrfFrom, standardsInForce, standardsOf,
} from './lib.mjs';

export const GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate', 'not_applicable'];

/*
 * A new team in Practice Improvement with a manager (with an e-mail
 * address) and a worker managed by them, both signed in:
 * {team, teamId, manager, worker}.
 */
export async function auditTeam(prefix = 'aud') {
	const team = uniq(`Audit team ${prefix}`).slice(0, 60);
	const r = sql('ctl', `INSERT INTO ${tbl('team')} (service_area_id, name)
		SELECT id, ${sqlq(team)} FROM ${tbl('service_area')} WHERE name = 'Practice Improvement'`);
	assert.equal(r.code, 0, r.stderr);
	const teamId = Number(sqlValue('ctl', `SELECT id FROM ${tbl('team')} WHERE name = ${sqlq(team)}`));
	const manager = await addPerson({ team, roles: 'staff,manager', prefix: `${prefix}m` });
	const worker = await addPerson({ team, roles: 'staff', prefix: `${prefix}w` });
	manager.email = `${manager.username}@example.gov.uk`;
	assert.equal(sql('ctl', `UPDATE ${tbl('staff')} SET email = ${sqlq(manager.email)} WHERE id = ${manager.id}`).code, 0);
	assert.equal(sql('ctl', `UPDATE ${tbl('staff')} SET manager_id = ${manager.id} WHERE id = ${worker.id}`).code, 0);
	return { team, teamId, manager, worker };
}

/* A new auditor in Quality Assurance, signed in. */
export function addAuditor(prefix = 'auditor') {
	return addPerson({ team: 'Quality Assurance', roles: 'staff,auditor', prefix });
}

/* The codes graded in an audit against the version in force, then OVERALL. */
export function auditItems() {
	return [...standardsOf(standardsInForce().id).map((s) => s.code), 'OVERALL'];
}

/* Start an audit of caseRef for worker as auditor: its id. */
export async function startAudit(auditor, worker, caseRef = uniq('CM').replace(/[^A-Za-z0-9-]/g, '-').slice(0, 32)) {
	const csrf = await auditor.client.csrf('/standards/audits/new');
	const r = await auditor.client.post('/standards/audits/new', { csrf, case_ref: caseRef, worker: String(worker.id) });
	assert.equal(r.status, 303, `start audit: ${r.status}`);
	const m = r.location.match(/\/standards\/audit\/(\d+)$/);
	assert.ok(m, `start audit redirects to the audit: ${r.location}`);
	return { id: Number(m[1]), caseRef, path: `/standards/audit/${m[1]}` };
}

/* A full set of grades: every item graded `grade` with evidence, except
 * those in overrides ({code: grade}). */
export function gradeForm(items, grade = 'good', overrides = {}) {
	const f = {};
	for (const code of items) {
		const g = overrides[code] ?? grade;
		f[`grade-${code}`] = g;
		f[`evidence-${code}`] = `Evidence for ${code}: case notes of the visits and plan review.`;
		f[`comments-${code}`] = `Comment on ${code}.`;
	}
	return f;
}

/* POST a form to an audit page as client, with a fresh csrf. */
export async function auditPost(client, path, form) {
	const csrf = await client.csrf(path);
	return client.post(path, { csrf, ...form });
}

/* Submit (and confirm) grades: the final response. */
export async function submitAudit(auditor, audit, form) {
	const first = await auditPost(auditor.client, audit.path, { ...form, do: 'submit' });
	assert.equal(first.status, 200, `submit asks for confirmation: ${first.status}`);
	assert.match(first.text, /Submit this audit/);
	const csrf = csrfFrom(first.text);
	return auditor.client.post(audit.path, { csrf, ...form, do: 'submit', confirm: '1' });
}

/* Moderate (and confirm): decisions is {code: true | {grade, reasons}}. */
export async function moderateAudit(moderator, audit, items, decisions = {}) {
	const f = { do: 'moderate' };
	for (const code of items) {
		const d = decisions[code] ?? true;
		if (d === true) f[`agree-${code}`] = '1';
		else Object.assign(f, { [`agree-${code}`]: '0', [`mgrade-${code}`]: d.grade, [`reasons-${code}`]: d.reasons });
	}
	const first = await auditPost(moderator.client, audit.path, f);
	if (first.status !== 200 || !/Record this moderation/.test(first.text)) return first;
	return moderator.client.post(audit.path, { csrf: csrfFrom(first.text), ...f, confirm: '1' });
}

/* The audit row as root: {status, moderator_id, team_id, worker_id}. */
export function auditRow(id) {
	const [row] = sqlRows('ctl', `SELECT status, IFNULL(moderator_id, 0), team_id, IFNULL(worker_id, 0),
		standards_version_id FROM ${tbl('audit')} WHERE id = ${Number(id)}`);
	return { status: row[0], moderator_id: Number(row[1]), team_id: Number(row[2]), worker_id: Number(row[3]),
		version_id: Number(row[4]) };
}

/* The trail of an audit: [{id, kind, actor, corrects, safety, note}]. */
export function auditEntries(id) {
	return sqlRows('ctl', `SELECT id, kind, actor_id, IFNULL(corrects_id, 0), safety_concern, note
		FROM ${tbl('audit_entry')} WHERE audit_id = ${Number(id)} ORDER BY id`)
		.map(([eid, kind, actor, corrects, safety, note]) => ({
			id: Number(eid), kind, actor: Number(actor), corrects: Number(corrects), safety: Number(safety), note,
		}));
}

/* The grades of an entry: {code: {grade, agreed, evidence, comments}}. */
export function entryGrades(entryId) {
	const out = {};
	for (const [item, grade, agreed, evidence, comments] of sqlRows('ctl', `SELECT item, grade,
		IFNULL(agreed, 'NULL'), evidence, comments FROM ${tbl('audit_grade')} WHERE entry_id = ${Number(entryId)}`)) {
		out[item] = { grade, agreed: agreed === 'NULL' ? null : Number(agreed), evidence, comments };
	}
	return out;
}

/* Escalations of an audit: [{id, reason, owner, team, opened, due, events: [kind]}]. */
export function escalationsOf(auditId) {
	return sqlRows('ctl', `SELECT id, reason, owner_id, team_id, DATE_FORMAT(opened_at, '%Y-%m-%d %H:%i:%s'),
		DATE_FORMAT(due_at, '%Y-%m-%d %H:%i:%s') FROM ${tbl('escalation')} WHERE audit_id = ${Number(auditId)} ORDER BY id`)
		.map(([id, reason, owner, team, opened, due]) => ({
			id: Number(id), reason, owner: Number(owner), team: Number(team), opened, due,
			events: sqlRows('ctl', `SELECT kind FROM ${tbl('escalation_event')} WHERE escalation_id = ${Number(id)}
				ORDER BY id`).map((r) => r[0]),
		}));
}

/* 'YYYY-MM-DD HH:MM:SS' (UTC) plus n working days (Monday to Friday). */
export function addWorkingDays(utc, n) {
	const t = new Date(utc.replace(' ', 'T') + 'Z');
	while (n > 0) {
		t.setUTCDate(t.getUTCDate() + 1);
		const d = t.getUTCDay();
		if (d !== 0 && d !== 6) n--;
	}
	return t.toISOString().slice(0, 19).replace('T', ' ');
}
