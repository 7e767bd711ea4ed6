// Case audits: the lifecycle draft -> submitted -> moderated -> closed, who
// may moderate, who may see an audit, the worker and manager responses,
// escalations (Inadequate and safety concern: owner, due time in working
// days, mail, closing only with an action), bad input kept on 422, and the
// sampling page.
//
// People: every auditor, manager and worker is made here with chorusctl,
// in a team made here, so no demo person or other test file is touched.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
	textOf, errorSummaryOf, formFields, mailMessages, addPerson, chorusctl, uniq, sql, tbl,
} from './lib.mjs';
import {
	auditTeam, addAuditor, auditItems, startAudit, gradeForm, auditPost, submitAudit, moderateAudit,
	auditRow, auditEntries, entryGrades, escalationsOf, addWorkingDays,
} from './audit-lib.mjs';

let items;
before(() => {
	items = auditItems();
	assert.ok(items.length >= 3, 'the standards in force have standards to grade');
});

describe('an audit from draft to closed', () => {
	let t;
	let auditor;
	let moderator;
	let audit;

	before(async () => {
		t = await auditTeam('life');
		auditor = await addAuditor('life-a');
		moderator = await addAuditor('life-m');
		audit = await startAudit(auditor, t.worker);
	});

	test('starting keeps the case reference, team, worker, auditor and the version in force', () => {
		const row = auditRow(audit.id);
		assert.equal(row.status, 'draft');
		assert.equal(row.team_id, t.teamId);
		assert.equal(row.worker_id, t.worker.id);
	});

	test('a draft is saved as it goes and shown again', async () => {
		const form = gradeForm(items.slice(0, 2), 'good');
		const r = await auditPost(auditor.client, audit.path, { ...form, do: 'save' });
		assert.equal(r.status, 303);
		assert.equal(r.location, `${audit.path}?saved=1`);
		const page = await auditor.client.get(r.location);
		assert.match(textOf(page.text), /Your draft is saved/);
		const f = formFields(page.text, audit.path);
		assert.equal(f[`grade-${items[0]}`], 'good');
		assert.equal(f[`evidence-${items[1]}`].trim(), form[`evidence-${items[1]}`]);
		assert.equal(auditEntries(audit.id).length, 0, 'a draft adds nothing to the trail');
	});

	test('the worker and their manager cannot see a draft', async () => {
		assert.equal((await t.worker.client.get(audit.path)).status, 403);
		assert.equal((await t.manager.client.get(audit.path)).status, 403);
	});

	test('submitting asks for confirmation, then appends the grades to the trail', async () => {
		const r = await submitAudit(auditor, audit, gradeForm(items, 'good'));
		assert.equal(r.status, 303);
		assert.equal(auditRow(audit.id).status, 'submitted');
		const [e] = auditEntries(audit.id);
		assert.equal(e.kind, 'submitted');
		assert.equal(e.actor, auditor.id);
		const g = entryGrades(e.id);
		assert.deepEqual(Object.keys(g).sort(), [...items].sort());
		assert.equal(g.OVERALL.grade, 'good');
		assert.equal(g.OVERALL.agreed, null);
		assert.equal(escalationsOf(audit.id).length, 0, 'no escalation for Good');
	});

	test('other auditors find it on their home page to moderate', async () => {
		const home = await moderator.client.get('/');
		const row = (home.text.match(/<li\b[\s\S]*?<\/li>/g) || []).find((li) => li.includes(`href="${audit.path}"`));
		assert.ok(row, 'listed');
		assert.match(textOf(row), /To moderate/);
		assert.doesNotMatch((await auditor.client.get('/')).text, new RegExp(`href="${audit.path}"`),
			'not for the auditor who wrote it');
	});

	test('the auditor cannot moderate their own audit', async () => {
		const r = await moderateAudit(auditor, audit, items);
		assert.equal(r.status, 403);
	});

	test('the worker and their manager see it once submitted; another team does not', async () => {
		assert.equal((await t.worker.client.get(audit.path)).status, 200);
		assert.equal((await t.manager.client.get(audit.path)).status, 200);
		const other = await addPerson({ team: 'Front Door South', prefix: 'life-o' });
		assert.equal((await other.client.get(audit.path)).status, 403);
		const list = await other.client.get('/standards/audits/');
		assert.doesNotMatch(list.text, new RegExp(audit.caseRef));
		const mine = await t.worker.client.get('/standards/audits/');
		assert.match(mine.text, new RegExp(audit.caseRef));
	});

	test('a moderator who disagrees on one standard gives a grade and reasons', async () => {
		const r = await moderateAudit(moderator, audit, items, {
			[items[0]]: { grade: 'requires_improvement', reasons: 'Visits were late twice.' },
		});
		assert.equal(r.status, 303);
		const row = auditRow(audit.id);
		assert.equal(row.status, 'moderated');
		assert.equal(row.moderator_id, moderator.id);
		const mod = auditEntries(audit.id).find((e) => e.kind === 'moderated');
		const g = entryGrades(mod.id);
		assert.deepEqual(g[items[0]], { grade: 'requires_improvement', agreed: 0, evidence: '', comments: 'Visits were late twice.' });
		assert.equal(g[items[1]].agreed, 1);
		assert.equal(g[items[1]].grade, 'good', 'an agreed grade is the auditor grade');
		const page = await t.worker.client.get(audit.path);
		assert.match(textOf(page.text), /Moderator's grade: Requires improvement/);
		assert.match(textOf(page.text), /Visits were late twice\./);
	});

	test('the worker and manager respond; a second response corrects the first', async () => {
		let r = await auditPost(t.worker.client, audit.path, { do: 'respond', response: 'I agree with the findings.' });
		assert.equal(r.status, 303);
		r = await auditPost(t.worker.client, audit.path, { do: 'respond', response: 'I agree, and visits are now weekly.' });
		assert.equal(r.status, 303);
		r = await auditPost(t.manager.client, audit.path, { do: 'respond', response: 'Supervision booked.' });
		assert.equal(r.status, 303);
		const rs = auditEntries(audit.id).filter((e) => e.kind === 'response');
		assert.equal(rs.length, 3);
		assert.equal(rs[0].corrects, 0);
		assert.equal(rs[1].corrects, rs[0].id, 'the correction names the response it corrects');
		assert.equal(rs[2].corrects, 0, 'another person does not correct the worker');
		assert.equal(rs[0].note, 'I agree with the findings.', 'the first response is kept as it was');
	});

	test('the worker says they have read it, once', async () => {
		let home = await t.worker.client.get('/');
		assert.match(home.text, new RegExp(`href="${audit.path}"`), 'the home page asks the worker to read it');
		let page = await t.worker.client.get(audit.path);
		assert.match(page.text, /I have read this audit/);
		assert.equal((await auditPost(t.worker.client, audit.path, { do: 'read' })).status, 303);
		assert.equal((await auditPost(t.worker.client, audit.path, { do: 'read' })).status, 303);
		assert.equal(auditEntries(audit.id).filter((e) => e.kind === 'read').length, 1);
		page = await t.worker.client.get(audit.path);
		assert.doesNotMatch(page.text, /I have read this audit/);
		home = await t.worker.client.get('/');
		assert.doesNotMatch(home.text, new RegExp(`href="${audit.path}"`), 'and no longer once read');
		assert.equal((await auditPost(t.manager.client, audit.path, { do: 'read' })).status, 403,
			'only the worker says they have read it');
	});

	test('closing asks for confirmation and needs the auditor or moderator', async () => {
		assert.equal((await auditPost(t.manager.client, audit.path, { do: 'close' })).status, 403);
		const first = await auditPost(auditor.client, audit.path, { do: 'close' });
		assert.equal(first.status, 200);
		assert.match(first.text, /Close this audit/);
		assert.equal(auditRow(audit.id).status, 'moderated', 'nothing changes before confirming');
		const r = await auditor.client.post(audit.path, { csrf: formFields(first.text, audit.path).csrf, do: 'close', confirm: '1' });
		assert.equal(r.status, 303);
		assert.equal(auditRow(audit.id).status, 'closed');
		assert.equal((await auditPost(t.worker.client, audit.path, { do: 'respond', response: 'late' })).status, 403);
	});

	test('chorusctl verify finds the audit chain intact', () => {
		const r = chorusctl(['verify']);
		assert.equal(r.code, 0, r.stdout + r.stderr);
		assert.match(r.stdout, /audit entries, each follows from the one before it/);
		assert.match(r.stdout, /escalation events, each follows from the one before it/);
	});
});

describe('who may audit and moderate', () => {
	let t;
	let auditor;

	before(async () => {
		t = await auditTeam('who');
		auditor = await addAuditor('who-a');
	});

	test('only auditors start audits', async () => {
		assert.equal((await t.worker.client.get('/standards/audits/new')).status, 403);
		assert.equal((await t.manager.client.get('/standards/audits/new')).status, 403);
		const r = await t.manager.client.post('/standards/audits/new', {
			csrf: await t.manager.client.csrf('/standards/audits/'), case_ref: 'X1', worker: String(t.worker.id),
		});
		assert.equal(r.status, 403);
	});

	test('the case worker cannot moderate an audit of their own case, even as an auditor', async () => {
		const workerAuditor = await addPerson({ team: t.team, roles: 'staff,auditor', prefix: 'who-wa' });
		const audit = await startAudit(auditor, workerAuditor);
		assert.equal((await submitAudit(auditor, audit, gradeForm(items))).status, 303);
		const r = await moderateAudit(workerAuditor, audit, items);
		assert.equal(r.status, 403);
		assert.equal(auditRow(audit.id).status, 'submitted');
	});

	test('another auditor cannot edit a draft that is not theirs', async () => {
		const other = await addAuditor('who-b');
		const audit = await startAudit(auditor, t.worker);
		const r = await auditPost(other.client, audit.path, { ...gradeForm(items), do: 'save' });
		assert.equal(r.status, 403);
	});
});

describe('bad input keeps every answer', () => {
	let t;
	let auditor;
	let audit;

	before(async () => {
		t = await auditTeam('bad');
		auditor = await addAuditor('bad-a');
		audit = await startAudit(auditor, t.worker);
	});

	test('an unknown grade is refused with an error summary and the rest kept', async () => {
		const form = gradeForm(items, 'good', { [items[1]]: 'brilliant' });
		const r = await auditPost(auditor.client, audit.path, { ...form, do: 'save' });
		assert.equal(r.status, 422);
		const sum = errorSummaryOf(r.text);
		assert.ok(sum, 'error summary');
		assert.match(sum, new RegExp(`href="#grade-${items[1]}"`));
		assert.match(textOf(sum), /Choose a grade from the list/);
		const f = formFields(r.text, audit.path);
		assert.equal(f[`grade-${items[0]}`], 'good');
		assert.equal(f[`evidence-${items[2]}`].trim(), form[`evidence-${items[2]}`]);
		assert.equal(f[`comments-${items[1]}`].trim(), form[`comments-${items[1]}`]);
	});

	test('missing evidence is refused on submit, not on save', async () => {
		const form = gradeForm(items, 'good', {});
		form[`evidence-${items[0]}`] = '';
		assert.equal((await auditPost(auditor.client, audit.path, { ...form, do: 'save' })).status, 303);
		const r = await auditPost(auditor.client, audit.path, { ...form, do: 'submit' });
		assert.equal(r.status, 422);
		assert.match(textOf(errorSummaryOf(r.text)), /Enter the evidence for this grade/);
		assert.match(r.text, new RegExp(`id="evidence-${items[0]}-error"`));
		assert.equal(auditRow(audit.id).status, 'draft');
	});

	test('not applicable needs no evidence, but the overall grade cannot be not applicable', async () => {
		const form = gradeForm(items, 'good', { [items[0]]: 'not_applicable', OVERALL: 'not_applicable' });
		form[`evidence-${items[0]}`] = '';
		const r = await auditPost(auditor.client, audit.path, { ...form, do: 'submit' });
		assert.equal(r.status, 422);
		const sum = textOf(errorSummaryOf(r.text));
		assert.match(sum, /overall grade cannot be not applicable/);
		assert.doesNotMatch(sum, /Enter the evidence/);
	});

	test('overlong text is refused and kept', async () => {
		const long = 'x'.repeat(4001);
		const form = gradeForm(items, 'good');
		form[`comments-${items[0]}`] = long;
		const r = await auditPost(auditor.client, audit.path, { ...form, do: 'save' });
		assert.equal(r.status, 422);
		assert.match(textOf(errorSummaryOf(r.text)), /4000 characters or fewer/);
		assert.equal(formFields(r.text, audit.path)[`comments-${items[0]}`].trim(), long);
	});

	test('a bad case reference and no worker are refused when starting', async () => {
		const csrf = await auditor.client.csrf('/standards/audits/new');
		const r = await auditor.client.post('/standards/audits/new', { csrf, case_ref: '<b>x</b>', worker: '' });
		assert.equal(r.status, 422);
		const sum = textOf(errorSummaryOf(r.text));
		assert.match(sum, /Case reference must be/);
		assert.match(sum, /Choose the allocated worker/);
		assert.equal(formFields(r.text, '/standards/audits/new').case_ref, '<b>x</b>');
	});

	test('a moderator who disagrees must give a different grade and reasons', async () => {
		const mod = await addAuditor('bad-m');
		const a2 = await startAudit(auditor, t.worker);
		assert.equal((await submitAudit(auditor, a2, gradeForm(items))).status, 303);
		const r = await moderateAudit(mod, a2, items, { [items[0]]: { grade: 'good', reasons: '' } });
		assert.equal(r.status, 422);
		const sum = textOf(errorSummaryOf(r.text));
		assert.match(sum, /same as the auditor's/);
		assert.match(sum, /Enter your reasons/);
		assert.equal(formFields(r.text, a2.path)[`agree-${items[0]}`], '0', 'the choice is kept');
		assert.equal(auditRow(a2.id).status, 'submitted');
	});
});

describe('escalations', () => {
	let t;
	let auditor;

	before(async () => {
		t = await auditTeam('esc');
		auditor = await addAuditor('esc-a');
	});

	function mailFor(caseRef) {
		return mailMessages().filter((m) => m.text.includes(`case ${caseRef}`));
	}

	test('an Inadequate grade opens an escalation to the team manager, due in five working days, mailed', async () => {
		const audit = await startAudit(auditor, t.worker);
		const r = await submitAudit(auditor, audit, gradeForm(items, 'good', { [items[1]]: 'inadequate' }));
		assert.equal(r.status, 303);
		const [e] = escalationsOf(audit.id);
		assert.ok(e, 'an escalation is open');
		assert.equal(e.reason, 'inadequate');
		assert.equal(e.owner, t.manager.id);
		assert.equal(e.team, t.teamId);
		assert.equal(e.due, addWorkingDays(e.opened, 5));
		assert.deepEqual(e.events, ['opened']);
		const mail = mailFor(audit.caseRef);
		assert.equal(mail.length, 1, 'one message');
		assert.match(mail[0].text, new RegExp(`^To: ${t.manager.email}$`, 'm'));
		assert.match(mail[0].text, new RegExp(`/standards/escalation/${e.id}`));
		assert.doesNotMatch(mail[0].text, /^Subject: URGENT/m);
	});

	test('a safety concern opens an urgent escalation due in one working day', async () => {
		const audit = await startAudit(auditor, t.worker);
		const r = await submitAudit(auditor, audit, { ...gradeForm(items, 'good'), safety: '1' });
		assert.equal(r.status, 303);
		const es = escalationsOf(audit.id);
		assert.equal(es.length, 1);
		assert.equal(es[0].reason, 'safety');
		assert.equal(es[0].due, addWorkingDays(es[0].opened, 1));
		assert.equal(auditEntries(audit.id)[0].safety, 1);
		const mail = mailFor(audit.caseRef);
		assert.equal(mail.length, 1);
		assert.match(mail[0].text, /^Subject: URGENT: Case audit escalation/m);
	});

	test('a moderator Inadequate grade escalates too, once per reason', async () => {
		const mod = await addAuditor('esc-m');
		const audit = await startAudit(auditor, t.worker);
		assert.equal((await submitAudit(auditor, audit, gradeForm(items))).status, 303);
		assert.equal(escalationsOf(audit.id).length, 0);
		const r = await moderateAudit(mod, audit, items, { OVERALL: { grade: 'inadequate', reasons: 'Risk not managed.' } });
		assert.equal(r.status, 303);
		const es = escalationsOf(audit.id);
		assert.equal(es.length, 1);
		assert.equal(es[0].reason, 'inadequate');
	});

	describe('actioning one', () => {
		let audit;
		let esc;
		let escPath;

		before(async () => {
			audit = await startAudit(auditor, t.worker);
			assert.equal((await submitAudit(auditor, audit, gradeForm(items, 'inadequate'))).status, 303);
			[esc] = escalationsOf(audit.id);
			escPath = `/standards/escalation/${esc.id}`;
		});

		test('it is at the top of the manager home page', async () => {
			const home = await t.manager.client.get('/');
			const i = home.text.indexOf(escPath);
			assert.ok(i > 0, 'home links to the escalation');
			assert.ok(i < home.text.indexOf('Hello,'), 'above the greeting');
		});

		test('only managers of the team action it', async () => {
			assert.equal((await t.worker.client.get(escPath)).status, 403);
			assert.equal((await auditor.client.get(escPath)).status, 403);
			const otherManager = await addPerson({ team: 'Front Door South', roles: 'staff,manager', prefix: 'esc-om' });
			assert.equal((await otherManager.client.get(escPath)).status, 403);
			const r = await otherManager.client.post(escPath, { csrf: await otherManager.client.csrf('/'), do: 'action', text: 'x' });
			assert.equal(r.status, 403);
		});

		test('it cannot close without an action recorded', async () => {
			const r = await t.manager.client.post(escPath, { csrf: await t.manager.client.csrf(escPath), do: 'close' });
			assert.equal(r.status, 422);
			assert.match(textOf(errorSummaryOf(r.text)), /Record the remedial action before you close/);
			const forced = await t.manager.client.post(escPath, { csrf: await t.manager.client.csrf(escPath), do: 'close', confirm: '1' });
			assert.equal(forced.status, 422, 'not even with confirm=1');
			assert.deepEqual(escalationsOf(audit.id)[0].events, ['opened']);
		});

		test('an empty action is refused; a real one is kept; then it closes after confirmation', async () => {
			let r = await t.manager.client.post(escPath, { csrf: await t.manager.client.csrf(escPath), do: 'action', text: '  ' });
			assert.equal(r.status, 422);
			assert.match(textOf(errorSummaryOf(r.text)), /Enter the remedial action/);
			r = await t.manager.client.post(escPath, { csrf: await t.manager.client.csrf(escPath), do: 'action', text: 'Case reallocated; visit made today.' });
			assert.equal(r.status, 303);
			r = await t.manager.client.post(escPath, { csrf: await t.manager.client.csrf(escPath), do: 'close' });
			assert.equal(r.status, 200);
			assert.match(r.text, /Close this escalation/);
			r = await t.manager.client.post(escPath, { csrf: formFields(r.text, escPath).csrf, do: 'close', confirm: '1' });
			assert.equal(r.status, 303);
			assert.deepEqual(escalationsOf(audit.id)[0].events, ['opened', 'action', 'closed']);
			const page = await t.manager.client.get(escPath);
			assert.match(textOf(page.text), /Case reallocated; visit made today\./);
			assert.doesNotMatch(page.text, /Record action/, 'a closed escalation takes nothing more');
			r = await t.manager.client.post(escPath, { csrf: csrfOf(page.text), do: 'action', text: 'more' });
			assert.equal(r.status, 409);
		});
	});

	test('overdue is computed and listed for heads of service', async () => {
		const audit = await startAudit(auditor, t.worker);
		assert.equal((await submitAudit(auditor, audit, { ...gradeForm(items), safety: '1' })).status, 303);
		const [e] = escalationsOf(audit.id);
		const head = await addPerson({ team: 'Service Leadership', roles: 'staff,head', prefix: 'esc-h' });
		assert.match((await head.client.get('/standards/audits/')).text, new RegExp(audit.caseRef),
			'a head of service sees submitted audits');
		let list = await head.client.get('/standards/escalations');
		assert.doesNotMatch(list.text, new RegExp(`/standards/escalation/${e.id}"`), 'not overdue yet');
		// Move the due time into the past as root: the row is not changed
		// by any program, and overdue is worked out when the page is read.
		const due = e.due;
		setDue(e.id, '2020-01-06 09:00:00');
		try {
			list = await head.client.get('/standards/escalations');
			assert.match(list.text, new RegExp(`/standards/escalation/${e.id}"`));
			const home = await head.client.get('/');
			assert.match(home.text, /Overdue escalations/);
			const page = await t.manager.client.get(`/standards/escalation/${e.id}`);
			assert.match(page.text, /govuk-tag--red">Overdue/);
		} finally {
			setDue(e.id, due);
		}
		assert.equal(chorusctl(['verify']).code, 0, 'the chain is intact again once restored');
	});
});

function csrfOf(html) {
	return (html.match(/name="csrf" value="([^"]+)"/) || [])[1];
}

function setDue(id, due) {
	const r = sql('ctl', `UPDATE ${tbl('escalation')} SET due_at = '${due}' WHERE id = ${Number(id)}`);
	assert.equal(r.code, 0, r.stderr);
}

describe('sampling cases', () => {
	test('N cases per team from a pasted list, with errors named by line', async () => {
		const t1 = await auditTeam('smp1');
		const t2 = await auditTeam('smp2');
		const mgr = t1.manager;
		const lines = [];
		for (let i = 0; i < 6; i++) lines.push(`S1-${i}, ${t1.worker.username}`);
		for (let i = 0; i < 3; i++) lines.push(`S2-${i}\t${t2.worker.username}`);
		const csrf = await mgr.client.csrf('/standards/audits/sample');
		let r = await mgr.client.post('/standards/audits/sample', { csrf, per_team: '2', cases: lines.join('\n') });
		assert.equal(r.status, 200);
		const got = [...r.text.matchAll(/class="chorus-sample-case">(S[12]-\d),/g)].map((m) => m[1]);
		const uniqGot = [...new Set(got)];
		assert.equal(uniqGot.filter((c) => c.startsWith('S1-')).length, 2);
		assert.equal(uniqGot.filter((c) => c.startsWith('S2-')).length, 2);
		assert.equal(got.length, 4, 'each sampled case once');
		r = await mgr.client.post('/standards/audits/sample', { csrf, per_team: '2', cases: `${lines[0]}\nNOCOMMA\nS9-1, nobody.${uniq('x')}` });
		assert.equal(r.status, 422);
		const sum = textOf(errorSummaryOf(r.text));
		assert.match(sum, /Line 2: put a comma/);
		assert.match(sum, /Line 3: no active worker/);
		assert.match(formFields(r.text, '/standards/audits/sample').cases, /NOCOMMA/);
		assert.equal((await t1.worker.client.get('/standards/audits/sample')).status, 403);
	});
});

describe('moderation agreement', () => {
	test('counts agreed grades per auditor', async () => {
		const t = await auditTeam('agr');
		const a = await addAuditor('agr-a');
		const m = await addAuditor('agr-m');
		const audit = await startAudit(a, t.worker);
		assert.equal((await submitAudit(a, audit, gradeForm(items))).status, 303);
		assert.equal((await moderateAudit(m, audit, items, { [items[0]]: { grade: 'outstanding', reasons: 'Better than that.' } })).status, 303);
		const page = await a.client.get('/standards/audits/agreement');
		assert.equal(page.status, 200);
		const row = (page.text.match(/<tr\b[\s\S]*?<\/tr>/g) || []).find((tr) => tr.includes(a.name));
		assert.ok(row, 'a row for the auditor');
		const pct = Math.round(((items.length - 1) * 100) / items.length);
		assert.match(textOf(row), new RegExp(`1 ${items.length} ${items.length - 1} ${pct}%`));
		assert.equal((await t.worker.client.get('/standards/audits/agreement')).status, 403);
	});
});
