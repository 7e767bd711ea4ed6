// The Improvement Board pack in the browser: it renders with its trend
// chart, is axe-clean, fits 320px, and prints on A4 with each section on
// its own sheet (Chromium's print-to-PDF has as many pages as the pack has
// sections, for a service area and for the whole service). Data: a
// service area and teams of its own, feedback in March and April 2021
// (months no other test uses), follow-ups already closed so no queue or
// mail changes, and a staff survey of its own with waves closed in March
// and April 2021 for the staff survey section. Screenshots and the PDFs land in var/test-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { addPerson, sqlRows, sqlValue, sqlq, tbl, uniq } from '../http/lib.mjs';
import { threshold, makeArea, addFeedback, addFollowups, pct } from '../http/insights-board-lib.mjs';
import { makeSurvey, makeArea as makeSurveyArea, addResponses, rollup } from '../http/insights-lib.mjs';
import { launch, newPage, assertAccessible, assertNoSideScroll, shoot, signInPage, tabTo, navigate, ARTIFACTS } from './lib.mjs';

const SECTIONS = 4;
let browser, org, hr, sv;
const want = { happy: 0, faces: 0, n: 0 };

/* Feedback for a team in a month: n responses with a face answer each. */
function feedback(team, ym, n, faces) {
	return Array.from({ length: n }, (_, i) => ({
		team, slug: 'under8', on: `${ym}-${String(1 + i).padStart(2, '0')}`,
		answers: { home: String(faces[i % faces.length]) },
	}));
}

before(async () => {
	browser = await launch();
	org = makeArea('ib', ['A', 'B', 'C']);
	const t = threshold();
	const items = [];
	const sizes = { A: t + 3, B: t + 1, C: t };
	for (const [k, n] of Object.entries(sizes)) {
		const faces = k === 'A' ? [5, 4, 2] : [3, 4, 5, 1];
		items.push(...feedback(org.teams[k].id, '2021-04', n, faces));
		items.push(...feedback(org.teams[k].id, '2021-03', n, [4]));
		for (let i = 0; i < n; i++) { want.n++; want.faces++; if (faces[i % faces.length] >= 4) want.happy++; }
	}
	addFeedback(items);
	addFollowups([1, 2, 3, 4, 5, 6].map((d) => ({
		team: org.teams.A.id, opened: `2021-04-0${d} 10:00:00`, due: '2021-04-20 10:00:00',
		closed: '2021-04-15 10:00:00', actMin: 30 * d,
	})));
	hr = await addPerson({ team: org.teams.A.name, roles: 'staff,hr', prefix: 'ibhr', signin: false });
	// A staff survey asked of an area of its own, two waves, every team
	// above the threshold.
	// Titled 'Test wave' as test-made waves are, so the survey tests
	// do not take them for the demo's own closed waves.
	sv = makeSurvey();
	const sa = makeSurveyArea([t + 4, t + 4]);
	// The latest wave has the kind of long title a council gives a wave: the
	// pack must still print each section on one sheet.
	const long = ' (Social Worker Health Check, spring 2021: practitioners, senior practitioners and team managers in Children’s Social Work Services)';
	for (const [opens, closes, more] of [['2021-03-01', '2021-03-19', ''], ['2021-04-05', '2021-04-23', long]]) {
		const w = Number(sqlValue('ctl', `INSERT INTO ${tbl('wave')} (survey_version_id, title, opens_at, closes_at, population, threshold)
			VALUES (${sv.version}, ${sqlq(uniq('Test wave') + more)}, '${opens} 09:00:00', '${closes} 17:00:00', 'areas', 3);
			SELECT LAST_INSERT_ID();`));
		sqlRows('ctl', `INSERT INTO ${tbl('wave_area')} (wave_id, service_area_id) VALUES (${w}, ${sa.id})`);
		for (const team of sa.teams) {
			addResponses(sv, w, team.id, Array.from({ length: t + 1 }, (_, i) => ({ wl: 1 + (i % 5), sup: 5 - (i % 3), rec: (i * 3) % 11 })));
		}
	}
	rollup();
});

after(async () => { if (browser) await browser.close(); });

