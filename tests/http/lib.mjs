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

/* ---- staff surveys ------------------------------------------------------ */

/* A Location header as a local path ("/x?y"), whether sent relative or absolute. */
export function localPath(location) {
	if (!location) throw new Error('expected a Location header');
	return location.startsWith(BASE) ? location.slice(BASE.length) || '/' : location;
}

/* Undo the mariadb --batch escapes (\n \t \\ \0) in one field. */
function unbatch(s) {
	return s.replace(/\\(.)/g, (m, c) => ({ n: '\n', t: '\t', '0': '\0', '\\': '\\' })[c] ?? m);
}

/*
 * Run SQL as an account and return the rows as arrays of strings (NULL
 * comes back as the string 'NULL'). Throws if the client fails.
 */
export function sqlRows(account, query) {
	const r = sql(account, query);
	if (r.code !== 0) throw new Error(`SQL as ${account} failed (${r.code}): ${r.stderr}\n${query}`);
	return r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t').map(unbatch));
}

/* The first column of the first row, or null. */
export function sqlValue(account, query) {
	const rows = sqlRows(account, query);
	return rows.length ? rows[0][0] : null;
}

/* A string as an SQL literal. */
export function sqlq(s) {
	return `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export function staffId(username) {
	const id = sqlValue('ctl', `SELECT id FROM ${tbl('staff')} WHERE username = ${sqlq(username)}`);
	if (id === null) throw new Error(`no staff member ${username}`);
	return Number(id);
}

/* {id, team_id, roles} of a staff member. */
export function staffRow(username) {
	const rows = sqlRows('ctl', `SELECT id, IFNULL(team_id, 'NULL'), roles FROM ${tbl('staff')} WHERE username = ${sqlq(username)}`);
	if (!rows.length) throw new Error(`no staff member ${username}`);
	return { id: Number(rows[0][0]), team_id: rows[0][1] === 'NULL' ? null : Number(rows[0][1]), roles: rows[0][2].split(',') };
}

/* The id of the newest version of a survey (by slug). */
export function surveyVersionId(slug = 'health-check') {
	const id = sqlValue('ctl', `SELECT v.id FROM ${tbl('survey_version')} v JOIN ${tbl('survey')} s ON s.id = v.survey_id
		WHERE s.slug = ${sqlq(slug)} ORDER BY v.version DESC LIMIT 1`);
	if (id === null) throw new Error(`no survey ${slug}`);
	return Number(id);
}

/*
 * Create a wave with the ctl account and return its id. opens/closes are
 * days from now (UTC, fractions allowed); population 'all', 'teams' (team
 * ids or names in teams) or 'areas' (service area ids or names in areas).
 */
export function createWave({
	survey = 'health-check', title = uniq('Test wave'), opens = -1, closes = 30,
	population = 'all', teams = [], areas = [],
} = {}) {
	const v = surveyVersionId(survey);
	const minutes = (d) => Math.round(d * 1440);
	const id = sqlValue('ctl', `INSERT INTO ${tbl('wave')} (survey_version_id, title, opens_at, closes_at, population)
		VALUES (${v}, ${sqlq(title)}, UTC_TIMESTAMP() + INTERVAL ${minutes(opens)} MINUTE,
		UTC_TIMESTAMP() + INTERVAL ${minutes(closes)} MINUTE, ${sqlq(population)});
		SELECT LAST_INSERT_ID();`);
	const ref = (x, table) => (typeof x === 'number' ? String(x)
		: `(SELECT id FROM ${tbl(table)} WHERE name = ${sqlq(x)})`);
	for (const t of teams) {
		sqlRows('ctl', `INSERT INTO ${tbl('wave_team')} (wave_id, team_id) VALUES (${id}, ${ref(t, 'team')})`);
	}
	for (const a of areas) {
		sqlRows('ctl', `INSERT INTO ${tbl('wave_area')} (wave_id, service_area_id) VALUES (${id}, ${ref(a, 'service_area')})`);
	}
	return Number(id);
}

/* The demo's open wave of a survey (population all, not made by a test), or null. */
export function demoOpenWave(slug = 'health-check') {
	const id = sqlValue('ctl', `SELECT w.id FROM ${tbl('wave')} w
		JOIN ${tbl('survey_version')} v ON v.id = w.survey_version_id JOIN ${tbl('survey')} s ON s.id = v.survey_id
		WHERE s.slug = ${sqlq(slug)} AND w.population = 'all' AND w.title NOT LIKE 'Test wave%'
		AND w.opens_at <= UTC_TIMESTAMP() AND w.closes_at > UTC_TIMESTAMP() ORDER BY w.id LIMIT 1`);
	return id === null ? null : Number(id);
}

/* How many participation, response, answer and draft rows a wave has. */
export function surveyCounts(wave) {
	const w = Number(wave);
	const row = sqlRows('ctl', `SELECT
		(SELECT COUNT(*) FROM ${tbl('participation')} WHERE wave_id = ${w}),
		(SELECT COUNT(*) FROM ${tbl('response')} WHERE wave_id = ${w}),
		(SELECT COUNT(*) FROM ${tbl('answer')} a JOIN ${tbl('response')} r ON r.id = a.response_id WHERE r.wave_id = ${w}),
		(SELECT COUNT(*) FROM ${tbl('survey_draft')} WHERE wave_id = ${w})`)[0].map(Number);
	return { participation: row[0], response: row[1], answer: row[2], draft: row[3] };
}

/* Hex ids of a wave's responses, in the table's own order. */
export function responseIds(wave) {
	return sqlRows('ctl', `SELECT HEX(id) FROM ${tbl('response')} WHERE wave_id = ${Number(wave)}`).map((r) => r[0]);
}

/* A stored response's answers: {qkey: [{value, num, comment}]}. */
export function responseAnswers(hexId) {
	const out = {};
	for (const [qkey, value, num, comment] of sqlRows('ctl', `SELECT q.qkey, a.value, IFNULL(a.num, 'NULL'),
		IFNULL(a.comment, 'NULL') FROM ${tbl('answer')} a JOIN ${tbl('question')} q ON q.id = a.question_id
		WHERE a.response_id = UNHEX(${sqlq(hexId)}) ORDER BY q.id, a.value`)) {
		(out[qkey] ??= []).push({ value, num: num === 'NULL' ? null : Number(num), comment: comment === 'NULL' ? null : comment });
	}
	return out;
}

/*
 * A survey version's definition from the database: sections in order,
 * each with its questions {qkey, kind, required, maxlen, showIfKey,
 * showIfValue, options: [values]}; byKey maps qkey to question.
 */
export function surveyDef(wave) {
	const w = Number(wave);
	const rows = sqlRows('ctl', `SELECT sc.position, sc.title, q.id, q.qkey, q.kind, q.required, q.maxlen,
		IFNULL(q.show_if_qkey, 'NULL'), IFNULL(q.show_if_value, 'NULL')
		FROM ${tbl('wave')} w JOIN ${tbl('survey_section')} sc ON sc.survey_version_id = w.survey_version_id
		JOIN ${tbl('question')} q ON q.section_id = sc.id
		WHERE w.id = ${w} ORDER BY sc.position, q.position`);
	const opts = sqlRows('ctl', `SELECT o.question_id, o.value FROM ${tbl('question_option')} o
		JOIN ${tbl('question')} q ON q.id = o.question_id JOIN ${tbl('wave')} w ON w.survey_version_id = q.survey_version_id
		WHERE w.id = ${w} ORDER BY o.question_id, o.position`);
	const sections = [];
	const byKey = {};
	for (const [pos, title, id, qkey, kind, required, maxlen, sk, sv] of rows) {
		let s = sections[sections.length - 1];
		if (!s || s.position !== Number(pos)) sections.push(s = { position: Number(pos), title, questions: [] });
		const q = {
			id: Number(id), qkey, kind, required: required === '1', maxlen: Number(maxlen),
			showIfKey: sk === 'NULL' ? null : sk, showIfValue: sv === 'NULL' ? null : sv,
			section: sections.length, options: opts.filter((o) => o[0] === id).map((o) => o[1]),
		};
		s.questions.push(q);
		byKey[qkey] = q;
	}
	return { sections, byKey };
}

/*
 * The answerable controls of the form posting to `action`, in page order:
 * {csrf, hidden: {name: value}, buttons: [{name, value}], questions: Map
 * name -> {type: 'radio'|'checkbox'|'textarea'|..., values: [], checked: [],
 * text, ids: []}}. null if there is no such form.
 */
export function formInputs(html, action) {
	const forms = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/gi) || [];
	for (const f of forms) {
		const open = attrs(f.match(/<form\b[^>]*>/i)[0]);
		if ((open.action || '') !== action) continue;
		const out = { method: (open.method || 'get').toLowerCase(), hidden: {}, buttons: [], questions: new Map() };
		const re = /<input\b[^>]*>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<button\b[^>]*>/gi;
		let m;
		while ((m = re.exec(f)) !== null) {
			const tag = m[0];
			if (/^<button/i.test(tag)) {
				const a = attrs(tag);
				out.buttons.push({ name: a.name ?? null, value: a.value ?? '', type: (a.type || 'submit').toLowerCase() });
				continue;
			}
			if (/^<textarea/i.test(tag)) {
				const a = attrs(`<textarea ${m[1]}>`);
				if (!a.name) continue;
				const text = unescapeHtml(m[2]).replace(/^\r?\n/, '');
				out.questions.set(a.name, { type: 'textarea', values: [], checked: [], text, ids: [a.id], attrs: a });
				continue;
			}
			const a = attrs(tag);
			if (!a.name) continue;
			const type = (a.type || 'text').toLowerCase();
			if (type === 'hidden') { out.hidden[a.name] = a.value ?? ''; continue; }
			if (['submit', 'image', 'reset', 'button'].includes(type)) {
				out.buttons.push({ name: a.name, value: a.value ?? '', type });
				continue;
			}
			let q = out.questions.get(a.name);
			if (!q) out.questions.set(a.name, q = { type, values: [], checked: [], text: a.value ?? '', ids: [], attrs: a });
			q.values.push(a.value ?? 'on');
			q.ids.push(a.id);
			if ('checked' in a) q.checked.push(a.value ?? 'on');
		}
		out.csrf = out.hidden.csrf ?? null;
		return out;
	}
	return null;
}

/* A small stable hash of a string, to vary answers between questions. */
function strHash(s) {
	let h = 0;
	for (const ch of s) h = (h * 31 + ch.codePointAt(0)) >>> 0;
	return h;
}

/*
 * Valid answers for one section form: {qkey: [values]} (a textarea gets
 * one text). The choice of each answer is taken from the page (the
 * values it offers), varied by seed. A question shown only if an answer
 * on the same page matches is answered only when our answer matches.
 * overrides: {qkey: value | [values] | null (leave unanswered)}.
 */
export function chooseAnswers(form, def, { seed = 0, overrides = {}, textFor } = {}) {
	const out = {};
	for (const [name, q] of form.questions) {
		const d = def.byKey[name];
		if (name in overrides) {
			const o = overrides[name];
			if (o !== null && o !== undefined) out[name] = Array.isArray(o) ? o.map(String) : [String(o)];
			continue;
		}
		if (d && d.showIfKey && form.questions.has(d.showIfKey)) {
			const trig = out[d.showIfKey] || [];
			if (!trig.includes(d.showIfValue)) continue;
		}
		const h = strHash(name) + seed;
		if (q.type === 'radio') {
			out[name] = [q.values[h % q.values.length]];
		} else if (q.type === 'checkbox') {
			const a = q.values[h % q.values.length];
			const b = q.values[(h + 2) % q.values.length];
			out[name] = a === b ? [a] : [a, b];
		} else if (q.type === 'textarea') {
			const t = textFor ? textFor(name, seed) : `Seed ${seed}: ${name} – café & <b>"quotes"</b> 'n' ünïcode ✓`;
			out[name] = [t.slice(0, d ? d.maxlen : 1000)];
		} else {
			out[name] = [`${name}-${seed}`];
		}
	}
	return out;
}

/* The form body for a section: csrf, then answers (repeated keys), then action. */
export function sectionBody(csrf, answers, action = 'next') {
	const body = new URLSearchParams();
	if (csrf !== null && csrf !== undefined) body.append('csrf', csrf);
	for (const [k, vals] of Object.entries(answers)) for (const v of vals) body.append(k, v);
	if (action !== null && action !== undefined) body.append('action', action);
	return body;
}

/*
 * Go through every section of a wave from section `from` as this client,
 * answering each page with chooseAnswers (opts as there, plus
 * perSection(n, form, answers) to adjust answers). Checks every page is a
 * 200 form that goes on with a 303. Returns {answers: {qkey: [values]},
 * pages: [{n, path, html}], last: the Location after the last section}.
 */
export async function fillSurvey(client, wave, def, opts = {}) {
	let n = opts.from ?? 1;
	let path = `/survey/${wave}/s/${n}`;
	const answers = {};
	const pages = [];
	for (let guard = 0; guard < 100; guard++) {
		const page = await client.get(path);
		if (page.status !== 200) throw new Error(`GET ${path} gave ${page.status}`);
		const form = formInputs(page.text, path);
		if (!form) throw new Error(`GET ${path}: no form posting to ${path}`);
		if (!form.csrf) throw new Error(`GET ${path}: no csrf`);
		let chosen = chooseAnswers(form, def, opts);
		if (opts.perSection) chosen = opts.perSection(n, form, chosen) || chosen;
		pages.push({ n, path, html: page.text, form, answers: chosen });
		for (const name of form.questions.keys()) delete answers[name];
		Object.assign(answers, chosen);
		const r = await client.post(path, sectionBody(form.csrf, chosen, 'next'));
		if (r.status !== 303) {
			throw new Error(`POST ${path} gave ${r.status}, expected 303: ${textOf(r.text).slice(0, 400)}`);
		}
		const next = localPath(r.location);
		const m = next.match(/^\/survey\/\d+\/s\/(\d+)$/);
		if (!m || (opts.to && n >= opts.to)) return { answers, pages, last: next };
		n = Number(m[1]);
		path = next;
	}
	throw new Error('fillSurvey: more than 100 pages');
}

/* The status shown on the home page next to the link to /survey/W, or null. */
export function homeStatus(html, wave) {
	const items = html.match(/<li\b[^>]*>[\s\S]*?<\/li>/gi) || [];
	for (const li of items) {
		if (!li.includes(`href="/survey/${wave}"`)) continue;
		const tag = li.match(/<strong\b[^>]*class="[^"]*govuk-tag[^"]*"[^>]*>([\s\S]*?)<\/strong>/i);
		return tag ? textOf(tag[1]) : textOf(li);
	}
	return null;
}

/* ---- child and family voice --------------------------------------------- */

// (A second import from node:fs: import declarations may sit anywhere at
// the top level of a module.)
import { readdirSync as voiceReaddir, readFileSync as voiceReadFile } from 'node:fs';

/* Where chorus-voice spools feedback, and where the dev stack keeps mail. */
export const VOICE_SPOOL = path.join(VAR, 'spool', 'voice');
export const MAIL_DIR = path.join(VAR, 'mail');

/* The fixed choices of the picture-face and yes/no/not sure questions. */
export const VOICE_FACES = ['1', '2', '3', '4', '5'];
export const VOICE_YNNS = ['yes', 'no', 'notsure'];

/* Fields of a voice form that are not answers to its questions. */
export const VOICE_FIXED = ['fid', 'lang', 't', 'k', 'team', 'contact', 'contact_name',
	'contact_how', 'complaint', 'website', 'switch_lang'];

/*
 * A random loopback address other than 127.0.0.1 (127.a.b.c). chorus-voice
 * limits submissions per address: a test that sends many forms, or wants
 * its own count, sends them from one of these.
 */
export function loopback() {
	const b = randomBytes(3);
	return `127.${1 + (b[0] % 250)}.${b[1]}.${1 + (b[2] % 250)}`;
}

/*
 * One HTTP request through node:http from a chosen local address.
 * opts: form (object or URLSearchParams, sent urlencoded), body (raw,
 * with its Content-Type in headers), headers, from (local address,
 * default 127.0.0.1), origin (POST only: default BASE, null for none).
 * Never follows redirects. Resolves {status, headers (a Headers), text,
 * location, ctype}.
 */
export function requestFrom(method, urlPath, opts = {}) {
	const u = new URL(BASE);
	const headers = { Connection: 'close', ...(opts.headers || {}) };
	let body = opts.body ?? null;
	if (opts.form !== undefined) {
		body = new URLSearchParams(opts.form).toString();
		headers['Content-Type'] = 'application/x-www-form-urlencoded';
	}
	if (method === 'POST') {
		const origin = opts.origin === undefined ? BASE : opts.origin;
		if (origin !== null) headers.Origin = origin;
	}
	if (body !== null) headers['Content-Length'] = Buffer.byteLength(body);
	return new Promise((resolve, reject) => {
		const req = http.request({
			host: u.hostname, port: u.port || 80, method, path: urlPath, headers,
			localAddress: opts.from || '127.0.0.1',
		}, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => {
				const h = new Headers();
				for (let i = 0; i < res.rawHeaders.length; i += 2) h.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
				resolve({
					status: res.statusCode, headers: h, text: Buffer.concat(chunks).toString('utf8'),
					location: h.get('location'), ctype: h.get('content-type') || '',
				});
			});
			res.on('error', reject);
		});
		req.on('error', reject);
		req.setTimeout(30000, () => req.destroy(new Error(`${method} ${urlPath}: no answer in 30s`)));
		if (body !== null) req.end(body); else req.end();
	});
}

/* A visitor to the children's pages: no cookies, one local address. */
export class VoiceClient {
	constructor(from = loopback()) {
		this.from = from;
	}

	get(urlPath, opts = {}) {
		return requestFrom('GET', urlPath, { ...opts, from: this.from });
	}

	post(urlPath, form, opts = {}) {
		return requestFrom('POST', urlPath, { ...opts, form, from: this.from });
	}

	postRaw(urlPath, body, opts = {}) {
		return requestFrom('POST', urlPath, {
			...opts, body, from: this.from,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(opts.headers || {}) },
		});
	}
}

/*
 * A voice form's definition from the database: {id, slug, questions:
 * [{id, qkey, kind, required, maxlen, concern, options: [{value,
 * concern}]}] in page order, byKey}.
 */
export function voiceDef(slug) {
	const rows = sqlRows('ctl', `SELECT f.id, q.id, q.qkey, q.kind, q.required, q.maxlen, q.concern
		FROM ${tbl('voice_form')} f JOIN ${tbl('voice_question')} q ON q.form_id = f.id
		WHERE f.slug = ${sqlq(slug)} ORDER BY q.position`);
	if (!rows.length) throw new Error(`no voice form ${slug} (or it has no questions)`);
	const opts = sqlRows('ctl', `SELECT o.question_id, o.value, o.concern FROM ${tbl('voice_option')} o
		JOIN ${tbl('voice_question')} q ON q.id = o.question_id JOIN ${tbl('voice_form')} f ON f.id = q.form_id
		WHERE f.slug = ${sqlq(slug)} ORDER BY o.question_id, o.position`);
	const questions = rows.map(([, id, qkey, kind, required, maxlen, concern]) => ({
		id: Number(id), qkey, kind, required: required === '1', maxlen: Number(maxlen), concern,
		options: opts.filter((o) => o[0] === id).map((o) => ({ value: o[1], concern: o[2] === '1' })),
	}));
	return {
		id: Number(rows[0][0]), slug, questions,
		byKey: Object.fromEntries(questions.map((q) => [q.qkey, q])),
	};
}

/* The slugs of the active voice forms, in their order on /voice/. */
export function voiceSlugs() {
	return sqlRows('ctl', `SELECT slug FROM ${tbl('voice_form')} WHERE active = 1 ORDER BY position`).map((r) => r[0]);
}

/* The values a voice question (from voiceDef) accepts; [] for free text. */
export function voiceValues(q) {
	if (q.kind === 'faces') return VOICE_FACES;
	if (q.kind === 'ynns') return VOICE_YNNS;
	if (q.kind === 'single') return q.options.map((o) => o.value);
	return [];
}

/* Does answer v to q open a follow-up (the question's concern rule)? */
export function voiceConcerning(q, v) {
	if (q.concern === 'no') return v === 'no';
	if (q.concern === 'yes') return v === 'yes';
	if (q.concern === 'option') return q.options.some((o) => o.value === v && o.concern);
	return false;
}

/* The voice form posting to /voice/form/SLUG on a page (formInputs), or null. */
export function voiceForm(html, slug) {
	return formInputs(html, `/voice/form/${slug}`);
}

/*
 * Answers for every question on a voice form page: {qkey: value}. A
 * choice is one the page offers that raises no concern (varied by seed);
 * a text box gets text(qkey) or harmless words. overrides: {qkey: value
 * | null (leave unanswered)}.
 */
export function voiceAnswers(form, def, { seed = 0, overrides = {}, text } = {}) {
	const out = {};
	let i = 0;
	for (const [name, q] of form.questions) {
		if (VOICE_FIXED.includes(name)) continue;
		i++;
		if (name in overrides) {
			if (overrides[name] !== null && overrides[name] !== undefined) out[name] = String(overrides[name]);
			continue;
		}
		const d = def.byKey[name];
		if (q.type === 'radio') {
			const ok = q.values.filter((v) => !d || !voiceConcerning(d, v));
			out[name] = ok[(seed + i) % ok.length];
		} else if (q.type === 'textarea') {
			out[name] = text ? text(name) : `Things are fine at school and I like football (${name}).`;
		}
	}
	return out;
}

/*
 * The body a browser would send for a voice form: its hidden fields (fid,
 * lang, t, k), an empty honeypot, the team list left at "I don't know"
 * when the page has one, the answers, then extra (set, not added; null
 * removes a field).
 */
export function voiceBody(form, answers, extra = {}, html = null) {
	const body = new URLSearchParams();
	for (const [k, v] of Object.entries(form.hidden)) body.append(k, v);
	if (html === null || /<select\b[^>]*\bname="team"/.test(html)) body.append('team', '');
	for (const [k, v] of Object.entries(answers)) body.append(k, v);
	body.append('website', '');
	for (const [k, v] of Object.entries(extra)) {
		if (v === null || v === undefined) body.delete(k);
		else body.set(k, String(v));
	}
	return body;
}

/* A new one-time form id (32 hex), as the form page makes them. */
export function newFid() {
	return randomBytes(16).toString('hex');
}

/*
 * The stored feedback with this id (the form's fid), or null:
 * {slug, team_id, lang, kiosk, wants_contact, wants_complaint,
 * contact_name, contact_how, received_on} (NULLs as null).
 */
export function feedbackRow(fid) {
	const rows = sqlRows('ctl', `SELECT f.slug, IFNULL(fb.team_id, 'NULL'), fb.lang, fb.kiosk, fb.wants_contact,
		fb.wants_complaint, IFNULL(fb.contact_name, 'NULL'), IFNULL(fb.contact_how, 'NULL'), fb.received_on
		FROM ${tbl('feedback')} fb JOIN ${tbl('voice_form')} f ON f.id = fb.form_id WHERE fb.id = UNHEX(${sqlq(fid)})`);
	if (!rows.length) return null;
	const [slug, team, lang, kiosk, contact, complaint, name, how, received] = rows[0];
	const n = (s) => (s === 'NULL' ? null : s);
	return {
		slug, team_id: team === 'NULL' ? null : Number(team), lang, kiosk: kiosk === '1',
		wants_contact: contact === '1', wants_complaint: complaint === '1',
		contact_name: n(name), contact_how: n(how), received_on: received,
	};
}

/* How many feedback rows have this id (0 or 1: it is the key). */
export function feedbackCount(fid) {
	return Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('feedback')} WHERE id = UNHEX(${sqlq(fid)})`));
}

