// Child and family voice (chorus-voice, /voice/), end to end over HTTP:
// each of the four forms filled in and stored; switching language keeps
// every answer and stores nothing; right-to-left pages; a worker's team
// link; kiosk links; the honeypot, the per-address rate limit, oversized,
// malformed and incomplete input (a clear answer, nothing lost, nothing
// stored); one-time form ids (double submits store once); the
// safeguarding screen in English and in Polish, "I don't feel safe" and
// "I want someone to talk to me" opening urgent follow-ups for the right
// team and mailing its managers; and, last, the spool while MariaDB is
// down.
//
// The forms are read from each page's HTML (question keys and the values
// each offers), and the concern rules from the database, so the tests
// follow the data. Every submission is sent from a loopback address of
// this file's own (127.x.y.z), so the rate limit counts these apart from
// every other test; the rate-limit test has an address of its own.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import {
	Client, VoiceClient, loopback, textOf, attrs, stack, waitFor, sqlRows, sqlValue, sqlq, tbl,
	voiceDef, voiceSlugs, voiceValues, voiceConcerning, voiceForm, voiceAnswers, voiceBody, newFid,
	feedbackRow, feedbackCount, feedbackAnswers, followupsOf, followupEvents, teamId, dutyTeam,
	voiceLink, voiceText, voiceSpooled, mailMessages, htmlLangDir, errorSummaryOf, VOICE_SPOOL,
} from './lib.mjs';

const SLUGS = ['under8', '8-12', '13-18', 'parents'];
const RECOVERY_MS = 20000;
const MAIL_MS = 15000;
const HARMLESS = 'Things are fine at school and I like football – café & <b>"quotes"</b> ✓';

const c = new VoiceClient();

/* GET a voice form page and its form; asserts a 200 with a fresh one-time id. */
async function openForm(slug, query = '', client = c) {
	const url = `/voice/form/${slug}${query}`;
	const page = await client.get(url);
	assert.equal(page.status, 200, `GET ${url}: ${textOf(page.text).slice(0, 200)}`);
	assert.match(page.ctype, /^text\/html/);
	const form = voiceForm(page.text, slug);
	assert.ok(form, `GET ${url}: a form posting to /voice/form/${slug}`);
	assert.equal(form.method, 'post', `${url}: the form posts`);
	assert.match(form.hidden.fid ?? '', /^[0-9a-f]{32}$/i, `${url}: a one-time form id (fid)`);
	return { page, form, fid: form.hidden.fid, html: page.text };
}

/* The thank-you page in this language. */
function assertThanks(r, label, lang = 'en') {
	assert.equal(r.status, 200, `${label}: ${r.status} ${textOf(r.text).slice(0, 300)}`);
	const heading = voiceText(lang, 'ui.thanks_heading');
	const h1 = (r.text.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i) || [])[1];
	assert.ok(h1 !== undefined, `${label}: the page has an h1`);
	assert.equal(textOf(h1), heading, `${label}: the thank-you heading`);
	assert.ok(textOf(r.text).includes(voiceText(lang, 'ui.thanks_text')), `${label}: the thank-you words`);
}

/* Every checked radio and every text box of the form shows what was sent. */
function assertKept(form, answers, label) {
	for (const [k, v] of Object.entries(answers)) {
		const q = form.questions.get(k);
		assert.ok(q, `${label}: ${k} is still on the page`);
		if (q.type === 'textarea') assert.equal(q.text, v, `${label}: the words typed for ${k} are kept`);
		else if (q.type === 'radio') assert.deepEqual(q.checked, [v], `${label}: ${k} still shows ${v} (shows ${q.checked})`);
		else assert.equal(q.text, v, `${label}: ${k} kept`);
	}
}

/* The stored answers are exactly the ones sent. */
function assertStored(fid, answers, def, label) {
	const stored = feedbackAnswers(fid);
	const sent = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== ''));
	assert.deepEqual(Object.keys(stored).sort(), Object.keys(sent).sort(), `${label}: one answer row per question answered`);
	for (const [k, v] of Object.entries(sent)) {
		if (def.byKey[k].kind === 'text') {
			assert.deepEqual(stored[k], { value: 'text', text: v }, `${label}: the words for ${k} stored exactly`);
		} else {
			assert.deepEqual(stored[k], { value: v, text: null }, `${label}: ${k} stored as ${v}`);
		}
	}
}

/* The safety box (999, Childline) is on the page. */
function assertSafety(html, label) {
	const t = textOf(html);
	assert.ok(/\b999\b/.test(t) && /0800\s*1111/.test(t.replace(/[\u2066-\u2069\u200e\u200f]/g, '')),
		`${label}: the page says what to do if you are not safe (999, Childline 0800 1111)`);
}

/* The first text question of a form, from the definition. */
function textQuestion(def) {
	const q = def.questions.find((x) => x.kind === 'text');
	assert.ok(q, `${def.slug} has a free-text question`);
	return q;
}

/* The terms of a language (lowercase, as stored). */
function terms(lang) {
	return sqlRows('ctl', `SELECT term FROM ${tbl('safeguard_term')} WHERE lang = ${sqlq(lang)}`).map((r) => r[0].toLowerCase());
}

/* Make staff requests (whose after-request hook mails new follow-ups) until fn() holds. */
async function pokeStaffUntil(fn, ms = MAIL_MS) {
	return waitFor(async () => {
		await new Client().get('/signin');
		return fn();
	}, ms, 700);
}

