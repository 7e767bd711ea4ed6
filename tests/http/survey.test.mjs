// Staff surveys, filling in (chorus-staff /survey/): a full fill-in of the
// demo health check, save and resume in a new session, required/optional/
// show-if, validation errors that keep every answer, one submission only
// (second submit, replayed and double-clicked POSTs, stale tokens), closed
// and not-yet-open waves, staff outside a wave's population, and the
// statuses on the home page.
//
// Each test uses its own demo sign-in and, apart from the demo wave fill-in,
// its own wave made with SQL as the ctl account, so the tests do not depend
// on each other. The answers are read from each page's HTML (question keys
// and option values), not hard-coded; the show-if rules come from the
// question table.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
	Client, signIn, formFields, textOf, localPath, sqlRows, sqlValue, tbl, staffRow,
	createWave, demoOpenWave, surveyDef, surveyCounts, responseIds, responseAnswers,
	formInputs, chooseAnswers, sectionBody, fillSurvey, homeStatus, uniq,
} from './lib.mjs';

const PRIVACY = /Your answers are stored separately from your name/;
const SCALES = {
	agree5: ['5', '4', '3', '2', '1', 'pns'],
	scale10: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
	yesno: ['yes', 'no'],
};

/* The GOV.UK error summary of a page, or null. */
function errorSummary(html) {
	const m = html.match(/<div\b[^>]*class="[^"]*govuk-error-summary[^"]*"[^>]*>[\s\S]*?<\/ul>/i);
	return m ? m[0] : null;
}

/* A value of question q (from the DB definition) other than `not`. */
function otherValue(q, not) {
	const values = q.options.length ? q.options : SCALES[q.kind];
	const v = values.find((x) => x !== not && x !== 'pns');
	assert.ok(v !== undefined, `${q.qkey} has a value other than ${not}`);
	return v;
}

/* Assert that the form on a page shows exactly these answers for these questions. */
function assertShows(form, answers, label) {
	for (const [k, vals] of Object.entries(answers)) {
		const q = form.questions.get(k);
		assert.ok(q, `${label}: question ${k} is on the page`);
		if (q.type === 'textarea') {
			assert.equal(q.text, vals[0] ?? '', `${label}: the text typed for ${k} is kept`);
		} else {
			assert.deepEqual([...q.checked].sort(), [...vals].sort(), `${label}: ${k} shows ${vals.join(',')} (shows ${q.checked.join(',')})`);
		}
	}
}

/* The staff member's draft for a wave, as the stored form string ('' if none). */
function draftOf(wave, username) {
	return sqlValue('ctl', `SELECT answers FROM ${tbl('survey_draft')} WHERE wave_id = ${wave}
		AND staff_id = ${staffRow(username).id}`) ?? '';
}

function participated(wave, username) {
	return Number(sqlValue('ctl', `SELECT COUNT(*) FROM ${tbl('participation')} WHERE wave_id = ${wave}
		AND staff_id = ${staffRow(username).id}`));
}

/* Number of answer rows the answers make (a multiple choice is one row per choice). */
function rowCount(answers) {
	return Object.values(answers).reduce((n, v) => n + v.filter((x) => x !== '').length, 0);
}

/* The stored answers of a response equal what was sent (labels not values aside). */
function assertStored(stored, sent, def, label) {
	const want = Object.fromEntries(Object.entries(sent).filter(([, v]) => v.length && v[0] !== ''));
	assert.deepEqual(Object.keys(stored).sort(), Object.keys(want).sort(), `${label}: the stored questions are the ones answered`);
	for (const [k, vals] of Object.entries(want)) {
		const q = def.byKey[k];
		const rows = stored[k];
		if (q.kind === 'text') {
			assert.equal(rows.length, 1, `${label}: one row for comment ${k}`);
			assert.equal(rows[0].comment, vals[0], `${label}: comment ${k} stored exactly`);
			continue;
		}
		assert.deepEqual(rows.map((r) => r.value).sort(), [...vals].sort(), `${label}: ${k} stored as ${vals}`);
		for (const r of rows) {
			if (q.kind === 'agree5' || q.kind === 'scale10') {
				assert.equal(r.num, r.value === 'pns' ? null : Number(r.value), `${label}: ${k} num for ${r.value}`);
			} else if (q.kind === 'yesno') {
				assert.equal(r.num, r.value === 'yes' ? 1 : 0, `${label}: ${k} num for ${r.value}`);
			}
			assert.equal(r.comment, null, `${label}: no comment on choice ${k}`);
		}
	}
}

/* GET the check page and POST its form as a browser would; returns the POST response. */
async function submitFromCheck(client, wave) {
	const check = await client.get(`/survey/${wave}/check`);
	assert.equal(check.status, 200, `GET /survey/${wave}/check`);
	const fields = formFields(check.text, `/survey/${wave}/submit`);
	assert.ok(fields, 'the check page has a form posting to /submit');
	assert.ok(fields.csrf && fields.submit_token, 'with csrf and submit_token');
	return { check, fields, res: await client.post(`/survey/${wave}/submit`, fields) };
}

/* A fresh wave filled in up to the check page by a new session of username. */
async function fillFresh(username, waveOpts = {}, fillOpts = {}) {
	const wave = createWave(waveOpts);
	const def = surveyDef(wave);
	const client = await signIn(username);
	const filled = await fillSurvey(client, wave, def, fillOpts);
	assert.equal(filled.last, `/survey/${wave}/check`, 'the last section goes on to the check page');
	return { wave, def, client, filled };
}

