// The follow-up queue (chorus-staff /followup/): feedback from children
// and families that needs a person. A manager sees their own team's
// follow-ups, urgent first, overdue ones marked, and the urgent ones at
// the top of their home page; a duty worker sees every team's. On an item:
// the feedback and its trail; assign, note, record what was done, and
// close only once an action is recorded; every step is appended with who
// did it, and no earlier step ever changes. Staff without the role, and
// managers of other teams, are refused. `chorusctl purge` removes a
// child's contact details a while after the follow-up closes.
//
// Each test makes its own feedback through /voice/ (from a loopback
// address of this file's own, so the voice rate limit counts it apart)
// with a worker's link code for the team, so no test depends on another.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
	Client, VoiceClient, signIn, textOf, attrs, localPath, chorusctl, uniq, sql, sqlRows, sqlValue, tbl, staffRow,
	voiceDef, voiceForm, voiceAnswers, voiceBody, feedbackRow, followupsOf, followupEvents, voiceLink,
	voiceText, errorSummaryOf,
} from './lib.mjs';

const voice = new VoiceClient();
const CHILD_TEXT = 'I like my foster carer – café & <b>"quotes"</b> <script>x()</script>';

/*
 * Feedback about a team through the public form, that opens a follow-up:
 * kind 'unsafe' (urgent: the "I feel safe" question answered no) or
 * 'complaint' (not urgent). contact: {name, how} to ask to be contacted.
 * Returns {fid, id (the follow-up), team_id, answers, def}.
 */
async function makeFollowup(teamName, kind = 'unsafe', contact = null) {
	const link = voiceLink(teamName);
	const slug = '8-12';
	const def = voiceDef(slug);
	const page = await voice.get(`/voice/form/${slug}?lang=en&t=${link.code}`);
	assert.equal(page.status, 200, 'GET the form');
	const form = voiceForm(page.text, slug);
	const safe = def.questions.find((q) => q.concern === 'no');
	const overrides = kind === 'unsafe' ? { [safe.qkey]: 'no' } : {};
	const answers = voiceAnswers(form, def, { overrides, text: () => CHILD_TEXT });
	const extra = kind === 'complaint' ? { complaint: 1 } : {};
	if (contact) Object.assign(extra, { contact: 1, contact_name: contact.name, contact_how: contact.how });
	const r = await voice.post(`/voice/form/${slug}`, voiceBody(form, answers, extra, page.text));
	assert.equal(r.status, 200, `the feedback was sent: ${textOf(r.text).slice(0, 200)}`);
	const fu = followupsOf(form.hidden.fid);
	assert.equal(fu.length, 1, 'it opened one follow-up');
	assert.equal(fu[0].team_id, link.team_id, 'for the team of the link');
	assert.equal(fu[0].urgent, kind === 'unsafe' || contact !== null);
	return { fid: form.hidden.fid, id: fu[0].id, team_id: link.team_id, answers, def, safe };
}

/* Rows of the follow-up table on /followup/: [{id, cls, text, urgent, overdue}] in order. */
function listRows(html) {
	const tbody = (html.match(/<tbody\b[^>]*>([\s\S]*?)<\/tbody>/i) || [])[1] || '';
	return (tbody.match(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi) || []).map((tr) => {
		const cls = attrs(tr.match(/<tr\b[^>]*>/i)[0]).class || '';
		const id = Number((tr.match(/href="\/followup\/(\d+)"/) || [])[1]);
		return {
			id, cls, text: textOf(tr),
			urgent: /--urgent\b/.test(cls), overdue: /--overdue\b/.test(cls),
		};
	});
}

function status(id) {
	return sqlRows('ctl', `SELECT status, IFNULL(assigned_to, 'NULL'), IFNULL(closed_at, 'NULL') FROM ${tbl('followup')}
		WHERE id = ${Number(id)}`)[0];
}

/* POST a step on a follow-up with the page's csrf token. */
async function step(client, id, fields) {
	const csrf = await client.csrf(`/followup/${id}`);
	return client.post(`/followup/${id}`, { csrf, ...fields });
}