/* A stored feedback's answers: {qkey: {value, text}} (text null unless free text). */
export function feedbackAnswers(fid) {
	const out = {};
	for (const [qkey, value, text] of sqlRows('ctl', `SELECT q.qkey, a.value, IFNULL(a.text, 'NULL')
		FROM ${tbl('feedback_answer')} a JOIN ${tbl('voice_question')} q ON q.id = a.question_id
		WHERE a.feedback_id = UNHEX(${sqlq(fid)}) ORDER BY q.position`)) {
		out[qkey] = { value, text: text === 'NULL' ? null : text };
	}
	return out;
}

/*
 * The follow-ups opened for a feedback: [{id, team_id, team, urgent,
 * status, reason, notified}] (notified: the manager was mailed).
 */
export function followupsOf(fid) {
	return sqlRows('ctl', `SELECT f.id, f.team_id, t.name, f.urgent, f.status, f.reason, f.notified_at IS NOT NULL
		FROM ${tbl('followup')} f JOIN ${tbl('team')} t ON t.id = f.team_id
		WHERE f.feedback_id = UNHEX(${sqlq(fid)}) ORDER BY f.id`).map(([id, team, name, urgent, status, reason, notified]) => ({
		id: Number(id), team_id: Number(team), team: name, urgent: urgent === '1', status, reason, notified: notified === '1',
	}));
}

