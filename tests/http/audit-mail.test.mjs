// Escalation e-mail is never lost: when sendmail fails, the escalation
// stays unmailed and chorus-staff retries it every few seconds, and however
// many workers retry, the owner gets exactly one message per escalation.
//
// The dev mail sink (deploy/mailsink.sh) refuses every message with exit 75
// while $VAR/mail/.fail exists. Only this file makes that marker, and only
// for as long as each test needs (always removed in a finally block); the
// test files run one at a time, so no other file sees it.
//
// People: the team, its manager and worker and the auditor are made here,
// so no demo person or other test file is touched.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAIL_DIR, mailMessages, sleep, sql, sqlValue, tbl, waitFor } from './lib.mjs';
import {
	auditTeam, addAuditor, auditItems, startAudit, gradeForm, submitAudit, escalationsOf,
} from './audit-lib.mjs';

const MARK = path.join(MAIL_DIR, '.fail');
const TICK_MS = 5000;	/* escalation_mail_tick() runs at most this often per worker */

function mailFailing(on) {
	if (on) {
		mkdirSync(MAIL_DIR, { recursive: true });
		writeFileSync(MARK, 'mail refused for tests/http/audit-mail.test.mjs\n');
	} else {
		rmSync(MARK, { force: true });
	}
}

/* The messages about an escalation: its link is in the body. */
function mailFor(escId) {
	return mailMessages().filter((m) => m.text.includes(`/standards/escalation/${escId}\n`));
}

/* Whether the escalation's mailing is claimed (its escalation_mail row). */
function claimed(escId) {
	return Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('escalation_mail')} WHERE escalation_id = ${escId}`));
}

/*
 * Requests to chorus-staff, `width` at a time so that several workers
 * answer (each runs its retry after a response), for ms.
 */
async function traffic(client, ms, width = 6) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		const rs = await Promise.all(Array.from({ length: width }, () => client.get('/')));
		for (const r of rs) assert.equal(r.status, 200);
		await sleep(250);
	}
}

let items;
let t;
let auditor;

before(async () => {
	items = auditItems();
	t = await auditTeam('amail');
	auditor = await addAuditor('amail-a');
});

after(() => mailFailing(false));

/* Submit an audit of t's worker with one standard graded Inadequate: its escalation. */
async function inadequateEscalation() {
	const audit = await startAudit(auditor, t.worker);
	const r = await submitAudit(auditor, audit, gradeForm(items, 'good', { [items[0]]: 'inadequate' }));
	assert.equal(r.status, 303, `submit: ${r.status}`);
	const es = escalationsOf(audit.id);
	assert.equal(es.length, 1, 'an escalation is opened');
	assert.equal(es[0].reason, 'inadequate');
	assert.equal(es[0].owner, t.manager.id);
	return { audit, esc: es[0] };
}

describe('escalation mail when sendmail fails', () => {
	test('the escalation opens, no mail is kept, and nothing is left claimed', async () => {
		let esc;
		try {
			mailFailing(true);
			({ esc } = await inadequateEscalation());
			assert.equal(mailFor(esc.id).length, 0, 'no message while the mail sink refuses');
			assert.equal(claimed(esc.id), 0, 'the failed send gave its claim back');
			// The retries fail too while the sink refuses, and give the claim back each time.
			await traffic(t.manager.client, TICK_MS + 1500);
			assert.equal(mailFor(esc.id).length, 0, 'still no message');
			assert.equal(claimed(esc.id), 0, 'still unclaimed after failed retries');
		} finally {
			mailFailing(false);
		}
		// Once mail works again the retry sends it, within a few ticks.
		const sent = await waitFor(async () => {
			await traffic(t.manager.client, 500);
			return mailFor(esc.id).length > 0;
		}, 3 * TICK_MS);
		assert.ok(sent, 'the retry mails the owner within 15 s of mail working again');
		const mail = mailFor(esc.id);
		assert.equal(mail.length, 1, 'exactly one message');
		assert.match(mail[0].text, new RegExp(`^To: ${t.manager.email}$`, 'm'));
		assert.match(mail[0].text, /^Subject: Case audit escalation for /m);
		assert.equal(claimed(esc.id), 1, 'and it is recorded as mailed');
		// Every worker gets at least one more tick: still one message.
		await traffic(t.manager.client, TICK_MS + 1500);
		assert.equal(mailFor(esc.id).length, 1, 'no second message after more retries');
	});

	test('several escalations held back are each mailed once, with every worker retrying', async () => {
		const escs = [];
		try {
			mailFailing(true);
			for (let i = 0; i < 3; i++) escs.push((await inadequateEscalation()).esc);
			for (const e of escs) assert.equal(mailFor(e.id).length, 0);
			// Let every worker's retry fall due, so they all retry at once below.
			await sleep(TICK_MS + 500);
		} finally {
			mailFailing(false);
		}
		await traffic(t.manager.client, 1000, 12);
		const all = await waitFor(async () => {
			await traffic(t.manager.client, 500);
			return escs.every((e) => mailFor(e.id).length > 0);
		}, 3 * TICK_MS);
		assert.ok(all, 'every held-back escalation is mailed');
		await traffic(t.manager.client, TICK_MS + 1500, 8);
		for (const e of escs) {
			assert.equal(mailFor(e.id).length, 1, `escalation ${e.id}: exactly one message`);
			assert.equal(claimed(e.id), 1);
		}
	});

	test('with mail working, the message goes at once and the retry sends no second one', async () => {
		const { esc } = await inadequateEscalation();
		assert.equal(mailFor(esc.id).length, 1, 'mailed straight after the submission');
		assert.equal(claimed(esc.id), 1);
		await traffic(t.manager.client, TICK_MS + 1500);
		assert.equal(mailFor(esc.id).length, 1);
	});
});

describe('the mail claims and their grants', () => {
	let esc;

	before(async () => {
		({ esc } = await inadequateEscalation());
		assert.equal(claimed(esc.id), 1);
	});

	/* The statement must fail with a privilege error, not a connection error. */
	function assertDenied(account, query) {
		const r = sql(account, query);
		assert.notEqual(r.code, 0, `${account} should be refused: ${query}`);
		assert.match(r.stderr, /denied/i, r.stderr);
		assert.doesNotMatch(r.stderr, /Access denied for user/i, r.stderr);
	}

	test('a second claim of a mailed escalation is a duplicate key, so no second worker sends', () => {
		const r = sql('staff', `INSERT INTO ${tbl('escalation_mail')} (escalation_id, mailed_at)
			VALUES (${esc.id}, UTC_TIMESTAMP())`);
		assert.notEqual(r.code, 0);
		assert.match(r.stderr, /Duplicate entry/i, r.stderr);
		assert.equal(claimed(esc.id), 1);
	});

	test('staff may not rewrite when an escalation was mailed', () => assertDenied('staff',
		`UPDATE ${tbl('escalation_mail')} SET mailed_at = UTC_TIMESTAMP() WHERE escalation_id = ${esc.id}`));

	test('insights cannot read the mail claims', () => assertDenied('insights',
		`SELECT * FROM ${tbl('escalation_mail')} LIMIT 1`));
});
