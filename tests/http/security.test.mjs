// Security behaviour every response and every POST must have: headers,
// CSRF and Origin checks, strict parsing, escaping, status codes.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
	BASE, Client, signIn, submitSignin, csrfFrom, formFields, rawRequest,
	sql, tbl, uniq, textOf, DEMO_PASSWORD,
} from './lib.mjs';

const EVIL = 'https://evil.example';

/* Assert the security headers one place in the programs (and nginx) sets. */
function assertSecurityHeaders(headers, label) {
	const csp = headers.get('content-security-policy');
	assert.ok(csp, `${label}: Content-Security-Policy present`);
	assert.ok(!/unsafe-inline/i.test(csp), `${label}: CSP without 'unsafe-inline': ${csp}`);
	assert.ok(!/unsafe-eval/i.test(csp), `${label}: CSP without 'unsafe-eval': ${csp}`);
	assert.match(csp, /(default-src|script-src)\s/, `${label}: CSP restricts scripts: ${csp}`);
	assert.equal((headers.get('x-content-type-options') || '').toLowerCase(), 'nosniff', `${label}: nosniff`);
	const xfo = (headers.get('x-frame-options') || '').toUpperCase();
	assert.ok(xfo === 'DENY' || /frame-ancestors\s+'none'/.test(csp), `${label}: framing denied (XFO "${xfo}", CSP "${csp}")`);
	const rp = (headers.get('referrer-policy') || '').toLowerCase();
	assert.match(rp, /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/, `${label}: Referrer-Policy "${rp}"`);
}

