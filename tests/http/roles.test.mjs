// Who may open which program: every demo role against every entry page.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, Client, DEMO_USERS, signIn } from './lib.mjs';

const PAGES = ['/', '/insights/', '/admin/', '/voice/'];

// Expected status per user and page (200 allowed, 403 signed in but refused).
const EXPECTED = {
	'sw.demo':    { '/': 200, '/insights/': 403, '/admin/': 403, '/voice/': 200 },
	'tm.demo':    { '/': 200, '/insights/': 200, '/admin/': 403, '/voice/': 200 },
	'aud.demo':   { '/': 200, '/insights/': 403, '/admin/': 403, '/voice/': 200 },
	'hr.demo':    { '/': 200, '/insights/': 200, '/admin/': 200, '/voice/': 200 },	// hr: the roster and survey screens
	'admin.demo': { '/': 200, '/insights/': 403, '/admin/': 200, '/voice/': 200 },
};

const clients = {};

before(async () => {
	for (const u of DEMO_USERS) clients[u] = await signIn(u);
});

describe('role checks', () => {
	for (const user of DEMO_USERS) {
		for (const page of PAGES) {
			const want = EXPECTED[user][page];
			test(`${user} GET ${page} -> ${want}`, async () => {
				const r = await clients[user].get(page);
				assert.equal(r.status, want, `${user} on ${page}`);
				assert.match(r.ctype, /^text\/html/);
				if (want === 403) {
					assert.ok(!/<form\b[^>]*action="\/admin\/teams"/i.test(r.text), 'a refusal shows no admin form');
					assert.match(r.text, /<title>[^<]+<\/title>/, 'the refusal is a proper page');
				}
			});
		}
	}

	test('a refused user is still signed in afterwards', async () => {
		const sw = clients['sw.demo'];
		assert.equal((await sw.get('/admin/')).status, 403);
		assert.equal((await sw.get('/')).status, 200);
	});
});

describe('anonymous visitors', () => {
	for (const page of ['/', '/insights/', '/admin/']) {
		test(`GET ${page} -> 303 /signin?next=${page}`, async () => {
			const r = await new Client().get(page);
			assert.equal(r.status, 303);
			const loc = new URL(r.location, BASE);
			assert.equal(loc.origin, new URL(BASE).origin, 'redirect stays on this site');
			assert.equal(loc.pathname, '/signin');
			assert.equal(loc.searchParams.get('next'), page);
		});
	}

	test('GET /voice/ -> 200 without an account', async () => {
		const r = await new Client().get('/voice/');
		assert.equal(r.status, 200);
		assert.match(r.ctype, /^text\/html/);
		assert.ok(!r.setCookies.some((c) => c.name === 'chorus_session'), 'voice gives no staff session');
	});

	test('a made-up session cookie is treated as anonymous', async () => {
		const c = new Client();
		c.setCookie('chorus_session', 'B'.repeat(43));
		for (const page of ['/', '/admin/', '/insights/']) {
			const r = await c.get(page);
			assert.equal(r.status, 303, `${page} with a forged cookie`);
		}
	});
});