/* The mail naming /followup/ID, or undefined. */
function mailFor(id) {
	const re = new RegExp(`/followup/${id}(?![0-9])`);
	return mailMessages().find((m) => re.test(m.text));
}

/* The e-mail addresses of a team's active managers. */
function managerEmails(team) {
	return sqlRows('ctl', `SELECT email FROM ${tbl('staff')} WHERE team_id = ${Number(team)} AND active = 1
		AND FIND_IN_SET('manager', roles) AND email IS NOT NULL AND email <> ''`).map((r) => r[0]);
}

before(() => {
	for (const t of terms('en')) {
		assert.ok(!HARMLESS.toLowerCase().includes(t), `the harmless test text must not contain the term "${t}"`);
	}
});

describe('voice: choosing and filling in a form', () => {
	test('the four demo forms are there, and /voice/ links to each', async () => {
		const slugs = voiceSlugs();
		for (const s of SLUGS) assert.ok(slugs.includes(s), `voice_form ${s} (have ${slugs})`);
		const r = await c.get('/voice/');
		assert.equal(r.status, 200);
		assert.match(r.ctype, /^text\/html/);
		assert.deepEqual(htmlLangDir(r.text), { lang: 'en', dir: 'ltr' });
		assertSafety(r.text, '/voice/');
		for (const s of slugs) {
			assert.ok(new RegExp(`href="/voice/form/${s.replace('-', '\\-')}(\\?[^"]*)?"`).test(r.text), `/voice/ links to the ${s} form`);
			assert.ok(textOf(r.text).includes(voiceText('en', `form.${s}.choice`)), `/voice/ shows the choice for ${s}`);
		}
		assert.equal(r.headers.get('set-cookie'), null, 'no cookie for a child');
		assert.equal((await c.get('/voice/form/no-such-form')).status, 404, 'an unknown form is 404');
	});

	for (const [i, slug] of SLUGS.entries()) {
		test(`the ${slug} form end to end: every question on the page, sent, stored as sent, no follow-up`, async () => {
			const def = voiceDef(slug);
			const { form, fid, html } = await openForm(slug, '?lang=en');
			assertSafety(html, slug);
			assert.deepEqual(htmlLangDir(html), { lang: 'en', dir: 'ltr' });
			for (const q of def.questions) {
				const onPage = form.questions.get(q.qkey);
				assert.ok(onPage, `${slug}: question ${q.qkey} is on the page`);
				if (q.kind === 'text') {
					assert.equal(onPage.type, 'textarea', `${slug}: ${q.qkey} is a text box`);
				} else {
					assert.equal(onPage.type, 'radio', `${slug}: ${q.qkey} is a set of radios`);
					assert.deepEqual(onPage.values, voiceValues(q), `${slug}: ${q.qkey} offers its values`);
					assert.deepEqual(onPage.checked, [], `${slug}: nothing chosen for ${q.qkey} yet`);
				}
			}
			if (slug === 'under8') {
				for (const q of def.questions.filter((x) => x.kind === 'faces')) {
					const imgs = [...html.matchAll(new RegExp(`name="${q.qkey}"[^>]*>\\s*<label[^>]*>\\s*<img\\b[^>]*>`, 'g'))];
					assert.equal(imgs.length, 5, `under8: each face of ${q.qkey} is a picture`);
				}
			}
			const answers = voiceAnswers(form, def, { seed: i, text: (k) => `${HARMLESS} (${slug}/${k})` });
			const r = await c.post(`/voice/form/${slug}`, voiceBody(form, answers, {}, html));
			assertThanks(r, `POST /voice/form/${slug}`);
			assertSafety(r.text, `${slug} thank-you page`);
			const row = feedbackRow(fid);
			assert.ok(row, `${slug}: a feedback row with the form's id`);
			assert.equal(row.slug, slug);
			assert.equal(row.lang, 'en');
			assert.equal(row.team_id, null, 'no team said');
			assert.equal(row.kiosk, false);
			assert.equal(row.wants_contact, false);
			assert.equal(row.wants_complaint, false);
			assert.equal(row.contact_name, null);
			assert.equal(row.contact_how, null);
			assert.equal(row.received_on, new Date().toISOString().slice(0, 10), 'the date only');
			assertStored(fid, answers, def, slug);
			assert.deepEqual(followupsOf(fid), [], `${slug}: harmless answers open no follow-up`);
		});
	}

	test('every label names its own control: no id is used twice on a form page', async () => {
		for (const slug of SLUGS) {
			const { html } = await openForm(slug);
			const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
			assert.deepEqual([...new Set(ids.filter((x, j) => ids.indexOf(x) !== j))], [],
				`${slug}: every id on the page is used once (a label's for= must find its own radio, an error link its question)`);
			for (const m of html.matchAll(/<label\b[^>]*\sfor="([^"]+)"/g)) {
				const first = html.match(new RegExp(`<([a-z]+)\\b[^>]*\\sid="${m[1]}"`));
				assert.ok(first && ['input', 'textarea', 'select'].includes(first[1]), `${slug}: label for="${m[1]}" names a control (the first id="${m[1]}" is a <${first?.[1]}>)`);
			}
		}
	});

	test('a required question left out: 422, the error says so, the other answers are kept, nothing stored', async () => {
		const slug = SLUGS.map((s) => [s, voiceDef(s)]).find(([, d]) => d.questions.some((q) => q.required));
		if (!slug) return; // no form has a required question
		const [s, def] = slug;
		const req = def.questions.find((q) => q.required);
		const { form, fid, html } = await openForm(s);
		const answers = voiceAnswers(form, def, { overrides: { [req.qkey]: null }, text: () => HARMLESS });
		const r = await c.post(`/voice/form/${s}`, voiceBody(form, answers, {}, html));
		assert.equal(r.status, 422);
		const sum = errorSummaryOf(r.text);
		assert.ok(sum, 'an error summary');
		assert.ok(textOf(sum).includes(voiceText('en', 'ui.error_choose')), 'it says to choose an answer');
		assert.match(sum, new RegExp(`href="#q-${req.qkey}"`), 'and links to the question');
		assertKept(voiceForm(r.text, s), answers, 'after the error');
		assert.equal(voiceForm(r.text, s).hidden.fid, fid, 'the same one-time id');
		assert.equal(feedbackCount(fid), 0, 'nothing stored');
	});

	test('the team chosen from the list is stored', async () => {
		const def = voiceDef('8-12');
		const { form, fid, html } = await openForm('8-12');
		const team = teamId('Front Door South');
		assert.match(html, new RegExp(`<select\\b[^>]*name="team"[\\s\\S]*?<option value="${team}"`), 'the team list offers Front Door South');
		const answers = voiceAnswers(form, def, { text: () => HARMLESS });
		const r = await c.post('/voice/form/8-12', voiceBody(form, answers, { team }, html));
		assertThanks(r, 'POST with a team from the list');
		assert.equal(feedbackRow(fid).team_id, team);
	});
});