/* The page must not leak internals (SQL text, stack traces, paths). */
function assertNoInternals(html, label) {
	assert.ok(!/\bSQL\b/i.test(html), `${label}: mentions SQL`);
	assert.ok(!/\bstack\b/i.test(html), `${label}: mentions a stack`);
	assert.ok(!/mysqld|mariadb|\.c:\d+|\/work\//i.test(html), `${label}: leaks internals`);
}

/* The team names listed on /admin/, as page text. */
async function adminText(admin) {
	const r = await admin.get('/admin/');
	assert.equal(r.status, 200, 'GET /admin/ as admin');
	return r;
}

function teamRows(name) {
	const r = sql('ctl', `SELECT COUNT(*) FROM ${tbl('team')} WHERE name = '${name.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
	assert.equal(r.code, 0, `count teams: ${r.stderr}`);
	return Number(r.stdout.trim());
}

let sw;	// signed in as sw.demo
let admin;	// signed in as admin.demo

before(async () => {
	sw = await signIn('sw.demo');
	admin = await signIn('admin.demo');
});

describe('security headers', () => {
	test('sign-in page', async () => {
		const r = await new Client().get('/signin');
		assert.equal(r.status, 200);
		assertSecurityHeaders(r.headers, 'GET /signin');
	});

	test('signed-in home page, and it is never cached', async () => {
		const r = await sw.get('/');
		assert.equal(r.status, 200);
		assertSecurityHeaders(r.headers, 'GET /');
		assert.match(r.headers.get('cache-control') || '', /no-store/, 'Cache-Control: no-store on a personal page');
	});

	test('voice, admin, insights and error pages', async () => {
		const hr = await signIn('hr.demo');
		const pages = [
			['/voice/', new Client(), 200],
			['/admin/', admin, 200],
			['/insights/', hr, 200],
			['/admin/', sw, 403],
			['/no-such-page', new Client(), 404],
		];
		for (const [p, client, status] of pages) {
			const r = await client.get(p);
			assert.equal(r.status, status, `GET ${p}`);
			assertSecurityHeaders(r.headers, `GET ${p} (${status})`);
		}
	});

	test('static assets carry them too', async () => {
		const page = await new Client().get('/signin');
		const href = (page.text.match(/<link\b[^>]*rel="stylesheet"[^>]*>/i)?.[0] || '').match(/href="([^"]+)"/)?.[1];
		assert.ok(href, 'sign-in page links a stylesheet');
		assert.match(href, /^\/assets\//, 'stylesheet served from /assets/');
		const r = await new Client().get(href);
		assert.equal(r.status, 200, `GET ${href}`);
		assert.match(r.ctype, /text\/css/);
		assertSecurityHeaders(r.headers, `GET ${href}`);
	});

	test('no server version is disclosed', async () => {
		const r = await new Client().get('/signin');
		const server = r.headers.get('server') || '';
		assert.ok(!/\d/.test(server), `Server header without a version: "${server}"`);
		assert.equal(r.headers.get('x-powered-by'), null);
	});
});

describe('CSRF and Origin', () => {
	test('POST /signout without a valid token or from another origin is refused', async () => {
		const csrf = await sw.csrf('/');
		const attempts = [
			['missing csrf', {}, {}],
			['wrong csrf', { csrf: 'x'.repeat(43) }, {}],
			['empty csrf', { csrf: '' }, {}],
			['right csrf, foreign Origin', { csrf }, { origin: EVIL }],
			['right csrf, no Origin, foreign Referer', { csrf }, { origin: null, headers: { Referer: `${EVIL}/page` } }],
			['right csrf, Origin null', { csrf }, { origin: 'null' }],
		];
		for (const [label, form, opts] of attempts) {
			const r = await sw.post('/signout', form, opts);
			assert.equal(r.status, 403, `${label}: 403`);
			assert.ok(!r.setCookies.some((c) => c.name === 'chorus_session'), `${label}: session cookie untouched`);
			const home = await sw.get('/');
			assert.equal(home.status, 200, `${label}: still signed in afterwards`);
		}
	});

	test('a csrf token is bound to its own session', async () => {
		const other = await signIn('sw.demo');
		const otherCsrf = await other.csrf('/');
		const r = await sw.post('/signout', { csrf: otherCsrf });
		assert.equal(r.status, 403, "another session's token is not accepted");
		assert.equal((await sw.get('/')).status, 200, 'still signed in');
	});

	test('POST /admin/teams refuses bad tokens and foreign origins, writes nothing', async () => {
		const page = await adminText(admin);
		const fields = formFields(page.text, '/admin/teams');
		assert.ok(fields, 'admin page has a form posting to /admin/teams');
		assert.ok('name' in fields && 'service_area' in fields, `form fields: ${Object.keys(fields)}`);
		const name = `CSRF probe ${uniq()}`;
		const good = { ...fields, name };
		const attempts = [
			['missing csrf', (({ csrf, ...rest }) => rest)(good), {}],
			['wrong csrf', { ...good, csrf: 'y'.repeat(43) }, {}],
			['right csrf, foreign Origin', good, { origin: EVIL }],
			['right csrf, no Origin, foreign Referer', good, { origin: null, headers: { Referer: `${EVIL}/x` } }],
		];
		for (const [label, form, opts] of attempts) {
			const r = await admin.post('/admin/teams', form, opts);
			assert.equal(r.status, 403, `${label}: 403`);
		}
		const after = await adminText(admin);
		assert.ok(!after.text.includes(name), 'the team does not appear in the list');
		assert.equal(teamRows(name), 0, 'no team row was written');

		// Control: the same form with the right token and Origin works.
		const ok = await admin.post('/admin/teams', good);
		assert.ok([200, 303].includes(ok.status), `valid POST /admin/teams: ${ok.status}`);
		assert.ok((await adminText(admin)).text.includes(name), 'the valid POST added the team');
		assert.equal(teamRows(name), 1);
	});

	test('POST /signin needs the pre-session token and a matching Origin', async () => {
		const cases = [
			['missing csrf', (c) => ({ username: 'sw.demo', password: DEMO_PASSWORD }), {}],
			['csrf not matching chorus_pre', (c) => ({ username: 'sw.demo', password: DEMO_PASSWORD, csrf: 'z'.repeat(43) }), {}],
			['foreign Origin', (c) => ({ username: 'sw.demo', password: DEMO_PASSWORD, csrf: c }), { origin: EVIL }],
		];
		for (const [label, makeForm, opts] of cases) {
			const client = new Client();
			const csrf = await client.csrf('/signin');
			const r = await client.post('/signin', makeForm(csrf), opts);
			assert.equal(r.status, 403, `${label}: 403`);
			assert.ok(!client.jar.has('chorus_session'), `${label}: no session`);
		}
		// Without the chorus_pre cookie the form's token means nothing.
		const client = new Client();
		const csrf = await client.csrf('/signin');
		client.jar.delete('chorus_pre');
		const r = await client.post('/signin', { username: 'sw.demo', password: DEMO_PASSWORD, csrf });
		assert.equal(r.status, 403, 'no chorus_pre cookie: 403');
	});
});

describe('routes and methods', () => {
	test('unknown path: branded 404 page, no internals', async () => {
		for (const p of ['/no-such-page', '/voice/no-such-page', '/etc/passwd']) {
			const r = await new Client().get(p);
			assert.equal(r.status, 404, `GET ${p}`);
			assert.match(r.ctype, /^text\/html/, `${p}: HTML`);
			assert.match(r.text, /<title>[^<]+<\/title>/, `${p}: has a title`);
			assert.match(r.text, /<link\b[^>]*rel="stylesheet"[^>]*href="\/assets\//, `${p}: styled with the site's own CSS`);
			assert.match(r.text, /<h1\b[^>]*>[^<]*not found/i, `${p}: says the page was not found`);
			assertNoInternals(r.text, `404 ${p}`);
		}
	});

	for (const [method, p, allowMust] of [
		['DELETE', '/', 'GET'],
		['PUT', '/signin', 'POST'],
		['PATCH', '/signin', 'GET'],
		['DELETE', '/voice/', 'GET'],
	]) {
		test(`${method} ${p}: 405 with Allow`, async () => {
			const r = await new Client().request(method, p);
			assert.equal(r.status, 405);
			const allow = r.headers.get('allow') || '';
			assert.ok(allow.split(/\s*,\s*/).includes(allowMust), `Allow "${allow}" includes ${allowMust}`);
			assert.ok(!allow.includes(method), `Allow "${allow}" does not list ${method}`);
		});
	}

	test('POST /healthz: 405 with Allow: GET', async () => {
		const r = await new Client().post('/healthz', { a: 'b' });
		assert.equal(r.status, 405);
		assert.match(r.headers.get('allow') || '', /\bGET\b/);
	});

	test('POST to a GET-only page as a signed-in user: 405', async () => {
		const csrf = await sw.csrf('/');
		const r = await sw.post('/', { csrf });
		assert.equal(r.status, 405);
		assert.ok(r.headers.get('allow'), 'Allow header present');
	});
});

