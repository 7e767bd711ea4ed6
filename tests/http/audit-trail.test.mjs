// The case audit trail is tamper-evident and append-only: chorusctl verify
// names the first audit entry or escalation event that no longer matches
// its hash after a root edit (then the edit is put back), and the program
// accounts cannot UPDATE or DELETE the trail tables.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { chorusctl, sql, sqlValue, tbl } from './lib.mjs';
import {
	auditTeam, addAuditor, auditItems, startAudit, gradeForm, submitAudit, auditEntries, escalationsOf,
} from './audit-lib.mjs';

const TRAIL = ['audit_entry', 'audit_grade', 'escalation', 'escalation_event'];

let audit;
let entry;
let esc;

before(async () => {
	const t = await auditTeam('trail');
	const auditor = await addAuditor('trail-a');
	const items = auditItems();
	audit = await startAudit(auditor, t.worker);
	const r = await submitAudit(auditor, audit, gradeForm(items, 'good', { OVERALL: 'inadequate' }));
	assert.equal(r.status, 303);
	[entry] = auditEntries(audit.id);
	[esc] = escalationsOf(audit.id);
	assert.ok(entry && esc, 'a submission and its escalation');
	assert.equal(chorusctl(['verify']).code, 0, 'intact to begin with');
});

/* Run a root statement, then verify, then undo it, then verify again. */
function tamper(doSql, undoSql, expect) {
	assert.equal(sql('ctl', doSql).code, 0, doSql);
	let r;
	try {
		r = chorusctl(['verify']);
	} finally {
		assert.equal(sql('ctl', undoSql).code, 0, undoSql);
	}
	assert.equal(r.code, 1, `verify exits 1 after tampering: ${r.stdout}${r.stderr}`);
	assert.match(r.stdout, expect, r.stdout);
	const ok = chorusctl(['verify']);
	assert.equal(ok.code, 0, `intact once put back: ${ok.stdout}${ok.stderr}`);
}

describe('chorusctl verify', () => {
	test('a changed grade is named by its entry', () => {
		const g = sqlValue('ctl', `SELECT grade FROM ${tbl('audit_grade')} WHERE entry_id = ${entry.id} AND item = 'OVERALL'`);
		assert.equal(g, 'inadequate');
		tamper(`UPDATE ${tbl('audit_grade')} SET grade = 'good' WHERE entry_id = ${entry.id} AND item = 'OVERALL'`,
			`UPDATE ${tbl('audit_grade')} SET grade = 'inadequate' WHERE entry_id = ${entry.id} AND item = 'OVERALL'`,
			new RegExp(`audit entry ${entry.id} \\(audit ${audit.id}\\) does not follow`));
	});

	test('a changed case reference on the audit row is caught through its entries', () => {
		tamper(`UPDATE ${tbl('audit')} SET case_ref = 'CHANGED' WHERE id = ${audit.id}`,
			`UPDATE ${tbl('audit')} SET case_ref = '${audit.caseRef}' WHERE id = ${audit.id}`,
			new RegExp(`audit entry ${entry.id}\\b`));
	});

	test('a status that does not follow from the trail is reported', () => {
		tamper(`UPDATE ${tbl('audit')} SET status = 'draft' WHERE id = ${audit.id}`,
			`UPDATE ${tbl('audit')} SET status = 'submitted' WHERE id = ${audit.id}`,
			new RegExp(`audit ${audit.id} says it is draft but its trail says submitted`));
	});

	test('a moved escalation due time is named by its event', () => {
		const evId = Number(sqlValue('ctl', `SELECT MIN(id) FROM ${tbl('escalation_event')} WHERE escalation_id = ${esc.id}`));
		tamper(`UPDATE ${tbl('escalation')} SET due_at = due_at + INTERVAL 30 DAY WHERE id = ${esc.id}`,
			`UPDATE ${tbl('escalation')} SET due_at = '${esc.due}' WHERE id = ${esc.id}`,
			new RegExp(`escalation event ${evId} \\(escalation ${esc.id}\\) does not follow`));
	});
});

describe('the program accounts cannot rewrite the trail', () => {
	for (const account of ['staff', 'insights', 'admin']) {
		for (const table of TRAIL) {
			test(`${account} may not UPDATE or DELETE ${table}`, () => {
				const key = table === 'audit_grade' ? `entry_id = ${entry.id}` :
					table === 'escalation' ? `id = ${esc.id}` :
					table === 'escalation_event' ? `escalation_id = ${esc.id}` : `id = ${entry.id}`;
				const col = table === 'escalation' ? 'due_at = due_at' : table === 'audit_grade' ? 'comments = comments' :
					'note = note';
				for (const q of [`UPDATE ${tbl(table)} SET ${col} WHERE ${key}`, `DELETE FROM ${tbl(table)} WHERE ${key}`]) {
					const r = sql(account, q);
					assert.notEqual(r.code, 0, `${account}: ${q} must be refused`);
					assert.match(r.stderr, /denied/i, r.stderr);
				}
			});
		}
	}

	test('staff may append and read the trail; insights may read it but not the drafts', () => {
		assert.equal(sql('staff', `SELECT COUNT(*) FROM ${tbl('audit_entry')}`).code, 0);
		assert.equal(sql('insights', `SELECT COUNT(*) FROM ${tbl('audit_grade')}`).code, 0);
		assert.equal(sql('insights', `SELECT COUNT(*) FROM ${tbl('escalation_event')}`).code, 0);
		const r = sql('insights', `SELECT COUNT(*) FROM ${tbl('audit_draft_grade')}`);
		assert.notEqual(r.code, 0);
		assert.match(r.stderr, /denied/i);
		assert.notEqual(sql('admin', `SELECT COUNT(*) FROM ${tbl('audit_entry')}`).code, 0, 'admin does not read audits');
	});

	test('nothing was changed by the refused statements', () => {
		assert.equal(chorusctl(['verify']).code, 0);
		assert.equal(auditEntries(audit.id).length, 1);
	});
});
