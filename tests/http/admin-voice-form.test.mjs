// Voice form questions (chorus-admin, helper G): an administrator adds a
// question to a voice form with its English words, changes it, moves it
// and retires it after a confirmation page. A new question is on the
// public form at once (and its answers are stored); a retired one leaves
// the form while the answers already given stay in feedback_answer. The
// admin account has no DELETE on voice_question. Only administrators:
// HR and staff get 403. Every change is in the admin log.
//
// Its own form: a voice form made here (slug gt-...) with one question of
// its own, so the demo forms other tests count are never touched; it and
// its feedback are removed at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
	addPerson, sql, sqlRows, sqlValue, sqlq, tbl, textOf, formFields, errorSummaryOf, localPath,
	uniq, VoiceClient, voiceForm, voiceBody,
} from './lib.mjs';

const slug = `gt-${uniq('f').toLowerCase().replace(/[^a-z0-9]/g, '').slice(-12)}`;
const voice = new VoiceClient();
let admin;
let hr;
let staff;
let formId;
const fids = [];

function lastLogId() {
	return Number(sqlValue('ctl', `SELECT IFNULL(MAX(id), 0) FROM ${tbl('admin_log')}`));
}

function logSince(id) {
	return sqlRows('ctl', `SELECT action, subject FROM ${tbl('admin_log')} WHERE id > ${id} ORDER BY id`);
}

function question(qkey) {
	const rows = sqlRows('ctl', `SELECT id, kind, topic, required, concern, IFNULL(retired_on, 'NULL'), position
		FROM ${tbl('voice_question')} WHERE form_id = ${formId} AND qkey = ${sqlq(qkey)}`);
	if (!rows.length) return null;
	const [id, kind, topic, required, concern, retired, position] = rows[0];
	return { id: Number(id), kind, topic, required: required === '1', concern, retired: retired === 'NULL' ? null : retired, position: Number(position) };
}

function english(key) {
	return sqlValue('ctl', `SELECT text FROM ${tbl('voice_text')} WHERE lang = 'en' AND tkey = ${sqlq(key)}`);
}

function options(qid) {
	return sqlRows('ctl', `SELECT value, concern FROM ${tbl('voice_option')} WHERE question_id = ${qid} ORDER BY position`)
		.map(([v, c]) => `${v}${c === '1' ? '!' : ''}`);
}

/* The question keys of the public form, in order. */
async function publicKeys() {
	const page = await voice.get(`/voice/form/${slug}`);
	assert.equal(page.status, 200, textOf(page.text).slice(0, 200));
	return { page, keys: [...voiceForm(page.text, slug).questions.keys()].filter((k) => /^(first|pets|visits)/.test(k)) };
}

async function addForm(fields) {
	const page = await admin.client.get(`/admin/voice/question/new?form=${slug}`);
	assert.equal(page.status, 200);
	const base = formFields(page.text, '/admin/voice/question/new');
	return admin.client.post('/admin/voice/question/new', { ...base, ...fields });
}

before(async () => {
	admin = await addPerson({ roles: 'staff,admin', prefix: 'vqadm' });
	hr = await addPerson({ roles: 'staff,hr', prefix: 'vqadm-hr' });
	staff = await addPerson({ roles: 'staff', prefix: 'vqadm-st' });
	formId = Number(sqlValue('ctl', `INSERT INTO ${tbl('voice_form')} (slug, audience, position, active)
		VALUES (${sqlq(slug)}, 'parents', 90, 1); SELECT LAST_INSERT_ID();`));
	sqlRows('ctl', `INSERT INTO ${tbl('voice_question')} (form_id, position, qkey, topic, kind) VALUES
		(${formId}, 1, 'first', 'better', 'text');
		INSERT INTO ${tbl('voice_text')} (lang, tkey, text, draft) VALUES
		('en', 'form.${slug}.title', 'Test form ${slug}', 0), ('en', 'form.${slug}.intro', 'A form for a test.', 0),
		('en', 'q.${slug}.first', 'Anything to tell us?', 0)`);
});

after(() => {
	const q = `(SELECT id FROM ${tbl('voice_question')} WHERE form_id = ${formId})`;
	sqlRows('ctl', `DELETE FROM ${tbl('feedback_answer')} WHERE feedback_id IN (SELECT id FROM ${tbl('feedback')} WHERE form_id = ${formId});
		DELETE FROM ${tbl('followup_event')} WHERE followup_id IN (SELECT id FROM ${tbl('followup')} WHERE feedback_id IN (SELECT id FROM ${tbl('feedback')} WHERE form_id = ${formId}));
		DELETE FROM ${tbl('followup')} WHERE feedback_id IN (SELECT id FROM ${tbl('feedback')} WHERE form_id = ${formId});
		DELETE FROM ${tbl('feedback')} WHERE form_id = ${formId};
		DELETE FROM ${tbl('voice_option')} WHERE question_id IN ${q};
		DELETE FROM ${tbl('voice_question')} WHERE form_id = ${formId};
		DELETE FROM ${tbl('voice_text')} WHERE tkey LIKE 'form.${slug}.%' OR tkey LIKE 'q.${slug}.%' OR tkey LIKE 'opt.${slug}.%';
		DELETE FROM ${tbl('voice_form')} WHERE id = ${formId}`);
});