/* The earlier events are exactly as they were: the trail is only ever added to. */
function assertAppended(before, after, added, label) {
	assert.equal(after.length, before.length + added, `${label}: ${added} event(s) added (had ${before.length}, now ${after.length})`);
	assert.deepEqual(after.slice(0, before.length), before, `${label}: no earlier event changed`);
}

/* A new person made with chorusctl; returns a signed-in client. */
async function newPerson(team, roles) {
	const username = uniq('fu').replace(/[^a-z0-9.-]/g, '.');
	const password = `Followup-${uniq('pw')}`;
	const r = chorusctl(['user', 'add', username, '--name', `Test ${roles} ${username}`, '--team', team, '--roles', roles], `${password}\n`);
	assert.equal(r.code, 0, `chorusctl user add: ${r.stderr}${r.stdout}`);
	const client = await signIn(username, password);
	return { username, client };
}

describe('follow-up queue: the list', () => {
	let tm;
	before(async () => {
		tm = await signIn('tm.demo');
	});

	test('a manager sees their team\'s open follow-ups, urgent first, overdue highlighted', async () => {
		const complaint = await makeFollowup('Front Door North', 'complaint');
		const urgent = await makeFollowup('Front Door North', 'unsafe');
		const overdue = await makeFollowup('Front Door North', 'unsafe');
		const elsewhere = await makeFollowup('Front Door South', 'unsafe');
		sqlRows('ctl', `UPDATE ${tbl('followup')} SET due_at = UTC_TIMESTAMP() - INTERVAL 2 HOUR WHERE id = ${overdue.id}`);

		const r = await tm.get('/followup/');
		assert.equal(r.status, 200);
		assert.match(r.ctype, /^text\/html/);
		const rows = listRows(r.text);
		const at = (id) => rows.findIndex((x) => x.id === id);
		for (const f of [complaint, urgent, overdue]) assert.ok(at(f.id) >= 0, `follow-up ${f.id} is listed`);
		assert.equal(at(elsewhere.id), -1, 'another team\'s follow-up is not listed for this manager');
		for (const row of rows) assert.match(row.text, /Front Door North/, `only Front Door North's follow-ups (${row.text})`);

		const firstPlain = rows.findIndex((x) => !x.urgent);
		const lastUrgent = rows.map((x) => x.urgent).lastIndexOf(true);
		assert.ok(firstPlain === -1 || lastUrgent < firstPlain, `every urgent follow-up comes before any other: ${rows.map((x) => (x.urgent ? 'U' : '-')).join('')}`);
		assert.ok(at(urgent.id) < at(complaint.id), 'the urgent follow-up is above the complaint');
		assert.ok(rows[at(urgent.id)].text.includes('Urgent'), 'urgent is said in words, not colour only');
		assert.ok(!rows[at(complaint.id)].text.includes('Urgent'));

		const o = rows[at(overdue.id)];
		assert.ok(o.overdue, `the overdue row is highlighted (class "${o.cls}")`);
		assert.match(o.text, /Overdue/, 'and says Overdue');
		assert.ok(at(overdue.id) < at(urgent.id), 'the overdue urgent one (due first) is above the other urgent one');
		assert.ok(!rows[at(urgent.id)].overdue && !/Overdue/.test(rows[at(urgent.id)].text), 'a follow-up not yet due is not marked overdue');
	});

	test('the manager\'s home page shows urgent follow-ups at the top', async () => {
		const urgent = await makeFollowup('Front Door North', 'unsafe');
		const home = await tm.get('/');
		assert.equal(home.status, 200);
		const banner = home.text.search(/Urgent follow-ups that need action/);
		assert.ok(banner >= 0, 'an urgent banner');
		assert.ok(banner < home.text.search(/<h1\b/), 'above everything else on the page');
		assert.match(home.text, new RegExp(`href="/followup/${urgent.id}"`), 'the follow-up is linked from the home page');
	});

	test('a duty worker sees every team\'s follow-ups', async () => {
		const north = await makeFollowup('Front Door North', 'unsafe');
		const south = await makeFollowup('Front Door South', 'unsafe');
		const { client } = await newPerson('Quality Assurance', 'staff,duty');
		const r = await client.get('/followup/');
		assert.equal(r.status, 200);
		const ids = listRows(r.text).map((x) => x.id);
		assert.ok(ids.includes(north.id) && ids.includes(south.id), 'both teams\' follow-ups are listed');
		assert.equal((await client.get(`/followup/${south.id}`)).status, 200, 'and can be opened');
	});

	test('staff without the manager or duty role are refused', async () => {
		const f = await makeFollowup('Front Door North', 'unsafe');
		const sw = await signIn('sw.demo');
		assert.equal((await sw.get('/followup/')).status, 403, 'GET /followup/');
		assert.equal((await sw.get(`/followup/${f.id}`)).status, 403, `GET /followup/${f.id}`);
		const csrf = await sw.csrf('/');
		const before = followupEvents(f.id);
		assert.equal((await sw.post(`/followup/${f.id}`, { csrf, do: 'note', text: 'from sw' })).status, 403, 'POST a note');
		assert.deepEqual(followupEvents(f.id), before, 'nothing added');
		const anon = await new Client().get('/followup/');
		assert.equal(anon.status, 303, 'signed out: to the sign-in page');
		assert.match(localPath(anon.location), /^\/signin/);
	});

	test('a manager of another team cannot open or act on this team\'s follow-up', async () => {
		const f = await makeFollowup('Front Door North', 'unsafe');
		const mine = await makeFollowup('Front Door South', 'unsafe');
		const { client } = await newPerson('Front Door South', 'staff,manager');
		const list = await client.get('/followup/');
		assert.equal(list.status, 200);
		const ids = listRows(list.text).map((x) => x.id);
		assert.ok(!ids.includes(f.id), 'not listed');
		assert.ok(ids.includes(mine.id), 'their own team\'s is');
		const r = await client.get(`/followup/${f.id}`);
		assert.equal(r.status, 403, `GET /followup/${f.id} as the manager of Front Door South`);
		assert.ok(!textOf(r.text).includes(CHILD_TEXT), 'none of the child\'s words on the refusal');
		const csrf = await client.csrf(`/followup/${mine.id}`);
		const before = followupEvents(f.id);
		for (const fields of [{ do: 'note', text: 'not mine' }, { do: 'action', text: 'not mine' }, { do: 'close' }]) {
			assert.equal((await client.post(`/followup/${f.id}`, { csrf, ...fields })).status, 403, `POST do=${fields.do}`);
		}
		assert.deepEqual(followupEvents(f.id), before, 'nothing added to the trail');
		assert.equal(status(f.id)[0], 'open', 'status unchanged');
	});

	test('unknown follow-ups are 404', async () => {
		assert.equal((await tm.get('/followup/999999999')).status, 404);
		assert.equal((await tm.get('/followup/abc')).status, 404);
		assert.equal((await tm.get('/followup/0')).status, 404);
	});
});