describe('voice: languages', () => {
	test('switching language keeps every answer and stores nothing; sending then stores in that language', async () => {
		const def = voiceDef('8-12');
		const { form, fid, html } = await openForm('8-12', '?lang=en');
		const answers = voiceAnswers(form, def, { seed: 2, text: () => 'Lubię szkołę – café & <b>"quotes"</b>\nsecond line' });

		const toPl = await c.post('/voice/form/8-12', voiceBody(form, answers, { switch_lang: 'pl' }, html));
		assert.equal(toPl.status, 200, `switch to pl: ${textOf(toPl.text).slice(0, 200)}`);
		assert.equal(htmlLangDir(toPl.text).lang, 'pl', '<html lang="pl">');
		assert.equal(htmlLangDir(toPl.text).dir, 'ltr');
		const pl = voiceForm(toPl.text, '8-12');
		assert.ok(pl, 'the form again');
		assertKept(pl, answers, 'after switching to Polish');
		assert.equal(pl.hidden.fid, fid, 'the same one-time id');
		assert.equal(pl.hidden.lang, 'pl', 'the form now says Polish');
		assert.ok(textOf(toPl.text).includes(voiceText('pl', 'form.8-12.title')), 'the Polish title');
		assert.equal(errorSummaryOf(toPl.text), null, 'no error summary for a language switch');
		assert.equal(feedbackCount(fid), 0, 'switching stored nothing');

		const toAr = await c.post('/voice/form/8-12', voiceBody(pl, answers, { switch_lang: 'ar' }, toPl.text));
		assert.equal(toAr.status, 200);
		assert.deepEqual(htmlLangDir(toAr.text), { lang: 'ar', dir: 'rtl' }, 'Arabic, right to left');
		const ar = voiceForm(toAr.text, '8-12');
		assertKept(ar, answers, 'after switching to Arabic');
		assert.equal(feedbackCount(fid), 0, 'still nothing stored');

		const sent = await c.post('/voice/form/8-12', voiceBody(ar, answers, {}, toAr.text));
		assertThanks(sent, 'sent from the Arabic page', 'ar');
		assert.deepEqual(htmlLangDir(sent.text), { lang: 'ar', dir: 'rtl' }, 'the thank-you page is in Arabic too');
		assert.equal(feedbackRow(fid).lang, 'ar', 'stored with the language used');
		assertStored(fid, answers, def, 'after two language switches');
	});

	test('Arabic and Urdu pages are right to left, the others left to right', async () => {
		const dirs = Object.fromEntries(sqlRows('ctl', `SELECT code, dir FROM ${tbl('voice_lang')}`));
		for (const lang of ['en', 'pl', 'ur', 'ar', 'ro']) assert.ok(dirs[lang], `language ${lang} is there`);
		assert.equal(dirs.ar, 'rtl');
		for (const [lang, dir] of Object.entries(dirs)) {
			for (const url of [`/voice/?lang=${lang}`, `/voice/form/8-12?lang=${lang}`, `/voice/form/under8?lang=${lang}`]) {
				const r = await c.get(url);
				assert.equal(r.status, 200, url);
				assert.deepEqual(htmlLangDir(r.text), { lang, dir }, `${url}: <html lang="${lang}" dir="${dir}">`);
				assertSafety(r.text, url);
			}
		}
		const ar = await c.get('/voice/form/8-12?lang=ar');
		assert.ok(textOf(ar.text).includes(voiceText('ar', 'form.8-12.title')), 'the Arabic words are used');
		const drafts = sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('voice_lang')} WHERE code <> 'en' AND draft = 0`);
		assert.equal(drafts, '0', 'every non-English language is marked as a draft for a translator');
		const unknown = await c.get('/voice/?lang=xx');
		assert.equal(unknown.status, 200, 'an unknown language falls back');
		assert.equal(htmlLangDir(unknown.text).lang, 'en');
	});
});

describe('voice: team links and kiosk', () => {
	test('/voice/t/CODE presets the team: the form carries it and the feedback has that team', async () => {
		const link = voiceLink('Front Door South');
		const index = await c.get(`/voice/t/${link.code}`);
		assert.equal(index.status, 200);
		assert.ok(textOf(index.text).includes(link.team), 'the team is named');
		const href = (index.text.match(/href="(\/voice\/form\/8-12\?[^"]*)"/) || [])[1];
		assert.ok(href, 'a link to the 8-12 form');
		assert.match(attrs(`<a href="${href}">`).href, new RegExp(`[?&]t=${link.code}(&|$)`), 'the form link carries the code');
		const { form, fid, html } = await openForm('8-12', attrs(`<a href="${href}">`).href.slice('/voice/form/8-12'.length));
		assert.equal(form.hidden.t, link.code, 'the form carries the team code');
		assert.ok(textOf(html).includes(link.team), 'the form names the team');
		assert.ok(!/<select\b[^>]*name="team"/.test(html), 'no team list to choose from');
		const def = voiceDef('8-12');
		const r = await c.post('/voice/form/8-12', voiceBody(form, voiceAnswers(form, def, { text: () => HARMLESS }), {}, html));
		assertThanks(r, 'POST from a team link');
		assert.equal(feedbackRow(fid).team_id, link.team_id, 'the feedback is about the team of the link');
		assert.match(r.text, new RegExp(`href="/voice/t/${link.code}[?"]`), 'start again keeps the team link');
	});

	test('an unknown or malformed team code is 404', async () => {
		for (const code of ['NOPE-0000', 'fdn-7k2q', 'A'.repeat(40), '%3Cb%3E']) {
			assert.equal((await c.get(`/voice/t/${code}`)).status, 404, `/voice/t/${code}`);
			assert.equal((await c.get(`/voice/kiosk/${code}`)).status, 404, `/voice/kiosk/${code}`);
			assert.equal((await c.get(`/voice/form/8-12?t=${code}`)).status, 404, `/voice/form/8-12?t=${code}`);
		}
	});

	test('kiosk: no autofill, stored as kiosk, the thank-you page goes back to the kiosk start', async () => {
		const link = voiceLink('Front Door North');
		const start = await c.get(`/voice/kiosk/${link.code}`);
		assert.equal(start.status, 200);
		assert.match(start.text, new RegExp(`data-kiosk-reset="/voice/kiosk/${link.code}"`), 'the kiosk start page knows its reset URL');
		const href = (start.text.match(/href="(\/voice\/form\/8-12\?[^"]*)"/) || [])[1];
		assert.ok(href && /[?&]k=1(&|$)/.test(attrs(`<a href="${href}">`).href), 'form links keep kiosk mode');
		const { form, fid, html } = await openForm('8-12', attrs(`<a href="${href}">`).href.slice('/voice/form/8-12'.length));
		assert.equal(form.hidden.k, '1');
		assert.match(html, /<form\b[^>]*autocomplete="off"/, 'the form has autocomplete="off"');
		const def = voiceDef('8-12');
		const r = await c.post('/voice/form/8-12', voiceBody(form, voiceAnswers(form, def, { text: () => HARMLESS }), {}, html));
		assertThanks(r, 'POST in kiosk mode');
		const refresh = r.text.match(/<meta\b[^>]*http-equiv="refresh"[^>]*>/i);
		assert.ok(refresh, 'the thank-you page has a meta refresh');
		assert.match(attrs(refresh[0]).content, new RegExp(`^\\d+;\\s*url=/voice/kiosk/${link.code}$`), 'back to the kiosk start');
		assert.match(r.text, new RegExp(`data-kiosk-reset="/voice/kiosk/${link.code}"`));
		const row = feedbackRow(fid);
		assert.equal(row.kiosk, true, 'stored as a kiosk submission');
		assert.equal(row.team_id, link.team_id);
		assert.match(r.headers.get('cache-control') || '', /no-store/, 'the kiosk pages are not cached');
	});
});

describe('voice: refusing without losing anything', () => {
	test('the honeypot filled in: 400 refused page, nothing stored', async () => {
		const def = voiceDef('8-12');
		const { form, fid, html } = await openForm('8-12');
		const r = await c.post('/voice/form/8-12', voiceBody(form, voiceAnswers(form, def, { text: () => HARMLESS }),
			{ website: 'http://spam.example/' }, html));
		assert.equal(r.status, 400);
		assert.ok(textOf(r.text).includes(voiceText('en', 'ui.refused_heading')), 'the refused page says what happened');
		assertSafety(r.text, 'refused page');
		assert.equal(feedbackCount(fid), 0, 'nothing stored');
	});

	test('rate limit: past [voice] rate_limit forms from one address in ten minutes, 429 with the answers kept', async () => {
		const own = new VoiceClient(loopback());
		const def = voiceDef('8-12');
		const { form, html } = await openForm('8-12', '', own);
		const answers = voiceAnswers(form, def, { seed: 5, text: () => `${HARMLESS} rate` });
		const results = [];
		let run429 = 0;
		for (let i = 0; i < 70 && run429 < 6; i++) {
			const fid = newFid();
			const r = await own.post('/voice/form/8-12', voiceBody(form, answers, { fid }, html));
			results.push({ fid, r });
			run429 = r.status === 429 ? run429 + 1 : 0;
		}
		const statuses = results.map((x) => x.r.status);
		assert.ok(statuses.every((s) => s === 200 || s === 429), `only 200 or 429: ${statuses}`);
		assert.ok(statuses.slice(0, 30).every((s) => s === 200), `the first 30 are accepted: ${statuses}`);
		const refused = results.filter((x) => x.r.status === 429);
		assert.ok(refused.length >= 1, `at least one 429 in ${statuses.length}: ${statuses}`);
		for (const x of results) {
			assert.equal(feedbackCount(x.fid), x.r.status === 200 ? 1 : 0, `stored exactly when accepted (${x.r.status})`);
		}
		const r = refused[0].r;
		assert.match(r.ctype, /^text\/html/);
		assert.ok(textOf(r.text).includes(voiceText('en', 'ui.refused_rate')), 'it says what happened and that nothing was sent');
		const again = voiceForm(r.text, '8-12');
		assert.ok(again, 'the form comes back');
		assertKept(again, answers, 'after a 429');
		assert.equal(again.hidden.fid, refused[0].fid, 'with the same one-time id, to send later');
		const other = await c.get('/voice/form/8-12');
		assert.equal(other.status, 200, 'another address is not affected');
	});

	test('rate limit: another address sending at the same time does not reset this address\'s count', async () => {
		// Two addresses whose requests interleave, chosen so that a small
		// fixed table of counters keyed by a hash of the address (512
		// slots, djb2) would put them in the same slot: each must still be
		// limited on its own.
		const slot = (addr) => {
			let h = 5381;
			for (const ch of Buffer.from(addr)) h = (Math.imul(h, 33) + ch) >>> 0;
			return h % 512;
		};
		const seen = new Map();
		let pair = null;
		while (!pair) {
			const a = loopback();
			const s = slot(a);
			if (seen.has(s) && seen.get(s) !== a) pair = [seen.get(s), a];
			else seen.set(s, a);
		}
		const clients = pair.map((a) => new VoiceClient(a));
		const def = voiceDef('8-12');
		const { form, html } = await openForm('8-12', '', clients[0]);
		const answers = voiceAnswers(form, def, { seed: 8, text: () => `${HARMLESS} interleaved` });
		const statuses = [[], []];
		// Two from one, then two from the other, so that each worker
		// process sees both addresses however the requests are shared out.
		for (let i = 0; i < 35; i++) {
			for (const n of [0, 0, 1, 1]) {
				statuses[n].push((await clients[n].post('/voice/form/8-12', voiceBody(form, answers, { fid: newFid() }, html))).status);
			}
		}
		for (const [n, st] of statuses.entries()) {
			assert.ok(st.includes(429), `${pair[n]} sent 70 forms in ten minutes, interleaved with ${pair[1 - n]}, and was never limited: ${st.join(',')}`);
		}
	});

	test('a text answer over its length: 422, error summary, every answer kept, nothing stored; shortened, it is stored', async () => {
		const def = voiceDef('13-18');
		const tq = textQuestion(def);
		const { form, fid, html } = await openForm('13-18');
		const long = 'é'.repeat(tq.maxlen + 1);
		const answers = voiceAnswers(form, def, { seed: 1, text: (k) => (k === tq.qkey ? long : HARMLESS) });
		const r = await c.post('/voice/form/13-18', voiceBody(form, answers, {}, html));
		assert.equal(r.status, 422, `${tq.maxlen + 1} characters`);
		const sum = errorSummaryOf(r.text);
		assert.ok(sum, 'an error summary');
		assert.ok(textOf(sum).includes(voiceText('en', 'ui.error_too_long')), 'it says the answer is too long');
		assert.match(sum, new RegExp(`href="#q-${tq.qkey}"`), 'and links to the question');
		const back = voiceForm(r.text, '13-18');
		assertKept(back, answers, 'after the 422');
		assert.equal(back.hidden.fid, fid, 'the same one-time id');
		assert.equal(feedbackCount(fid), 0, 'nothing stored');

		const fits = 'é'.repeat(tq.maxlen);
		const ok = await c.post('/voice/form/13-18', voiceBody(back, { ...answers, [tq.qkey]: fits }, {}, r.text));
		assertThanks(ok, `${tq.maxlen} characters (two bytes each) fit`);
		assert.equal(feedbackAnswers(fid)[tq.qkey].text, fits, 'stored exactly');
	});

	test('malformed input (bad percent-encoding): 400, nothing stored', async () => {
		const def = voiceDef('8-12');
		const { form, html } = await openForm('8-12');
		const answers = voiceAnswers(form, def, { text: () => HARMLESS });
		for (const bad of ['%zz', '%4', 'a%G1b']) {
			const fid = newFid();
			const body = `${voiceBody(form, answers, { fid }, html).toString()}&${textQuestion(def).qkey}=${bad}`;
			const r = await c.postRaw('/voice/form/8-12', body);
			assert.equal(r.status, 400, `a body with "${bad}": ${r.status}`);
			assert.match(r.ctype, /^text\/html/, 'a proper page');
			assert.equal(feedbackCount(fid), 0, `nothing stored for "${bad}"`);
		}
		const fid = newFid();
		const r = await c.postRaw('/voice/form/8-12', `${voiceBody(form, answers, { fid }, html).toString()}&${textQuestion(def).qkey}=%C3%28`);
		assert.ok(r.status === 400 || r.status === 422, `invalid UTF-8 is refused clearly (${r.status})`);
		assert.equal(feedbackCount(fid), 0, 'nothing stored for invalid UTF-8');
	});

	test('a bad one-time id or a wrong answer value is refused, nothing stored', async () => {
		const def = voiceDef('8-12');
		const { form, html } = await openForm('8-12');
		const answers = voiceAnswers(form, def, { text: () => HARMLESS });
		const noFid = await c.post('/voice/form/8-12', voiceBody(form, answers, { fid: 'not-hex' }, html));
		assert.ok(noFid.status === 400 || noFid.status === 422, `a malformed fid: ${noFid.status}`);
		const radio = def.questions.find((q) => q.kind !== 'text');
		const fid = newFid();
		const wrong = await c.post('/voice/form/8-12', voiceBody(form, answers, { fid, [radio.qkey]: 'maybe' }, html));
		assert.equal(wrong.status, 422, 'a value the question does not offer');
		assert.equal(feedbackCount(fid), 0);
		const cross = await c.post('/voice/form/8-12', voiceBody(form, answers, {}, html), { origin: 'https://evil.example' });
		assert.equal(cross.status, 403, 'a POST from another site');
		assert.equal(feedbackCount(form.hidden.fid), 0);
	});

	test('a double submit of the same form stores once; so do two at the same moment', async () => {
		const def = voiceDef('8-12');
		const { form, fid, html } = await openForm('8-12');
		const answers = voiceAnswers(form, def, { seed: 4, text: () => HARMLESS });
		const body = voiceBody(form, answers, { complaint: 1 }, html);
		const first = await c.post('/voice/form/8-12', body);
		const second = await c.post('/voice/form/8-12', body);
		assertThanks(first, 'first submit');
		assertThanks(second, 'second submit of the same form');
		assert.equal(feedbackCount(fid), 1, 'one feedback row');
		assertStored(fid, answers, def, 'double submit');
		assert.equal(followupsOf(fid).length, 1, 'one follow-up for the complaint, not two');

		const { form: f2, fid: fid2, html: h2 } = await openForm('8-12');
		const b2 = voiceBody(f2, voiceAnswers(f2, def, { text: () => HARMLESS }), {}, h2);
		const both = await Promise.all([c.post('/voice/form/8-12', b2), c.post('/voice/form/8-12', b2)]);
		for (const r of both) assertThanks(r, 'a simultaneous double submit');
		assert.equal(feedbackCount(fid2), 1, 'one feedback row for two at once');
	});

	test('"I want to make a complaint" is recorded and explained; it opens a follow-up that is not urgent', async () => {
		const def = voiceDef('13-18');
		const { form, fid, html } = await openForm('13-18');
		assert.ok(textOf(html).includes(textOf(voiceText('en', 'ui.complaint_explain'))), 'the form explains complaints');
		const r = await c.post('/voice/form/13-18', voiceBody(form, voiceAnswers(form, def, { text: () => HARMLESS }), { complaint: 1 }, html));
		assertThanks(r, 'with a complaint');
		assert.ok(textOf(r.text).includes(textOf(voiceText('en', 'ui.thanks_complaint'))), 'the thank-you page says it was written down');
		assert.equal(feedbackRow(fid).wants_complaint, true);
		const fu = followupsOf(fid);
		assert.equal(fu.length, 1, 'a follow-up, so a complaint is not left unread');
		assert.equal(fu[0].urgent, false);
		assert.equal(fu[0].team_id, dutyTeam().id, 'no team said: the duty team');
	});
});

describe('voice: safeguarding', () => {
	const mailIds = [];

	test('the duty team is Front Door North', () => {
		assert.deepEqual(dutyTeam()?.name, 'Front Door North');
	});

	test('"he hit me" in a text answer opens an urgent follow-up for the duty team', async () => {
		const def = voiceDef('8-12');
		const tq = textQuestion(def);
		const { form, fid, html } = await openForm('8-12');
		const words = 'Sometimes at home He HIT me when I am late.';
		const answers = voiceAnswers(form, def, { text: (k) => (k === tq.qkey ? words : HARMLESS) });
		const r = await c.post('/voice/form/8-12', voiceBody(form, answers, {}, html));
		assertThanks(r, 'with a disclosure');
		assert.ok(!/urgent|safeguard|harm/i.test(textOf(r.text).replace(voiceText('en', 'ui.safety_text'), '')),
			'the child sees a calm thank-you, not an alarm');
		const fu = followupsOf(fid);
		assert.equal(fu.length, 1, 'one follow-up');
		assert.equal(fu[0].urgent, true, 'urgent');
		assert.equal(fu[0].status, 'open');
		assert.equal(fu[0].team, 'Front Door North', 'for the duty team');
		const due = Number(sqlValue('ctl', `SELECT TIMESTAMPDIFF(MINUTE, opened_at, due_at) FROM ${tbl('followup')} WHERE id = ${fu[0].id}`));
		assert.equal(due, 24 * 60, 'due 24 hours after it arrived');
		const ev = followupEvents(fu[0].id);
		assert.deepEqual(ev.map((e) => [e.action, e.actor_id]), [['opened', null]], 'opened by the screening on arrival');
		mailIds.push({ id: fu[0].id, team: fu[0].team_id, words });
	});

	test('a Polish term in a Polish answer opens an urgent follow-up; the same words without it do not', async () => {
		const pl = terms('pl');
		assert.ok(pl.length > 0, 'there are Polish safeguarding terms');
		const term = pl.find((t) => /[^\x00-\x7f]/.test(t) && t.includes(' ')) || pl.find((t) => /[^\x00-\x7f]/.test(t)) || pl[0];
		const filler = 'W szkole jest dobrze, lubię piłkę nożną';
		for (const t of [...terms('en'), ...pl]) assert.ok(!filler.toLowerCase().includes(t), `the control words contain no term ("${t}")`);
		const def = voiceDef('8-12');
		const tq = textQuestion(def);

		const control = await openForm('8-12', '?lang=pl');
		const ca = voiceAnswers(control.form, def, { text: (k) => (k === tq.qkey ? `${filler}.` : 'Dobrze.') });
		assertThanks(await c.post('/voice/form/8-12', voiceBody(control.form, ca, {}, control.html)), 'Polish control', 'pl');
		assert.equal(feedbackRow(control.fid).lang, 'pl');
		assert.deepEqual(followupsOf(control.fid), [], 'no follow-up without a term');

		const { form, fid, html } = await openForm('8-12', '?lang=pl');
		assert.equal(form.hidden.lang, 'pl');
		const words = `${filler}, ale w domu ${term} i nie wiem co robić.`;
		const answers = voiceAnswers(form, def, { text: (k) => (k === tq.qkey ? words : 'Dobrze.') });
		assertThanks(await c.post('/voice/form/8-12', voiceBody(form, answers, {}, html)), `Polish "${term}"`, 'pl');
		assert.equal(feedbackRow(fid).lang, 'pl');
		const fu = followupsOf(fid);
		assert.equal(fu.length, 1, `the Polish term "${term}" opens a follow-up`);
		assert.equal(fu[0].urgent, true);
		assert.equal(fu[0].team, 'Front Door North');
		mailIds.push({ id: fu[0].id, team: fu[0].team_id, words });
	});

	test('"not safe" (a concern-no question answered no), from a team link: urgent, for that team', async () => {
		const def = voiceDef('8-12');
		const q = def.questions.find((x) => x.concern === 'no');
		assert.ok(q, '8-12 has a question whose "no" is a concern');
		const link = voiceLink('Front Door South');
		const { form, fid, html } = await openForm('8-12', `?lang=en&t=${link.code}`);
		const answers = voiceAnswers(form, def, { overrides: { [q.qkey]: 'no' }, text: () => HARMLESS });
		assertThanks(await c.post('/voice/form/8-12', voiceBody(form, answers, {}, html)), 'not safe');
		const fu = followupsOf(fid);
		assert.equal(fu.length, 1);
		assert.equal(fu[0].urgent, true);
		assert.equal(fu[0].team_id, link.team_id, 'for the team the feedback is about');
		mailIds.push({ id: fu[0].id, team: fu[0].team_id, words: null });

		for (const v of voiceValues(q).filter((x) => !voiceConcerning(q, x))) {
			const o = await openForm('8-12');
			assertThanks(await c.post('/voice/form/8-12', voiceBody(o.form, voiceAnswers(o.form, def,
				{ overrides: { [q.qkey]: v }, text: () => HARMLESS }), {}, o.html)), `${q.qkey} = ${v}`);
			assert.deepEqual(followupsOf(o.fid), [], `${q.qkey} = ${v} opens nothing`);
		}
	});

	test('the managers are mailed: the link to each follow-up, and none of the child\'s words', async () => {
		assert.ok(mailIds.length >= 3, 'the three follow-ups above were opened');
		const all = await pokeStaffUntil(() => mailIds.every((m) => mailFor(m.id)));
		const missing = mailIds.filter((m) => !mailFor(m.id)).map((m) => m.id);
		assert.ok(all, `mail for every follow-up within ${MAIL_MS / 1000}s (none for ${missing}; ${mailMessages().length} messages)`);
		for (const m of mailIds) {
			const mail = mailFor(m.id).text;
			const head = mail.split(/\r?\n\r?\n/)[0];
			const to = (head.match(/^To:(.*)$/mi) || [])[1] || '';
			for (const addr of managerEmails(m.team)) assert.ok(to.includes(addr), `follow-up ${m.id}: mailed to ${addr} (To:${to})`);
			assert.match(head, /^Subject:.*URGENT/mi, 'marked urgent');
			if (m.words) assert.ok(!mail.includes(m.words), 'the mail does not hold the child\'s words');
			assert.equal(followupsOf(sqlValue('ctl', `SELECT HEX(feedback_id) FROM ${tbl('followup')} WHERE id = ${m.id}`))[0].notified, true,
				'marked as notified');
		}
		const south = mailIds.find((m) => m.team === teamId('Front Door South'));
		const northMgr = managerEmails(teamId('Front Door North'));
		const southTo = (mailFor(south.id).text.match(/^To:(.*)$/mi) || [])[1];
		for (const addr of northMgr) {
			assert.ok(!southTo.includes(addr), `Front Door North's manager ${addr} is not mailed about Front Door South`);
		}
		const before = mailMessages().length;
		await pokeStaffUntil(() => false, 6000);
		const again = mailMessages().filter((m) => mailIds.some((x) => new RegExp(`/followup/${x.id}(?![0-9])`).test(m.text)));
		assert.equal(again.length, mailIds.length, 'each follow-up is mailed once');
		assert.ok(mailMessages().length >= before);
	});

	test('"I want someone to talk to me" without a way to reach them: 422, answers kept, nothing stored', async () => {
		const def = voiceDef('13-18');
		const { form, fid, html } = await openForm('13-18');
		const answers = voiceAnswers(form, def, { seed: 3, text: () => HARMLESS });
		const r = await c.post('/voice/form/13-18', voiceBody(form, answers, { contact: 1, contact_name: 'Sam', contact_how: '' }, html));
		assert.equal(r.status, 422);
		const sum = errorSummaryOf(r.text);
		assert.ok(sum && textOf(sum).includes(voiceText('en', 'ui.error_contact')), 'the error says how to fix it');
		const back = voiceForm(r.text, '13-18');
		assertKept(back, answers, 'after the contact error');
		assert.deepEqual(back.questions.get('contact').checked, ['1'], 'the box is still ticked');
		assert.equal(back.questions.get('contact_name').text, 'Sam', 'the name is kept');
		assert.equal(feedbackCount(fid), 0, 'nothing stored');
	});

	test('"I want someone to talk to me" with a name and a way to reach them: stored, urgent follow-up', async () => {
		const def = voiceDef('13-18');
		const { form, fid, html } = await openForm('13-18');
		const answers = voiceAnswers(form, def, { seed: 3, text: () => HARMLESS });
		const r = await c.post('/voice/form/13-18', voiceBody(form, answers,
			{ contact: 1, contact_name: 'Sam O\'Neill', contact_how: 'Text 07700 900123 after school' }, html));
		assertThanks(r, 'with contact');
		assert.ok(textOf(r.text).includes(voiceText('en', 'ui.thanks_contact')), 'they are told someone will get in touch');
		const row = feedbackRow(fid);
		assert.equal(row.wants_contact, true);
		assert.equal(row.contact_name, 'Sam O\'Neill');
		assert.equal(row.contact_how, 'Text 07700 900123 after school');
		const fu = followupsOf(fid);
		assert.equal(fu.length, 1);
		assert.equal(fu[0].urgent, true);
	});

	test('contact details are not stored unless the box is ticked', async () => {
		const def = voiceDef('13-18');
		const { form, fid, html } = await openForm('13-18');
		const r = await c.post('/voice/form/13-18', voiceBody(form, voiceAnswers(form, def, { text: () => HARMLESS }),
			{ contact_name: 'Sam', contact_how: '07700 900123' }, html));
		assertThanks(r, 'contact details without the box');
		const row = feedbackRow(fid);
		assert.equal(row.wants_contact, false);
		assert.equal(row.contact_name, null, 'no name kept');
		assert.equal(row.contact_how, null, 'no phone number kept');
	});
});