describe('staff surveys: signing in and routes', () => {
	test('survey pages need a sign-in and come back after it', async () => {
		const wave = createWave();
		for (const p of [`/survey/${wave}`, `/survey/${wave}/s/1`, `/survey/${wave}/check`]) {
			const r = await new Client().get(p);
			assert.equal(r.status, 303, `anonymous GET ${p}`);
			assert.equal(localPath(r.location), `/signin?next=${p}`);
		}
		const r = await new Client().post(`/survey/${wave}/submit`, { submit_token: 'x' });
		assert.equal(r.status, 303, 'anonymous POST /submit');
		assert.match(localPath(r.location), /^\/signin\b/);
		assert.deepEqual(surveyCounts(wave), { participation: 0, response: 0, answer: 0, draft: 0 });
	});

	test('unknown waves and sections are 404; a GET of /submit is 405', async () => {
		const wave = createWave();
		const def = surveyDef(wave);
		const c = await signIn('g.ward');
		assert.equal((await c.get('/survey/999999999')).status, 404);
		assert.equal((await c.get(`/survey/${wave}/s/${def.sections.length + 1}`)).status, 404);
		assert.equal((await c.get(`/survey/${wave}/s/0`)).status, 404);
		assert.equal((await c.get(`/survey/${wave}/s/x`)).status, 404);
		assert.equal((await c.get(`/survey/${wave}/nope`)).status, 404);
		assert.equal((await c.get(`/survey/${wave}/submit`)).status, 405);
	});

	test('a section POST without a valid csrf token or from another origin stores nothing', async () => {
		const wave = createWave();
		const def = surveyDef(wave);
		const c = await signIn('g.ward');
		const path = `/survey/${wave}/s/1`;
		const page = await c.get(path);
		const form = formInputs(page.text, path);
		const answers = chooseAnswers(form, def);
		const noCsrf = await c.post(path, sectionBody(null, answers));
		assert.equal(noCsrf.status, 403, 'no csrf');
		const wrong = await c.post(path, sectionBody('A'.repeat(43), answers));
		assert.equal(wrong.status, 403, 'wrong csrf');
		const evil = await c.post(path, sectionBody(form.csrf, answers), { origin: 'http://evil.example' });
		assert.equal(evil.status, 403, 'cross-origin POST');
		assert.equal(surveyCounts(wave).draft, 0, 'no draft was saved');
	});
});