describe('follow-up queue: working an item', () => {
	let tm;
	before(async () => {
		tm = await signIn('tm.demo');
	});

	test('the item shows the feedback and the trail', async () => {
		const f = await makeFollowup('Front Door North', 'unsafe');
		const r = await tm.get(`/followup/${f.id}`);
		assert.equal(r.status, 200);
		const t = textOf(r.text);
		assert.match(t, /Urgent/, 'marked urgent');
		assert.ok(t.includes(voiceText('en', `q.8-12.${f.safe.qkey}`)), 'the "safe" question is shown');
		assert.ok(t.includes(CHILD_TEXT), 'the child\'s own words are shown');
		assert.ok(!r.text.includes('<script>x()</script>') && !r.text.includes('<b>"quotes"</b>'), 'escaped, never as markup');
		assert.ok(t.includes('Front Door North'));
		assert.match(t, /opened/i, 'the trail starts with the opening');
		assert.match(t, /Screening on arrival/, 'by the screening on arrival');
		assert.match(r.text, /name="do" value="assign"/);
		assert.match(r.text, /name="do" value="action"/);
		assert.match(r.text, /name="do" value="close"/);
		assert.equal(r.headers.get('cache-control')?.includes('no-store'), true, 'a child\'s words are never cached');
	});

	test('close without an action: 422 "Record what was done", nothing changes; note without text: 422', async () => {
		const f = await makeFollowup('Front Door North', 'unsafe');
		const ev0 = followupEvents(f.id);
		const st0 = status(f.id);

		const close = await step(tm, f.id, { do: 'close' });
		assert.equal(close.status, 422, 'close with no action recorded');
		assert.match(textOf(close.text), /Record what was done/);
		assert.ok(errorSummaryOf(close.text), 'in an error summary');
		assert.deepEqual(status(f.id), st0, 'status unchanged');
		assert.deepEqual(followupEvents(f.id), ev0, 'nothing added');

		const note = await step(tm, f.id, { do: 'note', text: '' });
		assert.equal(note.status, 422, 'a note with no text');
		assert.ok(errorSummaryOf(note.text), 'error summary');
		const action = await step(tm, f.id, { do: 'action', text: '   ' });
		assert.equal(action.status, 422, 'an action with only spaces');
		const bad = await step(tm, f.id, { do: 'delete' });
		assert.equal(bad.status, 422, 'an unknown step');
		const noone = await step(tm, f.id, { do: 'assign', assignee: '' });
		assert.equal(noone.status, 422, 'assign to nobody');
		assert.deepEqual(followupEvents(f.id), ev0, 'still nothing added');
		assert.deepEqual(status(f.id), st0);

		const noCsrf = await tm.post(`/followup/${f.id}`, { do: 'note', text: 'no token' });
		assert.equal(noCsrf.status, 403, 'a step without the csrf token');
		assert.deepEqual(followupEvents(f.id), ev0);
	});

	test('assign, note, record what was done, close: each appended with who and when, nothing earlier changed', async () => {
		const f = await makeFollowup('Front Door North', 'unsafe');
		const me = staffRow('tm.demo');
		const sw = staffRow('sw.demo');
		let ev = followupEvents(f.id);
		assert.deepEqual(ev.map((e) => e.action), ['opened']);

		let r = await step(tm, f.id, { do: 'assign', assignee: sw.id });
		assert.equal(r.status, 303, `assign: ${textOf(r.text).slice(0, 200)}`);
		assert.equal(localPath(r.location), `/followup/${f.id}`);
		assert.deepEqual(status(f.id).slice(0, 2), ['assigned', String(sw.id)], 'assigned to sw.demo');
		let now = followupEvents(f.id);
		assertAppended(ev, now, 1, 'assign');
		ev = now;

		r = await step(tm, f.id, { do: 'note', text: 'Called the carer, left a message.' });
		assert.equal(r.status, 303, 'note');
		now = followupEvents(f.id);
		assertAppended(ev, now, 1, 'note');
		ev = now;

		const did = 'You said you did not feel safe; we visited the same day and agreed a plan with you.';
		r = await step(tm, f.id, { do: 'action', text: did });
		assert.equal(r.status, 303, 'record what was done');
		now = followupEvents(f.id);
		assertAppended(ev, now, 1, 'action');
		ev = now;
		assert.equal(status(f.id)[0], 'assigned', 'recording an action does not close it');

		r = await step(tm, f.id, { do: 'close' });
		assert.equal(r.status, 303, `close: ${textOf(r.text).slice(0, 200)}`);
		now = followupEvents(f.id);
		assertAppended(ev, now, 1, 'close');
		ev = now;
		const [st, , closedAt] = status(f.id);
		assert.equal(st, 'closed');
		assert.notEqual(closedAt, 'NULL', 'closed_at is set');

		assert.deepEqual(ev.map((e) => [e.action, e.actor_id]), [
			['opened', null], ['assigned', me.id], ['note', me.id], ['action', me.id], ['closed', me.id],
		], 'the trail: who did what');
		assert.equal(ev[3].text, did, 'the action is kept word for word');
		for (const e of ev) assert.match(e.at, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/, 'each step has a time');

		const page = await tm.get(`/followup/${f.id}`);
		assert.equal(page.status, 200);
		const t = textOf(page.text);
		for (const w of ['opened', 'assigned', 'note', 'action', 'closed']) assert.match(t, new RegExp(w, 'i'), `the trail shows ${w}`);
		assert.ok(t.includes(did), 'the page shows what was done');
		assert.ok((t.match(/Tom Marsh/g) || []).length >= 4, 'with who did each step');
		assert.ok(!/name="do"/.test(page.text), 'a closed follow-up offers no more steps');

		const list = await tm.get('/followup/');
		assert.ok(!listRows(list.text).some((x) => x.id === f.id), 'a closed follow-up leaves the queue');
	});

	test('a closed follow-up takes no more steps: a second close or a late assign adds nothing to the trail', async () => {
		const f = await makeFollowup('Front Door North', 'unsafe');
		assert.equal((await step(tm, f.id, { do: 'action', text: 'Done.' })).status, 303);
		assert.equal((await step(tm, f.id, { do: 'close' })).status, 303);
		const ev = followupEvents(f.id);
		const st = status(f.id);
		const again = await step(tm, f.id, { do: 'close' });
		const assign = await step(tm, f.id, { do: 'assign', assignee: staffRow('sw.demo').id });
		assert.deepEqual(status(f.id), st, 'status, assignee and closing time unchanged');
		assert.deepEqual(followupEvents(f.id).map((e) => e.action), ev.map((e) => e.action),
			`no "closed" or "assigned" step is recorded that did not happen (POST close: ${again.status}, assign: ${assign.status})`);
	});

	test('the staff account can append to the trail but never change or remove a step', () => {
		const id = sqlValue('ctl', `SELECT MIN(id) FROM ${tbl('followup_event')}`);
		assert.ok(id, 'there is a step');
		for (const q of [`UPDATE ${tbl('followup_event')} SET text = 'changed' WHERE id = ${id}`,
			`DELETE FROM ${tbl('followup_event')} WHERE id = ${id}`]) {
			const r = sql('staff', q);
			assert.notEqual(r.code, 0, `staff: ${q}`);
			assert.match(r.stderr, /denied/i, `a privilege error: ${r.stderr}`);
		}
	});
});