describe('voice: MariaDB down', { concurrency: 1 }, () => {
	let dbStopped = false;

	after(async () => {
		if (dbStopped) stack('db-start');
		await waitFor(async () => (await new Client().get('/healthz')).status === 200, RECOVERY_MS);
	});

	test('a submission is spooled with the thank-you page and stored once when MariaDB is back', async () => {
		assert.deepEqual(voiceSpooled(), [], 'the voice spool is empty to begin with');
		const def = voiceDef('8-12');
		const link = voiceLink('Front Door South');
		const { form, fid, html } = await openForm('8-12', `?lang=en&t=${link.code}`);
		const q = def.questions.find((x) => x.concern === 'no');
		const answers = voiceAnswers(form, def, { seed: 6, overrides: { [q.qkey]: 'no' }, text: () => `${HARMLESS} spooled` });
		const body = voiceBody(form, answers, {}, html);
		let first;
		let second;
		let files;
		try {
			dbStopped = true;
			stack('db-stop');
			first = await c.post('/voice/form/8-12', body);
			files = voiceSpooled();
			second = await c.post('/voice/form/8-12', body);
		} finally {
			stack('db-start');
			dbStopped = false;
		}
		assertThanks(first, 'POST while MariaDB is down');
		assert.ok(files.length >= 1, `a file in ${VOICE_SPOOL}`);
		for (const f of files) {
			const mode = statSync(path.join(VOICE_SPOOL, f)).mode;
			assert.equal(mode & 0o077, 0, `${f} is private to the service (mode ${(mode & 0o777).toString(8)})`);
		}
		assert.ok(second.status === 200, `a resubmit while down is answered calmly (${second.status})`);

		const stored = await waitFor(async () => {
			await c.get('/voice/');
			return feedbackCount(fid) === 1 && voiceSpooled().length === 0;
		}, RECOVERY_MS);
		assert.ok(stored, `stored and the spool emptied within ${RECOVERY_MS / 1000}s (stored ${feedbackCount(fid)}, spool ${voiceSpooled()})`);
		assert.equal(feedbackCount(fid), 1, 'stored once');
		assertStored(fid, answers, def, 'replayed');
		const fu = followupsOf(fid);
		assert.equal(fu.length, 1, 'the screening ran on replay: one follow-up');
		assert.equal(fu[0].urgent, true);
		const row = feedbackRow(fid);
		assert.equal(row.received_on, new Date().toISOString().slice(0, 10));
		assert.equal(row.team_id, link.team_id, 'the team of the link is kept through the spool');
		assert.equal(fu[0].team_id, link.team_id, 'and the follow-up goes to that team');
	});
});
