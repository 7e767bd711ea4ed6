// Child and family voice in headless Chromium on a 375px phone: a child
// completes the 8-12 form with the keyboard only (Tab, Space, arrow keys,
// Enter) and again by tapping; the under-8s picture form; switching to
// Arabic keeps the answers and lays the page out right to left; kiosk
// mode (no autofill, a meta refresh back to the start after sending, and
// kiosk.js going back to the start after a while without a touch, run on
// the page's own fake clock); axe-core (WCAG 2.2 AA tags) on every voice
// page — start, each form, an error, thank you, refused (honeypot and rate
// limit), kiosk — and on the staff follow-up list and an item; every voice
// page under 50 KB of HTML and without sideways scrolling. Screenshots in
// $CHORUS_ARTIFACTS: voice-index-375.png, voice-form-8-12-375.png,
// voice-form-under8-375.png, voice-form-ar-375.png, voice-thanks-375.png,
// followup-list-375.png (and a few more).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
	DEMO_PASSWORD, VoiceClient, loopback, voiceDef, voiceForm, voiceAnswers, voiceBody, voiceValues,
	voiceConcerning, voiceSlugs, voiceLink, voiceText, feedbackRow, feedbackAnswers, followupsOf, newFid,
} from '../http/lib.mjs';
import { PHONE, launch, newPage, assertAccessible, assertFits, shoot, tabTo, navigate } from './lib.mjs';

const MAX_HTML = 50 * 1024;
const HARMLESS = 'I like my school and my football team';

let browser;

before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

/* A fresh phone-sized context and page; problems collects console errors. */
async function phone(opts = {}) {
	const page = await newPage(browser, PHONE, { hasTouch: true, ...opts });
	page.problems = [];
	page.on('console', (m) => {
		// deliberate 4xx pages (errors, refusals) are logged by Chromium as failed loads
		if (m.type() === 'error' && !/status of 4(00|22|29)/.test(m.text())) page.problems.push(m.text());
	});
	page.on('pageerror', (e) => page.problems.push(String(e)));
	return page;
}

/* The checks every voice page gets: status, size, lang, one h1, safety box, axe, fits. */
async function voicePage(page, label, response, status = 200) {
	assert.ok(response, `${label}: a response`);
	assert.equal(response.status(), status, `${label}: HTTP ${status}`);
	const size = (await response.body()).length;
	assert.ok(size < MAX_HTML, `${label}: ${size} bytes of HTML, under 50 KB`);
	await page.waitForLoadState('load');
	assert.ok((await page.title()).length > 0, `${label} has a title`);
	assert.ok(await page.getAttribute('html', 'lang'), `${label} says its language`);
	assert.equal(await page.locator('h1').count(), 1, `${label} has one h1`);
	const safety = await page.locator('.voice-safety').innerText();
	assert.match(safety.replace(/[\u2066-\u2069\u200e\u200f]/g, ''), /999[\s\S]*0800 1111|0800 1111[\s\S]*999/, `${label}: the safety box`);
	const ids = await page.evaluate(() => {
		const seen = {};
		for (const el of document.querySelectorAll('[id]')) seen[el.id] = (seen[el.id] || 0) + 1;
		const unlabelled = [...document.querySelectorAll('form input:not([type="hidden"]), form textarea, form select')]
			.filter((el) => !el.closest('[aria-hidden="true"]') && el.labels.length === 0).map((el) => `${el.name}=${el.value}`);
		return { dup: Object.keys(seen).filter((k) => seen[k] > 1), unlabelled };
	});
	assert.deepEqual(ids.dup, [], `${label}: every id is used once`);
	assert.deepEqual(ids.unlabelled, [], `${label}: every control has its label (tapping the words chooses it)`);
	await assertAccessible(page, label);
	await assertFits(page, label);
}

/*
 * A finger on the middle of what the locator shows: a real tap at that
 * point, on whatever is on top there (a face picture's radio may lie over
 * its label, as it should for a tap to choose it).
 */
async function tapOn(page, locator) {
	await locator.scrollIntoViewIfNeeded();
	const box = await locator.boundingBox();
	assert.ok(box, 'the thing to tap is on screen');
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	return box;
}

