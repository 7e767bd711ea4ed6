// A social worker completes the Social Worker Health Check in headless
// Chromium on a 375px-wide phone viewport: the first page and section 1
// with the keyboard only (Tab, Space, arrow keys, Enter), an error state,
// every other section, check your answers, send. axe-core (the same WCAG
// tags as a11y.test.mjs) must find nothing on any survey page, no page may
// scroll sideways at 375px or 320px, and show-if questions appear and
// disappear with their trigger. Screenshots go to $CHORUS_ARTIFACTS:
// survey-start-375.png, survey-section-1-375.png, survey-error-375.png,
// survey-check-375.png, survey-done-375.png.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
	chorusctl, uniq, createWave, demoOpenWave, surveyDef, sqlValue, tbl, staffRow,
} from '../http/lib.mjs';
import { PHONE, launch, newPage, assertAccessible, assertFits, shoot, tabTo, navigate } from './lib.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

/* Every check a survey page gets: status, title, h1, axe, fits a phone. */
async function surveyPage(page, label, status = 200, response = null) {
	if (response) assert.equal(response.status(), status, `${label}: HTTP ${status}`);
	await page.waitForLoadState('load');
	assert.ok((await page.title()).length > 0, `${label} has a title`);
	assert.equal(await page.locator('h1').count(), 1, `${label} has one h1`);
	await assertAccessible(page, label);
	await assertFits(page, label);
}

/* The questions on the section form: [{name, type, ids, values, hidden}]. */
async function questionsOn(page) {
	return page.evaluate(() => {
		const out = new Map();
		for (const el of document.querySelectorAll('form.chorus-survey-form input[name], form.chorus-survey-form textarea[name]')) {
			if (el.type === 'hidden') continue;
			let q = out.get(el.name);
			if (!q) out.set(el.name, q = { name: el.name, type: el.tagName === 'TEXTAREA' ? 'textarea' : el.type, ids: [], values: [], hidden: false });
			q.ids.push(el.id);
			q.values.push(el.value);
			q.hidden = q.hidden || el.closest('[hidden]') !== null || el.offsetParent === null;
		}
		return [...out.values()];
	});
}

/* Submit a section with its Save and continue button; the response shown after. */
function saveAndContinue(page) {
	return navigate(page, () => page.locator('button[name="action"][value="next"]').click());
}

