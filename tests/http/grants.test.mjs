// Least privilege: each program's database account is refused what it
// must never do. Connects with the mariadb client over the stack's socket
// using the passwords in $CHORUS_VAR/chorus.conf.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { sql, tbl } from './lib.mjs';

/* The statement must fail with a privilege error, not a connection error. */
function assertDenied(account, query) {
	const r = sql(account, query);
	assert.notEqual(r.code, 0, `${account} should be refused: ${query}\nstdout: ${r.stdout}`);
	assert.match(r.stderr, /denied/i, `${account}: refusal is a privilege error for: ${query}\nstderr: ${r.stderr}`);
	assert.doesNotMatch(r.stderr, /Access denied for user/i, `${account} could not even connect: ${r.stderr}`);
}

describe('database accounts can connect (control)', () => {
	for (const account of ['staff', 'voice', 'insights', 'admin']) {
		test(`${account} connects and runs SELECT 1`, () => {
			const r = sql(account, 'SELECT 1');
			assert.equal(r.code, 0, `${account}: ${r.stderr}`);
			assert.equal(r.stdout.trim(), '1');
		});
	}

	test('staff may read staff (the grants are not simply empty)', () => {
		const r = sql('staff', `SELECT COUNT(*) FROM ${tbl('staff')} WHERE username = 'sw.demo'`);
		assert.equal(r.code, 0, r.stderr);
		assert.equal(r.stdout.trim(), '1');
	});
});

describe('voice (public) account', () => {
	for (const table of ['staff', 'session', 'participation', 'survey_draft', 'signin_failure', 'admin_log']) {
		test(`cannot SELECT from ${table}`, () => assertDenied('voice', `SELECT * FROM ${tbl(table)} LIMIT 1`));
	}

	test('cannot INSERT into staff', () => assertDenied('voice',
		`INSERT INTO ${tbl('staff')} (staff_no, username, display_name) VALUES ('x1', 'voice.probe', 'Probe')`));

	test('cannot UPDATE or DELETE staff', () => {
		assertDenied('voice', `UPDATE ${tbl('staff')} SET roles = 'admin' WHERE username = 'sw.demo'`);
		assertDenied('voice', `DELETE FROM ${tbl('session')}`);
	});

	test('cannot create tables or grant itself more', () => {
		assertDenied('voice', `CREATE TABLE ${tbl('voice_probe')} (id INT)`);
		const r = sql('voice', `GRANT SELECT ON ${tbl('staff')} TO CURRENT_USER`);
		assert.notEqual(r.code, 0, 'GRANT refused');
	});
});

describe('insights account', () => {
	for (const table of ['participation', 'survey_draft', 'signin_failure', 'admin_log']) {
		test(`cannot SELECT from ${table}`, () => assertDenied('insights', `SELECT * FROM ${tbl(table)} LIMIT 1`));
	}

	test('cannot write staff', () => assertDenied('insights', `UPDATE ${tbl('staff')} SET display_name = 'x' WHERE id = 0`));
});

describe('staff account', () => {
	test('cannot SELECT from admin_log', () => assertDenied('staff', `SELECT * FROM ${tbl('admin_log')} LIMIT 1`));
	test('cannot change its own privileges', () => {
		assertDenied('staff', `UPDATE ${tbl('staff')} SET roles = 'admin' WHERE username = 'sw.demo'`);
	});
});
