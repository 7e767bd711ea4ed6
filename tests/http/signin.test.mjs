// Signing in and out: sessions, cookie flags, errors, throttling, `next`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
	BASE, Client, DEMO_USERS, DEMO_PASSWORD, signIn, submitSignin, csrfFrom,
	hiddenValue, displayName, chorusctl, uniq, textOf, attrs,
} from './lib.mjs';

/* A Location header as a local path ("/x?y"), whether sent relative or absolute. */
function localPath(location) {
	assert.ok(location, 'expected a Location header');
	return location.startsWith(BASE) ? location.slice(BASE.length) || '/' : location;
}

/* The value attribute of the input named `name`, or null. */
function inputValue(html, name) {
	for (const tag of html.match(/<input\b[^>]*>/gi) || []) {
		const a = attrs(tag);
		if (a.name === name) return a.value ?? '';
	}
	return null;
}

/* The GOV.UK-style error summary block of a page, or null. */
function errorSummary(html) {
	const m = html.match(/<(div|section|aside)\b[^>]*class="[^"]*error-summary[^"]*"[^>]*>[\s\S]*?<\/\1>\s*(?:<\/div>)?/i);
	return m ? m[0] : null;
}

const SESSION = 'chorus_session';

describe('sign in and out', () => {
	for (const username of DEMO_USERS) {
		test(`${username} signs in, sees their name, signs out`, async () => {
			const client = new Client();
			const r = await submitSignin(client, username, DEMO_PASSWORD);
			assert.equal(r.status, 303, `sign-in as ${username}`);
			assert.equal(localPath(r.location), '/');
			assert.ok(client.jar.get(SESSION), 'a session cookie was set');

			const home = await client.get('/');
			assert.equal(home.status, 200);
			assert.match(home.ctype, /^text\/html/);
			const name = displayName(username);
			assert.ok(name.length > 0, `${username} has a display name in the database`);
			assert.ok(textOf(home.text).includes(name), `home page shows "${name}"`);

			const csrf = csrfFrom(home.text);
			assert.ok(csrf, 'home page carries a csrf token for the sign-out form');
			const oldToken = client.jar.get(SESSION);
			const out = await client.post('/signout', { csrf });
			assert.equal(out.status, 303);
			assert.equal(localPath(out.location), '/signin?signedout=1');
			const cleared = out.setCookies.find((c) => c.name === SESSION);
			assert.ok(cleared, 'sign-out sends a Set-Cookie for the session cookie');
			assert.ok(!client.jar.has(SESSION), `sign-out clears the cookie (got: ${cleared.raw})`);

			// The old token must be dead on the server, not just forgotten by the browser.
			const replay = new Client();
			replay.setCookie(SESSION, oldToken);
			const after = await replay.get('/');
			assert.equal(after.status, 303, 'old session cookie no longer signs anyone in');
			assert.match(localPath(after.location), /^\/signin\b/);
		});
	}

	test('session cookie is HttpOnly, SameSite=Lax, Path=/ and (dev) not Secure', async () => {
		const client = new Client();
		const r = await submitSignin(client, 'sw.demo', DEMO_PASSWORD);
		assert.equal(r.status, 303);
		const c = r.setCookies.find((x) => x.name === SESSION);
		assert.ok(c, 'Set-Cookie chorus_session present');
		assert.equal(c.attrs.httponly, true, `HttpOnly in: ${c.raw}`);
		assert.equal(String(c.attrs.samesite).toLowerCase(), 'lax', `SameSite=Lax in: ${c.raw}`);
		assert.equal(c.attrs.path, '/', `Path=/ in: ${c.raw}`);
		assert.equal(c.attrs.secure, undefined, `no Secure on plain-HTTP dev stack: ${c.raw}`);
		assert.match(c.value, /^[A-Za-z0-9_-]{32,}$/, 'token looks like >= 192 bits of base64url');
	});

	test('pre-session cookie is HttpOnly and SameSite', async () => {
		const client = new Client();
		const r = await client.get('/signin');
		assert.equal(r.status, 200);
		const pre = r.setCookies.find((x) => x.name === 'chorus_pre');
		assert.ok(pre, 'GET /signin sets chorus_pre');
		assert.equal(pre.attrs.httponly, true, pre.raw);
		assert.ok(pre.attrs.samesite, `SameSite on: ${pre.raw}`);
		assert.ok(csrfFrom(r.text), 'form has a csrf hidden input');
	});

	test('sign-in issues a fresh session id (no fixation)', async () => {
		const planted = 'A'.repeat(43);
		const client = new Client();
		client.setCookie(SESSION, planted);
		const r = await submitSignin(client, 'sw.demo', DEMO_PASSWORD);
		assert.equal(r.status, 303);
		const issued = r.setCookies.find((x) => x.name === SESSION);
		assert.ok(issued, 'a new session cookie is set even when the browser sent one');
		assert.notEqual(issued.value, planted, 'planted session id is not adopted');
		assert.notEqual(issued.value, client.jar.get('chorus_pre') ?? '', 'pre-session token is not reused');

		const again = await signIn('sw.demo');
		assert.notEqual(again.jar.get(SESSION), issued.value, 'two sign-ins get two different ids');

		const planter = new Client();
		planter.setCookie(SESSION, planted);
		const home = await planter.get('/');
		assert.equal(home.status, 303, 'the planted id signs nobody in');
	});

	test('anonymous / redirects to /signin?next=/', async () => {
		const r = await new Client().get('/');
		assert.equal(r.status, 303);
		const loc = new URL(localPath(r.location), BASE);
		assert.equal(loc.pathname, '/signin');
		assert.equal(loc.searchParams.get('next'), '/');
	});
});