describe('staff surveys: filling in', () => {
	test('a full fill-in of the demo health check open wave, every section, stored once', async () => {
		const wave = demoOpenWave('health-check');
		assert.ok(wave, 'the demo data has an open Social Worker Health Check wave for all staff');
		// Someone with no draft and no participation in it (so a re-run on the same stack works too).
		const candidates = ['a.khan', 'j.oneill', 'p.sharma', 'l.mensah', 'j.price', 'h.baker', 'c.wright', 's.pritchard'];
		const username = candidates.find((u) => participated(wave, u) === 0 && draftOf(wave, u) === '');
		assert.ok(username, `one of ${candidates} has not used wave ${wave} yet (use a fresh stack)`);
		const me = staffRow(username);
		const def = surveyDef(wave);
		const M = def.sections.length;
		assert.ok(M >= 7, `the health check has at least 7 sections (has ${M})`);
		const showIf = Object.values(def.byKey).filter((q) => q.showIfKey);
		assert.ok(showIf.length >= 1, 'the health check has a show-if question');

		const c = await signIn(username);
		const home = await c.get('/');
		assert.equal(home.status, 200);
		assert.equal(homeStatus(home.text, wave), 'Not started', 'the home page lists the wave as not started');

		const start = await c.get(`/survey/${wave}`);
		assert.equal(start.status, 200);
		const threshold = sqlValue('ctl', `SELECT threshold FROM ${tbl('wave')} WHERE id = ${wave}`);
		const title = sqlValue('ctl', `SELECT s.title FROM ${tbl('wave')} w JOIN ${tbl('survey_version')} v ON v.id = w.survey_version_id
			JOIN ${tbl('survey')} s ON s.id = v.survey_id WHERE w.id = ${wave}`);
		assert.ok(textOf(start.text).includes(title), `the first page names the survey (${title})`);
		assert.match(textOf(start.text), PRIVACY, 'the first page explains the guarantee');
		assert.match(textOf(start.text), new RegExp(`\\b${threshold}\\b[^.]*people|groups of (at least )?${threshold}`),
			`the first page shows the smallest group results are reported for (${threshold})`);
		assert.ok(start.text.includes(`href="/survey/${wave}/s/1"`), 'a Start link to section 1');

		// The first trigger is answered to match (its follow-up is asked), the
		// second not to match (its follow-up is not answered).
		const overrides = {};
		showIf.forEach((q, i) => {
			overrides[q.showIfKey] = i === 0 ? q.showIfValue : otherValue(def.byKey[q.showIfKey], q.showIfValue);
		});
		const filled = await fillSurvey(c, wave, def, { seed: 7, overrides });
		assert.equal(filled.pages.length, M, `one page per section (${M})`);
		assert.equal(filled.last, `/survey/${wave}/check`);

		for (const { n, html, form } of filled.pages) {
			const s = def.sections[n - 1];
			const t = textOf(html);
			assert.ok(t.includes(`Section ${n} of ${M}`), `section ${n} shows its progress`);
			assert.ok(t.includes(s.title), `section ${n} shows its title "${s.title}"`);
			const names = [...form.questions.keys()];
			assert.deepEqual(names, s.questions.map((q) => q.qkey), `section ${n} asks its questions, in order`);
			for (const q of s.questions) {
				const input = form.questions.get(q.qkey);
				const want = q.options.length ? q.options : SCALES[q.kind];
				if (q.kind === 'text') {
					assert.equal(input.type, 'textarea', `${q.qkey} is a textarea`);
				} else {
					assert.equal(input.type, q.kind === 'multi' ? 'checkbox' : 'radio', `${q.qkey} input type`);
					assert.deepEqual(input.values, want, `${q.qkey} offers its choices`);
					assert.ok(input.ids.every((id) => id && html.includes(`for="${id}"`)), `${q.qkey}: every choice has a label`);
				}
				assert.ok(html.includes(`id="q-${q.qkey}"`), `${q.qkey} has the id the error summary links to`);
				assert.deepEqual(input.checked, [], `${q.qkey} starts unanswered`);
			}
			const buttons = form.buttons.filter((b) => b.name === 'action').map((b) => b.value).sort();
			assert.deepEqual(buttons, ['next', 'save'], `section ${n} has Save and continue / Save and come back later`);
		}
		for (const [i, q] of showIf.entries()) {
			if (i === 0) assert.ok(filled.answers[q.qkey]?.length, `${q.qkey} was answered (its trigger matched)`);
			else assert.equal(filled.answers[q.qkey], undefined, `${q.qkey} was not answered (its trigger did not match)`);
		}

		const check = await c.get(`/survey/${wave}/check`);
		assert.equal(check.status, 200);
		const ct = textOf(check.text);
		assert.match(ct, /Check your answers/);
		for (const s of def.sections) assert.ok(ct.includes(s.title), `the check page has section "${s.title}"`);
		const shown = Object.values(def.byKey).filter((q) => !q.showIfKey || (filled.answers[q.showIfKey] || []).includes(q.showIfValue));
		for (const q of shown) {
			assert.ok(check.text.includes(`href="/survey/${wave}/s/${q.section}#q-${q.qkey}"`), `a Change link for ${q.qkey}`);
		}
		for (const q of showIf.slice(1)) {
			assert.ok(!check.text.includes(`#q-${q.qkey}"`), `no row for ${q.qkey}, which does not apply`);
		}
		for (const [k, v] of Object.entries(filled.answers)) {
			if (def.byKey[k].kind === 'text') {
				assert.ok(ct.includes(v[0]), `the check page shows the comment for ${k}`);
				assert.ok(!check.text.includes('<b>"quotes"</b>'), 'comments are escaped on the check page');
			}
		}

		const before = new Set(responseIds(wave));
		const countsBefore = surveyCounts(wave);
		const fields = formFields(check.text, `/survey/${wave}/submit`);
		assert.ok(fields && fields.csrf && fields.submit_token, 'the check page has the submit form');
		const sent = await c.post(`/survey/${wave}/submit`, fields);
		assert.equal(sent.status, 303, 'POST /submit');
		assert.equal(localPath(sent.location), `/survey/${wave}/done`);
		const done = await c.get(`/survey/${wave}/done`);
		assert.equal(done.status, 200);
		assert.match(textOf(done.text), /Your answers have been sent/);

		const after = surveyCounts(wave);
		assert.equal(after.participation, countsBefore.participation + 1, 'one more participation');
		assert.equal(after.response, countsBefore.response + 1, 'one more response');
		assert.equal(after.answer, countsBefore.answer + rowCount(filled.answers), 'one answer row per answer');
		assert.equal(participated(wave, username), 1, `${username} is recorded as having taken part`);
		assert.equal(draftOf(wave, username), '', 'the draft is gone');
		const fresh = responseIds(wave).filter((id) => !before.has(id));
		assert.equal(fresh.length, 1, 'exactly one new response');
		assertStored(responseAnswers(fresh[0]), filled.answers, def, 'demo wave');
		const [team, role] = sqlRows('ctl', `SELECT IFNULL(team_id, 'NULL'), role_group FROM ${tbl('response')} WHERE id = UNHEX('${fresh[0]}')`)[0];
		assert.equal(team, String(me.team_id), 'the response carries the team at submission');
		assert.equal(role, me.roles.includes('manager') ? 'manager' : 'practitioner', 'and the role group');

		assert.equal(homeStatus((await c.get('/')).text, wave), 'Submitted', 'the home page now says Submitted');
	});

	test('save and come back later, then resume in a new session', async () => {
		const username = 'c.hughes';
		const wave = createWave();
		const def = surveyDef(wave);
		const M = def.sections.length;
		const first = await signIn(username);
		const part = await fillSurvey(first, wave, def, { seed: 3, to: 3 });
		assert.equal(part.last, `/survey/${wave}/s/4`);

		// Section 4: one answer, then "Save and come back later".
		const p4 = `/survey/${wave}/s/4`;
		const form4 = formInputs((await first.get(p4)).text, p4);
		const all4 = chooseAnswers(form4, def, { seed: 3 });
		const [k4] = Object.keys(all4);
		const partial = { [k4]: all4[k4] };
		const saved = await first.post(p4, sectionBody(form4.csrf, partial, 'save'));
		assert.equal(saved.status, 303, 'Save and come back later');
		assert.equal(localPath(saved.location), `/survey/${wave}?saved=1`);
		assert.equal(homeStatus((await first.get('/')).text, wave), 'In progress');

		// Another day, another PC: a brand new session.
		const second = await signIn(username);
		assert.notEqual(second.jar.get('chorus_session'), first.jar.get('chorus_session'));
		const start = await second.get(`/survey/${wave}`);
		assert.equal(start.status, 200);
		assert.match(textOf(start.text), /Continue/, 'the first page offers to continue');
		assert.ok(start.text.includes(`href="/survey/${wave}/s/4"`), 'Continue goes to section 4, where they stopped');
		assert.ok(!start.text.includes(`href="/survey/${wave}/s/1"`), 'no Start-from-the-beginning link');
		assert.match(textOf(start.text), PRIVACY);

		for (const { n, path, answers } of part.pages) {
			const form = formInputs((await second.get(path)).text, path);
			assertShows(form, answers, `resumed section ${n}`);
		}
		const again4 = formInputs((await second.get(p4)).text, p4);
		assertShows(again4, partial, 'resumed section 4');
		for (const [k, q] of again4.questions) {
			if (k !== k4) assert.deepEqual(q.checked, [], `section 4: ${k} was not answered and is not ticked`);
		}

		// Carry on from section 4 to the end in the new session and send.
		const rest = await fillSurvey(second, wave, def, { seed: 5, from: 4 });
		assert.equal(rest.last, `/survey/${wave}/check`);
		assert.equal(rest.pages.length, M - 3);

		// Change an answer from the check page: follow its Change link.
		const check = await second.get(`/survey/${wave}/check`);
		const change = check.text.match(new RegExp(`href="(/survey/${wave}/s/(\\d+))#q-([a-z0-9_]+)"`));
		assert.ok(change, 'the check page has Change links');
		const [, cpath, , ckey] = change;
		const cform = formInputs((await second.get(cpath)).text, cpath);
		const cq = cform.questions.get(ckey);
		assert.ok(cq && cq.checked.length === 1, `${ckey} shows its saved answer`);
		const newValue = cq.values.find((v) => v !== cq.checked[0]);
		const current = Object.fromEntries([...cform.questions].filter(([, q]) => q.checked.length || q.type === 'textarea')
			.map(([k, q]) => [k, q.type === 'textarea' ? (q.text ? [q.text] : []) : q.checked]));
		current[ckey] = [newValue];
		const changed = await second.post(cpath, sectionBody(cform.csrf, current));
		assert.equal(changed.status, 303, 'the changed section is accepted');
		const check2 = await second.get(`/survey/${wave}/check`);
		assert.equal(check2.status, 200);

		const { res } = await submitFromCheck(second, wave);
		assert.equal(res.status, 303);
		assert.equal(localPath(res.location), `/survey/${wave}/done`);
		const counts = surveyCounts(wave);
		assert.equal(counts.participation, 1);
		assert.equal(counts.response, 1);
		assert.equal(counts.draft, 0, 'the draft is deleted on submit');
		const expected = { ...part.answers, ...rest.answers, [ckey]: [newValue] };
		assertStored(responseAnswers(responseIds(wave)[0]), expected, def, 'resumed wave');
	});

	test('required, optional and show-if questions', async () => {
		const username = 'k.lloyd';
		const wave = createWave();
		const def = surveyDef(wave);
		const showIf = Object.values(def.byKey).filter((q) => q.showIfKey);
		assert.ok(showIf.length >= 1, 'the survey has at least one show-if question (question.show_if_qkey)');
		const c = await signIn(username);

		// A section of only optional questions can be sent empty; an optional
		// question next to required ones can be left out.
		const optionalOnly = def.sections.find((s) => s.questions.every((q) => !q.required));
		if (optionalOnly) {
			const p = `/survey/${wave}/s/${optionalOnly.position}`;
			const f = formInputs((await c.get(p)).text, p);
			const r = await c.post(p, sectionBody(f.csrf, {}));
			assert.equal(r.status, 303, `the all-optional section ${optionalOnly.position} can be sent empty`);
		}
		const mixed = def.sections.find((s) => s.questions.some((q) => !q.required && !q.showIfKey) && s.questions.some((q) => q.required));
		if (mixed) {
			const p = `/survey/${wave}/s/${mixed.position}`;
			const f = formInputs((await c.get(p)).text, p);
			const opt = mixed.questions.find((q) => !q.required && !q.showIfKey);
			assert.match(textOf((await c.get(p)).text), /\(optional\)/, 'optional questions say so');
			const r = await c.post(p, sectionBody(f.csrf, chooseAnswers(f, def, { overrides: { [opt.qkey]: null } })));
			assert.equal(r.status, 303, `optional ${opt.qkey} can be left out`);
		}
		assert.ok(optionalOnly || mixed, 'the survey has optional questions');

		for (const q of showIf) {
			const trig = def.byKey[q.showIfKey];
			const p = `/survey/${wave}/s/${q.section}`;
			const page = await c.get(p);
			const f = formInputs(page.text, p);
			assert.ok(f.questions.has(q.qkey), `${q.qkey} is on section ${q.section}`);
			const other = otherValue(trig, q.showIfValue);
			const some = f.questions.get(q.qkey).values[0];
			const base = chooseAnswers(f, def, { overrides: { [q.showIfKey]: other, [q.qkey]: null } });
			const label = `${q.qkey} (shown if ${q.showIfKey} = ${q.showIfValue})`;

			// Trigger does not match: the follow-up is not required...
			let r = await c.post(p, sectionBody(f.csrf, base));
			assert.equal(r.status, 303, `${label}: not required when ${q.showIfKey} = ${other}`);

			// ...and an answer to it is dropped.
			r = await c.post(p, sectionBody(f.csrf, { ...base, [q.qkey]: [some] }));
			assert.equal(r.status, 303, `${label}: an answer given anyway is accepted`);
			let shown = formInputs((await c.get(p)).text, p);
			assert.deepEqual(shown.questions.get(q.qkey)?.checked ?? [], [], `${label}: the answer was dropped, not saved`);
			assert.deepEqual(shown.questions.get(q.showIfKey).checked, [other]);
			assert.ok(!new URLSearchParams(draftOf(wave, username)).has(q.qkey), `${label}: the draft has no answer to it`);

			// Trigger matches: the follow-up is required...
			r = await c.post(p, sectionBody(f.csrf, { ...base, [q.showIfKey]: [q.showIfValue] }));
			if (q.required) {
				assert.equal(r.status, 422, `${label}: required when ${q.showIfKey} = ${q.showIfValue}`);
				assert.ok((errorSummary(r.text) || '').includes(`href="#q-${q.qkey}"`), `${label}: the error summary points at it`);
			}
			// ...and kept.
			r = await c.post(p, sectionBody(f.csrf, { ...base, [q.showIfKey]: [q.showIfValue], [q.qkey]: [some] }));
			assert.equal(r.status, 303, `${label}: answered when it applies`);
			shown = formInputs((await c.get(p)).text, p);
			assert.deepEqual(shown.questions.get(q.qkey).checked, [some], `${label}: kept when it applies`);
			assert.ok(new URLSearchParams(draftOf(wave, username)).getAll(q.qkey).includes(some));

			// Changed back (the follow-up still ticked, as a browser sends a
			// hidden radio): accepted, and not applicable any more.
			r = await c.post(p, sectionBody(f.csrf, { ...base, [q.qkey]: [some] }));
			assert.equal(r.status, 303, `${label}: changing ${q.showIfKey} back to ${other} is accepted`);

		}

		// Send the whole survey with every trigger not matching and the
		// follow-ups answered anyway: none of them is stored.
		const overrides = {};
		for (const q of showIf) {
			overrides[q.showIfKey] = otherValue(def.byKey[q.showIfKey], q.showIfValue);
			overrides[q.qkey] = (def.byKey[q.qkey].options[0] ?? SCALES[def.byKey[q.qkey].kind]?.[0] ?? 'x');
		}
		const filled = await fillSurvey(c, wave, def, { seed: 11, overrides });
		const check = await c.get(`/survey/${wave}/check`);
		for (const q of showIf) assert.ok(!check.text.includes(`#q-${q.qkey}"`), `no check row for ${q.qkey}`);
		const { res } = await submitFromCheck(c, wave);
		assert.equal(localPath(res.location), `/survey/${wave}/done`);
		const stored = responseAnswers(responseIds(wave)[0]);
		for (const q of showIf) {
			assert.equal(stored[q.qkey], undefined, `${q.qkey} was not stored (its trigger did not match)`);
			assert.ok(stored[q.showIfKey], `${q.showIfKey} was stored`);
			delete filled.answers[q.qkey];
		}
		assertStored(stored, filled.answers, def, 'show-if wave');
	});

	test('a show-if follow-up is decided by the answer on the page, not by an older saved one', async () => {
		const username = 'k.lloyd';
		const wave = createWave();
		const def = surveyDef(wave);
		const showIf = Object.values(def.byKey).filter((q) => q.showIfKey && def.byKey[q.showIfKey].section === q.section);
		assert.ok(showIf.length >= 1, 'a show-if question with its trigger on the same page');
		const c = await signIn(username);
		for (const q of showIf) {
			const p = `/survey/${wave}/s/${q.section}`;
			const f = formInputs((await c.get(p)).text, p);
			const other = otherValue(def.byKey[q.showIfKey], q.showIfValue);
			const base = chooseAnswers(f, def, { overrides: { [q.showIfKey]: other, [q.qkey]: null } });
			const label = `${q.qkey} (shown if ${q.showIfKey} = ${q.showIfValue})`;
			// "Save and come back later" with the trigger matching and the
			// follow-up not answered yet; later the trigger is changed.
			let r = await c.post(p, sectionBody(f.csrf, { ...base, [q.showIfKey]: [q.showIfValue] }, 'save'));
			assert.equal(r.status, 303, `${label}: save and come back later`);
			assert.equal(localPath(r.location), `/survey/${wave}?saved=1`);
			r = await c.post(p, sectionBody(f.csrf, base));
			assert.equal(r.status, 303, `${label}: after saving with ${q.showIfKey} = ${q.showIfValue} and then answering ${other} on the page, the follow-up must not be required (got ${r.status}: ${textOf(errorSummary(r.text) || '')})`);
			assert.ok(!new URLSearchParams(draftOf(wave, username)).has(q.qkey), `${label}: the draft has no answer to it`);
		}
	});

	test('every validation error shows the error summary and keeps every answer', async () => {
		const username = 'm.begum';
		const wave = createWave();
		const def = surveyDef(wave);
		const c = await signIn(username);
		let errors = 0;

		for (const s of def.sections) {
			const p = `/survey/${wave}/s/${s.position}`;
			const f = formInputs((await c.get(p)).text, p);
			const valid = chooseAnswers(f, def, { seed: s.position });
			const req = s.questions.find((q) => q.required && !q.showIfKey && f.questions.has(q.qkey));
			const text = s.questions.find((q) => q.kind === 'text');
			const cases = [];
			if (req) cases.push({ what: `required ${req.qkey} missing`, key: req.qkey, answers: { ...valid, [req.qkey]: [] }, msg: /Select|Enter/ });
			if (text) {
				const long = 'é<&>"'.repeat(Math.ceil((text.maxlen + 1) / 5)).slice(0, text.maxlen + 1);
				cases.push({ what: `${text.qkey} too long`, key: text.qkey, answers: { ...valid, [text.qkey]: [long] }, msg: /too long/i });
			}
			const radio = s.questions.find((q) => q.kind !== 'text' && q.kind !== 'multi');
			if (radio && s.position === 1) {
				cases.push({ what: `${radio.qkey} not one of the choices`, key: radio.qkey, answers: { ...valid, [radio.qkey]: ['bogus'] }, msg: /Select one of the options/ });
				const vals = f.questions.get(radio.qkey).values;
				cases.push({ what: `${radio.qkey} given twice`, key: radio.qkey, answers: { ...valid, [radio.qkey]: [vals[0], vals[1]] }, msg: /only one/i, twice: true });
			}
			const multi = s.questions.find((q) => q.kind === 'multi' && !q.showIfKey);
			if (multi) {
				cases.push({ what: `${multi.qkey} with a choice that does not exist`, key: multi.qkey, answers: { ...valid, [multi.qkey]: [multi.options[0], 'nonsense'] }, msg: /Select one of the options/ });
			}
			for (const k of cases) {
				const r = await c.post(p, sectionBody(f.csrf, k.answers));
				const label = `section ${s.position}, ${k.what}`;
				assert.equal(r.status, 422, `${label}: 422`);
				assert.equal(r.location, null, `${label}: no redirect`);
				const summary = errorSummary(r.text);
				assert.ok(summary, `${label}: a GOV.UK error summary`);
				assert.match(textOf(summary), /There is a problem/);
				assert.match(textOf(summary), k.msg, `${label}: the message says what is wrong`);
				assert.ok(summary.includes(`href="#q-${k.key}"`), `${label}: the summary links to the question`);
				assert.ok(r.text.includes(`id="q-${k.key}"`), `${label}: the link has a target`);
				assert.match(r.text, /<title>Error: /, `${label}: the title starts with Error:`);
				const back = formInputs(r.text, p);
				assert.ok(back && back.csrf, `${label}: the form comes back`);
				const kept = Object.fromEntries(Object.entries(k.answers).filter(([key, v]) =>
					key !== k.key || (def.byKey[key].kind === 'text' && v.length)));
				assertShows(back, kept, label);
				if (!k.twice && (!text || k.key !== text.qkey)) {
					const want = k.answers[k.key].filter((v) => f.questions.get(k.key).values.includes(v));
					assert.deepEqual([...back.questions.get(k.key).checked].sort(), want.sort(), `${label}: only real choices are ticked`);
				}
				assert.ok(!/<b>"quotes"<\/b>|é<&>"/.test(r.text), `${label}: typed text is escaped`);
				errors++;
			}
		}
		assert.ok(errors >= def.sections.length, `checked ${errors} error states`);
		assert.equal(surveyCounts(wave).response, 0);
	});
});

describe('staff surveys: one submission per person', () => {
	test('a second submission is refused with a clear message and stores nothing', async () => {
		const username = 'l.bennett';
		const { wave, client: c, filled } = await fillFresh(username, {}, { seed: 21 });
		const { fields, res } = await submitFromCheck(c, wave);
		assert.equal(res.status, 303);
		assert.equal(localPath(res.location), `/survey/${wave}/done`);
		const once = surveyCounts(wave);
		assert.deepEqual(once, { participation: 1, response: 1, answer: rowCount(filled.answers), draft: 0 });

		const again = await c.post(`/survey/${wave}/submit`, fields);
		assert.equal(again.status, 303, 'a second POST /submit');
		assert.equal(localPath(again.location), `/survey/${wave}/done?already=1`);
		const already = await c.get(`/survey/${wave}/done?already=1`);
		assert.equal(already.status, 200);
		assert.match(textOf(already.text), /already sent your answers/i);

		const start = await c.get(`/survey/${wave}`);
		assert.match(textOf(start.text), /already sent your answers/i, 'the first page says it was sent');
		assert.ok(!start.text.includes(`href="/survey/${wave}/s/1"`), 'and cannot be reopened');
		const s1 = await c.get(`/survey/${wave}/s/1`);
		assert.equal(s1.status, 303, 'section 1 cannot be reopened');
		assert.equal(localPath(s1.location), `/survey/${wave}/done?already=1`);
		const csrf = fields.csrf;
		const p1 = await c.post(`/survey/${wave}/s/1`, sectionBody(csrf, filled.pages[0].answers));
		assert.equal(p1.status, 303, 'POST to section 1 after submitting');
		assert.equal(localPath(p1.location), `/survey/${wave}/done?already=1`);
		assert.equal((await c.get(`/survey/${wave}/check`)).status, 303, 'no check page after submitting');

		// In a new session too.
		const other = await signIn(username);
		const fresh = await other.csrf('/');
		const r = await other.post(`/survey/${wave}/submit`, { ...fields, csrf: fresh });
		assert.equal(r.status, 303);
		assert.equal(localPath(r.location), `/survey/${wave}/done?already=1`);
		assert.deepEqual(surveyCounts(wave), once, 'still one participation, one response, no draft');
		assert.equal(homeStatus((await other.get('/')).text, wave), 'Submitted');
	});

	test('a double-clicked or replayed POST stores the response exactly once', async () => {
		const { wave, client: c, filled } = await fillFresh('s.ali', {}, { seed: 33 });
		const check = await c.get(`/survey/${wave}/check`);
		const fields = formFields(check.text, `/survey/${wave}/submit`);
		const results = await Promise.all([1, 2, 3].map(() => c.post(`/survey/${wave}/submit`, fields)));
		const where = results.map((r) => `${r.status} ${r.location && localPath(r.location)}`);
		for (const r of results) {
			assert.equal(r.status, 303, `every POST is answered with a redirect: ${where}`);
			assert.match(localPath(r.location), new RegExp(`^/survey/${wave}/done(\\?already=1)?$`), `to the thank-you page: ${where}`);
		}
		assert.ok(results.some((r) => localPath(r.location) === `/survey/${wave}/done`), `one of them is the first: ${where}`);
		const counts = surveyCounts(wave);
		assert.deepEqual(counts, { participation: 1, response: 1, answer: rowCount(filled.answers), draft: 0 },
			'three simultaneous POSTs stored one response');

		const replay = await c.post(`/survey/${wave}/submit`, fields);
		assert.equal(localPath(replay.location), `/survey/${wave}/done?already=1`);
		// A raw replay with the same cookies and body, minutes later, as a proxy might.
		const raw = new Client();
		for (const [k, v] of c.jar) raw.setCookie(k, v);
		const again = await raw.post(`/survey/${wave}/submit`, fields);
		assert.equal(again.status, 303);
		assert.deepEqual(surveyCounts(wave), counts, 'replays stored nothing');
	});

	test('a missing, wrong or stale submit token goes back to the check page and stores nothing', async () => {
		const username = 's.ali';
		const { wave, client: c, def } = await fillFresh(username, {}, { seed: 44 });
		const check = await c.get(`/survey/${wave}/check`);
		const fields = formFields(check.text, `/survey/${wave}/submit`);
		const { submit_token: token, ...noToken } = fields;

		let r = await c.post(`/survey/${wave}/submit`, noToken);
		assert.equal(r.status, 303, 'no submit_token');
		assert.equal(localPath(r.location), `/survey/${wave}/check`);
		r = await c.post(`/survey/${wave}/submit`, { ...fields, submit_token: token.replace(/^./, (x) => (x === 'A' ? 'B' : 'A')) });
		assert.equal(localPath(r.location), `/survey/${wave}/check`, 'a wrong submit_token');

		// Change an answer after the check page was shown: its token is stale.
		const p1 = `/survey/${wave}/s/1`;
		const f1 = formInputs((await c.get(p1)).text, p1);
		const a1 = chooseAnswers(f1, def, { seed: 45 });
		assert.equal((await c.post(p1, sectionBody(f1.csrf, a1))).status, 303);
		r = await c.post(`/survey/${wave}/submit`, fields);
		assert.equal(r.status, 303, 'the old check page after an answer changed');
		assert.equal(localPath(r.location), `/survey/${wave}/check`, 'goes back to check the new answers');
		assert.deepEqual(surveyCounts(wave), { participation: 0, response: 0, answer: 0, draft: 1 }, 'nothing stored, draft kept');

		const { res } = await submitFromCheck(c, wave);
		assert.equal(localPath(res.location), `/survey/${wave}/done`, 'the new check page sends');
		const stored = responseAnswers(responseIds(wave)[0]);
		for (const [k, v] of Object.entries(a1)) assert.deepEqual(stored[k].map((x) => x.value).sort(), [...v].sort(), `the changed ${k} was stored`);
	});
});

describe('staff surveys: who may answer when', () => {
	/* Every way in to a wave this person may not answer: refused, nothing stored. */
	async function assertRefused(c, wave, message, label) {
		const start = await c.get(`/survey/${wave}`);
		assert.equal(start.status, 403, `${label}: GET /survey/${wave}`);
		assert.match(textOf(start.text), message, `${label}: the first page says why`);
		assert.ok(!start.text.includes(`/survey/${wave}/s/1`), `${label}: no Start link`);
		assert.match(textOf(start.text), PRIVACY);
		for (const p of [`/survey/${wave}/s/1`, `/survey/${wave}/check`]) {
			const r = await c.get(p);
			assert.ok(r.status === 303 || r.status === 403, `${label}: GET ${p} is refused (${r.status})`);
			if (r.status === 303) assert.equal(localPath(r.location), `/survey/${wave}`, `${label}: GET ${p} goes to the first page`);
		}
		const def = surveyDef(wave);
		const csrf = await c.csrf('/');
		const answers = {};
		for (const q of def.sections[0].questions) {
			const v = q.options[0] ?? SCALES[q.kind]?.[0];
			if (v) answers[q.qkey] = [v];
		}
		const post = await c.post(`/survey/${wave}/s/1`, sectionBody(csrf, answers));
		assert.ok(post.status === 303 || post.status === 403, `${label}: POST section 1 is refused (${post.status})`);
		if (post.status === 303) assert.equal(localPath(post.location), `/survey/${wave}`);
		const sub = await c.post(`/survey/${wave}/submit`, { csrf, submit_token: 'A'.repeat(43) });
		assert.ok(sub.status === 303 || sub.status === 403, `${label}: POST /submit is refused (${sub.status})`);
		if (sub.status === 303) assert.ok(!/done/.test(sub.location), `${label}: POST /submit does not thank them`);
		assert.deepEqual(surveyCounts(wave), { participation: 0, response: 0, answer: 0, draft: 0 }, `${label}: nothing stored`);
		assert.equal(homeStatus((await c.get('/')).text, wave), null, `${label}: not listed on the home page`);
	}

	test('closed and not-yet-open waves are refused', async () => {
		const c = await signIn('e.robinson');
		const closed = createWave({ opens: -30, closes: -1 });
		await assertRefused(c, closed, /This survey has closed/i, 'closed wave');
		const future = createWave({ opens: 2, closes: 30 });
		await assertRefused(c, future, /not open yet/i, 'not-yet-open wave');

		// The demo's own closed waves too.
		const demoClosed = sqlRows('ctl', `SELECT id FROM ${tbl('wave')} WHERE closes_at <= UTC_TIMESTAMP()
			AND title NOT LIKE 'Test wave%' ORDER BY id`).map((r) => Number(r[0]));
		assert.ok(demoClosed.length >= 1, 'the demo data has closed past waves');
		for (const w of demoClosed) {
			const r = await c.get(`/survey/${w}`);
			assert.equal(r.status, 403, `demo closed wave ${w}`);
			// (e.robinson may be among the generated participants of a past wave)
			assert.match(textOf(r.text), /This survey has closed|already sent your answers/i);
			assert.ok(!r.text.includes(`href="/survey/${w}/s/1"`), `demo closed wave ${w} has no Start link`);
		}
	});

	test('a wave that closes while someone is filling it in takes nothing after closing', async () => {
		const { wave, client: c } = await fillFresh('r.patel', {}, { seed: 55 });
		const check = await c.get(`/survey/${wave}/check`);
		const fields = formFields(check.text, `/survey/${wave}/submit`);
		sqlRows('ctl', `UPDATE ${tbl('wave')} SET closes_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = ${wave}`);
		const r = await c.post(`/survey/${wave}/submit`, fields);
		assert.ok(r.status === 303 || r.status === 403, `POST /submit after closing: ${r.status}`);
		if (r.status === 303) assert.equal(localPath(r.location), `/survey/${wave}`);
		const counts = surveyCounts(wave);
		assert.equal(counts.participation, 0);
		assert.equal(counts.response, 0);
		const start = await c.get(`/survey/${wave}`);
		assert.equal(start.status, 403);
		assert.match(textOf(start.text), /closed/i);
	});

	test('staff outside a wave\'s population are refused; those inside are not', async () => {
		const username = 'o.kowalski';
		const me = staffRow(username);
		const otherTeam = Number(sqlValue('ctl', `SELECT id FROM ${tbl('team')} WHERE id <> ${me.team_id}
			AND service_area_id <> (SELECT service_area_id FROM ${tbl('team')} WHERE id = ${me.team_id}) ORDER BY id LIMIT 1`));
		const otherArea = Number(sqlValue('ctl', `SELECT service_area_id FROM ${tbl('team')} WHERE id = ${otherTeam}`));
		const myArea = Number(sqlValue('ctl', `SELECT service_area_id FROM ${tbl('team')} WHERE id = ${me.team_id}`));
		const c = await signIn(username);

		const teamsWave = createWave({ population: 'teams', teams: [otherTeam] });
		await assertRefused(c, teamsWave, /not for your team/i, `a 'teams' wave for team ${otherTeam}`);
		const areasWave = createWave({ population: 'areas', areas: [otherArea] });
		await assertRefused(c, areasWave, /not for your team/i, `an 'areas' wave for area ${otherArea}`);

		// Someone in that team can answer the teams wave.
		const insider = sqlValue('ctl', `SELECT username FROM ${tbl('staff')} WHERE team_id = ${otherTeam}
			AND password_hash IS NOT NULL AND password_hash <> '!' AND active = 1 ORDER BY id LIMIT 1`);
		assert.ok(insider, `someone in team ${otherTeam} can sign in`);
		const ic = await signIn(insider);
		const ir = await ic.get(`/survey/${teamsWave}`);
		assert.equal(ir.status, 200, `${insider} (in team ${otherTeam}) may answer it`);
		assert.ok(ir.text.includes(`href="/survey/${teamsWave}/s/1"`));
		assert.equal(homeStatus((await ic.get('/')).text, teamsWave), 'Not started');

		// Waves for my own team and my own area are open to me.
		for (const w of [createWave({ population: 'teams', teams: [otherTeam, me.team_id] }),
			createWave({ population: 'areas', areas: [myArea] })]) {
			const r = await c.get(`/survey/${w}`);
			assert.equal(r.status, 200, `wave ${w} includes ${username}`);
			assert.equal(homeStatus((await c.get('/')).text, w), 'Not started');
			assert.equal((await c.get(`/survey/${w}/s/1`)).status, 200);
		}
	});
});

describe('staff surveys: the home page', () => {
	test('shows Not started, then In progress, then Submitted', async () => {
		const username = 'd.evans';
		const title = uniq('Test wave home');
		const wave = createWave({ title });
		const def = surveyDef(wave);
		const c = await signIn(username);
		let home = await c.get('/');
		assert.equal(home.status, 200);
		assert.ok(textOf(home.text).includes(title), 'the wave is listed by its title');
		assert.equal(homeStatus(home.text, wave), 'Not started');

		await fillSurvey(c, wave, def, { to: 1 });
		home = await c.get('/');
		assert.equal(homeStatus(home.text, wave), 'In progress');

		await fillSurvey(c, wave, def, { from: 2 });
		assert.equal(homeStatus((await c.get('/')).text, wave), 'In progress', 'still in progress on the check page');
		const { res } = await submitFromCheck(c, wave);
		assert.equal(localPath(res.location), `/survey/${wave}/done`);
		home = await c.get('/');
		assert.equal(homeStatus(home.text, wave), 'Submitted');
		const link = await c.get(`/survey/${wave}`);
		assert.ok(!link.text.includes(`href="/survey/${wave}/s/1"`), 'a submitted survey cannot be reopened');

		// Someone else still sees it as not started.
		const other = await signIn('k.lloyd');
		assert.equal(homeStatus((await other.get('/')).text, wave), 'Not started', 'statuses are per person');
	});
});