/* Pages in a PDF: its page objects (not the /Pages tree). */
function pdfPages(buf) {
	return (buf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

test('the pack for a service area renders, with headline figures and the trend chart', async () => {
	const page = await newPage(browser, { width: 1024, height: 900 });
	await signInPage(page, hr.username, hr.password);
	const res = await page.goto(`/insights/board?month=2021-04&area=${org.area}`);
	assert.equal(res.status(), 200);
	assert.match(await page.textContent('h1'), /Improvement Board pack/);
	assert.equal(await page.locator('section.chorus-board-section').count(), SECTIONS);
	const labels = await page.locator('.chorus-board-label').allTextContents();
	for (const [i, l] of labels.entries()) {
		assert.match(l, /Improvement Board pack, April 2021\./, 'every sheet says which month');
		assert.match(l, new RegExp(`Section ${i + 1} of ${SECTIONS}`));
		assert.match(l, /Prepared \d{4}-\d{2}-\d{2}\./, 'and when it was made');
	}
	const row = page.locator('#headlines tr', { hasText: 'happy or very happy' });
	assert.deepEqual((await row.locator('td').allTextContents()).map((s) => s.trim()), [pct(want.happy, want.faces), '100%'],
		'April beside March (every March answer was a 4)');
	const chart = page.locator('img.chorus-board-chart');
	assert.ok(await chart.evaluate((img) => img.complete && img.naturalWidth > 0), 'the trend chart loads');
	assert.match(await chart.getAttribute('alt'), /twelve months to April 2021/);
	const survey = page.locator(`#board-survey-${sv.survey}-scores`);
	assert.equal(await survey.locator('tbody tr').count(), 4, 'percent favourable and eNPS for the whole service and the area');
	const trend = page.locator(`img.chorus-board-survey-chart[src*="survey=${sv.survey}&"]`);
	assert.ok(await trend.evaluate((img) => img.complete && img.naturalWidth > 0), 'the staff survey trend chart loads');
	await assertAccessible(page, 'board pack at 1024px');
	await shoot(page, 'insights-board-1024');

	await tabTo(page, '#month');
	await page.fill('#month', '2021-13');
	const bad = await navigate(page, () => page.keyboard.press('Enter'));
	assert.equal(bad.status(), 422);
	assert.match(await page.textContent('.govuk-error-summary'), /year and month/);
	assert.equal(await page.inputValue('#month'), '2021-13', 'what was typed is kept');
	await assertAccessible(page, 'board pack error');

	await page.setViewportSize({ width: 320, height: 700 });
	await page.goto(`/insights/board?month=2021-04&area=${org.area}`);
	await assertNoSideScroll(page, 'board pack at 320px');
	await assertAccessible(page, 'board pack at 320px');
	await shoot(page, 'insights-board-320');
	await page.context().close();
});

test('printed, each section is one A4 sheet: the PDF has one page per section', async () => {
	const page = await newPage(browser, { width: 1024, height: 900 });
	await signInPage(page, hr.username, hr.password);
	for (const [name, q] of [['area', `&area=${org.area}`], ['service', '']]) {
		await page.goto(`/insights/board?month=2021-04${q}`);
		await page.emulateMedia({ media: 'print' });
		const style = await page.evaluate(() => {
			const s = [...document.querySelectorAll('section.chorus-board-section')].map((e) => getComputedStyle(e).breakBefore);
			const hidden = (sel) => { const e = document.querySelector(sel); return !e || e.getClientRects().length === 0; };
			return { breaks: s, header: hidden('.chorus-header'), filter: hidden('form.chorus-insights-filter') };
		});
		assert.deepEqual(style.breaks.slice(1), Array(SECTIONS - 1).fill('page'), `${name}: sections after the first start a new sheet`);
		assert.ok(style.header && style.filter, `${name}: no header or filter form on paper`);
		await shoot(page, `insights-board-print-${name}`);
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		writeFileSync(path.join(ARTIFACTS, `insights-board-${name}.pdf`), pdf);
		assert.equal(pdfPages(pdf), SECTIONS, `${name}: ${SECTIONS} A4 pages`);
		const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
		assert.ok(box && Math.abs(Number(box[1]) - 595.92) < 2 && Math.abs(Number(box[2]) - 842.88) < 2, `${name}: A4 (${box?.slice(1)})`);
		await page.emulateMedia({ media: 'screen' });
	}
	await page.context().close();
});

test('the voice and standards reports are axe-clean, fit 320px and work from the keyboard', async () => {
	const page = await newPage(browser, { width: 1024, height: 900 });
	await signInPage(page, hr.username, hr.password);
	for (const [name, path] of [['voice', '/insights/voice'], ['standards', '/insights/standards']]) {
		await page.setViewportSize({ width: 1024, height: 900 });
		const res = await page.goto(`${path}?area=${org.area}&from=2021-03&to=2021-04`);
		assert.equal(res.status(), 200, name);
		await assertAccessible(page, `${name} at 1024px`);
		await shoot(page, `insights-${name}-1024`);
		await tabTo(page, '#to');
		await page.fill('#to', '2021-03');
		const next = await navigate(page, () => page.keyboard.press('Enter'));
		assert.equal(next.status(), 200, `${name}: the filter form submits from the keyboard`);
		assert.match(page.url(), /to=2021-03/);
		await page.setViewportSize({ width: 320, height: 700 });
		await assertNoSideScroll(page, `${name} at 320px`);
		await assertAccessible(page, `${name} at 320px`);
		await shoot(page, `insights-${name}-320`);
	}
	await page.context().close();
});
