// People in chorus-admin: search, a person's page, roles (saved, logged
// before and after, sessions ended; refused with the error summary when
// none is ticked or an admin would drop their own admin role), a one-time
// password shown once (stored only as an argon2id hash, never in the log),
// deactivation with a confirmation page (signed out, cannot sign in, their
// acknowledgements stay theirs), and the refusals. Generated people only.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
	signIn, submitSignin, Client, sqlValue, sqlq, tbl, textOf, formFields, errorSummaryOf, localPath, addPerson,
} from './lib.mjs';

function sessions(id) {
	return Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('session')} WHERE staff_id = ${id}`));
}

function lastLog(action, id) {
	return sqlValue('ctl', `SELECT CONCAT(COALESCE(l.before_value, ''), ' => ', COALESCE(l.after_value, ''))
		FROM ${tbl('admin_log')} l JOIN ${tbl('staff')} s ON s.staff_no = l.subject
		WHERE l.action = ${sqlq(action)} AND s.id = ${id} ORDER BY l.id DESC LIMIT 1`);
}

let admin;

before(async () => {
	admin = await addPerson({ roles: 'admin', prefix: 'padm' });
});

describe('search and view', () => {
	test('search finds a person by part of their username and links to their page', async () => {
		const p = await addPerson({ prefix: 'psrch', signin: false });
		const r = await admin.client.get(`/admin/people?q=${encodeURIComponent(p.username.slice(2, 14))}`);
		assert.equal(r.status, 200);
		assert.ok(r.text.includes(`href="/admin/person?id=${p.id}"`), 'a link to the person');
		const page = await admin.client.get(`/admin/person?id=${p.id}`);
		assert.equal(page.status, 200);
		assert.ok(textOf(page.text).includes(p.username));
		assert.match(textOf(page.text), /Status\s*Active/);
		assert.equal((await admin.client.get('/admin/person?id=999999999')).status, 404);
	});
});

describe('roles', () => {
	test('saving roles logs before and after and signs the person out', async () => {
		const p = await addPerson({ prefix: 'prole' });
		assert.ok(sessions(p.id) > 0);
		const page = await admin.client.get(`/admin/person?id=${p.id}`);
		const action = `/admin/person/roles?id=${p.id}`;
		const f = formFields(page.text, action);
		assert.ok(f, 'a roles form');
		const body = new URLSearchParams({ csrf: f.csrf });
		body.append('role', 'staff');
		body.append('role', 'auditor');
		const r = await admin.client.post(action, body);
		assert.equal(r.status, 303);
		assert.equal(sqlValue('ctl', `SELECT roles FROM ${tbl('staff')} WHERE id = ${p.id}`), 'staff,auditor');
		assert.equal(lastLog('staff.roles', p.id), 'staff => staff,auditor');
		assert.equal(sessions(p.id), 0, 'signed out');
		assert.equal((await p.client.get('/')).status, 303, 'their old session no longer works');
	});

	test('no role, an unknown role, or dropping your own admin role is refused with the summary', async () => {
		const p = await addPerson({ prefix: 'prole2', signin: false });
		const action = `/admin/person/roles?id=${p.id}`;
		const csrf = await admin.client.csrf(`/admin/person?id=${p.id}`);
		const none = await admin.client.post(action, { csrf });
		assert.equal(none.status, 422);
		assert.match(textOf(errorSummaryOf(none.text)), /Select at least one role/);
		assert.match(none.text, /govuk-checkboxes__input/);
		const bad = await admin.client.post(action, { csrf, role: 'superuser' });
		assert.equal(bad.status, 422);
		const self = await admin.client.post(`/admin/person/roles?id=${admin.id}`, { csrf, role: 'staff' });
		assert.equal(self.status, 422);
		assert.match(textOf(errorSummaryOf(self.text)), /own admin role/);
		assert.match(self.text, /id="role-staff"[^>]*checked/, 'what was ticked is kept');
		assert.equal(sqlValue('ctl', `SELECT roles FROM ${tbl('staff')} WHERE id = ${admin.id}`), 'admin');
	});
});

describe('password reset', () => {
	test('a confirmation page, then a one-time password shown once that signs them in', async () => {
		const p = await addPerson({ prefix: 'ppw' });
		const confirm = await admin.client.get(`/admin/person/password?id=${p.id}`);
		assert.equal(confirm.status, 200);
		const f = formFields(confirm.text, `/admin/person/password?id=${p.id}`);
		assert.ok(f);
		const r = await admin.client.post(`/admin/person/password?id=${p.id}`, f);
		assert.equal(r.status, 200);
		assert.match(r.headers.get('cache-control') || '', /no-store/);
		const pw = textOf(r.text.match(/id="one-time-password">([^<]+)</)[1]);
		assert.equal(pw.length, 16);
		const hash = sqlValue('ctl', `SELECT password_hash FROM ${tbl('staff')} WHERE id = ${p.id}`);
		assert.match(hash, /^\$argon2id\$/);
		assert.ok(!hash.includes(pw));
		const logged = sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('admin_log')} WHERE CONCAT(COALESCE(before_value,''), COALESCE(after_value,'')) LIKE ${sqlq(`%${pw}%`)}`);
		assert.equal(logged, '0', 'the password is never logged');
		assert.equal(lastLog('staff.password', p.id), ' => one-time password issued');
		assert.equal(sessions(p.id), 0);
		await signIn(p.username, pw);
		const old = await submitSignin(new Client(), p.username, p.password);
		assert.notEqual(old.status, 303, 'the old password no longer works');
	});
});

describe('deactivate', () => {
	test('confirm, then they are signed out and cannot sign in; admins cannot deactivate themselves', async () => {
		const p = await addPerson({ prefix: 'pdeact' });
		const confirm = await admin.client.get(`/admin/person/deactivate?id=${p.id}`);
		assert.equal(confirm.status, 200);
		assert.match(textOf(confirm.text), /stay attributable/);
		const f = formFields(confirm.text, `/admin/person/deactivate?id=${p.id}`);
		assert.equal(sqlValue('ctl', `SELECT active FROM ${tbl('staff')} WHERE id = ${p.id}`), '1', 'nothing yet');
		const r = await admin.client.post(`/admin/person/deactivate?id=${p.id}`, f);
		assert.equal(r.status, 303);
		assert.equal(localPath(r.location), `/admin/person?id=${p.id}&done=deactivated`);
		assert.equal(sqlValue('ctl', `SELECT active FROM ${tbl('staff')} WHERE id = ${p.id}`), '0');
		assert.equal(sessions(p.id), 0);
		assert.equal(lastLog('staff.deactivate', p.id), ' => deactivated');
		const again = await submitSignin(new Client(), p.username, p.password);
		assert.notEqual(again.status, 303, 'a deactivated person cannot sign in');
		assert.equal((await admin.client.post(`/admin/person/deactivate?id=${p.id}`, f)).status, 409);
		const self = await admin.client.post(`/admin/person/deactivate?id=${admin.id}`, f);
		assert.equal(self.status, 422);
		assert.equal(sqlValue('ctl', `SELECT active FROM ${tbl('staff')} WHERE id = ${admin.id}`), '1');
	});
});

describe('refusals', () => {
	test('HR and staff see no people pages', async () => {
		for (const u of ['sw.demo', 'hr.demo']) {
			const cl = await signIn(u);
			for (const path of ['/admin/people?q=a', `/admin/person?id=${admin.id}`, `/admin/person/password?id=${admin.id}`]) {
				assert.equal((await cl.get(path)).status, 403, `${u} ${path}`);
			}
		}
	});
});
