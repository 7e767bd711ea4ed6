// The survey builder in chorus-admin: who may use it, building a draft
// (sections, every kind of question, show-if rules, keys, moving and
// removing with a confirmation page), the preview through the staff
// template, publishing, a published version (and one with responses)
// refusing edits, copying to a new version with the same keys, export and
// import both ways (export -> import gives the same survey), the admin
// log row for each change, and the admin account's grants.
//
// Every survey here has a slug of its own (uniq), so the demo surveys
// and their waves, which other test files use, are never touched.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	addPerson, chorusctl, sql, sqlRows, sqlValue, sqlq, tbl, textOf, csrfFrom, formFields,
	errorSummaryOf, localPath, uniq,
} from './lib.mjs';

const slugOf = (p) => uniq(p).toLowerCase().replace(/[^a-z0-9-]/g, '-');

/* The version id a builder redirect points at ("/admin/survey/12?saved=1"). */
function versionFrom(r) {
	assert.equal(r.status, 303, `expected a redirect, got ${r.status}: ${textOf(r.text).slice(0, 300)}`);
	const m = localPath(r.location).match(/^\/admin\/survey\/(\d+)/);
	assert.ok(m, `redirect to a version page: ${r.location}`);
	return Number(m[1]);
}

/* Questions of a version in page order: [qkey, kind, show_if_qkey, show_if_value, section position]. */
function questionsOf(version) {
	return sqlRows('ctl', `SELECT q.qkey, q.kind, IFNULL(q.show_if_qkey, ''), IFNULL(q.show_if_value, ''), s.position
		FROM ${tbl('question')} q JOIN ${tbl('survey_section')} s ON s.id = q.section_id
		WHERE q.survey_version_id = ${Number(version)} ORDER BY s.position, q.position`);
}

function stateOf(version) {
	return sqlValue('ctl', `SELECT state FROM ${tbl('survey_version')} WHERE id = ${Number(version)}`);
}

function sectionIds(version) {
	return sqlRows('ctl', `SELECT id FROM ${tbl('survey_section')} WHERE survey_version_id = ${Number(version)} ORDER BY position`).map((r) => Number(r[0]));
}

function questionId(version, qkey) {
	return Number(sqlValue('ctl', `SELECT id FROM ${tbl('question')} WHERE survey_version_id = ${Number(version)} AND qkey = ${sqlq(qkey)}`));
}

/* admin_log rows of one person since a given id: [action, subject]. */
function logSince(actor, afterId) {
	return sqlRows('ctl', `SELECT action, subject FROM ${tbl('admin_log')} WHERE actor_id = ${Number(actor)} AND id > ${Number(afterId)} ORDER BY id`);
}

function lastLogId() {
	return Number(sqlValue('ctl', `SELECT IFNULL(MAX(id), 0) FROM ${tbl('admin_log')}`));
}

/* A definition file imported with chorusctl; returns its version id. */
function importFile(text) {
	const dir = mkdtempSync(path.join(tmpdir(), 'chorus-builder-'));
	const file = path.join(dir, 'def.survey');
	writeFileSync(file, text);
	const r = chorusctl(['survey', 'import', file]);
	assert.equal(r.code, 0, `chorusctl survey import: ${r.stderr}`);
	const slug = text.match(/^survey: (.*)$/m)[1];
	const version = text.match(/^version: (.*)$/m)[1];
	return Number(sqlValue('ctl', `SELECT v.id FROM ${tbl('survey_version')} v JOIN ${tbl('survey')} s ON s.id = v.survey_id
		WHERE s.slug = ${sqlq(slug)} AND v.version = ${Number(version)}`));
}

function smallSurvey(slug, version = 1) {
	return `survey: ${slug}\ntitle: Builder test ${slug}\nversion: ${version}\nintro: For the builder tests.\n\n`
		+ 'section: First\nquestion: workload_ok\nkind: agree5\ntext: My workload is manageable.\n\n'
		+ 'question: stay\nkind: single\ntext: Do you plan to stay?\noption: yes_stay | Yes\noption: leave | No, I plan to leave\n\n'
		+ 'section: Second\nquestion: why_leave\nkind: text\ntext: Why would you leave?\nrequired: no\nmaxlen: 800\nshow-if: stay = leave\n';
}

