// A survey's title and introduction, changed from its draft version
// (chorus-admin, helper G). They are on the survey row, shared by every
// version: the page says so, only the newest version while it is a draft
// may change them, a published version refuses (409), a wrong title comes
// back with what was typed (422), HR may use the builder like admins, staff
// get 403, and each change is in the admin log with the old title.
//
// Its own survey (a uniq slug), so the demo surveys are never touched.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import {
	addPerson, sqlRows, sqlValue, sqlq, tbl, textOf, csrfFrom, formFields, errorSummaryOf, localPath, uniq,
} from './lib.mjs';

const slug = uniq('about').toLowerCase().replace(/[^a-z0-9-]/g, '-');
let hr;
let staff;
let v1;

function survey() {
	const [title, intro] = sqlRows('ctl', `SELECT title, CONCAT('[', intro, ']') FROM ${tbl('survey')} WHERE slug = ${sqlq(slug)}`)[0];
	return { title, intro: intro.slice(1, -1) };
}

function lastLogId() {
	return Number(sqlValue('ctl', `SELECT IFNULL(MAX(id), 0) FROM ${tbl('admin_log')}`));
}

before(async () => {
	hr = await addPerson({ roles: 'staff,hr', prefix: 'about-hr' });
	staff = await addPerson({ roles: 'staff', prefix: 'about-st' });
	const csrf = csrfFrom((await hr.client.get('/admin/surveys')).text);
	const r = await hr.client.post('/admin/surveys', { csrf, slug, title: `Old ${slug}`, intro: 'Old intro', section: 'About work' });
	assert.equal(r.status, 303, textOf(r.text).slice(0, 300));
	v1 = Number(localPath(r.location).match(/^\/admin\/survey\/(\d+)/)[1]);
});

test('staff get 403 for the title page', async () => {
	assert.equal((await staff.client.get(`/admin/survey/${v1}/about`)).status, 403);
});

test('the draft changes the title and intro; a missing title keeps what was typed', async () => {
	const view = await hr.client.get(`/admin/survey/${v1}`);
	assert.match(view.text, new RegExp(`href="/admin/survey/${v1}/about"`));
	const page = await hr.client.get(`/admin/survey/${v1}/about`);
	assert.equal(page.status, 200);
	assert.match(textOf(page.text), /every version shows the new words/);
	const fields = formFields(page.text, `/admin/survey/${v1}/about`);
	assert.equal(fields.title, `Old ${slug}`);
	assert.equal(fields.intro, 'Old intro');

	const bad = await hr.client.post(`/admin/survey/${v1}/about`, { ...fields, title: '', intro: 'Typed intro' });
	assert.equal(bad.status, 422);
	assert.match(textOf(errorSummaryOf(bad.text) || ''), /Enter the survey title/);
	assert.equal(formFields(bad.text, `/admin/survey/${v1}/about`).intro, 'Typed intro');
	assert.equal(survey().title, `Old ${slug}`);

	const log = lastLogId();
	const ok = await hr.client.post(`/admin/survey/${v1}/about`, { ...fields, title: `New ${slug}`, intro: '' });
	assert.equal(ok.status, 303);
	assert.equal(localPath(ok.location), `/admin/survey/${v1}?saved=1`);
	assert.deepEqual(survey(), { title: `New ${slug}`, intro: '' });
	assert.deepEqual(sqlRows('ctl', `SELECT action, subject, before_value, after_value FROM ${tbl('admin_log')}
		WHERE id > ${log} ORDER BY id`), [['survey.about', slug, `Old ${slug}`, `New ${slug}`]]);
});

test('a published version refuses; its draft copy changes the title of every version', async () => {
	sqlRows('ctl', `UPDATE ${tbl('survey_version')} SET state = 'published' WHERE id = ${v1}`);
	assert.equal((await hr.client.get(`/admin/survey/${v1}/about`)).status, 409);
	const view = await hr.client.get(`/admin/survey/${v1}`);
	const refused = await hr.client.post(`/admin/survey/${v1}/about`, { csrf: csrfFrom(view.text), title: 'Refused' });
	assert.equal(refused.status, 409);
	assert.equal(survey().title, `New ${slug}`);

	const copy = await hr.client.post(`/admin/survey/${v1}/copy`, { csrf: csrfFrom(view.text) });
	assert.equal(copy.status, 303);
	const v2 = Number(localPath(copy.location).match(/^\/admin\/survey\/(\d+)/)[1]);
	assert.notEqual(v2, v1);
	const page = await hr.client.get(`/admin/survey/${v2}/about`);
	const r = await hr.client.post(`/admin/survey/${v2}/about`, { ...formFields(page.text, `/admin/survey/${v2}/about`), title: `Both ${slug}` });
	assert.equal(r.status, 303);
	assert.match((await hr.client.get(`/admin/survey/${v1}`)).text, new RegExp(`Both ${slug}, version 1`));
});