test('HR and staff get 403 for the question pages and their posts', async () => {
	const qid = question('first').id;
	for (const who of [hr, staff]) {
		for (const p of [`/admin/voice/form?form=${slug}`, `/admin/voice/question/new?form=${slug}`,
			`/admin/voice/question?id=${qid}`, `/admin/voice/question/retire?id=${qid}`]) {
			assert.equal((await who.client.get(p)).status, 403, `${who.username} ${p}`);
		}
	}
	const csrf = formFields((await hr.client.get('/admin/surveys')).text, '/admin/surveys').csrf;
	assert.ok(csrf, 'HR has a token from a page of its own');
	for (const [p, body] of [['/admin/voice/question/retire', { id: qid }], ['/admin/voice/question/move', { id: qid, dir: 'down' }],
		['/admin/voice/question/new', { form: slug, qkey: 'pets', text: 'x', kind: 'ynns', topic: 'safe', concern: 'never' }]]) {
		assert.equal((await hr.client.post(p, { csrf, ...body })).status, 403, p);
	}
	assert.equal(question('first').retired, null);
	assert.equal(question('pets'), null);
});

test('a wrong question comes back with every answer kept and nothing stored', async () => {
	const log = lastLogId();
	const r = await addForm({ qkey: 'Pets OK', text: '', kind: 'faces', topic: 'safe', concern: 'no',
		options: 'a | A\n', hint: 'Kept hint' });
	assert.equal(r.status, 422);
	const summary = textOf(errorSummaryOf(r.text) || '');
	assert.match(summary, /A key must start with a letter/);
	assert.match(summary, /Enter the question in English/);
	assert.match(summary, /Only a yes, no or not sure question can raise a concern/);
	assert.match(r.text, /<title>Error: /);
	const kept = formFields(r.text, '/admin/voice/question/new');
	assert.equal(kept.qkey, 'Pets OK');
	assert.equal(kept.hint, 'Kept hint');
	assert.equal(kept.kind, 'faces');
	assert.equal(kept.topic, 'safe');
	assert.equal(kept.concern, 'no');
	const bad = await addForm({ qkey: 'pets', text: 'Pets?', kind: 'single', topic: 'safe', concern: 'option',
		options: 'yes | Yes\nyes | Again\n' });
	assert.equal(bad.status, 422);
	assert.match(textOf(errorSummaryOf(bad.text) || ''), /The value yes is used twice/);
	assert.match(bad.text, /yes \| Again/, 'the choices as typed');
	assert.equal(question('pets'), null);
	assert.equal(logSince(log).length, 0);
	const dup = await addForm({ qkey: 'first', text: 'Again?', kind: 'text', topic: 'better', concern: 'never' });
	assert.equal(dup.status, 422);
	assert.match(textOf(errorSummaryOf(dup.text) || ''), /already has \(or had\) a question with this key/);
});

test('a new question is on the public form with its words, is answered and stored, then moved', async () => {
	const log = lastLogId();
	const r = await addForm({ qkey: 'pets', text: 'Can you keep your pets?', hint: 'Dogs, cats, fish',
		kind: 'single', topic: 'safe', required: '1', concern: 'option',
		options: 'yes | Yes, all of them\nsome | Some of them\nno | No | concern\n' });
	assert.equal(r.status, 303, textOf(r.text).slice(0, 300));
	assert.equal(localPath(r.location), `/admin/voice/form?form=${slug}&saved=1`);
	const q = question('pets');
	assert.deepEqual({ kind: q.kind, topic: q.topic, required: q.required, concern: q.concern, position: q.position },
		{ kind: 'single', topic: 'safe', required: true, concern: 'option', position: 2 });
	assert.deepEqual(options(q.id), ['yes', 'some', 'no!']);
	assert.equal(english(`q.${slug}.pets`), 'Can you keep your pets?');
	assert.equal(english(`q.${slug}.pets.hint`), 'Dogs, cats, fish');
	assert.equal(english(`opt.${slug}.pets.some`), 'Some of them');
	assert.deepEqual(logSince(log), [['voice.question.add', `${slug}.pets`]]);

	const words = await admin.client.get(`/admin/voice/texts?lang=pl&form=${slug}`);
	assert.equal(words.status, 200);
	assert.match(words.text, new RegExp(`q\\.${slug}\\.pets <strong class="govuk-tag govuk-tag--red">Missing`));

	const { page, keys } = await publicKeys();
	assert.deepEqual(keys, ['first', 'pets']);
	assert.ok(textOf(page.text).includes('Can you keep your pets?'));
	assert.ok(textOf(page.text).includes('Some of them'));
	const form = voiceForm(page.text, slug);
	const sent = await voice.post(`/voice/form/${slug}`, voiceBody(form, { first: 'All good here.', pets: 'some' }, {}, page.text));
	assert.equal(sent.status, 200, textOf(sent.text).slice(0, 300));
	fids.push(form.hidden.fid);
	assert.equal(sqlValue('ctl', `SELECT value FROM ${tbl('feedback_answer')} WHERE feedback_id = UNHEX(${sqlq(form.hidden.fid)})
		AND question_id = ${q.id}`), 'some');

	const list = await admin.client.get(`/admin/voice/form?form=${slug}`);
	assert.equal(list.status, 200);
	const up = formFields(list.text.slice(list.text.indexOf('id="q-pets"')), '/admin/voice/question/move');
	assert.equal(up.dir, 'up');
	const moved = await admin.client.post('/admin/voice/question/move', up);
	assert.equal(moved.status, 303);
	assert.deepEqual((await publicKeys()).keys, ['pets', 'first']);
	assert.equal(logSince(log).at(-1)[0], 'voice.question.move');
});