let admin;
let hr;
let staff;

before(async () => {
	admin = await addPerson({ roles: 'staff,admin', prefix: 'bld-admin' });
	hr = await addPerson({ roles: 'staff,hr', prefix: 'bld-hr' });
	staff = await addPerson({ roles: 'staff', prefix: 'bld-staff' });
});

describe('who may use the survey builder', () => {
	test('staff get 403 on every builder page, GET and POST', async () => {
		const v = importFile(smallSurvey(slugOf('bld-roles')));
		for (const p of ['/admin/surveys', '/admin/surveys/import', `/admin/survey/${v}`, `/admin/survey/${v}/export`,
			`/admin/survey/${v}/preview/1`, '/admin/waves', '/admin/waves/new']) {
			const r = await staff.client.get(p);
			assert.equal(r.status, 403, `GET ${p} as staff`);
		}
		const csrf = await staff.client.csrf('/');
		const r = await staff.client.post(`/admin/survey/${v}/copy`, { csrf });
		assert.equal(r.status, 403, 'POST copy as staff');
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('survey_version')} WHERE survey_id =
			(SELECT survey_id FROM ${tbl('survey_version')} WHERE id = ${v})`), '1', 'nothing was copied');
	});

	test('HR and administrators can see the survey list', async () => {
		for (const who of [admin, hr]) {
			const r = await who.client.get('/admin/surveys');
			assert.equal(r.status, 200, who.username);
			assert.ok(textOf(r.text).includes('Create a survey'));
		}
	});
});

describe('building a draft', () => {
	const slug = slugOf('bld-draft');
	let v;
	let csrf;
	let logStart;

	before(async () => {
		csrf = await admin.client.csrf('/admin/surveys');
		logStart = lastLogId();
	});

	test('a new survey with a missing title and a bad short name is refused with both answers kept', async () => {
		const r = await admin.client.post('/admin/surveys', { csrf, slug: 'Not A Slug!', title: '', intro: 'Kept intro', section: 'Kept section' });
		assert.equal(r.status, 422);
		const sum = textOf(errorSummaryOf(r.text) || '');
		assert.match(sum, /Enter the survey title/);
		assert.match(sum, /Short name must be/);
		const f = formFields(r.text, '/admin/surveys');
		assert.equal(f.slug, 'Not A Slug!');
		assert.equal(f.intro, 'Kept intro');
		assert.equal(f.section, 'Kept section');
		assert.match(r.text, /href="#title"/);
		assert.match(r.text, /<title>Error: /);
	});

	test('a new survey is a draft version 1 with its first section', async () => {
		const r = await admin.client.post('/admin/surveys', { csrf, slug, title: `Draft ${slug}`, intro: '', section: 'About work' });
		v = versionFrom(r);
		assert.equal(stateOf(v), 'draft');
		assert.equal(sectionIds(v).length, 1);
		const again = await admin.client.post('/admin/surveys', { csrf, slug, title: 'Twice', intro: '', section: 'x' });
		assert.equal(again.status, 422, 'the same short name twice');
		assert.match(textOf(errorSummaryOf(again.text)), /already exists/);
	});

	test('questions of each kind are added; a key is made from the words when none is typed', async () => {
		const [sec] = sectionIds(v);
		const add = (f) => admin.client.post(`/admin/survey/${v}/question`, { csrf, section: sec, required: 'yes', ...f });
		versionFrom(await add({ qkey: 'workload_ok', kind: 'agree5', text: 'My workload is manageable.', hint: 'Think of the last month.' }));
		versionFrom(await add({ qkey: 'recommend', kind: 'scale10', text: 'Would you recommend us?' }));
		versionFrom(await add({ qkey: 'supervised', kind: 'yesno', text: 'Do you get supervision?' }));
		versionFrom(await add({ qkey: 'plans', kind: 'single', text: 'What are your plans?', options: 'stay | Stay\nleave | Leave within a year\n' }));
		versionFrom(await add({ qkey: 'helps', kind: 'multi', text: 'What would help?', options: 'admin | Admin support\ntraining | Training' }));
		versionFrom(await add({ kind: 'text', text: 'Why would you leave?', required: 'no', maxlen: '800', show_if: 'plans=leave' }));
		const qs = questionsOf(v);
		assert.deepEqual(qs.map((q) => q[0]), ['workload_ok', 'recommend', 'supervised', 'plans', 'helps', 'why_would_you_leave']);
		assert.deepEqual(qs.map((q) => q[1]), ['agree5', 'scale10', 'yesno', 'single', 'multi', 'text']);
		assert.deepEqual(qs[5].slice(2, 4), ['plans', 'leave'], 'show-if stored');
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('question_option')} WHERE question_id = ${questionId(v, 'plans')}`), '2');
	});

	test('a question with one choice, a taken key or a rule on a later question is refused, keeping what was typed', async () => {
		const [sec] = sectionIds(v);
		const one = await admin.client.post(`/admin/survey/${v}/question`, { csrf, section: sec, required: 'yes', qkey: 'only_one', kind: 'single', text: 'Kept words', options: 'a | A' });
		assert.equal(one.status, 422);
		assert.match(textOf(errorSummaryOf(one.text)), /at least 2 choices/);
		const f = formFields(one.text, `/admin/survey/${v}/question`);
		assert.equal(f.text, 'Kept words');
		assert.equal(f.qkey, 'only_one');
		assert.equal(f.options.trim(), 'a | A');
		assert.equal(f.kind, 'single');
		const taken = await admin.client.post(`/admin/survey/${v}/question`, { csrf, section: sec, required: 'yes', qkey: 'plans', kind: 'yesno', text: 'Again?' });
		assert.equal(taken.status, 422);
		assert.match(textOf(errorSummaryOf(taken.text)), /has this key/);
		const planId = questionId(v, 'plans');
		const edit = await admin.client.post(`/admin/survey/${v}/q/${planId}`, { csrf, required: 'yes', kind: 'single', text: 'What are your plans?', options: 'stay | Stay\nleave | Leave', show_if: 'why_would_you_leave=text' });
		assert.equal(edit.status, 422, 'a rule may only look at an earlier question');
		assert.equal(questionsOf(v).length, 6, 'nothing was added');
	});

	test('a question is changed in place and keeps its key', async () => {
		const id = questionId(v, 'recommend');
		const page = await admin.client.get(`/admin/survey/${v}/q/${id}`);
		assert.equal(page.status, 200);
		const f = formFields(page.text, `/admin/survey/${v}/q/${id}`);
		assert.equal(f.text, 'Would you recommend us?', 'the form shows the stored question');
		versionFrom(await admin.client.post(`/admin/survey/${v}/q/${id}`, { ...f, csrf, show_if: '', text: 'How likely are you to recommend us?' }));
		assert.equal(sqlValue('ctl', `SELECT text FROM ${tbl('question')} WHERE id = ${id}`), 'How likely are you to recommend us?');
		assert.equal(sqlValue('ctl', `SELECT qkey FROM ${tbl('question')} WHERE id = ${id}`), 'recommend');
	});

	test('Move up and Move down reorder; a move that would put a rule before its question is refused', async () => {
		const id = questionId(v, 'supervised');
		versionFrom(await admin.client.post(`/admin/survey/${v}/move/${id}`, { csrf, dir: 'up' }));
		assert.deepEqual(questionsOf(v).slice(0, 3).map((q) => q[0]), ['workload_ok', 'supervised', 'recommend']);
		versionFrom(await admin.client.post(`/admin/survey/${v}/move/${id}`, { csrf, dir: 'down' }));
		assert.deepEqual(questionsOf(v).slice(0, 3).map((q) => q[0]), ['workload_ok', 'recommend', 'supervised']);
		const dep = questionId(v, 'why_would_you_leave');
		versionFrom(await admin.client.post(`/admin/survey/${v}/move/${dep}`, { csrf, dir: 'up' }));
		const bad = await admin.client.post(`/admin/survey/${v}/move/${dep}`, { csrf, dir: 'up' });
		assert.equal(bad.status, 422, 'the rule would point at a later question');
		assert.deepEqual(questionsOf(v).map((q) => q[0]).slice(3), ['plans', 'why_would_you_leave', 'helps']);
	});

	test('remove asks first; a question another one depends on cannot go', async () => {
		const plans = questionId(v, 'plans');
		const ask = await admin.client.get(`/admin/survey/${v}/remove/${plans}`);
		assert.equal(ask.status, 200);
		assert.ok(textOf(ask.text).includes('Remove this question?'));
		assert.equal(questionsOf(v).length, 6, 'the GET removed nothing');
		const refused = await admin.client.post(`/admin/survey/${v}/remove/${plans}`, { csrf });
		assert.equal(refused.status, 422);
		const helps = questionId(v, 'helps');
		versionFrom(await admin.client.post(`/admin/survey/${v}/remove/${helps}`, { csrf }));
		assert.ok(!questionsOf(v).some((q) => q[0] === 'helps'));
		assert.equal(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('question_option')} WHERE question_id = ${helps}`), '0');
	});

	test('a second section is added', async () => {
		versionFrom(await admin.client.post(`/admin/survey/${v}/section`, { csrf, section_title: 'Anything else', section_intro: '' }));
		const secs = sectionIds(v);
		assert.equal(secs.length, 2);
		const empty = await admin.client.post(`/admin/survey/${v}/section`, { csrf, section_title: '' });
		assert.equal(empty.status, 422);
		versionFrom(await admin.client.post(`/admin/survey/${v}/question`, { csrf, section: secs[1], required: 'no', qkey: 'more', kind: 'text', text: 'Anything else?' }));
	});

	test('at either end of its section a question moves into the next section, and back', async () => {
		const [s1, s2] = sectionIds(v);
		const order = () => questionsOf(v).map((q) => `${q[0]}@${q[4]}`);
		const before = order();
		assert.deepEqual(before.slice(-2), ['why_would_you_leave@1', 'more@2']);
		const page = await admin.client.get(`/admin/survey/${v}`);
		const button = (label, qkey) => new RegExp(`>${label}<span class="govuk-visually-hidden"> question ${qkey}</span></button>`);
		assert.match(page.text, button('Move to section 2', 'why_would_you_leave'));
		assert.match(page.text, button('Move to section 1', 'more'));
		assert.match(page.text, button('Move up', 'recommend'));
		assert.doesNotMatch(page.text, new RegExp(`name="dir" value="up"><button[^>]*>[^<]*<span class="govuk-visually-hidden"> question workload_ok<`),
		    'the very first question has nowhere further up to go');
		assert.doesNotMatch(page.text, new RegExp(`name="dir" value="down"><button[^>]*>[^<]*<span class="govuk-visually-hidden"> question more<`),
		    'nor the very last further down');

		const why = questionId(v, 'why_would_you_leave');
		const logStart = lastLogId();
		versionFrom(await admin.client.post(`/admin/survey/${v}/move/${why}`, { csrf, dir: 'down' }));
		assert.deepEqual(order().slice(-2), ['why_would_you_leave@2', 'more@2'], 'the start of section 2, before its first question');
		assert.equal(Number(sqlValue('ctl', `SELECT section_id FROM ${tbl('question')} WHERE id = ${why}`)), s2);
		const more = questionId(v, 'more');
		versionFrom(await admin.client.post(`/admin/survey/${v}/move/${more}`, { csrf, dir: 'up' }));
		assert.deepEqual(order().slice(-2), ['more@2', 'why_would_you_leave@2'], 'within section 2 it is a swap');
		versionFrom(await admin.client.post(`/admin/survey/${v}/move/${why}`, { csrf, dir: 'down' }));
		versionFrom(await admin.client.post(`/admin/survey/${v}/move/${why}`, { csrf, dir: 'down' }));
		assert.deepEqual(order().slice(-2), ['more@2', 'why_would_you_leave@2'], 'the very last stays where it is');
		versionFrom(await admin.client.post(`/admin/survey/${v}/move/${why}`, { csrf, dir: 'up' }));
		versionFrom(await admin.client.post(`/admin/survey/${v}/move/${why}`, { csrf, dir: 'up' }));
		assert.deepEqual(order(), before, 'up from the top of section 2 is the end of section 1');
		const moves = sqlRows('ctl', `SELECT before_value, after_value FROM ${tbl('admin_log')}
			WHERE id > ${logStart} AND action = 'survey.question.move' ORDER BY id`);
		assert.equal(moves.length, 4, 'each move is logged, not the two with nowhere to go');
		assert.match(moves[0][1], new RegExp(`^section id ${s2} position \\d+$`));
		assert.match(moves[3][0], new RegExp(`^section id ${s2} position \\d+$`));
		assert.match(moves[3][1], new RegExp(`^section id ${s1} position \\d+$`));
		const preview = await admin.client.get(`/admin/survey/${v}/preview/1`);
		assert.match(preview.text, /id="q-why_would_you_leave"/, 'the staff page follows');
	});

	test('sections are renamed, moved (and back) and, when empty, removed after a confirmation page', async () => {
		const [s1, s2] = sectionIds(v);
		const title = (id) => sqlValue('ctl', `SELECT title FROM ${tbl('survey_section')} WHERE id = ${id}`);
		const form = await admin.client.get(`/admin/survey/${v}/sec/${s2}`);
		assert.equal(formFields(form.text, `/admin/survey/${v}/sec/${s2}`).section_title, 'Anything else');
		const blank = await admin.client.post(`/admin/survey/${v}/sec/${s2}`, { csrf, section_title: '', section_intro: 'Kept' });
		assert.equal(blank.status, 422);
		assert.equal(formFields(blank.text, `/admin/survey/${v}/sec/${s2}`).section_intro, 'Kept');
		versionFrom(await admin.client.post(`/admin/survey/${v}/sec/${s2}`, { csrf, section_title: 'Anything more', section_intro: '' }));
		assert.equal(title(s2), 'Anything more');
		versionFrom(await admin.client.post(`/admin/survey/${v}/secmove/${s2}`, { csrf, dir: 'up' }));
		assert.deepEqual(sectionIds(v), [s2, s1]);
		versionFrom(await admin.client.post(`/admin/survey/${v}/secmove/${s2}`, { csrf, dir: 'down' }));
		assert.deepEqual(sectionIds(v), [s1, s2]);
		const full = await admin.client.post(`/admin/survey/${v}/secremove/${s1}`, { csrf });
		assert.equal(full.status, 422, 'a section with questions stays');
		versionFrom(await admin.client.post(`/admin/survey/${v}/section`, { csrf, section_title: 'Spare', section_intro: '' }));
		const s3 = sectionIds(v)[2];
		const ask = await admin.client.get(`/admin/survey/${v}/secremove/${s3}`);
		assert.equal(ask.status, 200);
		assert.equal(sectionIds(v).length, 3, 'the GET removed nothing');
		versionFrom(await admin.client.post(`/admin/survey/${v}/secremove/${s3}`, { csrf }));
		assert.deepEqual(sectionIds(v), [s1, s2]);
	});

	test('the preview is the staff section page, with the survey form and its questions', async () => {
		const r = await admin.client.get(`/admin/survey/${v}/preview/1`);
		assert.equal(r.status, 200);
		assert.match(r.text, /class="chorus-survey-form"/, 'rendered with templates/survey/section.tpl');
		assert.match(r.text, /Section 1 of 2/);
		for (const id of ['q-workload_ok', 'q-recommend', 'q-supervised', 'q-plans']) assert.match(r.text, new RegExp(`id="${id}"`));
		assert.match(r.text, /data-show-if-qkey="plans"/, 'the same-page rule is a hint, as staff see it');
		const next = formFields(r.text, `/admin/survey/${v}/preview/2`);
		assert.ok(next, 'the page posts on to section 2');
		const two = await admin.client.post(`/admin/survey/${v}/preview/2`, { csrf });
		assert.equal(two.status, 200);
		assert.match(two.text, /Section 2 of 2/);
		assert.match(two.text, /id="q-more"/);
	});

	test('publishing asks first, then makes the version immutable', async () => {
		const ask = await admin.client.get(`/admin/survey/${v}/publish`);
		assert.equal(ask.status, 200);
		assert.equal(stateOf(v), 'draft', 'the GET changed nothing');
		versionFrom(await admin.client.post(`/admin/survey/${v}/publish`, { csrf: csrfFrom(ask.text) }));
		assert.equal(stateOf(v), 'published');
		const before = JSON.stringify(questionsOf(v));
		const id = questionId(v, 'recommend');
		const [sec] = sectionIds(v);
		const tries = [
			[`/admin/survey/${v}/q/${id}`, { csrf, required: 'yes', kind: 'scale10', text: 'Changed after publishing' }],
			[`/admin/survey/${v}/question`, { csrf, section: sec, required: 'yes', qkey: 'late', kind: 'yesno', text: 'Late?' }],
			[`/admin/survey/${v}/move/${id}`, { csrf, dir: 'up' }],
			[`/admin/survey/${v}/remove/${id}`, { csrf }],
			[`/admin/survey/${v}/section`, { csrf, section_title: 'Late section' }],
		];
		for (const [p, f] of tries) {
			const r = await admin.client.post(p, f);
			assert.equal(r.status, 409, `POST ${p} on a published version`);
			assert.match(textOf(r.text), /can no longer be changed/);
		}
		assert.equal(JSON.stringify(questionsOf(v)), before, 'the published version is unchanged');
		assert.equal(sectionIds(v).length, 2);
	});

	test('every change wrote an admin log row by that administrator', () => {
		const actions = logSince(admin.id, logStart).map((r) => r[0]);
		for (const a of ['survey.add', 'survey.question.add', 'survey.question.edit', 'survey.question.move',
			'survey.question.remove', 'survey.section.add', 'survey.section.edit', 'survey.section.move',
			'survey.section.remove', 'survey.publish']) {
			assert.ok(actions.includes(a), `admin_log has ${a}: ${actions.join(', ')}`);
		}
		assert.equal(actions.filter((a) => a === 'survey.question.add').length, 7);
		assert.equal(actions.filter((a) => a === 'survey.question.move').length, 3 + 4);
	});
});

describe('a version with responses, and copying it', () => {
	const slug = slugOf('bld-resp');
	let v;

	before(() => {
		v = importFile(smallSurvey(slug));
		const wave = Number(sqlValue('ctl', `INSERT INTO ${tbl('wave')} (survey_version_id, title, opens_at, closes_at, population)
			VALUES (${v}, 'Test wave for builder responses', UTC_TIMESTAMP() - INTERVAL 2 DAY, UTC_TIMESTAMP() - INTERVAL 1 DAY, 'teams');
			SELECT LAST_INSERT_ID();`));
		sqlRows('ctl', `INSERT INTO ${tbl('participation')} (wave_id, staff_id) VALUES (${wave}, ${staff.id})`);
	});

	test('the page says it has responses and offers a copy, not edits', async () => {
		const r = await admin.client.get(`/admin/survey/${v}`);
		assert.equal(r.status, 200);
		const text = textOf(r.text);
		assert.match(text, /1 wave\(s\), 1 response\(s\)/);
		assert.match(text, /Copy to a new version/);
		assert.ok(!r.text.includes(`/admin/survey/${v}/move/`), 'no move buttons');
		assert.ok(!r.text.includes(`/admin/survey/${v}/remove/`), 'no remove links');
	});

	test('an edit is refused and nothing changes', async () => {
		const csrf = await admin.client.csrf(`/admin/survey/${v}`);
		const id = questionId(v, 'workload_ok');
		const r = await admin.client.post(`/admin/survey/${v}/q/${id}`, { csrf, required: 'yes', kind: 'agree5', text: 'Rewritten' });
		assert.equal(r.status, 409);
		assert.equal(sqlValue('ctl', `SELECT text FROM ${tbl('question')} WHERE id = ${id}`), 'My workload is manageable.');
		const get = await admin.client.get(`/admin/survey/${v}/q/${id}`);
		assert.equal(get.status, 409, 'not even the edit form');
	});

	test('copy makes draft version 2 with the same keys, kinds, rules and options; a second copy goes to that draft', async () => {
		const csrf = await admin.client.csrf(`/admin/survey/${v}`);
		const logStart = lastLogId();
		const v2 = versionFrom(await admin.client.post(`/admin/survey/${v}/copy`, { csrf }));
		assert.notEqual(v2, v);
		assert.equal(stateOf(v2), 'draft');
		assert.equal(sqlValue('ctl', `SELECT version FROM ${tbl('survey_version')} WHERE id = ${v2}`), '2');
		assert.deepEqual(questionsOf(v2), questionsOf(v));
		const opts = (ver) => sqlRows('ctl', `SELECT o.position, o.value, o.label FROM ${tbl('question_option')} o
			JOIN ${tbl('question')} q ON q.id = o.question_id WHERE q.survey_version_id = ${ver} ORDER BY q.qkey, o.position`);
		assert.deepEqual(opts(v2), opts(v));
		assert.deepEqual(logSince(admin.id, logStart).map((r) => r[0]), ['survey.copy']);
		const again = versionFrom(await admin.client.post(`/admin/survey/${v}/copy`, { csrf }));
		assert.equal(again, v2, 'one draft at a time');
		const id = questionId(v2, 'workload_ok');
		versionFrom(await admin.client.post(`/admin/survey/${v2}/q/${id}`, { csrf, required: 'yes', kind: 'agree5', text: 'My workload is manageable most weeks.' }));
		assert.equal(sqlValue('ctl', `SELECT text FROM ${tbl('question')} WHERE id = ${questionId(v, 'workload_ok')}`), 'My workload is manageable.', 'version 1 untouched');
	});

	test('a key cannot change kind from one version to the next', async () => {
		const v2 = Number(sqlValue('ctl', `SELECT id FROM ${tbl('survey_version')} WHERE survey_id = (SELECT survey_id FROM ${tbl('survey_version')} WHERE id = ${v}) AND version = 2`));
		const csrf = await admin.client.csrf(`/admin/survey/${v2}`);
		const id = questionId(v2, 'workload_ok');
		const r = await admin.client.post(`/admin/survey/${v2}/q/${id}`, { csrf, required: 'yes', kind: 'yesno', text: 'Is your workload manageable?' });
		assert.equal(r.status, 422);
		assert.match(textOf(errorSummaryOf(r.text)), /another kind of answer in an earlier version/);
		assert.equal(sqlValue('ctl', `SELECT kind FROM ${tbl('question')} WHERE id = ${id}`), 'agree5');
	});
});

describe('export and import', () => {
	const slug = slugOf('bld-trip');
	let v;
	const def = `# comment\nsurvey: ${slug}\ntitle: Round trip\nversion: 3\nintro: All the kinds.\n\n`
		+ 'section: One\nintro: The first.\nquestion: a_agree\nkind: agree5\ntext: I agree.\nhint: Or not.\n'
		+ 'question: b_scale\nkind: scale10\ntext: How likely?\nrequired: no\n'
		+ 'question: c_yes\nkind: yesno\ntext: Yes or no?\n'
		+ 'section: Two\nquestion: d_one\nkind: single\ntext: Pick one.\nshow-if: c_yes = no\noption: x | Ex\noption: z-1 | Zed | with a bar\n'
		+ 'question: e_any\nkind: multi\ntext: Pick any.\noption: p | Pea\noption: q | Queue\n'
		+ 'question: f_text\nkind: text\ntext: Say more.\nrequired: no\nmaxlen: 2000\nshow-if: e_any = q\n';

	before(() => {
		v = importFile(def);
	});

	test('chorusctl survey export and the download give the same file', async () => {
		const cli = chorusctl(['survey', 'export', slug, '3']);
		assert.equal(cli.code, 0, cli.stderr);
		const newest = chorusctl(['survey', 'export', slug]);
		assert.equal(newest.stdout, cli.stdout, 'no version: the newest');
		const r = await admin.client.get(`/admin/survey/${v}/export`);
		assert.equal(r.status, 200);
		assert.match(r.ctype, /^text\/plain/);
		assert.match(r.headers.get('content-disposition'), new RegExp(`attachment; filename="${slug}-v3.survey"`));
		assert.equal(r.text, cli.stdout);
		assert.equal(chorusctl(['survey', 'export', `${slug}-none`]).code, 1);
	});

	test('export -> import (under a new name) -> export gives the same survey', async () => {
		const first = chorusctl(['survey', 'export', slug]).stdout;
		const slug2 = `${slug}-copy`;
		const v2 = importFile(first.replace(`survey: ${slug}`, `survey: ${slug2}`));
		const second = chorusctl(['survey', 'export', slug2]).stdout;
		assert.equal(second.replace(new RegExp(slug2, 'g'), slug), first);
		assert.deepEqual(questionsOf(v2), questionsOf(v));
		assert.equal(stateOf(v2), 'published', 'an imported file is a finished survey');
	});

	test('import through the page: refused with the reason and the text kept, then stored and logged', async () => {
		const csrf = await admin.client.csrf('/admin/surveys/import');
		const bad = def.replace(`survey: ${slug}`, `survey: ${slug}-page`).replace('show-if: c_yes = no', 'show-if: f_text = no');
		const r = await admin.client.post('/admin/surveys/import', { csrf, definition: bad });
		assert.equal(r.status, 422);
		assert.match(textOf(errorSummaryOf(r.text)), /not an earlier question/);
		assert.equal(formFields(r.text, '/admin/surveys/import').definition.replace(/^\n/, ''), bad);
		const dup = await admin.client.post('/admin/surveys/import', { csrf, definition: def });
		assert.equal(dup.status, 422, 'that version exists');
		assert.match(textOf(errorSummaryOf(dup.text)), /already exists/);
		const logStart = lastLogId();
		const good = def.replace(`survey: ${slug}`, `survey: ${slug}-page`);
		const v3 = versionFrom(await admin.client.post('/admin/surveys/import', { csrf, definition: good }));
		assert.deepEqual(questionsOf(v3), questionsOf(v));
		assert.deepEqual(logSince(admin.id, logStart), [['survey.import', `${slug}-page`]]);
	});
});