describe('sign-in errors', () => {
	test('wrong password: 422, error summary, username kept, no session', async () => {
		const client = new Client();
		const r = await submitSignin(client, 'aud.demo', 'not-the-password');
		assert.equal(r.status, 422);
		assert.match(r.ctype, /^text\/html/);
		assert.ok(errorSummary(r.text) || /There is a problem/i.test(r.text), 'page has an error summary');
		assert.equal(inputValue(r.text, 'username'), 'aud.demo', 'username field keeps what was typed');
		assert.notEqual(inputValue(r.text, 'password'), 'not-the-password', 'password is never echoed');
		assert.ok(!r.text.includes('not-the-password'), 'password text appears nowhere');
		assert.ok(!r.setCookies.some((c) => c.name === SESSION && c.value), 'no session cookie');
		assert.ok(csrfFrom(r.text), 'the form comes back usable (csrf present)');
	});

	test('empty fields: 422 with an error for each field', async () => {
		const client = new Client();
		const r = await submitSignin(client, '', '');
		assert.equal(r.status, 422);
		const summary = errorSummary(r.text);
		assert.ok(summary, 'page has an error summary (class *error-summary*)');
		const links = [...summary.matchAll(/<a\b[^>]*href="#([^"]+)"/gi)].map((m) => m[1]);
		assert.ok(links.length >= 2, `summary links to both fields, got ${JSON.stringify(links)}`);
		assert.ok(links.some((l) => /user/i.test(l)), `a link to the username field: ${links}`);
		assert.ok(links.some((l) => /pass/i.test(l)), `a link to the password field: ${links}`);
		for (const id of links) {
			assert.match(r.text, new RegExp(`id="${id}"`), `summary link #${id} points at an element on the page`);
		}
	});

	test('unknown username gets the same answer as a wrong password', async () => {
		const r = await submitSignin(new Client(), uniq('nobody'), 'whatever-password');
		assert.equal(r.status, 422);
		assert.ok(errorSummary(r.text) || /There is a problem/i.test(r.text));
	});
});

describe('sign-in throttling', () => {
	test('an unknown username is throttled after 5 failures; other accounts are not', async () => {
		const victim = uniq('ghost');
		for (let i = 1; i <= 5; i++) {
			const r = await submitSignin(new Client(), victim, `wrong-${i}`);
			assert.equal(r.status, 422, `failure ${i} is a plain 422`);
		}
		const sixth = await submitSignin(new Client(), victim, 'wrong-6');
		assert.equal(sixth.status, 429, 'sixth attempt is throttled');
		assert.match(textOf(sixth.text), /too many failed (sign-in )?attempts/i);
		assert.equal(inputValue(sixth.text, 'username'), victim, 'the form comes back with the username');

		const other = await submitSignin(new Client(), 'tm.demo', DEMO_PASSWORD);
		assert.equal(other.status, 303, 'a different account from the same address still signs in');
	});

	test('a throttled real account is refused even with the right password', async () => {
		const username = uniq('thr').toLowerCase().replace(/[^a-z0-9.]/g, '.');
		const password = 'Throwaway-passw0rd-' + uniq('p');
		const made = chorusctl(['user', 'add', username, '--name', 'Throttle Test', '--team', 'Front Door North'], password + '\n');
		assert.equal(made.code, 0, `chorusctl user add: ${made.stderr}${made.stdout}`);

		const ok = await submitSignin(new Client(), username, password);
		assert.equal(ok.status, 303, 'the new account can sign in');

		for (let i = 1; i <= 5; i++) {
			const r = await submitSignin(new Client(), username, `wrong-${i}`);
			assert.equal(r.status, 422, `failure ${i}`);
		}
		const client = new Client();
		const r = await submitSignin(client, username, password);
		assert.equal(r.status, 429, 'right password after 5 failures is still throttled');
		assert.match(textOf(r.text), /too many failed (sign-in )?attempts/i);
		assert.ok(!client.jar.has(SESSION), 'no session while throttled');
	});
});

describe('redirect after sign-in', () => {
	test('next to a local path is honoured (from the query through the hidden field)', async () => {
		const client = new Client();
		const page = await client.get('/signin?next=%2Finsights%2F');
		assert.equal(page.status, 200);
		assert.equal(hiddenValue(page.text, 'next'), '/insights/', 'hidden next carries the query value');
		const r = await submitSignin(client, 'hr.demo', DEMO_PASSWORD, { query: '?next=%2Finsights%2F' });
		assert.equal(r.status, 303);
		assert.equal(localPath(r.location), '/insights/');
	});

	for (const evil of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '///evil.example']) {
		test(`next=${evil} is ignored and goes to /`, async () => {
			const client = new Client();
			const r = await submitSignin(client, 'sw.demo', DEMO_PASSWORD, { next: evil });
			assert.equal(r.status, 303);
			assert.equal(localPath(r.location), '/', `Location must be "/", got ${JSON.stringify(r.location)}`);
			assert.ok(!/evil|javascript/i.test(r.location));
		});
	}

	test('an off-site next given in the query is not followed either', async () => {
		const client = new Client();
		const r = await submitSignin(client, 'sw.demo', DEMO_PASSWORD, { query: '?next=%2F%2Fevil.example' });
		assert.equal(r.status, 303);
		assert.equal(localPath(r.location), '/');
		assert.ok(!/evil/i.test(r.location));
	});
});
