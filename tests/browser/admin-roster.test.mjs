// The roster import in the browser: the upload form (the file chooser that
// JavaScript adds, and the paste box that works without it), a preview
// with bad rows and one that can be applied, each axe-clean at phone width
// and without sideways scrolling at 320px, reached and confirmed with the
// keyboard only; screenshots of each. Without JavaScript, pasting works. An admin of its own and generated
// people, teams and area, so nothing another test uses is touched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addPerson, uniq, sqlValue, sqlq, tbl } from '../http/lib.mjs';
import { launch, newPage, assertAccessible, assertFits, tabTo, navigate, shoot, signInPage, PHONE } from './lib.mjs';

const HEADER = 'Staff ID,Name,E-mail,Username,Job role,Team,Service area,Manager staff ID,Start date,Leaving date';

let browser;
let admin;

before(async () => {
	browser = await launch();
	admin = await addPerson({ roles: 'admin', prefix: 'bradm', signin: false });
});
after(async () => { if (browser) await browser.close(); });

function rows(tag, n, team, area) {
	const out = [];
	for (let i = 0; i < n; i++) {
		const u = uniq(`b${tag}${i}`).toLowerCase();
		out.push(`S-${u},"Browser ${tag}, ${i}",,${u},Social worker,${team},${area},,2024-01-0${i + 1},`);
	}
	return out;
}

test('a preview with bad rows shows the problems; a clean one is applied with the keyboard', async () => {
	const page = await newPage(browser, PHONE);
	await signInPage(page, admin.username, admin.password);
	await page.goto('/admin/roster');
	assert.match(await page.textContent('h1'), /Import the staff roster/);
	assert.ok(await page.isVisible('#roster-file'), 'JavaScript shows the file chooser');
	await assertAccessible(page, 'roster form at 375px');
	await assertFits(page, 'roster form');
	await shoot(page, 'admin-roster-form-375');
	await navigate(page, () => page.click('form[action="/admin/roster"] button[type=submit]'));
	assert.match(await page.textContent('.govuk-error-summary'), /Paste the roster CSV/);
	await assertAccessible(page, 'roster form error at 375px');

	// Bad rows: a missing staff ID and an unknown team with no area.
	const area = uniq('Area browser');
	const team = uniq('Team browser');
	const bad = [HEADER, ...rows('x', 2, team, area), `,No Id,,${uniq('noid')},,${team},${area},,,`,
		`S-${uniq('q')},Lost,,${uniq('lost')},,${uniq('Nowhere')},,,,`].join('\n');
	const dir = mkdtempSync(path.join(os.tmpdir(), 'chorus-roster-b-'));
	const file = path.join(dir, 'roster.csv');
	writeFileSync(file, bad);
	await page.setInputFiles('#roster-file', file);
	await page.waitForFunction(() => document.getElementById('roster').value.includes('No Id'));
	await navigate(page, () => page.click('form[action="/admin/roster"] button[type=submit]'));
	assert.match(await page.textContent('.govuk-error-summary'), /2 rows cannot be imported/);
	assert.match(await page.textContent('#bad-rows'), /Rows that cannot be imported/);
	assert.equal(await page.locator('form[action="/admin/roster/apply"]').count(), 0);
	await assertAccessible(page, 'roster preview with bad rows');
	await assertFits(page, 'roster preview with bad rows');
	await shoot(page, 'admin-roster-preview-bad-375');

	// A clean file, pasted, previewed and applied from the keyboard alone.
	await page.goto('/admin/roster');
	const good = [HEADER, ...rows('g', 3, team, area)].join('\n');
	await page.fill('#roster', good);
	await tabTo(page, 'form[action="/admin/roster"] button[type=submit]');
	await navigate(page, () => page.keyboard.press('Enter'));
	assert.match(await page.textContent('#count-add'), /^3$/);
	await assertAccessible(page, 'roster preview');
	await assertFits(page, 'roster preview');
	await shoot(page, 'admin-roster-preview-375');
	await tabTo(page, 'form[action="/admin/roster/apply"] button[type=submit]', 120);
	await navigate(page, () => page.keyboard.press('Enter'));
	assert.match(await page.textContent('.govuk-notification-banner'), /Roster import applied\s*3 added/);
	await assertAccessible(page, 'roster applied');
	await shoot(page, 'admin-roster-applied-375');
	assert.equal(Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('staff')} s JOIN ${tbl('team')} t ON t.id = s.team_id
		WHERE t.name = ${sqlq(team)}`)), 3);
	await page.context().close();
});

test('without JavaScript the paste box works and the file chooser stays hidden', async () => {
	const page = await newPage(browser, PHONE, { javaScriptEnabled: false });
	await signInPage(page, admin.username, admin.password);
	await page.goto('/admin/roster');
	assert.equal(await page.isVisible('#roster-file'), false);
	await navigate(page, () => page.click('form[action="/admin/roster"] button[type=submit]'));
	assert.match(await page.textContent('.govuk-error-summary'), /Paste the roster CSV/);
	await page.fill('#roster', `${HEADER}\n${rows('n', 1, uniq('Team nojs'), uniq('Area nojs'))[0]}\n`);
	await navigate(page, () => page.click('form[action="/admin/roster"] button[type=submit]'));
	assert.match(await page.textContent('#count-add'), /^1$/);
	await page.context().close();
});
