// Shared by the browser tests: one headless Debian Chromium per test file,
// fresh contexts per test, axe-core with the WCAG 2.2 A/AA tags, and
// screenshots under $CHORUS_ARTIFACTS (default $CHORUS_TOP/var/test-artifacts).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { BASE, TOP } from '../http/lib.mjs';

export const ARTIFACTS = process.env.CHORUS_ARTIFACTS || path.join(TOP, 'var', 'test-artifacts');
export const CHROMIUM = process.env.CHORUS_CHROMIUM || '/usr/bin/chromium';
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const PHONE = { width: 375, height: 812 };

/* Start Chromium as the machine allows: no sandbox as root, no background network. */
export async function launch() {
	mkdirSync(ARTIFACTS, { recursive: true });
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/* A fresh context (no cookies) and page at this viewport; options go to newContext. */
export async function newPage(browser, viewport, options = {}) {
	const context = await browser.newContext({ viewport, baseURL: BASE, ...options });
	const page = await context.newPage();
	page.setDefaultTimeout(15000);
	return page;
}

/* Run axe and fail with every violation's id, impact and targets. */
export async function assertAccessible(page, label) {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const lines = results.violations.map((v) =>
		`  ${v.id} (${v.impact}): ${v.help}\n` +
		v.nodes.slice(0, 5).map((n) => `      ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('\n'));
	assert.equal(results.violations.length, 0, `axe violations on ${label}:\n${lines.join('\n')}`);
	assert.ok(results.passes.length > 0, `axe actually checked ${label}`);
}

/* No sideways scrolling at this width. */
export async function assertNoSideScroll(page, label) {
	const w = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
	assert.ok(w[0] <= w[1], `${label} scrolls sideways: ${w[0]} > ${w[1]}`);
}

/* No sideways scrolling at this phone width, nor at 320px; then back to the phone size. */
export async function assertFits(page, label, phone = PHONE) {
	for (const width of [phone.width, 320]) {
		if (width !== phone.width) await page.setViewportSize({ width, height: phone.height });
		const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
		assert.ok(scroll <= width, `${label} at ${width}px: content is ${scroll}px wide`);
	}
	await page.setViewportSize(phone);
}

/* Press Tab until the focused element matches selector; fail after `max` presses. */
export async function tabTo(page, selector, max = 60) {
	for (let i = 0; i < max; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
		await page.keyboard.press('Tab');
	}
	assert.fail(`could not reach ${selector} with the Tab key in ${max} presses`);
}

/* Do something that loads a new page; returns the main document's (final) response. */
export async function navigate(page, action) {
	const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
	return response;
}

export async function shoot(page, name) {
	await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/* Sign in through the form, as a person would. */
export async function signInPage(page, username, password) {
	await page.goto('/signin');
	await page.fill('#username', username);
	await page.fill('#password', password);
	await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
}