/* The trail of a follow-up: [{id, at, actor_id, action, text}] in order. */
export function followupEvents(id) {
	return sqlRows('ctl', `SELECT id, at, IFNULL(actor_id, 'NULL'), action, text FROM ${tbl('followup_event')}
		WHERE followup_id = ${Number(id)} ORDER BY id`).map(([eid, at, actor, action, text]) => ({
		id: Number(eid), at, actor_id: actor === 'NULL' ? null : Number(actor), action, text,
	}));
}

/* A team's id by name (throws if there is none). */
export function teamId(name) {
	const id = sqlValue('ctl', `SELECT id FROM ${tbl('team')} WHERE name = ${sqlq(name)}`);
	if (id === null) throw new Error(`no team ${name}`);
	return Number(id);
}

/* The duty team (team.duty = 1, open): {id, name}, or null. */
export function dutyTeam() {
	const rows = sqlRows('ctl', `SELECT id, name FROM ${tbl('team')} WHERE duty = 1 AND closed_on IS NULL ORDER BY id LIMIT 1`);
	return rows.length ? { id: Number(rows[0][0]), name: rows[0][1] } : null;
}

/* A link code (voice_link) of an open team, that team's if named: {code, team_id, team}. */
export function voiceLink(teamName = null) {
	const rows = sqlRows('ctl', `SELECT l.code, t.id, t.name FROM ${tbl('voice_link')} l JOIN ${tbl('team')} t ON t.id = l.team_id
		WHERE t.closed_on IS NULL${teamName === null ? '' : ` AND t.name = ${sqlq(teamName)}`} ORDER BY l.code LIMIT 1`);
	if (!rows.length) throw new Error(`no voice link code${teamName === null ? '' : ` for ${teamName}`}`);
	return { code: rows[0][0], team_id: Number(rows[0][1]), team: rows[0][2] };
}

