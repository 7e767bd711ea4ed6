// Health check and riding out a database outage. Stops and restarts the
// stack's MariaDB, so it runs last and its tests run one after another.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client, signIn, stack, waitFor, sleep } from './lib.mjs';

const RECOVERY_MS = 20000;

describe('health and database outage', { concurrency: 1 }, () => {
	let sw, admin, hr;
	let dbStopped = false;

	before(async () => {
		sw = await signIn('sw.demo');
		admin = await signIn('admin.demo');
		hr = await signIn('hr.demo');
	});

	// Whatever happened above, leave the database running.
	after(() => {
		if (dbStopped) stack('db-start');
	});

	test('/healthz says ok when the database answers', async () => {
		const r = await new Client().get('/healthz');
		assert.equal(r.status, 200);
		assert.match(r.ctype, /^text\/plain/);
		assert.equal(r.text, 'ok\n');
		assert.match(r.headers.get('cache-control') || '', /no-store/, 'health is never cached');
	});

	test('with the database down: 503 health, calm 503 pages, then recovery', async () => {
		dbStopped = true;
		try {
			stack('db-stop');

			const health = await waitFor(async () => {
				const r = await new Client().get('/healthz');
				return r.status === 503 ? r : null;
			}, 10000);
			assert.ok(health, '/healthz turns 503 once MariaDB is gone');
			assert.ok(!/^ok/.test(health.text), 'and does not say ok');

			const home = await sw.get('/');
			assert.equal(home.status, 503, 'signed-in home page while the database is down');
			assert.match(home.ctype, /^text\/html/);
			assert.match(home.text, /<title>[^<]+<\/title>/, 'a proper page');
			assert.ok(!/\bSQL\b|\bstack\b|mysqld|mariadb|errno/i.test(home.text), 'no internals on the 503 page');
			assert.match(home.headers.get('content-security-policy') || '', /./, 'security headers on the 503 page too');

			const signin = await new Client().get('/signin');
			assert.ok(signin.status === 200 || signin.status === 503, `GET /signin during outage: ${signin.status}`);
		} finally {
			stack('db-start');
			dbStopped = false;
		}

		const started = Date.now();
		const healthy = await waitFor(async () => (await new Client().get('/healthz')).status === 200, RECOVERY_MS);
		assert.ok(healthy, `/healthz is 200 again within ${RECOVERY_MS / 1000}s of db-start`);

		// Every program reconnects by itself; the sessions made before the outage still work.
		const remaining = () => Math.max(RECOVERY_MS - (Date.now() - started), 2000);
		for (const [label, client, page] of [
			['staff (sw.demo)', sw, '/'],
			['admin (admin.demo)', admin, '/admin/'],
			['insights (hr.demo)', hr, '/insights/'],
			['voice (anonymous)', new Client(), '/voice/'],
		]) {
			let last = null;
			const ok = await waitFor(async () => { last = await client.get(page); return last.status === 200; }, remaining());
			assert.ok(ok, `${label} GET ${page} is 200 again after the outage (last ${last && last.status})`);
		}
	});

	test('a new sign-in works after the outage', async () => {
		await sleep(100);
		const c = await signIn('tm.demo');
		assert.equal((await c.get('/')).status, 200);
	});
});
