// The submit procedure (sql/migrations/0020_survey_submit.sql), called as
// the staff account the way chorus-staff calls it: it runs with the
// caller's rights, only the staff account may call it, it commits nothing
// by itself, and every refusal leaves no row behind.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql, sqlq, sqlRows, sqlValue, tbl, readConf, createWave, staffRow, surveyCounts } from './lib.mjs';

const hex = (n) => randomBytes(n).toString('hex');

/* The CALL as one statement, optionally followed by COMMIT in the same session. */
function call(account, { wave, staff, token, rid, team }, commit) {
	const q = `CALL ${tbl('survey_submit_begin')}(${wave}, ${staff}, UNHEX('${token}'), UNHEX('${rid}'), ${team}, 'practitioner')`;
	return sql(account, commit ? `${q}; COMMIT` : q);
}

function tokenUsed(token) {
	return Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('used_submission')} WHERE token_hash = UNHEX('${token}')`));
}

function tookPart(wave, staff) {
	return Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('participation')} WHERE wave_id = ${wave} AND staff_id = ${staff}`));
}

describe('survey submit procedure', { concurrency: 1 }, () => {
	const wave = createWave({ title: 'Test wave submit procedure' });
	const a = staffRow('sw.demo');
	const b = staffRow('tm.demo');
	const first = { wave, staff: a.id, token: hex(32), rid: hex(16), team: a.team_id ?? 0 };

	test('runs with the caller\'s rights, and only the staff account may call it', () => {
		const sec = sqlValue('ctl', `SELECT SECURITY_TYPE FROM information_schema.ROUTINES
			WHERE ROUTINE_SCHEMA = ${sqlq(readConf().database?.name || 'chorus')} AND ROUTINE_NAME = 'survey_submit_begin'`);
		assert.equal(sec, 'INVOKER');
		for (const account of ['voice', 'insights', 'admin']) {
			const r = call(account, { ...first, token: hex(32), rid: hex(16) }, false);
			assert.notEqual(r.code, 0, `${account} must not call the procedure`);
			assert.match(r.stderr, /denied/i, `${account}: ${r.stderr}`);
		}
		assert.deepEqual(surveyCounts(wave), { participation: 0, response: 0, answer: 0, draft: 0 });
	});

	test('the CALL alone commits nothing: the caller owns the transaction', () => {
		const r = call('staff', { ...first, token: hex(32), rid: hex(16) }, false);
		assert.equal(r.code, 0, r.stderr);
		assert.deepEqual(surveyCounts(wave), { participation: 0, response: 0, answer: 0, draft: 0 },
			'the session ended without COMMIT, so nothing stays');
	});

	test('CALL and COMMIT: participation, token, response stored, draft gone', () => {
		sqlRows('ctl', `INSERT INTO ${tbl('survey_draft')} (wave_id, staff_id, updated_at, answers, section, submit_token)
			VALUES (${wave}, ${a.id}, UTC_TIMESTAMP(), '', 1, NULL)`);
		assert.equal(surveyCounts(wave).draft, 1);
		const r = call('staff', first, true);
		assert.equal(r.code, 0, r.stderr);
		assert.deepEqual(surveyCounts(wave), { participation: 1, response: 1, answer: 0, draft: 0 });
		assert.equal(tokenUsed(first.token), 1);
	});

	test('a second submission by the same person is a duplicate and stores nothing', () => {
		const again = { ...first, token: hex(32), rid: hex(16) };
		const r = call('staff', again, true);
		assert.notEqual(r.code, 0);
		assert.match(r.stderr, /ERROR 1062/, r.stderr);
		assert.equal(tokenUsed(again.token), 0, 'the new token was rolled back');
		assert.deepEqual(surveyCounts(wave), { participation: 1, response: 1, answer: 0, draft: 0 });
	});

	test('a used token is a duplicate and the person\'s participation is rolled back', () => {
		const r = call('staff', { wave, staff: b.id, token: first.token, rid: hex(16), team: b.team_id ?? 0 }, true);
		assert.notEqual(r.code, 0);
		assert.match(r.stderr, /ERROR 1062/, r.stderr);
		assert.equal(tookPart(wave, b.id), 0);
		assert.equal(surveyCounts(wave).response, 1);
	});

	test('a response id already stored is a failure, not a duplicate, and nothing stays', () => {
		const token = hex(32);
		const r = call('staff', { wave, staff: b.id, token, rid: first.rid, team: b.team_id ?? 0 }, true);
		assert.notEqual(r.code, 0);
		assert.doesNotMatch(r.stderr, /ERROR 1062/, 'chorus-staff must not read this as "already submitted"');
		assert.match(r.stderr, /ERROR 1644 .*response: .*Duplicate/, r.stderr);
		assert.equal(tookPart(wave, b.id), 0);
		assert.equal(tokenUsed(token), 0);
		assert.equal(surveyCounts(wave).response, 1);
	});
});