describe('the admin account cannot see who took part or what was said', () => {
	test('participation: only the wave column; response and answer: nothing', () => {
		assert.equal(sql('admin', `SELECT COUNT(*) FROM ${tbl('participation')} GROUP BY wave_id LIMIT 1`).code, 0, 'counts per wave');
		for (const q of [
			`SELECT staff_id FROM ${tbl('participation')} LIMIT 1`,
			`SELECT * FROM ${tbl('participation')} LIMIT 1`,
			`SELECT COUNT(*) FROM ${tbl('response')}`,
			`SELECT COUNT(*) FROM ${tbl('answer')}`,
			`SELECT COUNT(*) FROM ${tbl('survey_draft')}`,
		]) {
			const r = sql('admin', q);
			assert.notEqual(r.code, 0, `refused: ${q}`);
			assert.match(r.stderr, /denied/i);
		}
	});

	test('a version only ever changes its state; waves only their times; neither is ever deleted', () => {
		const r = sql('admin', `UPDATE ${tbl('survey_version')} SET version = version WHERE id = 0`);
		assert.notEqual(r.code, 0);
		assert.match(r.stderr, /denied/i);
		const w = sql('admin', `UPDATE ${tbl('wave')} SET threshold = 3 WHERE id = 0`);
		assert.notEqual(w.code, 0);
		assert.match(w.stderr, /denied/i);
		for (const t of ['survey_version', 'survey', 'wave', 'wave_team']) {
			const d = sql('admin', `DELETE FROM ${tbl(t)} WHERE 1 = 0`);
			assert.notEqual(d.code, 0, `no DELETE on ${t}`);
			assert.match(d.stderr, /denied/i);
		}
	});
});