/* The words of a voice_text key in a language (English when it has none), or null. */
export function voiceText(lang, key) {
	return sqlValue('ctl', `SELECT text FROM ${tbl('voice_text')} WHERE tkey = ${sqlq(key)} AND lang IN (${sqlq(lang)}, 'en')
		ORDER BY lang = 'en' LIMIT 1`);
}

/* The files waiting in the voice spool (not dot files: locks, temporaries). */
export function voiceSpooled() {
	try {
		return voiceReaddir(VOICE_SPOOL).filter((f) => !f.startsWith('.')).sort();
	} catch (e) {
		if (e.code === 'ENOENT') return [];
		throw e;
	}
}

/* The messages the dev stack's mail sink has kept: [{file, text}], oldest first. */
export function mailMessages() {
	let files;
	try {
		files = voiceReaddir(MAIL_DIR).filter((f) => !f.startsWith('.')).sort();
	} catch (e) {
		if (e.code === 'ENOENT') return [];
		throw e;
	}
	return files.map((f) => ({ file: f, text: voiceReadFile(path.join(MAIL_DIR, f), 'utf8') }));
}

/* The status, title and <html> lang/dir of a page: {lang, dir}. */
export function htmlLangDir(html) {
	const tag = (html.match(/<html\b[^>]*>/i) || [''])[0];
	const a = tag ? attrs(tag) : {};
	return { lang: a.lang ?? null, dir: a.dir ?? null };
}