describe('request parsing', () => {
	test('body over the program cap (100 KiB) on POST /signin: 413', async () => {
		const body = 'username=' + 'a'.repeat(100 * 1024) + '&password=x';
		const r = await rawRequest('POST', '/signin', {
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE }, body,
		});
		assert.equal(r.status, 413);
	});

	test("body over nginx's 128k limit: 413", async () => {
		const body = 'username=' + 'a'.repeat(300 * 1024);
		const r = await rawRequest('POST', '/signin', {
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE }, body,
		});
		assert.equal(r.status, 413);
	});

	test('a body just under the cap is parsed normally (control)', async () => {
		const client = new Client();
		// No username, so this is a validation error, not a failed attempt.
		const r = await submitSignin(client, '', 'b'.repeat(60 * 1024));
		assert.equal(r.status, 422, 'an ordinary form error, not 413');
	});

	for (const q of ['a=%zz', 'a=%', 'a=%4', 'a=%C3%28', 'a=%FF', 'a=%ED%A0%80', 'a=%C0%AF', 'a=%00']) {
		test(`query ?${q}: 400`, async () => {
			const r = await new Client().get(`/signin?${q}`);
			assert.equal(r.status, 400);
			assertNoInternals(r.text, `400 ?${q}`);
		});
	}

	test('bad %-encoding on a page that needs sign-in is still 400', async () => {
		const r = await new Client().get('/?a=%zz');
		assert.equal(r.status, 400);
	});

	test('invalid UTF-8 in the path: 400', async () => {
		const r = await new Client().get('/signin%FF');
		assert.equal(r.status, 400);
	});

	for (const bad of ['%zz', '%C3%28', '%FF', '%E2%82']) {
		test(`form body with ${bad}: 400`, async () => {
			const client = new Client();
			const csrf = await client.csrf('/signin');
			const r = await client.request('POST', '/signin', {
				body: `username=sw.demo${bad}&password=x&csrf=${encodeURIComponent(csrf)}`,
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			});
			assert.equal(r.status, 400);
		});
	}

	for (const [label, makeBody, ctype] of [
		['multipart/form-data', () => { const f = new FormData(); f.append('username', 'sw.demo'); f.append('password', DEMO_PASSWORD); return f; }, null],
		['application/json', () => JSON.stringify({ username: 'sw.demo' }), 'application/json'],
		['text/plain', () => 'username=sw.demo', 'text/plain'],
	]) {
		test(`POST /signin as ${label}: 415`, async () => {
			const client = new Client();
			await client.csrf('/signin');
			const headers = ctype ? { 'Content-Type': ctype } : {};
			const r = await client.request('POST', '/signin', { body: makeBody(), headers });
			assert.equal(r.status, 415);
		});
	}

	test('a CR/LF in next cannot inject a header', async () => {
		const page = await new Client().get('/signin?next=%2F%0D%0ASet-Cookie:%20x=y');
		assert.ok(page.status < 500, `GET with CRLF in next: ${page.status}`);
		assert.ok(!page.setCookies.some((c) => c.name === 'x'), 'no injected cookie on the form');

		const client = new Client();
		const r = await submitSignin(client, 'sw.demo', DEMO_PASSWORD, { next: '/\r\nSet-Cookie: x=y' });
		assert.ok(!r.setCookies.some((c) => c.name === 'x'), 'no injected Set-Cookie');
		assert.ok(!client.jar.has('x'));
		if (r.location !== null) {
			assert.ok(!/[\r\n]/.test(r.location), 'Location has no CR/LF');
			assert.ok(!/Set-Cookie/i.test(r.location), `Location "${r.location}" is not the injected text`);
		}
		assert.ok([303, 400, 422].includes(r.status), `calm answer, got ${r.status}`);
		if (r.status === 303) assert.equal(r.location, '/');
	});
});

