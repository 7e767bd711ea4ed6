// Case audits in the browser: an auditor starts and completes an audit
// (an error on the way, a safety concern ticked), a second auditor
// moderates it and disagrees on one standard, the manager records the
// remedial action for the escalation. Every page is axe-clean at phone
// width and fits 320px; screenshots of each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, assertAccessible, assertFits, shoot, signInPage, navigate, tabTo } from './lib.mjs';
import { auditTeam, addAuditor, auditItems, auditRow, escalationsOf } from '../http/audit-lib.mjs';

let browser;
let items;
let t;
let auditor;
let moderator;
let auditPath;

before(async () => {
	browser = await launch();
	items = auditItems();
	t = await auditTeam('br');
	auditor = await addAuditor('br-a');
	moderator = await addAuditor('br-m');
});
after(async () => { if (browser) await browser.close(); });

async function check(page, label) {
	await assertAccessible(page, label);
	await assertFits(page, label);
	await shoot(page, label);
}

test('an auditor completes an audit with a safety concern', async () => {
	const page = await newPage(browser, { width: 375, height: 812 });
	await signInPage(page, auditor.username, auditor.password);
	await page.goto('/standards/audits/');
	await check(page, 'audit-list');
	await navigate(page, () => page.click('a[href="/standards/audits/new"]'));
	await check(page, 'audit-new');
	await page.fill('#case_ref', 'BR-0001');
	await page.selectOption('#worker', String(t.worker.id));
	await navigate(page, () => page.click('button:has-text("Start audit")'));
	auditPath = new URL(page.url()).pathname;
	assert.match(auditPath, /^\/standards\/audit\/\d+$/);
	await check(page, 'audit-draft');

	// Grade everything Good but leave the first standard's evidence out.
	for (const code of items) {
		await page.check(`#grade-${code}-good`);
		if (code !== items[0]) await page.fill(`#evidence-${code}`, `Evidence seen for ${code}.`);
	}
	await page.check('#safety');
	await navigate(page, () => page.click('button[value="submit"]'));
	assert.match(await page.textContent('.govuk-error-summary'), /Enter the evidence for this grade/);
	assert.equal(await page.inputValue(`#evidence-${items[1]}`), `Evidence seen for ${items[1]}.`, 'answers kept');
	assert.ok(await page.isChecked('#safety'), 'the safety box stays ticked');
	await check(page, 'audit-draft-error');

	// The error summary link takes the keyboard to the field.
	await page.click(`.govuk-error-summary a[href="#evidence-${items[0]}"]`);
	await page.keyboard.type('Visits recorded within timescales.');
	await navigate(page, () => page.click('button[value="submit"]'));
	assert.match(await page.textContent('h1'), /Submit this audit/);
	assert.match(await page.textContent('.govuk-warning-text'), /escalation will open/);
	await check(page, 'audit-confirm');
	await navigate(page, () => page.click('button:has-text("Submit audit")'));
	assert.equal(auditRow(Number(auditPath.split('/').pop())).status, 'submitted');
	assert.match(await page.textContent('.chorus-audit-escalation'), /Escalated/);
	await check(page, 'audit-submitted');
	await page.context().close();
});

test('a moderator disagrees on one standard, with the keyboard', async () => {
	const page = await newPage(browser, { width: 375, height: 812 });
	await signInPage(page, moderator.username, moderator.password);
	await page.goto('/');
	assert.ok(await page.locator(`a[href="${auditPath}"]`).count() > 0, 'the audit is on the home page to moderate');
	await page.goto(auditPath);
	await check(page, 'audit-moderate');
	for (const code of items) if (code !== items[1]) await page.check(`#agree-${code}`);
	await tabTo(page, `#agree-${items[1]}`);
	await page.keyboard.press('ArrowRight');
	assert.ok(await page.isChecked(`#agree-${items[1]}-no`), 'arrow keys choose Disagree');
	await page.check(`#mgrade-${items[1]}-requires_improvement`);
	await page.fill(`#reasons-${items[1]}`, 'Two visits were late.');
	await navigate(page, () => page.click('button[value="moderate"]'));
	await check(page, 'audit-moderate-confirm');
	await navigate(page, () => page.click('button:has-text("Record moderation")'));
	const body = await page.textContent('body');
	assert.match(body, /Moderator's grade: Requires improvement/);
	assert.match(body, /Two visits were late\./);
	await check(page, 'audit-moderated');
	await page.goto('/standards/audits/agreement');
	await check(page, 'audit-agreement');
	await page.context().close();
});

test('the manager sees the escalation at the top of home and records the action', async () => {
	const [esc] = escalationsOf(Number(auditPath.split('/').pop()));
	assert.equal(esc.reason, 'safety');
	const page = await newPage(browser, { width: 375, height: 812 });
	await signInPage(page, t.manager.username, t.manager.password);
	await page.goto('/');
	await check(page, 'audit-home-escalation');
	await navigate(page, () => page.click(`.chorus-home-escalations a[href="/standards/escalation/${esc.id}"]`));
	await check(page, 'audit-escalation');
	await navigate(page, () => page.click('button[value="close"]'));
	assert.match(await page.textContent('.govuk-error-summary'), /Record the remedial action/);
	await check(page, 'audit-escalation-error');
	await page.fill('#text', 'Visited the child today with the worker; safety plan agreed.');
	await navigate(page, () => page.click('button[value="action"]'));
	await navigate(page, () => page.click('button[value="close"]'));
	await check(page, 'audit-escalation-confirm');
	await navigate(page, () => page.click('button:has-text("Close escalation")'));
	assert.match(await page.textContent('.chorus-escalation-state'), /Closed/);
	await page.goto('/standards/escalations');
	await check(page, 'audit-escalations');
	await page.goto('/standards/audits/sample');
	await page.fill('#cases', `BR-9, ${t.worker.username}\nBR-10, ${t.worker.username}`);
	await page.fill('#per_team', '1');
	await navigate(page, () => page.click('button:has-text("Sample cases")'));
	assert.equal(await page.locator('.chorus-sample-case').count(), 1);
	await check(page, 'audit-sample');
	await page.goto(auditPath);
	await check(page, 'audit-manager-view');
	await page.context().close();
});
