// Helpers for the black-box HTTP tests: a small cookie-keeping client over
// fetch, sign-in, CSRF and form scraping, the dev stack's db-stop/db-start,
// and the mariadb client as one of the per-program accounts.
//
// Environment (tests/run.sh exports these):
//   CHORUS_URL   base URL of the running stack  (default http://127.0.0.1:8089)
//   CHORUS_VAR   the stack's VAR directory       (chorus.conf, run/mysqld.sock)
//   CHORUS_TOP   the repository root             (deploy/stack.sh)
//   CHORUS_BUILD the build directory             (default $CHORUS_TOP/build)

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const BASE = (process.env.CHORUS_URL || 'http://127.0.0.1:8089').replace(/\/+$/, '');
export const TOP = process.env.CHORUS_TOP || path.resolve(here, '..', '..');
export const VAR = process.env.CHORUS_VAR || path.join(TOP, 'var', 'test-stack');
export const BUILD = process.env.CHORUS_BUILD || path.join(TOP, 'build');
export const PORT = new URL(BASE).port || '80';

export const DEMO_PASSWORD = 'chorus-demo';
export const DEMO_USERS = ['sw.demo', 'tm.demo', 'aud.demo', 'hr.demo', 'admin.demo'];

/* A short unique suffix for names that must not collide across runs. */
export function uniq(prefix = 't') {
	return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

export function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/* Decode the few HTML entities a template escaper produces. */
export function unescapeHtml(s) {
	return s
		.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
		.replace(/&#0*39;/g, "'").replace(/&#x0*27;/gi, "'").replace(/&#x2F;/gi, '/')
		.replace(/&#0*61;/g, '=').replace(/&#x3D;/gi, '=')
		.replace(/&amp;/g, '&');
}

/* Attributes of one start tag, e.g. '<input name="a" value="b">'. */
export function attrs(tag) {
	const out = {};
	const re = /([^\s=<>\/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
	const body = tag.replace(/^<\s*[a-zA-Z0-9]+/, '').replace(/\/?>$/, '');
	let m;
	while ((m = re.exec(body)) !== null) {
		const v = m[2] ?? m[3] ?? m[4] ?? '';
		out[m[1].toLowerCase()] = unescapeHtml(v);
	}
	return out;
}

/* Value of the hidden input named `name` (first one), or null. */
export function hiddenValue(html, name) {
	for (const tag of html.match(/<input\b[^>]*>/gi) || []) {
		const a = attrs(tag);
		if (a.name === name) return a.value ?? '';
	}
	return null;
}

/* The csrf token of a page's forms, or null. */
export function csrfFrom(html) {
	return hiddenValue(html, 'csrf');
}

/*
 * The fields a browser would submit for the form whose action is `action`:
 * inputs with their values (checkboxes/radios only when checked), textareas,
 * and selects (the selected option, else the first with a non-empty value).
 * Returns null if there is no such form.
 */
export function formFields(html, action) {
	const forms = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/gi) || [];
	for (const f of forms) {
		const open = attrs(f.match(/<form\b[^>]*>/i)[0]);
		if ((open.action || '') !== action) continue;
		const fields = {};
		for (const tag of f.match(/<input\b[^>]*>/gi) || []) {
			const a = attrs(tag);
			if (!a.name) continue;
			const type = (a.type || 'text').toLowerCase();
			if (['submit', 'button', 'image', 'reset', 'file'].includes(type)) continue;
			if ((type === 'checkbox' || type === 'radio') && !('checked' in a)) continue;
			if (!(a.name in fields)) fields[a.name] = a.value ?? (type === 'checkbox' ? 'on' : '');
		}
		for (const m of f.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
			const a = attrs(`<textarea ${m[1]}>`);
			if (a.name) fields[a.name] = unescapeHtml(m[2]);
		}
		for (const m of f.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
			const a = attrs(`<select ${m[1]}>`);
			if (!a.name) continue;
			const options = [...m[2].matchAll(/<option\b([^>]*)>([\s\S]*?)(?=<option\b|<\/select>|<\/optgroup>|$)/gi)]
				.map((o) => {
					const oa = attrs(`<option ${o[1]}>`);
					const text = unescapeHtml(o[2].replace(/<\/option>[\s\S]*$/i, '').trim());
					return { value: oa.value ?? text, selected: 'selected' in oa };
				});
			const chosen = options.find((o) => o.selected) || options.find((o) => o.value !== '');
			fields[a.name] = chosen ? chosen.value : '';
		}
		return fields;
	}
	return null;
}

/* Parse one Set-Cookie header into {name, value, attrs: {lowercased: value|true}}. */
export function parseSetCookie(line) {
	const parts = line.split(';').map((s) => s.trim());
	const eq = parts[0].indexOf('=');
	const cookie = { name: parts[0].slice(0, eq), value: parts[0].slice(eq + 1), attrs: {}, raw: line };
	for (const p of parts.slice(1)) {
		if (!p) continue;
		const i = p.indexOf('=');
		if (i < 0) cookie.attrs[p.toLowerCase()] = true;
		else cookie.attrs[p.slice(0, i).trim().toLowerCase()] = p.slice(i + 1).trim();
	}
	return cookie;
}

/* True if a Set-Cookie tells the browser to drop the cookie. */
export function isExpiry(c) {
	if (c.value === '' || c.value === '""') return true;
	if (c.attrs['max-age'] !== undefined && Number(c.attrs['max-age']) <= 0) return true;
	if (typeof c.attrs.expires === 'string' && Date.parse(c.attrs.expires) < Date.now()) return true;
	return false;
}

/*
 * A browser-like client: keeps cookies, never follows redirects, and sends
 * Origin: BASE on POST unless told otherwise (origin: null to omit it).
 */
export class Client {
	constructor() {
		this.jar = new Map();
	}

	cookieHeader() {
		return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
	}

	setCookie(name, value) {
		this.jar.set(name, value);
	}

	/*
	 * method, path (relative to BASE), options:
	 *   form    object or URLSearchParams: sent urlencoded
	 *   body    raw body (string/Buffer/FormData) as is
	 *   headers extra headers
	 *   origin  Origin header for POST (default BASE; null = none)
	 */
	async request(method, urlPath, opts = {}) {
		const headers = { ...(opts.headers || {}) };
		const cookie = this.cookieHeader();
		if (cookie && !('cookie' in lowerKeys(headers))) headers.Cookie = cookie;
		let body = opts.body;
		if (opts.form !== undefined) {
			body = new URLSearchParams(opts.form).toString();
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
		}
		if (method === 'POST') {
			const origin = opts.origin === undefined ? BASE : opts.origin;
			if (origin !== null) headers.Origin = origin;
		}
		const res = await fetch(BASE + urlPath, { method, headers, body, redirect: 'manual' });
		const text = await res.text();
		const setCookies = res.headers.getSetCookie().map(parseSetCookie);
		for (const c of setCookies) {
			if (isExpiry(c)) this.jar.delete(c.name);
			else this.jar.set(c.name, c.value);
		}
		return {
			status: res.status,
			headers: res.headers,
			text,
			setCookies,
			location: res.headers.get('location'),
			ctype: res.headers.get('content-type') || '',
		};
	}

	get(urlPath, opts) {
		return this.request('GET', urlPath, opts);
	}

	post(urlPath, form, opts = {}) {
		return this.request('POST', urlPath, { ...opts, form });
	}

	/* GET a page and return its csrf token (asserting there is one). */
	async csrf(urlPath) {
		const r = await this.get(urlPath);
		const token = csrfFrom(r.text);
		if (!token) throw new Error(`no csrf token on ${urlPath} (status ${r.status})`);
		return token;
	}
}

function lowerKeys(o) {
	return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
}

/*
 * Fill in and submit the sign-in form on a client. Returns the POST response.
 * The csrf comes from the form and its twin from the chorus_pre cookie the
 * GET set. `extra` overrides or adds form fields.
 */
export async function submitSignin(client, username, password, extra = {}) {
	const page = await client.get('/signin' + (extra.query || ''));
	if (page.status !== 200) throw new Error(`GET /signin gave ${page.status}`);
	const csrf = csrfFrom(page.text);
	if (!csrf) throw new Error('GET /signin has no csrf hidden input');
	if (!client.jar.has('chorus_pre')) throw new Error('GET /signin set no chorus_pre cookie');
	const form = formFields(page.text, '/signin') || {};
	Object.assign(form, { csrf, username, password });
	for (const [k, v] of Object.entries(extra)) if (k !== 'query') form[k] = v;
	return client.post('/signin', form);
}

/* A new client signed in as username; throws if sign-in is not a 303. */
export async function signIn(username, password = DEMO_PASSWORD) {
	const client = new Client();
	const r = await submitSignin(client, username, password);
	if (r.status !== 303) {
		throw new Error(`sign-in as ${username} gave ${r.status}, expected 303`);
	}
	if (!client.jar.has('chorus_session')) throw new Error(`sign-in as ${username} set no chorus_session cookie`);
	client.username = username;
	return client;
}

/*
 * A raw HTTP/1.1 request through node:http, for what fetch would refuse or
 * hide: huge bodies the server cuts short, exact header bytes. Never throws
 * for a server that answers and then closes; resolves {status, headers, text}.
 */
export function rawRequest(method, urlPath, { headers = {}, body = null } = {}) {
	const u = new URL(BASE);
	return new Promise((resolve, reject) => {
		let settled = false;
		const req = http.request({
			host: u.hostname, port: u.port || 80, method, path: urlPath,
			headers: { Connection: 'close', ...headers, ...(body !== null ? { 'Content-Length': Buffer.byteLength(body) } : {}) },
		}, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => {
				settled = true;
				resolve({ status: res.statusCode, headers: res.headers, rawHeaders: res.rawHeaders, text: Buffer.concat(chunks).toString('utf8') });
			});
			res.on('error', (e) => { if (!settled) { settled = true; reject(e); } });
		});
		// The server may answer (413) and close before the body is all sent;
		// a write error then is expected and the response still arrives.
		req.on('error', (e) => { setTimeout(() => { if (!settled) { settled = true; reject(e); } }, 500); });
		if (body !== null) req.end(body); else req.end();
	});
}

/* Minimal INI reader for chorus.conf: {section: {key: value}}. */
export function readConf(file = path.join(VAR, 'chorus.conf')) {
	const conf = {};
	let section = '';
	for (let line of readFileSync(file, 'utf8').split(/\r?\n/)) {
		line = line.trim();
		if (!line || line.startsWith(';') || line.startsWith('#')) continue;
		const s = line.match(/^\[(.+)\]$/);
		if (s) { section = s[1].trim(); conf[section] ??= {}; continue; }
		const i = line.indexOf('=');
		if (i < 0) continue;
		let v = line.slice(i + 1).trim();
		v = v.replace(/\s+[;#].*$/, '');
		(conf[section] ??= {})[line.slice(0, i).trim()] = v;
	}
	return conf;
}

/* A table name qualified with the stack's database name: tbl('staff'). */
export function tbl(name) {
	const db = readConf().database?.name || 'chorus';
	return `\`${db}\`.\`${name}\``;
}

/*
 * Run one SQL statement with the mariadb client as a program's account
 * ('staff', 'voice', 'insights', 'admin' or 'ctl'), over the stack's socket.
 * No default database (an account may hold no database-level grant at
 * all): name tables with tbl(). Never throws: returns {code, stdout, stderr}.
 */
export function sql(account, query) {
	const conf = readConf();
	const acct = conf[`account.${account}`];
	if (!acct) throw new Error(`chorus.conf has no [account.${account}]`);
	const db = conf.database || {};
	const socket = db.socket || path.join(VAR, 'run', 'mysqld.sock');
	const args = [`--socket=${socket}`, `--user=${acct.user}`, '--batch', '--skip-column-names', '-e', query];
	const env = { ...process.env };
	delete env.MYSQL_PWD;
	if (acct.password) env.MYSQL_PWD = acct.password;
	const r = spawnSync('mariadb', ['--no-defaults', ...args], { env, encoding: 'utf8', timeout: 20000 });
	return { code: r.status ?? -1, stdout: r.stdout || '', stderr: (r.stderr || '') + (r.error ? String(r.error) : '') };
}

/* sh $TOP/deploy/stack.sh CMD for this stack (db-stop, db-start, status). */
export function stack(cmd) {
	return execFileSync('sh', [path.join(TOP, 'deploy', 'stack.sh'), cmd], {
		cwd: TOP,
		env: { ...process.env, VAR, PORT, BUILD },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 120000,
	});
}

/* build/chorusctl --config $VAR/chorus.conf ARGS, stdin given. Never throws. */
export function chorusctl(args, input = '') {
	const r = spawnSync(path.join(BUILD, 'chorusctl'), ['--config', path.join(VAR, 'chorus.conf'), ...args], {
		input, encoding: 'utf8', timeout: 60000,
	});
	return { code: r.status ?? -1, stdout: r.stdout || '', stderr: (r.stderr || '') + (r.error ? String(r.error) : '') };
}

/* Poll fn() until it returns truthy or ms pass; returns the last value. */
export async function waitFor(fn, ms, every = 500) {
	const end = Date.now() + ms;
	let last;
	for (;;) {
		try { last = await fn(); } catch (e) { last = undefined; }
		if (last || Date.now() >= end) return last;
		await sleep(every);
	}
}

/* The text of an HTML page without tags, for "does it say X" checks. */
export function textOf(html) {
	return unescapeHtml(html.replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
		.replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/* The display name of a staff member, read with the owner account. */
export function displayName(username) {
	const r = sql('ctl', `SELECT display_name FROM ${tbl('staff')} WHERE username = '${username.replace(/'/g, "''")}'`);
	if (r.code !== 0) throw new Error(`cannot read display_name: ${r.stderr}`);
	return r.stdout.trim();
}