describe('escaping and injection', () => {
	const PAYLOAD = `<script>alert(1)</script>' OR 1=1; --`;
	const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';
	const RAW = '<script>alert(1)';

	test('a team named with HTML and SQL is stored as typed and shown escaped', async () => {
		const name = `${PAYLOAD} ${uniq()}`;
		const page = await adminText(admin);
		const fields = formFields(page.text, '/admin/teams');
		assert.ok(fields, 'admin page has the add-team form');
		const r = await admin.post('/admin/teams', { ...fields, name });
		assert.ok([200, 303, 422].includes(r.status), `POST /admin/teams answered ${r.status}`);
		assert.ok(!r.text.includes(RAW), 'the answer never echoes the raw script');

		const list = await adminText(admin);
		assert.ok(!list.text.includes(RAW), 'the teams page never shows the raw script');
		if (r.status === 422) {
			assert.ok(r.text.includes(ESCAPED), 'the refused name is echoed back escaped');
		} else {
			assert.ok(list.text.includes(ESCAPED), 'the new team is listed, escaped');
			assert.equal(teamRows(name), 1, 'stored exactly as typed (no SQL injection)');
		}
		assert.ok(list.text.includes('Front Door North'), 'the other teams are still listed');
	});

	test('a sign-in with that username echoes it escaped', async () => {
		const r = await submitSignin(new Client(), PAYLOAD, 'whatever');
		assert.equal(r.status, 422);
		assert.ok(!r.text.includes(RAW), 'no raw script in the page');
		assert.ok(r.text.includes(ESCAPED), 'username kept, escaped');
		assertNoInternals(r.text, 'sign-in with SQL payload');
	});

	test('next with markup is escaped in the hidden field', async () => {
		const r = await new Client().get('/signin?next=' + encodeURIComponent('/"><script>alert(1)</script>'));
		assert.ok(r.status === 200 || r.status === 400, `status ${r.status}`);
		assert.ok(!r.text.includes(RAW), 'no raw script in the page');
		assert.ok(!r.text.includes('"><script'), 'attribute not broken out of');
	});

	test('a 404 for a path with markup does not echo it raw', async () => {
		const r = await new Client().get('/%3Cscript%3Ealert(1)%3C/script%3E');
		assert.equal(r.status, 404);
		assert.ok(!r.text.includes(RAW));
	});

	test('the teams page still works for a SQL-ish query string', async () => {
		const r = await admin.get("/admin/?q=%27%20OR%201%3D1%3B%20--");
		assert.equal(r.status, 200);
		assertNoInternals(textOf(r.text), 'admin with SQL-ish query');
	});
});
