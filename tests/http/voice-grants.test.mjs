// Least privilege for chorus-voice, the public program: its database
// account reads the form definitions (and their words, the safeguarding
// terms, link codes, team names) and adds feedback, and nothing else. It
// cannot read back any feedback, follow-up, person, session or survey
// answer, and holds no UPDATE or DELETE anywhere. Checked with the mariadb
// client as the account itself (no writes are made: INSERT is proved from
// SHOW GRANTS, so no test row is left behind).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { sql, tbl, readConf } from './lib.mjs';

/* The statement must fail with a privilege error, not a connection error. */
function assertDenied(account, query) {
	const r = sql(account, query);
	assert.notEqual(r.code, 0, `${account} should be refused: ${query}\nstdout: ${r.stdout}`);
	assert.match(r.stderr, /denied/i, `${account}: refusal is a privilege error for: ${query}\nstderr: ${r.stderr}`);
	assert.doesNotMatch(r.stderr, /Access denied for user/i, `${account} could not even connect: ${r.stderr}`);
}

function assertAllowed(account, query) {
	const r = sql(account, query);
	assert.equal(r.code, 0, `${account} may run: ${query}\nstderr: ${r.stderr}`);
	return r.stdout;
}

/*
 * The voice account's grants on its database, per table:
 * {table: Set of privileges} ('*' for database-wide grants), plus column
 * grants as 'SELECT(col,...)'.
 */
function voiceGrants() {
	const db = readConf().database?.name || 'chorus';
	const out = assertAllowed('voice', 'SHOW GRANTS FOR CURRENT_USER');
	const grants = {};
	for (const line of out.split('\n').filter(Boolean)) {
		const m = line.match(/^GRANT (.+) ON (\S+) TO /);
		assert.ok(m, `a GRANT line: ${line}`);
		const [, privs, on] = m;
		if (on === '*.*') {
			assert.match(privs, /^USAGE$/, `no global privileges: ${line}`);
			continue;
		}
		const t = on.match(/^`([^`]+)`\.(?:`([^`]+)`|\*)$/);
		assert.ok(t, `grant on a table of the database: ${line}`);
		assert.equal(t[1], db, `only on the ${db} database: ${line}`);
		const table = t[2] ?? '*';
		grants[table] ??= new Set();
		for (const p of privs.split(/,\s*(?![^()]*\))/)) grants[table].add(p.trim().replace(/\s+/g, ' '));
	}
	return grants;
}

const DEFINITIONS = ['voice_form', 'voice_text', 'voice_lang', 'voice_question', 'voice_option', 'safeguard_term', 'voice_link'];
const NEVER_READ = ['feedback', 'feedback_answer', 'followup', 'followup_event', 'staff', 'session', 'response', 'answer',
	'participation', 'survey_draft', 'audit', 'admin_log', 'form_stash'];

describe('voice account: reads form definitions only', () => {
	for (const table of DEFINITIONS) {
		test(`can SELECT ${table}`, () => {
			const n = Number(assertAllowed('voice', `SELECT COUNT(*) FROM ${tbl(table)}`).trim());
			assert.ok(n > 0, `${table} has rows (the demo forms): ${n}`);
		});
	}

	test('can read team names for the list, but not the rest of the team row', () => {
		assertAllowed('voice', `SELECT id, name FROM ${tbl('team')} WHERE closed_on IS NULL LIMIT 1`);
		assertDenied('voice', `SELECT * FROM ${tbl('team')} LIMIT 1`);
	});

	for (const table of NEVER_READ) {
		test(`cannot SELECT ${table}`, () => assertDenied('voice', `SELECT * FROM ${tbl(table)} LIMIT 1`));
	}

	test('cannot count or probe feedback either', () => {
		assertDenied('voice', `SELECT COUNT(*) FROM ${tbl('feedback')}`);
		assertDenied('voice', `SELECT 1 FROM ${tbl('feedback_answer')} WHERE text LIKE '%a%' LIMIT 1`);
	});
});

describe('voice account: adds feedback, changes nothing', () => {
	test('SHOW GRANTS: INSERT (and nothing more) on feedback and its answers, no SELECT', () => {
		const g = voiceGrants();
		assert.equal(g['*'], undefined, 'no database-wide grant');
		for (const t of ['feedback', 'feedback_answer']) {
			assert.deepEqual([...(g[t] || [])], ['INSERT'], `${t}: INSERT only (has ${[...(g[t] || [])]})`);
		}
		for (const t of ['followup', 'followup_event']) {
			assert.ok(!g[t] || [...g[t]].every((p) => p === 'INSERT'), `${t}: at most INSERT (has ${[...(g[t] || [])]})`);
		}
		for (const t of DEFINITIONS) assert.deepEqual([...(g[t] || [])], ['SELECT'], `${t}: SELECT only`);
		for (const [t, privs] of Object.entries(g)) {
			for (const p of privs) {
				assert.match(p, /^(SELECT|INSERT|SELECT \([^)]*\))$/, `${t}: no ${p}`);
				if (p === 'INSERT') assert.ok(['feedback', 'feedback_answer', 'followup', 'followup_event'].includes(t), `INSERT on ${t}`);
			}
		}
		assert.ok(!g.staff && !g.session && !g.response && !g.answer, 'no grant at all on staff, session, response, answer');
	});

	test('cannot UPDATE or DELETE feedback or follow-ups', () => {
		assertDenied('voice', `UPDATE ${tbl('feedback')} SET contact_name = NULL WHERE 1 = 0`);
		assertDenied('voice', `DELETE FROM ${tbl('feedback')} WHERE 1 = 0`);
		assertDenied('voice', `UPDATE ${tbl('followup')} SET status = 'closed' WHERE 1 = 0`);
		assertDenied('voice', `DELETE FROM ${tbl('followup_event')} WHERE 1 = 0`);
	});

	test('cannot change the form definitions or the safeguarding words', () => {
		assertDenied('voice', `DELETE FROM ${tbl('safeguard_term')} WHERE 1 = 0`);
		assertDenied('voice', `UPDATE ${tbl('voice_text')} SET text = 'x' WHERE 1 = 0`);
		assertDenied('voice', `INSERT INTO ${tbl('voice_link')} (code, team_id) VALUES ('X-PROBE', 1)`);
	});
});