/* The radio ids on the page for each question of def: {qkey: {value: id}}. */
async function radioIds(page, def) {
	return page.evaluate((keys) => {
		const out = {};
		for (const k of keys) {
			out[k] = {};
			for (const el of document.querySelectorAll(`input[type="radio"][name="${k}"]`)) out[k][el.value] = el.id;
		}
		return out;
	}, def.questions.map((q) => q.qkey));
}

/* A harmless value for each choice question (varied by seed). */
function chooseFor(def, seed = 1) {
	const out = {};
	for (const [i, q] of def.questions.entries()) {
		if (q.kind === 'text') continue;
		const ok = voiceValues(q).filter((v) => !voiceConcerning(q, v));
		out[q.qkey] = ok[(i + seed) % ok.length];
	}
	return out;
}

describe('voice at 375px', () => {
	test('the start page, every form and their languages: accessible, small, no sideways scrolling', async () => {
		const page = await phone();
		let resp = await page.goto('/voice/');
		await page.waitForLoadState('load');
		await shoot(page, 'voice-index-375');
		await voicePage(page, '/voice/', resp);
		assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
		for (const slug of voiceSlugs()) {
			resp = await navigate(page, () => page.locator(`a[href^="/voice/form/${slug}?"], a[href="/voice/form/${slug}"]`).first().click());
			await page.waitForLoadState('load');
			if (slug !== 'under8') await shoot(page, `voice-form-${slug}-375`);
			await voicePage(page, `the ${slug} form`, resp);
			resp = await page.goto('/voice/');
		}
		for (const lang of ['pl', 'ur', 'ar', 'ro']) {
			resp = await page.goto(`/voice/?lang=${lang}`);
			await voicePage(page, `/voice/?lang=${lang}`, resp);
			resp = await page.goto(`/voice/form/13-18?lang=${lang}`);
			await voicePage(page, `the 13-18 form in ${lang}`, resp);
		}
		assert.deepEqual(page.problems, [], `console errors: ${page.problems.join('\n')}`);
		await page.context().close();
	});

	test('a child completes the 8-12 form with the keyboard only', async () => {
		const def = voiceDef('8-12');
		const page = await phone();
		await page.goto('/voice/');
		await tabTo(page, 'a[href^="/voice/form/8-12"]');
		let resp = await navigate(page, () => page.keyboard.press('Enter'));
		assert.equal(new URL(page.url()).pathname, '/voice/form/8-12');
		assert.equal(resp.status(), 200);
		const fid = await page.inputValue('input[name="fid"]');

		// Into the form, then: each group of choices gets Space (choose),
		// an arrow down and back up; each text box gets typed words; on
		// Send, Enter. Language buttons, the team list and the contact
		// boxes are passed over with Tab.
		await tabTo(page, 'form#voice-form input[type="radio"]', 80);
		let sent = false;
		const typed = {};
		for (let i = 0; i < 200 && !sent; i++) {
			const el = await page.evaluate(() => {
				const a = document.activeElement;
				const group = a && a.name && a.type === 'radio' ? document.querySelectorAll(`input[name="${a.name}"]:checked`).length : 0;
				return { tag: a?.tagName, type: a?.type, name: a?.name, cls: a?.className ?? '', group, inForm: !!a?.closest('form#voice-form') };
			});
			if (el.tag === 'BUTTON' && /voice-send/.test(el.cls)) {
				const posted = page.waitForResponse((r) => r.request().method() === 'POST');
				await navigate(page, () => page.keyboard.press('Enter'));
				resp = await posted;
				sent = true;
				break;
			}
			if (el.type === 'radio' && el.group === 0) {
				await page.keyboard.press('Space');
				await page.keyboard.press('ArrowDown');
				await page.keyboard.press('ArrowUp');
			} else if (el.tag === 'TEXTAREA' && !typed[el.name]) {
				typed[el.name] = `${HARMLESS}, typed with the keys.`;
				await page.keyboard.type(typed[el.name]);
			}
			await page.keyboard.press('Tab');
		}
		assert.ok(sent, 'reached Send with the Tab key');
		assert.equal(resp.status(), 200, 'sent');
		assert.equal(await page.locator('h1').innerText(), voiceText('en', 'ui.thanks_heading'));
		const stored = feedbackAnswers(fid);
		for (const q of def.questions) {
			if (q.kind === 'text') {
				assert.equal(stored[q.qkey]?.text, typed[q.qkey], `the words typed for ${q.qkey} were stored`);
			} else {
				assert.equal(stored[q.qkey]?.value, voiceValues(q)[0], `${q.qkey}: Space chose the first, down and up came back to it`);
			}
		}
		assert.deepEqual(followupsOf(fid), [], 'nothing worrying was said');
		assert.deepEqual(page.problems, [], `console errors: ${page.problems.join('\n')}`);
		await page.context().close();
	});

	test('a child completes the 8-12 form by tapping, then sees an accessible thank-you page', async () => {
		const def = voiceDef('8-12');
		const page = await phone();
		let resp = await page.goto('/voice/form/8-12');
		assert.equal(resp.status(), 200);
		const fid = await page.inputValue('input[name="fid"]');
		const ids = await radioIds(page, def);
		const want = chooseFor(def, 2);
		for (const [k, v] of Object.entries(want)) {
			const label = page.locator(`label[for="${ids[k][v]}"]`);
			const box = await tapOn(page, label);
			assert.ok(box.height >= 24 && box.width >= 24, `${k}=${v}: a tap target of at least 24px (${JSON.stringify(box)})`);
			assert.ok(await page.locator(`input[id="${ids[k][v]}"]`).isChecked(), `tapping the label chose ${k}=${v}`);
		}
		const tq = def.questions.find((q) => q.kind === 'text');
		await page.locator(`textarea[name="${tq.qkey}"]`).tap();
		await page.keyboard.type(`${HARMLESS}, tapped.`);
		resp = await navigate(page, () => page.locator('button.voice-send').tap());
		await page.waitForLoadState('load');
		await shoot(page, 'voice-thanks-375');
		await voicePage(page, 'thank-you page', resp);
		const stored = feedbackAnswers(fid);
		for (const [k, v] of Object.entries(want)) assert.equal(stored[k]?.value, v, `${k} stored as tapped`);
		assert.equal(stored[tq.qkey]?.text, `${HARMLESS}, tapped.`);
		assert.deepEqual(page.problems, [], `console errors: ${page.problems.join('\n')}`);
		await page.context().close();
	});

	test('an error (too long), then a refusal (honeypot): both accessible and clear', async () => {
		const def = voiceDef('8-12');
		const tq = def.questions.find((q) => q.kind === 'text');
		const page = await phone();
		await page.goto('/voice/form/8-12');
		const ids = await radioIds(page, def);
		const want = chooseFor(def, 3);
		const first = Object.keys(want)[0];
		await page.locator(`label[for="${ids[first][want[first]]}"]`).click();
		await page.locator(`textarea[name="${tq.qkey}"]`).fill('x'.repeat(tq.maxlen + 1));
		let resp = await navigate(page, () => page.locator('button.voice-send').click());
		await page.waitForLoadState('load');
		await shoot(page, 'voice-error-375');
		await voicePage(page, 'the form with an error', resp, 422);
		const summary = page.locator('.govuk-error-summary');
		assert.ok(await summary.isVisible(), 'an error summary');
		assert.match(await summary.innerText(), new RegExp(voiceText('en', 'ui.error_too_long').slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
		assert.ok(await page.locator(`input[id="${ids[first][want[first]]}"]`).isChecked(), 'the answer given is still chosen');

		await page.locator(`textarea[name="${tq.qkey}"]`).fill(HARMLESS);
		await page.evaluate(() => { document.getElementById('website').value = 'http://spam.example/'; });
		resp = await navigate(page, () => page.locator('button.voice-send').click());
		await page.waitForLoadState('load');
		await shoot(page, 'voice-refused-375');
		await voicePage(page, 'the refused page (honeypot)', resp, 400);
		assert.equal(await page.locator('h1').innerText(), voiceText('en', 'ui.refused_heading'));
		await page.context().close();
	});

	test('the rate-limit page (429) keeps the answers and is accessible', async () => {
		// Trip the limit from an address of its own over HTTP, then show
		// that exact response to the browser in place of its own POST.
		const own = new VoiceClient(loopback());
		const def = voiceDef('8-12');
		const form0 = await own.get('/voice/form/8-12');
		const form = voiceForm(form0.text, '8-12');
		const answers = voiceAnswers(form, def, { seed: 7, text: () => HARMLESS });
		let refused = null;
		for (let i = 0; i < 80 && !refused; i++) {
			const r = await own.post('/voice/form/8-12', voiceBody(form, answers, { fid: newFid() }, form0.text));
			if (r.status === 429) refused = r;
		}
		assert.ok(refused, 'a 429 after enough submissions from one address');
		const page = await phone();
		await page.goto('/voice/form/8-12');
		await page.route('**/voice/form/8-12', (route) => (route.request().method() === 'POST'
			? route.fulfill({ status: 429, contentType: 'text/html; charset=utf-8', body: refused.text })
			: route.continue()));
		const resp = await navigate(page, () => page.locator('button.voice-send').click());
		assert.equal(resp.status(), 429);
		await page.waitForLoadState('load');
		assert.ok(Buffer.byteLength(refused.text) < MAX_HTML, 'under 50 KB');
		assert.match(await page.locator('.govuk-error-summary').innerText(), /./, 'it says what happened');
		for (const [k, v] of Object.entries(answers)) {
			if (def.byKey[k].kind === 'text') assert.equal(await page.inputValue(`textarea[name="${k}"]`), v, `${k} kept`);
			else assert.ok(await page.locator(`input[name="${k}"][value="${v}"]`).isChecked(), `${k}=${v} kept`);
		}
		await assertAccessible(page, 'the rate-limit page');
		await assertFits(page, 'the rate-limit page');
		await page.context().close();
	});

	test('the under-8s picture form: five faces, each a picture with words; choose one and send', async () => {
		const def = voiceDef('under8');
		const faces = def.questions.filter((q) => q.kind === 'faces');
		assert.ok(faces.length > 0, 'the under-8s form has picture-face questions');
		const page = await phone();
		const resp = await page.goto('/voice/form/under8');
		await page.waitForLoadState('load');
		await shoot(page, 'voice-form-under8-375');
		await voicePage(page, 'the under-8s form', resp);
		const fid = await page.inputValue('input[name="fid"]');
		const ids = await radioIds(page, def);
		for (const q of faces) {
			const imgs = await page.evaluate((k) => [...document.querySelectorAll(`input[name="${k}"]`)].map((i) => {
				const label = document.querySelector(`label[for="${i.id}"]`);
				const img = label?.querySelector('img');
				return {
					src: img?.getAttribute('src'), ok: !!img && img.complete && img.naturalWidth > 0,
					words: label?.innerText.trim(), w: img?.getBoundingClientRect().width ?? 0,
				};
			}), q.qkey);
			assert.equal(imgs.length, 5, `${q.qkey}: five faces`);
			for (const [i, im] of imgs.entries()) {
				assert.ok(im.ok, `${q.qkey} face ${i + 1}: the picture ${im.src} loaded`);
				assert.match(im.src, /\.svg$/, 'an SVG');
				assert.equal(im.words, voiceText('en', `faces.${i + 1}`), `face ${i + 1} has its words`);
				assert.ok(im.w >= 44, `face ${i + 1} is big enough to tap (${im.w}px)`);
			}
		}
		const q = faces[0];
		await tapOn(page, page.locator(`label[for="${ids[q.qkey]['5']}"]`));
		assert.ok(await page.locator(`input[id="${ids[q.qkey]['5']}"]`).isChecked(), 'the happiest face is chosen');
		const thanks = await navigate(page, () => page.locator('button.voice-send').tap());
		assert.equal(thanks.status(), 200);
		assert.deepEqual(feedbackAnswers(fid), { [q.qkey]: { value: '5', text: null } }, 'only the face chosen is stored');
		assert.deepEqual(page.problems, [], `console errors: ${page.problems.join('\n')}`);
		await page.context().close();
	});

	test('switching to Arabic keeps the answers and lays the form out right to left', async () => {
		const def = voiceDef('8-12');
		const page = await phone();
		await page.goto('/voice/form/8-12?lang=en');
		const ids = await radioIds(page, def);
		const want = chooseFor(def, 4);
		const [k1, k2] = Object.keys(want);
		await tapOn(page, page.locator(`label[for="${ids[k1][want[k1]]}"]`));
		await tapOn(page, page.locator(`label[for="${ids[k2][want[k2]]}"]`));
		const resp = await navigate(page, () => page.locator('button[name="switch_lang"][value="ar"]').tap());
		await page.waitForLoadState('load');
		await shoot(page, 'voice-form-ar-375');
		await voicePage(page, 'the 8-12 form in Arabic', resp);
		assert.equal(await page.getAttribute('html', 'lang'), 'ar');
		assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
		for (const k of [k1, k2]) {
			assert.ok(await page.locator(`input[name="${k}"][value="${want[k]}"]`).isChecked(), `${k} is still ${want[k]} in Arabic`);
		}
		const geo = await page.evaluate(() => {
			const main = document.querySelector('main');
			const cs = getComputedStyle(main);
			const m = main.getBoundingClientRect();
			const q = document.querySelector('form#voice-form .voice-question:has(input[type="radio"])');
			const legend = q.querySelector('legend, label');
			const l = legend.getBoundingClientRect();
			const range = document.createRange();
			range.selectNodeContents(legend);
			const t = range.getBoundingClientRect();
			const item = q.querySelector('.govuk-radios__item, .voice-face');
			const input = item.querySelector('input');
			const label = item.querySelector('label');
			const before = getComputedStyle(label, '::before');
			return {
				left: m.left + parseFloat(cs.paddingLeft), right: m.right - parseFloat(cs.paddingRight),
				legend: { left: l.left, right: l.right }, text: { left: t.left, right: t.right },
				textAlign: getComputedStyle(legend).textAlign, direction: getComputedStyle(q).direction,
				item: item.getBoundingClientRect().toJSON(), input: input.getBoundingClientRect().toJSON(),
				labelText: (() => { const r = document.createRange(); r.selectNodeContents(label); return r.getBoundingClientRect().toJSON(); })(),
				beforeLeft: before.left, beforeRight: before.right,
			};
		});
		assert.equal(geo.direction, 'rtl', 'the question is laid out right to left');
		assert.ok(Math.abs(geo.text.right - geo.right) <= 4,
			`the first question's words start at the right of the main column (text right ${geo.text.right}, column right ${geo.right})`);
		assert.ok(geo.text.left - geo.left > 4 || geo.text.right - geo.text.left > geo.right - geo.left - 8,
			`and are not pushed to the left (text left ${geo.text.left}, column left ${geo.left})`);
		const inputMid = (geo.input.left + geo.input.right) / 2;
		const textMid = (geo.labelText.left + geo.labelText.right) / 2;
		assert.ok(inputMid > textMid, `the first choice's control is to the right of its words (control at ${inputMid}, words at ${textMid})`);
		assert.deepEqual(page.problems, [], `console errors: ${page.problems.join('\n')}`);
		await page.context().close();
	});

	test('kiosk: no autofill, meta refresh after sending, and back to the start after a while without a touch', async () => {
		const link = voiceLink();
		const start = `/voice/kiosk/${link.code}`;
		const def = voiceDef('8-12');
		const page = await phone();
		await page.clock.install();
		let resp = await page.goto(start);
		await page.waitForLoadState('load');
		await shoot(page, 'voice-kiosk-375');
		await voicePage(page, 'the kiosk start page', resp);
		assert.equal(await page.getAttribute('body', 'data-kiosk-reset'), start, 'the body knows where the kiosk starts');

		resp = await navigate(page, () => page.locator('a[href^="/voice/form/8-12"]').first().tap());
		await voicePage(page, 'the kiosk form', resp);
		assert.equal(await page.getAttribute('form#voice-form', 'autocomplete'), 'off', 'the form has autocomplete="off"');
		assert.equal(await page.getAttribute('body', 'data-kiosk-reset'), start);
		const fid = await page.inputValue('input[name="fid"]');
		const ids = await radioIds(page, def);
		const want = chooseFor(def, 5);
		for (const [k, v] of Object.entries(want)) await tapOn(page, page.locator(`label[for="${ids[k][v]}"]`));
		const posted = page.waitForResponse((r) => r.request().method() === 'POST');
		resp = await navigate(page, () => page.locator('button.voice-send').tap());
		const post = await posted;
		assert.equal(post.status(), 200, 'sent');
		const html = await post.text();
		const meta = html.match(/<meta\b[^>]*http-equiv="refresh"[^>]*content="(\d+);\s*url=([^"]+)"/i);
		assert.ok(meta, 'the thank-you page has a meta refresh');
		assert.equal(meta[2], start, 'back to the kiosk start');
		assert.ok(Number(meta[1]) > 0 && Number(meta[1]) <= 120, `after a short while (${meta[1]}s)`);
		assert.equal(await page.getAttribute('body', 'data-kiosk-reset'), start);
		assert.equal(await page.locator('h1').innerText(), voiceText('en', 'ui.thanks_heading'));
		await assertAccessible(page, 'the kiosk thank-you page');
		const row = feedbackRow(fid);
		assert.ok(row && row.kiosk && row.team_id === link.team_id, 'stored as a kiosk submission for the team of the code');

		// kiosk.js takes the page back to the start on its own.
		await Promise.all([page.waitForURL((u) => u.pathname === start && u.search === ''), page.clock.fastForward(20000)]);
		await page.locator('a[href^="/voice/form/8-12"]').first().waitFor();
		assert.equal(await page.locator('.govuk-panel').count(), 0, 'the thank-you page is gone');

		// And from a half-filled form after inactivity.
		await navigate(page, () => page.locator('a[href^="/voice/form/8-12"]').first().tap());
		const k = Object.keys(want)[0];
		await tapOn(page, page.locator(`label[for="${ids[k][want[k]]}"]`));
		await Promise.all([page.waitForURL((u) => u.pathname === start), page.clock.fastForward(100000)]);
		await page.locator('a[href^="/voice/form/8-12"]').first().waitFor();
		assert.equal(await page.locator('form#voice-form').count(), 0, 'back at the start, the answers gone');
		assert.deepEqual(page.problems, [], `console errors: ${page.problems.join('\n')}`);
		await page.context().close();
	});
});

describe('follow-ups at 375px', () => {
	test('the list and an item are accessible', async () => {
		// An urgent follow-up for Front Door North, from the public form.
		const own = new VoiceClient(loopback());
		const def = voiceDef('8-12');
		const link = voiceLink('Front Door North');
		const g = await own.get(`/voice/form/8-12?t=${link.code}`);
		const form = voiceForm(g.text, '8-12');
		const safe = def.questions.find((q) => q.concern === 'no');
		const answers = voiceAnswers(form, def, { overrides: { [safe.qkey]: 'no' }, text: () => HARMLESS });
		const sent = await own.post('/voice/form/8-12', voiceBody(form, answers, { contact: 1, contact_name: 'Robin', contact_how: 'Ask at school' }, g.text));
		assert.equal(sent.status, 200);
		const [fu] = followupsOf(form.hidden.fid);
		assert.ok(fu, 'a follow-up was opened');

		const page = await phone();
		await page.goto('/signin');
		await page.fill('input[name="username"]', 'tm.demo');
		await page.fill('input[name="password"]', DEMO_PASSWORD);
		await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.keyboard.press('Enter')]);
		await assertAccessible(page, 'the manager\'s home page with an urgent follow-up');

		let resp = await page.goto('/followup/');
		assert.equal(resp.status(), 200);
		assert.ok(await page.locator(`a[href="/followup/${fu.id}"]`).isVisible(), 'the follow-up is listed');
		await shoot(page, 'followup-list-375');
		await assertAccessible(page, '/followup/');

		resp = await navigate(page, () => page.locator(`a[href="/followup/${fu.id}"]`).click());
		assert.equal(resp.status(), 200);
		await shoot(page, 'followup-item-375');
		await assertAccessible(page, `/followup/${fu.id}`);

		resp = await navigate(page, () => page.locator('button[name="do"][value="close"]').click());
		assert.equal(resp.status(), 422, 'closing without an action is refused');
		await assertAccessible(page, 'the follow-up item with an error');
		assert.deepEqual(page.problems, [], `console errors: ${page.problems.join('\n')}`);
		await page.context().close();
	});
});
