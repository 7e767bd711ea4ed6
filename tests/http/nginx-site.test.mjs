// The production nginx site (deploy/nginx/chorus.conf with
// deploy/nginx/chorus-log.conf), run for real in front of the test stack's
// programs: only the ports, the certificate, the log directory and the
// socket and public paths are changed. It must pass `nginx -t`, serve the
// programs and the assets over TLS with the security headers, send plain
// HTTP to https, drop unknown host names, and keep query strings (which may
// carry personal data) out of its access log.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import path from 'node:path';
import { TOP, VAR, PORT, waitFor, sleep } from './lib.mjs';

const HOST = 'chorus.example.gov.uk';
const DIR = path.join(VAR, 'nginx-site');
const HTTP_PORT = Number(PORT) + 7;
const TLS_PORT = Number(PORT) + 8;
const SECRET = 'Amelia-Rowe-secret';

function nginx(args) {
	return spawnSync('nginx', ['-p', DIR, '-c', path.join(DIR, 'nginx.conf'), ...args],
	    { encoding: 'utf8' });
}

/* deploy/nginx/chorus.conf with this machine's ports and paths. */
function siteConf() {
	let s = readFileSync(path.join(TOP, 'deploy/nginx/chorus.conf'), 'utf8');
	s = s.replace(/^\s*listen \[::\].*$/gm, '')
	    .replace(/listen 80;/g, `listen 127.0.0.1:${HTTP_PORT};`)
	    .replace(/listen 443 /g, `listen 127.0.0.1:${TLS_PORT} `)
	    .replaceAll('/etc/ssl/certs/chorus.example.gov.uk.pem', path.join(DIR, 'cert.pem'))
	    .replaceAll('/etc/ssl/private/chorus.example.gov.uk.key', path.join(DIR, 'key.pem'))
	    .replaceAll('/var/log/nginx/', DIR + '/')
	    .replaceAll('/usr/share/chorus/public', path.join(TOP, 'public'))
	    .replaceAll('/run/chorus/', path.join(VAR, 'run') + '/')
	    // the redirect keeps the port a browser would use; here it is ours
	    .replace(`return 301 https://${HOST}$request_uri;`,
		`return 301 https://${HOST}:${TLS_PORT}$request_uri;`);
	return s;
}

function get(proto, urlPath, { host = HOST, ca } = {}) {
	const mod = proto === 'https' ? https : http;
	return new Promise((resolve, reject) => {
		const req = mod.request({
			host: '127.0.0.1', port: proto === 'https' ? TLS_PORT : HTTP_PORT,
			path: urlPath, method: 'GET', headers: { Host: host },
			servername: host, ca, agent: false,
		}, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (d) => { body += d; });
			res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

describe('production nginx site', { concurrency: 1 }, () => {
	let ca;
	let running = false;

	before(async () => {
		rmSync(DIR, { recursive: true, force: true });
		mkdirSync(path.join(DIR, 'tmp'), { recursive: true });
		execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
		    '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=DNS:${HOST}`,
		    '-keyout', path.join(DIR, 'key.pem'), '-out', path.join(DIR, 'cert.pem')],
		    { stdio: 'ignore' });
		ca = readFileSync(path.join(DIR, 'cert.pem'));
		writeFileSync(path.join(DIR, 'chorus.conf'), siteConf());
		const tmp = (k) => `${k}_temp_path ${path.join(DIR, 'tmp', k)};`;
		writeFileSync(path.join(DIR, 'nginx.conf'), [
			process.getuid() === 0 ? 'user root;' : '',
			`pid ${path.join(DIR, 'nginx.pid')};`,
			`error_log ${path.join(DIR, 'error.log')} warn;`,
			'worker_processes 1;',
			'events { worker_connections 64; }',
			'http {',
			'include /etc/nginx/mime.types;',
			// Debian's nginx.conf sets this default log, in "combined"
			`access_log ${path.join(DIR, 'debian-access.log')};`,
			['client_body', 'fastcgi', 'proxy', 'uwsgi', 'scgi'].map(tmp).join('\n'),
			// what Debian's nginx.conf does: conf.d first, then the sites
			`include ${path.join(TOP, 'deploy/nginx/chorus-log.conf')};`,
			`include ${path.join(DIR, 'chorus.conf')};`,
			'}', ''].join('\n'));
	});

	after(() => {
		if (running) nginx(['-s', 'stop']);
	});

	test('passes nginx -t', () => {
		const r = nginx(['-t', '-q']);
		assert.equal(r.status, 0, r.stderr);
	});

	test('serves the programs and the assets over TLS, with HSTS and the page headers', async () => {
		const r = nginx([]);
		assert.equal(r.status, 0, r.stderr);
		running = true;
		await waitFor(() => existsSync(path.join(DIR, 'nginx.pid')), 5000, 50);

		const signin = await get('https', `/signin?next=/survey/${SECRET}`, { ca });
		assert.equal(signin.status, 200, 'chorus-staff answers through the site');
		assert.match(signin.body, /Sign in/);
		assert.match(signin.headers['strict-transport-security'] || '', /max-age=\d+/);
		assert.match(signin.headers['content-security-policy'] || '', /default-src 'self'/,
		    'the program sends its own CSP');

		const voice = await get('https', `/voice/?name=${SECRET}`, { ca });
		assert.equal(voice.status, 200, 'chorus-voice answers through the site');

		const css = await get('https', `/assets/chorus.css?v=${SECRET}`, { ca });
		assert.equal(css.status, 200);
		assert.match(css.headers['content-type'] || '', /^text\/css/);
		assert.match(css.headers['strict-transport-security'] || '', /max-age=\d+/);
		assert.equal(css.headers['x-content-type-options'], 'nosniff');
		assert.equal(css.headers['x-frame-options'], 'DENY');
		assert.ok(!('server' in css.headers) || !/\d/.test(css.headers.server),
		    'no nginx version in the Server header');
	});

	test('plain HTTP goes to https, and another host name gets nothing', async () => {
		const plain = await get('http', `/insights/?team=${SECRET}`);
		assert.equal(plain.status, 301);
		assert.equal(plain.headers.location, `https://${HOST}:${TLS_PORT}/insights/?team=${SECRET}`);

		// The default server closes the connection without an answer (444).
		await assert.rejects(get('https', '/signin', { host: 'other.example.org', ca }),
		    /socket hang up|ECONNRESET|certificate|altnames/);
	});

	test('the access log has the paths and never a query string', async () => {
		// A graceful stop writes out the buffered log.
		nginx(['-s', 'quit']);
		await waitFor(() => !existsSync(path.join(DIR, 'nginx.pid')), 5000, 50);
		running = false;
		await sleep(50);
		const log = readFileSync(path.join(DIR, 'chorus-access.log'), 'utf8');
		const debian = path.join(DIR, 'debian-access.log');
		assert.equal(existsSync(debian) ? readFileSync(debian, 'utf8') : '', '',
		    'every server of the site writes its own log, not Debian\'s default');
		assert.match(log, /"GET \/insights\/" 301 /, 'the redirect is logged too');
		assert.match(log, /"GET \/signin" 200 /);
		assert.match(log, /"GET \/voice\/" 200 /);
		assert.match(log, /"GET \/assets\/chorus\.css" 200 /);
		assert.ok(!log.includes(SECRET), `a query string reached the log:\n${log}`);
		assert.ok(!log.includes('?'), 'no query strings at all');
	});
});