describe('a social worker completes the health check on a phone', () => {
	test('start, every section (one by keyboard only), an error, check, send — accessible throughout', async () => {
		// A new social worker, so the demo wave is fresh for them on every run.
		const username = uniq('sw').toLowerCase().replace(/[^a-z0-9.]/g, '.');
		const password = `Survey-test-${uniq('pw')}`;
		const made = chorusctl(['user', 'add', username, '--name', 'Survey Browser Test', '--team', 'Front Door North'], `${password}\n`);
		assert.equal(made.code, 0, `chorusctl user add: ${made.stderr}${made.stdout}`);
		const wave = demoOpenWave('health-check') ?? createWave();
		const def = surveyDef(wave);
		const M = def.sections.length;

		const page = await newPage(browser, PHONE, { hasTouch: true, isMobile: false });
		const context = page.context();
		const problems = [];
		page.on('console', (m) => {
			// the deliberate 422 error state is logged by Chromium as a failed load
			if (m.type() === 'error' && !/status of 422/.test(m.text())) problems.push(m.text());
		});
		page.on('pageerror', (e) => problems.push(String(e)));

		// Sign in with the keyboard.
		await page.goto('/signin');
		await tabTo(page, 'input[name="username"]');
		await page.keyboard.type(username);
		await page.keyboard.press('Tab');
		await page.keyboard.type(password);
		await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.keyboard.press('Enter')]);

		// Home page: the wave, not started; follow its link with the keyboard.
		const item = page.locator('li', { has: page.locator(`a[href="/survey/${wave}"]`) });
		await assert.doesNotReject(item.first().waitFor(), 'the home page lists the open health check');
		assert.match(await item.first().innerText(), /Not started/);
		await tabTo(page, `a[href="/survey/${wave}"]`);
		let resp = await navigate(page, () => page.keyboard.press('Enter'));
		assert.equal(new URL(page.url()).pathname, `/survey/${wave}`);

		// First page.
		await surveyPage(page, 'survey start page', 200, resp);
		assert.match(await page.locator('main').innerText(), /Your answers are stored separately from your name/);
		await shoot(page, 'survey-start-375');
		await tabTo(page, `a[href="/survey/${wave}/s/1"]`);
		resp = await navigate(page, () => page.keyboard.press('Enter'));
		assert.equal(new URL(page.url()).pathname, `/survey/${wave}/s/1`);

		// Section 1, keyboard only: Tab to each question, Space to choose,
		// an arrow key to change the choice, Enter on Save and continue.
		await surveyPage(page, 'section 1', 200, resp);
		assert.match(await page.locator('main').innerText(), new RegExp(`Section 1 of ${M}`));
		await shoot(page, 'survey-section-1-375');
		await tabTo(page, 'form.chorus-survey-form input:not([type="hidden"]), form.chorus-survey-form textarea');
		let submitted = false;
		for (let i = 0; i < 120 && !submitted; i++) {
			const el = await page.evaluate(() => {
				const a = document.activeElement;
				const group = a && a.name ? document.querySelectorAll(`input[name="${a.name}"]:checked`).length : 0;
				return { tag: a?.tagName, type: a?.type, name: a?.name, value: a?.value, group };
			});
			if (el.tag === 'BUTTON' && el.value === 'next') {
				const posted = page.waitForResponse((r) => r.request().method() === 'POST');
				await navigate(page, () => page.keyboard.press('Enter'));
				resp = await posted;
				submitted = true;
				break;
			}
			if (el.type === 'radio' && el.group === 0) {
				await page.keyboard.press('Space');
				await page.keyboard.press('ArrowDown');
			} else if (el.type === 'checkbox' && el.group === 0) {
				await page.keyboard.press('Space');
			} else if (el.tag === 'TEXTAREA' && !el.value) {
				await page.keyboard.type('Typed with the keyboard only.');
			}
			await page.keyboard.press('Tab');
		}
		assert.ok(submitted, 'reached Save and continue with the Tab key');
		assert.equal(resp.status(), 303, 'section 1 was accepted (every required question answered by keyboard)');
		assert.equal(new URL(page.url()).pathname, `/survey/${wave}/s/2`);
		const draft = new URLSearchParams(sqlValue('ctl', `SELECT answers FROM ${tbl('survey_draft')} WHERE wave_id = ${wave}
			AND staff_id = ${staffRow(username).id}`) ?? '');
		for (const q of def.sections[0].questions) {
			if (q.required && !q.showIfKey) assert.ok(draft.get(q.qkey), `the keyboard answer to ${q.qkey} was saved`);
		}
		const first = def.sections[0].questions.find((q) => q.kind === 'agree5');
		if (first) assert.equal(draft.get(first.qkey), '4', `Space chose the first choice and ArrowDown moved it to the second for ${first.qkey}`);

		// An error state: section 2 sent with nothing answered.
		resp = await saveAndContinue(page);
		assert.equal(resp.status(), 422, 'an empty section 2 is refused');
		const summary = page.locator('.govuk-error-summary');
		await summary.waitFor({ state: 'visible' });
		assert.match(await summary.innerText(), /There is a problem/);
		assert.ok(await summary.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
			'focus is on the error summary');
		assert.match(await page.title(), /^Error: /);
		await surveyPage(page, 'section 2 with errors');
		await shoot(page, 'survey-error-375');
		// The first link in the summary takes the keyboard to its question.
		const href = await summary.locator('a').first().getAttribute('href');
		await tabTo(page, `.govuk-error-summary a[href="${href}"]`);
		await page.keyboard.press('Enter');
		assert.equal(await page.evaluate(() => `#${document.activeElement?.id}`), href, 'the error link moves focus to the question');

		// Sections 2..M with the pointer, show-if checked on the way.
		for (let n = 2; n <= M; n++) {
			if (n > 2) await surveyPage(page, `section ${n}`);
			assert.match(await page.locator('main').innerText(), new RegExp(`Section ${n} of ${M}`));
			const qs = await questionsOn(page);
			for (const q of qs) {
				const d = def.byKey[q.name];
				if (d && d.showIfKey && qs.some((t) => t.name === d.showIfKey)) {
					// The follow-up is hidden until its trigger has the answer.
					const trig = qs.find((t) => t.name === d.showIfKey);
					const yes = trig.ids[trig.values.indexOf(d.showIfValue)];
					const no = trig.ids[trig.values.findIndex((v) => v !== d.showIfValue)];
					await page.locator(`[id="${yes}"]`).check();
					assert.ok(await page.locator(`[name="${q.name}"]`).first().isVisible(), `${q.name} appears when ${d.showIfKey} = ${d.showIfValue}`);
					await page.locator(`[id="${no}"]`).check();
					assert.equal(await page.locator(`[name="${q.name}"]`).first().isVisible(), false, `${q.name} hides again`);
					await assertAccessible(page, `section ${n} with ${q.name} hidden`);
					continue;
				}
				if (d && d.showIfKey) continue;
				if (q.type === 'textarea') {
					await page.locator(`textarea[name="${q.name}"]`).fill(`Comment from the browser test on ${q.name}.`);
				} else if (!(await page.locator(`input[name="${q.name}"]:checked`).count())) {
					await page.locator(`[id="${q.ids[n % q.ids.length]}"]`).check();
				}
			}
			resp = await saveAndContinue(page);
			assert.equal(resp.status(), 200, `section ${n} was accepted`);
			assert.equal(new URL(page.url()).pathname, n < M ? `/survey/${wave}/s/${n + 1}` : `/survey/${wave}/check`);
		}

		// Check your answers.
		await surveyPage(page, 'check your answers');
		assert.match(await page.locator('h1').innerText(), /Check your answers/);
		assert.ok(await page.locator(`a[href^="/survey/${wave}/s/"]`).count() >= Object.keys(def.byKey).length - 2, 'Change links');
		await shoot(page, 'survey-check-375');
		const sent = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/survey/${wave}/submit`);
		await navigate(page, () => page.getByRole('button', { name: /Send my answers/ }).click());
		assert.equal((await sent).status(), 303);
		assert.equal(new URL(page.url()).pathname, `/survey/${wave}/done`);

		// Done.
		await surveyPage(page, 'thank-you page');
		assert.match(await page.locator('h1').innerText(), /Your answers have been sent/);
		await shoot(page, 'survey-done-375');
		const taken = Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('participation')} WHERE wave_id = ${wave} AND staff_id = ${staffRow(username).id}`));
		assert.equal(taken, 1, 'the participation was recorded');
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('survey_draft')} WHERE wave_id = ${wave} AND staff_id = ${staffRow(username).id}`), '0', 'the draft is gone');

		await page.goto('/');
		assert.match(await page.locator('li', { has: page.locator(`a[href="/survey/${wave}"]`) }).first().innerText(), /Submitted/);
		assert.deepEqual(problems, [], `console errors or CSP violations: ${problems.join('\n')}`);
		await context.close();
	});
});