/* The GOV.UK error summary of a page (up to the end of its list), or null. */
export function errorSummaryOf(html) {
	const m = html.match(/<div\b[^>]*class="[^"]*govuk-error-summary[^"]*"[^>]*>[\s\S]*?<\/ul>/i);
	return m ? m[0] : null;
}

/* ---- Practice Standards ------------------------------------------------- */

import { createHash as standardsCreateHash } from 'node:crypto';

/*
 * A new person made with chorusctl user add (password on stdin), signed
 * in: {username, password, id, name, client}. The username starts with
 * prefix; roles a comma list.
 */
export async function addPerson({ team = 'Front Door North', roles = 'staff', prefix = 'p', signin = true } = {}) {
	const username = uniq(prefix).toLowerCase().replace(/[^a-z0-9._-]/g, '.');
	const password = `Pw-${uniq('x')}`;
	const name = `Test ${prefix} ${username}`;
	const r = chorusctl(['user', 'add', username, '--name', name, '--team', team, '--roles', roles], `${password}\n`);
	if (r.code !== 0) throw new Error(`chorusctl user add ${username}: ${r.code} ${r.stderr}${r.stdout}`);
	const client = signin ? await signIn(username, password) : null;
	return { username, password, id: staffId(username), name, client };
}

/*
 * The Practice Standards version in force (as the program chooses it):
 * {id, version, effective (as pages show it: '5 March 2025'), summary,
 * title, days (since it took effect)}, or null.
 */
