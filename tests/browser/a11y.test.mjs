// Accessibility and layout in headless Chromium: axe-core (WCAG 2.2 AA
// tags) on the main pages at phone and desktop widths, keyboard-only
// sign-in, the error state, and no sideways scrolling at 320px.
// Screenshots go to $CHORUS_ARTIFACTS (default $CHORUS_TOP/var/test-artifacts).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../http/lib.mjs';
import { launch, newPage, assertAccessible, shoot, tabTo as tabToIn } from './lib.mjs';

const VIEWPORTS = [
	{ width: 375, height: 812 },
	{ width: 1280, height: 800 },
];

let browser;

before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

/* Tab to selector; these pages are short, so give up after 40 presses. */
const tabTo = (page, selector, max = 40) => tabToIn(page, selector, max);

async function assertNoSidewaysScroll(page, width, label) {
	const { scroll, client } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
	}));
	assert.ok(scroll <= width, `${label} at ${width}px: content is ${scroll}px wide (viewport ${client}px)`);
}

/* Sign in with the keyboard only: Tab to each field, type, Enter. */
async function keyboardSignIn(page, username, password) {
	await page.goto('/signin');
	await tabTo(page, 'input[name="username"]');
	await page.keyboard.type(username);
	await page.keyboard.press('Tab');
	assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'password',
		'Tab from the username field goes to the password field');
	await page.keyboard.type(password);
	await Promise.all([
		page.waitForURL((u) => u.pathname !== '/signin'),
		page.keyboard.press('Enter'),
	]);
}

for (const viewport of VIEWPORTS) {
	const w = viewport.width;

	describe(`at ${w}x${viewport.height}`, () => {
		test('sign-in page is accessible', async () => {
			const page = await newPage(browser, viewport);
			const res = await page.goto('/signin');
			assert.equal(res.status(), 200);
			assert.equal(await page.getAttribute('html', 'lang'), 'en', '<html lang="en">');
			assert.ok((await page.title()).length > 0, 'page has a title');
			await shoot(page, `signin-${w}`);
			await assertAccessible(page, `sign-in page at ${w}px`);
			await page.context().close();
		});

		test('keyboard-only sign-in as sw.demo reaches an accessible home page', async () => {
			const page = await newPage(browser, viewport);
			await keyboardSignIn(page, 'sw.demo', DEMO_PASSWORD);
			assert.equal(new URL(page.url()).pathname, '/', 'signed in and on the home page');
			assert.ok(await page.locator('h1').first().isVisible(), 'home page has a visible h1');
			const cookies = await page.context().cookies();
			const session = cookies.find((c) => c.name === 'chorus_session');
			assert.ok(session && session.httpOnly, 'HttpOnly session cookie in the browser');
			assert.equal(await page.evaluate(() => document.cookie.includes('chorus_session')), false,
				'scripts cannot read the session cookie');
			await shoot(page, `home-${w}`);
			await assertAccessible(page, `home page at ${w}px`);
			await page.context().close();
		});

		test('the empty sign-in form shows an accessible error summary with focus', async () => {
			const page = await newPage(browser, viewport);
			await page.goto('/signin');
			await tabTo(page, 'input[name="username"]');
			const [response] = await Promise.all([
				page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/signin', { timeout: 5000 })
					.catch(() => null),
				page.keyboard.press('Enter'),
			]);
			assert.ok(response, 'the empty form was submitted to the server (no HTML5 validation blocking it)');
			assert.equal(response.status(), 422);
			const summary = page.locator('.govuk-error-summary, .error-summary').first();
			const shown = await summary.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
			assert.ok(shown, 'error summary is visible');
			await page.waitForLoadState('load');
			assert.ok(await summary.evaluate((el) => {
				const r = el.getBoundingClientRect();
				return r.top >= 0 && r.top < window.innerHeight;
			}), 'error summary is in view without scrolling');
			assert.ok(await summary.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
				'focus is moved to the error summary');

			const targets = await summary.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			assert.ok(targets.length >= 2, `summary links to each field: ${targets}`);
			for (const t of targets) {
				assert.equal(await page.locator(t).count(), 1, `summary link ${t} has a target`);
			}
			const invalid = await page.locator('[aria-invalid="true"], [aria-describedby*="error"]').count();
			assert.ok(invalid >= 1, 'fields in error are marked for assistive technology');

			await shoot(page, `signin-error-${w}`);
			await assertAccessible(page, `sign-in error state at ${w}px`);
			await page.context().close();
		});
	});
}

describe('public and error pages', () => {
	test('voice landing page at 375px is accessible', async () => {
		const page = await newPage(browser, { width: 375, height: 812 });
		const res = await page.goto('/voice/');
		assert.equal(res.status(), 200);
		await shoot(page, 'voice-375');
		await assertAccessible(page, '/voice/ at 375px');
		await page.context().close();
	});

	test('404 page at 375px is accessible', async () => {
		const page = await newPage(browser, { width: 375, height: 812 });
		const res = await page.goto('/no-such-page');
		assert.equal(res.status(), 404);
		await shoot(page, 'notfound-375');
		await assertAccessible(page, '404 page at 375px');
		await page.context().close();
	});

	test('no horizontal scrolling at 320px', async () => {
		const viewport = { width: 320, height: 640 };
		const page = await newPage(browser, viewport);
		for (const p of ['/signin', '/voice/', '/no-such-page']) {
			await page.goto(p);
			await assertNoSidewaysScroll(page, 320, p);
		}
		await keyboardSignIn(page, 'sw.demo', DEMO_PASSWORD);
		await assertNoSidewaysScroll(page, 320, 'home page');
		await shoot(page, 'home-320');
		await page.context().close();
	});

	test('pages run without console errors or CSP violations', async () => {
		const page = await newPage(browser, { width: 1280, height: 800 });
		const problems = [];
		page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
		page.on('pageerror', (e) => problems.push(String(e)));
		for (const p of ['/signin', '/voice/']) await page.goto(p);
		await keyboardSignIn(page, 'sw.demo', DEMO_PASSWORD);
		assert.deepEqual(problems, [], `console errors: ${problems.join('\n')}`);
		await page.context().close();
	});
});