describe('follow-up queue: contact details are purged', () => {
	test('chorusctl purge removes a child\'s contact details [voice] contact_keep_days after the follow-up closed, not before', async () => {
		const tm = await signIn('tm.demo');
		const who = { name: 'Jamie', how: 'Ask Mrs Patel at school' };
		const old = await makeFollowup('Front Door North', 'complaint', who);
		const recent = await makeFollowup('Front Door North', 'complaint', who);
		const open = await makeFollowup('Front Door North', 'complaint', who);
		for (const f of [old, recent, open]) {
			const row = feedbackRow(f.fid);
			assert.deepEqual([row.contact_name, row.contact_how], [who.name, who.how], 'contact details stored');
		}
		const page = await tm.get(`/followup/${old.id}`);
		assert.ok(textOf(page.text).includes(who.how), 'the manager sees how to reach them');
		for (const f of [old, recent]) {
			assert.equal((await step(tm, f.id, { do: 'action', text: 'Spoke to Jamie at school.' })).status, 303);
			assert.equal((await step(tm, f.id, { do: 'close' })).status, 303);
		}
		sqlRows('ctl', `UPDATE ${tbl('followup')} SET closed_at = UTC_TIMESTAMP() - INTERVAL 40 DAY WHERE id = ${old.id}`);
		sqlRows('ctl', `UPDATE ${tbl('followup')} SET closed_at = UTC_TIMESTAMP() - INTERVAL 10 DAY WHERE id = ${recent.id}`);

		const r = chorusctl(['purge']);
		assert.equal(r.code, 0, `chorusctl purge: ${r.stderr}${r.stdout}`);
		const gone = feedbackRow(old.fid);
		assert.equal(gone.contact_name, null, 'the name is gone 40 days after closing');
		assert.equal(gone.contact_how, null, 'and the way to reach them');
		assert.equal(gone.wants_contact, true, 'that they asked is kept');
		assert.equal(followupEvents(old.id).length, 3, 'the trail is kept');
		for (const f of [recent, open]) {
			const row = feedbackRow(f.fid);
			assert.deepEqual([row.contact_name, row.contact_how], [who.name, who.how],
				`kept for a follow-up ${f === open ? 'still open' : 'closed 10 days ago'}`);
		}
		const after = await tm.get(`/followup/${old.id}`);
		assert.equal(after.status, 200);
		assert.ok(!textOf(after.text).includes(who.how), 'the item no longer shows them');
	});
});
