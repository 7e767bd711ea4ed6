// The survey builder and waves in the browser, as an administrator with
// no JavaScript needed: create a survey, add questions (one refused
// first), move one with the Move down button reached by the keyboard,
// the remove confirmation, the preview, publishing, and the wave form
// with its errors. Every page is axe-clean (WCAG 2.2 AA) and fits at
// 375px and 320px; screenshots land in var/test-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { addPerson, uniq, sqlRows, tbl, sqlq } from '../http/lib.mjs';
import { launch, newPage, assertAccessible, assertFits, navigate, shoot, signInPage, tabTo, PHONE } from './lib.mjs';

let browser;
let admin;

before(async () => {
	browser = await launch();
	admin = await addPerson({ roles: 'staff,admin', prefix: 'bb-admin', signin: false });
});
after(async () => { if (browser) await browser.close(); });

/* Check the page in front of us: axe, width, a screenshot. */
async function check(page, name) {
	await assertAccessible(page, name);
	await assertFits(page, name);
	await shoot(page, `admin-builder-${name}`);
}

test('an administrator builds, previews and publishes a survey, then starts a wave', async () => {
	const page = await newPage(browser, PHONE);
	await signInPage(page, admin.username, admin.password);
	const slug = uniq('bb').toLowerCase().replace(/[^a-z0-9-]/g, '-');

	await page.goto('/admin/surveys');
	await check(page, 'surveys');
	await navigate(page, () => page.click('form[action="/admin/surveys"] button[type=submit]'));
	assert.match(await page.textContent('.govuk-error-summary'), /Enter the survey title/);
	await check(page, 'surveys-error');

	await page.fill('#title', `Browser survey ${slug}`);
	await page.fill('#slug', slug);
	await page.fill('#section', 'How things are');
	await navigate(page, () => page.click('form[action="/admin/surveys"] button[type=submit]'));
	assert.match(page.url(), /\/admin\/survey\/\d+$/);
	const base = new URL(page.url()).pathname;
	await check(page, 'draft-empty');

	await navigate(page, () => page.click('a:has-text("Add a question to section 1")'));
	await check(page, 'question-form');
	await page.fill('#text', 'Pick one');
	await page.check('#kind-single');
	await page.fill('#options', 'a | A');
	await navigate(page, () => page.click('button:has-text("Save question")'));
	assert.match(await page.textContent('.govuk-error-summary'), /at least 2 choices/);
	assert.equal(await page.inputValue('#text'), 'Pick one', 'kept');
	await check(page, 'question-error');
	await page.fill('#options', 'a | Choice A\nb | Choice B');
	await navigate(page, () => page.click('button:has-text("Save question")'));
	for (const text of ['My workload is manageable.', 'Anything else?']) {
		await navigate(page, () => page.click('a:has-text("Add a question to section 1")'));
		await page.fill('#text', text);
		await page.check(text.endsWith('?') ? '#kind-text' : '#kind');
		await navigate(page, () => page.click('button:has-text("Save question")'));
	}
	await check(page, 'draft-questions');

	await tabTo(page, 'input[name="dir"][value="down"] ~ button');
	await navigate(page, () => page.keyboard.press('Enter'));
	const order = sqlRows('ctl', `SELECT q.qkey FROM ${tbl('question')} q JOIN ${tbl('survey_version')} v ON v.id = q.survey_version_id
		JOIN ${tbl('survey')} s ON s.id = v.survey_id WHERE s.slug = ${sqlq(slug)} ORDER BY q.position`).map((r) => r[0]);
	assert.deepEqual(order, ['my_workload_is_manageable', 'pick_one', 'anything_else']);

	await navigate(page, () => page.click('a:has-text("Remove") >> nth=2'));
	await check(page, 'remove-confirm');
	await navigate(page, () => page.click('a:has-text("Cancel")'));

	await page.goto(`${base}/preview/1`);
	assert.match(await page.textContent('h1'), /How things are/);
	await check(page, 'preview');

	await page.goto(base);
	await navigate(page, () => page.click('a:has-text("Publish this version")'));
	await check(page, 'publish-confirm');
	await navigate(page, () => page.click('button:has-text("Publish version 1")'));
	assert.match(await page.textContent('h1'), /Published/);
	await check(page, 'published');

	await page.goto('/admin/waves/new');
	await check(page, 'wave-form');
	await page.fill('#title', `Browser wave ${slug}`);
	await page.fill('#threshold', '2');
	await navigate(page, () => page.click('button:has-text("Create wave")'));
	assert.match(await page.textContent('.govuk-error-summary'), /Select the survey version/);
	await check(page, 'wave-error');
	await page.goto('/admin/waves');
	await check(page, 'waves');
	await page.context().close();
});

test('the standards list, the voice words beside English (Arabic right to left), terms and a team link with its QR code', async () => {
	const page = await newPage(browser, PHONE);
	await signInPage(page, admin.username, admin.password);
	await page.goto('/admin/standards');
	assert.match(await page.textContent('h1'), /Practice Standards versions/);
	await check(page, 'standards-versions');
	await page.goto('/admin/voice');
	await check(page, 'voice');
	await page.goto('/admin/voice/texts?lang=ar');
	assert.equal(await page.getAttribute('textarea >> nth=0', 'dir'), 'rtl');
	await check(page, 'voice-texts-ar');
	await page.goto('/admin/voice/terms?lang=pl');
	await check(page, 'voice-terms-pl');
	const code = sqlRows('ctl', `SELECT code FROM ${tbl('voice_link')} ORDER BY code LIMIT 1`)[0][0];
	await page.goto(`/admin/voice/link/${code}`);
	const size = await page.evaluate(() => document.querySelector('img.chorus-qr').naturalWidth);
	assert.ok(size > 0, 'the QR image loads');
	await check(page, 'voice-link');
	await page.context().close();
});