export function standardsInForce() {
	const rows = sqlRows('ctl', `SELECT id, version, DATE_FORMAT(effective_on, '%e %M %Y'), summary, title,
		DATEDIFF(UTC_DATE(), effective_on) FROM ${tbl('standards_version')} WHERE effective_on <= UTC_DATE()
		ORDER BY effective_on DESC, version DESC LIMIT 1`);
	if (!rows.length) return null;
	const [id, version, effective, summary, title, days] = rows[0];
	return { id: Number(id), version: Number(version), effective, summary, title, days: Number(days) };
}

/* A standards version by number: {id, version}, or null. */
export function standardsVersion(version) {
	const id = sqlValue('ctl', `SELECT id FROM ${tbl('standards_version')} WHERE version = ${Number(version)}`);
	return id === null ? null : { id: Number(id), version: Number(version) };
}

/* The standards of a version, in order: [{code, title}]. */
export function standardsOf(versionId) {
	return sqlRows('ctl', `SELECT code, title FROM ${tbl('standard')} WHERE standards_version_id = ${Number(versionId)}
		ORDER BY position`).map(([code, title]) => ({ code, title }));
}

/*
 * What differs between two versions' standards, by code: [{code, title,
 * kind: 'New'|'Changed'|'Removed'}] sorted by code (computed here, not
 * with the program's SQL).
 */
