// Insights staff survey reports in the browser, on the demo's survey
// history: the trend page with its SVG charts, the heatmap, response rates
// and comments render, are axe-clean (WCAG 2.2 AA), fit 320px without
// sideways scrolling, and the filters work from the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../http/lib.mjs';
import { launch, newPage, assertAccessible, assertNoSideScroll, shoot, signInPage, tabTo, navigate } from './lib.mjs';

let browser;

before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

/* Every chart image on the page loaded as an image. */
async function chartsLoaded(page) {
	const imgs = await page.$$eval('img.chorus-chart', (els) => els.map((e) => [e.complete, e.naturalWidth, e.alt]));
	for (const [complete, width, alt] of imgs) {
		assert.ok(complete && width > 0, `chart "${alt}" loaded`);
		assert.ok(alt.length > 20, 'the chart has a text alternative');
	}
	return imgs.length;
}

test('HR reads the trends, heatmap, response rates and comments', async () => {
	const page = await newPage(browser, { width: 1024, height: 900 });
	await signInPage(page, 'hr.demo', DEMO_PASSWORD);
	await page.goto('/insights/');
	await assertAccessible(page, 'insights index');
	await navigate(page, () => page.click('a[href="/insights/trends"]'));
	assert.match(await page.textContent('h1'), /Staff survey trends/);
	assert.ok(await chartsLoaded(page) >= 1, 'the trend page has charts');
	assert.match(await page.textContent('#detail-table'), /%/);
	await assertAccessible(page, 'trends at 1024px');
	await shoot(page, 'insights-trends-1024');

	// Keyboard only: choose a service area and show it.
	await tabTo(page, '#area');
	await page.keyboard.press('ArrowDown');
	await tabTo(page, '.chorus-insights-filter button[type=submit]');
	await navigate(page, () => page.keyboard.press('Enter'));
	assert.match(page.url(), /area=\d+/);
	assert.equal(await page.locator('#overall-table tbody tr').count(), 2);
	await chartsLoaded(page);

	await page.goto('/insights/heatmap');
	assert.match(await page.textContent('h1'), /Survey heatmap/);
	assert.ok(await page.locator('#heatmap-table td.chorus-heat').count() > 10);
	await assertAccessible(page, 'heatmap at 1024px');
	await shoot(page, 'insights-heatmap-1024');

	await page.goto('/insights/rates');
	assert.match(await page.textContent('#rates-table'), /Whole service/);
	assert.equal(await chartsLoaded(page), 1);
	await assertAccessible(page, 'response rates at 1024px');
	await shoot(page, 'insights-rates-1024');

	await page.goto('/insights/comments?survey=' + await page.$eval('#survey option:not([selected])', (o) => o.value).catch(() => ''));
	await assertAccessible(page, 'comments at 1024px');
	await shoot(page, 'insights-comments-1024');
	await page.context().close();
});

test('the reports fit a phone and 320px, and a bad filter shows the error summary', async () => {
	const page = await newPage(browser, { width: 375, height: 812 });
	await signInPage(page, 'hr.demo', DEMO_PASSWORD);
	await page.goto('/insights/trends');
	await assertAccessible(page, 'trends at 375px');
	await shoot(page, 'insights-trends-375');
	await page.setViewportSize({ width: 320, height: 700 });
	for (const p of ['/insights/', '/insights/trends', '/insights/heatmap', '/insights/rates', '/insights/comments']) {
		await page.goto(p);
		await assertNoSideScroll(page, `${p} at 320px`);
	}
	const r = await page.goto('/insights/trends?team=abc');
	assert.equal(r.status(), 422);
	assert.match(await page.textContent('.govuk-error-summary'), /Choose a team from the list/);
	await assertAccessible(page, 'trends error at 320px');
	await shoot(page, 'insights-trends-error-320');
	await page.context().close();
});

test('a team manager sees their own team beside its area', async () => {
	const page = await newPage(browser, { width: 1024, height: 900 });
	await signInPage(page, 'tm.demo', DEMO_PASSWORD);
	await page.goto('/insights/trends');
	const groups = await page.$$eval('#overall-table tbody th', (els) => els.map((e) => e.textContent.trim()));
	assert.deepEqual(groups, ['Family Front Door', 'Front Door North']);
	await assertAccessible(page, 'manager trends');
	await shoot(page, 'insights-trends-manager');
	await page.context().close();
});
