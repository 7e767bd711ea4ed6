// Practice Standards in the browser: the standards page, its error state
// and the team page, axe-clean at phone width and at 320px without
// sideways scrolling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../http/lib.mjs';
import { launch, newPage, assertAccessible, assertNoSideScroll, shoot, signInPage } from './lib.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('a manager reads the standards, gets the error, and sees the team page', async () => {
	const page = await newPage(browser, { width: 375, height: 812 });
	await signInPage(page, 'tm.demo', DEMO_PASSWORD);
	await page.goto('/standards/');
	assert.match(await page.textContent('h1'), /Practice Standards/);
	await assertAccessible(page, 'standards at 375px');
	await shoot(page, 'standards-375');
	const form = page.locator('form[action="/standards/"]');
	if (await form.count() > 0) {
		await Promise.all([page.waitForNavigation(), form.locator('button').click()]);
		assert.match(await page.textContent('body'), /There is a problem/);
		await assertAccessible(page, 'standards error at 375px');
	}
	await page.goto('/standards/team');
	assert.match(await page.textContent('body'), /Not yet|Acknowledged/);
	await assertAccessible(page, 'team standards at 375px');
	await shoot(page, 'standards-team-375');
	await page.setViewportSize({ width: 320, height: 700 });
	for (const p of ['/standards/', '/standards/team', '/']) {
		await page.goto(p);
		await assertNoSideScroll(page, `${p} at 320px`);
	}
	await page.context().close();
});