export function standardsDiff(fromId, toId) {
	const get = (v) => new Map(sqlRows('ctl', `SELECT code, title, body, evidence FROM ${tbl('standard')}
		WHERE standards_version_id = ${Number(v)}`).map((r) => [r[0], r]));
	const a = get(fromId);
	const b = get(toId);
	const out = [];
	for (const [code, n] of b) {
		const o = a.get(code);
		if (!o) out.push({ code, title: n[1], kind: 'New' });
		else if (o[1] !== n[1] || o[2] !== n[2] || o[3] !== n[3]) out.push({ code, title: n[1], kind: 'Changed' });
	}
	for (const [code, o] of a) if (!b.has(code)) out.push({ code, title: o[1], kind: 'Removed' });
	return out.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
}

/*
 * A person's acknowledgements: [{id, version_id, at ('YYYY-MM-DD
 * HH:MM:SS'), on (as pages show the date), prev_hash, hash}] by id.
 */
export function acksOf(staff) {
	return sqlRows('ctl', `SELECT id, standards_version_id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'),
		DATE_FORMAT(at, '%e %M %Y'), LOWER(HEX(prev_hash)), LOWER(HEX(hash))
		FROM ${tbl('acknowledgement')} WHERE staff_id = ${Number(staff)} ORDER BY id`)
		.map(([id, v, at, on, prev, hash]) => ({ id: Number(id), version_id: Number(v), at, on, prev_hash: prev, hash }));
}

/* The hash of the acknowledgement before id (64 zeros when it is the first). */
export function ackHashBefore(id) {
	return sqlValue('ctl', `SELECT LOWER(HEX(hash)) FROM ${tbl('acknowledgement')} WHERE id < ${Number(id)}
		ORDER BY id DESC LIMIT 1`) ?? '0'.repeat(64);
}

/* The chain hash of one acknowledgement as 0007_standards.sql defines it. */
export function ackHash(prevHex, staff, version, at) {
	return standardsCreateHash('sha256').update(`chorus-ack-v1|${prevHex}|${staff}|${version}|${at}`).digest('hex');
}