test('a question with answers keeps its choices; its words, topic and rule change', async () => {
	const q = question('pets');
	const page = await admin.client.get(`/admin/voice/question?id=${q.id}`);
	assert.equal(page.status, 200);
	assert.match(textOf(page.text), /This question has 1 answers/);
	const fields = formFields(page.text, '/admin/voice/question');
	assert.equal(fields.text, 'Can you keep your pets?');
	assert.match(fields.options, /some \| Some of them/);
	const refused = await admin.client.post('/admin/voice/question', { ...fields, options: 'yes | Yes\nno | No | concern\n' });
	assert.equal(refused.status, 422);
	assert.match(textOf(errorSummaryOf(refused.text) || ''), /keep its choices/);
	assert.deepEqual(options(q.id), ['yes', 'some', 'no!']);
	const log = lastLogId();
	const change = { ...fields, text: 'Can your pets live with you?', topic: 'care_promise',
		options: `${fields.options.replace(/^\n/, '').trimEnd()}\nnotsure | Not sure\n` };
	delete change.required;
	const ok = await admin.client.post('/admin/voice/question', change);
	assert.equal(ok.status, 303, textOf(ok.text).slice(0, 300));
	const after = question('pets');
	assert.equal(after.topic, 'care_promise');
	assert.equal(after.required, false);
	assert.deepEqual(options(q.id), ['yes', 'some', 'no!', 'notsure']);
	assert.equal(english(`q.${slug}.pets`), 'Can your pets live with you?');
	assert.deepEqual(logSince(log), [['voice.question.change', `${slug}.pets`]]);
});

test('retiring asks first, takes the question off the form and keeps its answers', async () => {
	const q = question('pets');
	const confirm = await admin.client.get(`/admin/voice/question/retire?id=${q.id}`);
	assert.equal(confirm.status, 200);
	assert.match(textOf(confirm.text), /Retire this question\?/);
	assert.match(textOf(confirm.text), /The 1 answers already given stay/);
	assert.equal(question('pets').retired, null, 'the confirmation page changes nothing');
	const log = lastLogId();
	const r = await admin.client.post('/admin/voice/question/retire', formFields(confirm.text, '/admin/voice/question/retire'));
	assert.equal(r.status, 303);
	assert.notEqual(question('pets').retired, null);
	assert.deepEqual(logSince(log), [['voice.question.retire', `${slug}.pets`]]);
	assert.deepEqual((await publicKeys()).keys, ['first']);
	assert.equal(Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('feedback_answer')} WHERE question_id = ${q.id}`)), 1);
	const list = await admin.client.get(`/admin/voice/form?form=${slug}`);
	assert.match(textOf(list.text), /Retired questions/);
	assert.match(textOf(list.text), new RegExp(`\\(pets, retired \\d{4}-\\d\\d-\\d\\d, 1 answers\\)`));
	assert.equal((await admin.client.get(`/admin/voice/question?id=${q.id}`)).status, 404, 'a retired question is not changed');
	const words = await admin.client.get(`/admin/voice/texts?lang=pl&form=${slug}`);
	assert.equal(words.status, 200);
	assert.ok(words.text.includes(`q.${slug}.first`), 'a live question is still there to translate');
	assert.ok(!words.text.includes(`q.${slug}.pets`) && !words.text.includes(`opt.${slug}.pets.`),
	    'a retired question has nothing left to translate');
	assert.equal((await admin.client.post('/admin/voice/question/retire', formFields(confirm.text, '/admin/voice/question/retire'))).status, 404);
	const del = sql('admin', `DELETE FROM ${tbl('voice_question')} WHERE id = ${q.id}`);
	assert.notEqual(del.code, 0, 'the admin account cannot delete a question');
	assert.match(del.stderr, /denied/i);
});
