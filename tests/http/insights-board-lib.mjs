// Shared by the Insights voice, standards and board tests (helper B2):
// a service area and teams of their own, feedback, follow-ups and audit
// decisions written straight into the test stack's database for months
// long past (so no other test's data is in them), and an independent
// implementation of the suppression rules to compute what must be shown.
import { randomBytes } from 'node:crypto';
import { sqlRows, sqlValue, sqlq, tbl, uniq, readConf, textOf } from './lib.mjs';

/* The reporting threshold of the stack (never below 3). */
export function threshold() {
	const t = Number(readConf().privacy?.threshold ?? 5);
	return Math.max(3, t);
}

/* A new service area with teams: {area, areaName, teams: {key: {id, name}}}. */
export function makeArea(prefix, teamKeys) {
	const areaName = `${uniq(prefix)} area`;
	const area = Number(sqlValue('ctl', `INSERT INTO ${tbl('service_area')} (name) VALUES (${sqlq(areaName)});
		SELECT LAST_INSERT_ID();`));
	const teams = {};
	for (const k of teamKeys) {
		const name = `${uniq(prefix)} ${k}`;
		const id = Number(sqlValue('ctl', `INSERT INTO ${tbl('team')} (service_area_id, name)
			VALUES (${area}, ${sqlq(name)}); SELECT LAST_INSERT_ID();`));
		teams[k] = { id, name };
	}
	return { area, areaName, teams };
}

/* Question ids of a voice form by qkey, with kind and topic. */
export function formQuestions(slug) {
	const out = {};
	for (const [id, qkey, kind, topic] of sqlRows('ctl', `SELECT q.id, q.qkey, q.kind, q.topic
		FROM ${tbl('voice_question')} q JOIN ${tbl('voice_form')} f ON f.id = q.form_id
		WHERE f.slug = ${sqlq(slug)} ORDER BY q.position`)) out[qkey] = { id: Number(id), kind, topic };
	return out;
}

/*
 * Feedback rows: [{team, slug, on: 'YYYY-MM-DD', answers: {qkey: value}}],
 * written in one statement batch. Contact details and free text are filled
 * in too, so a test can show the insights account cannot read them.
 */
export function addFeedback(items) {
	const stmts = [];
	const forms = {};
	for (const it of items) {
		forms[it.slug] ??= formQuestions(it.slug);
		const fid = randomBytes(16).toString('hex');
		const team = it.team === null ? 'NULL' : Number(it.team);
		stmts.push(`INSERT INTO ${tbl('feedback')} (id, form_id, team_id, lang, received_on, wants_contact, contact_name, contact_how)
			SELECT UNHEX('${fid}'), id, ${team}, 'en', '${it.on}', 1, 'Secret Child Name', 'secret-phone-0700'
			FROM ${tbl('voice_form')} WHERE slug = ${sqlq(it.slug)}`);
		for (const [qkey, value] of Object.entries(it.answers)) {
			const q = forms[it.slug][qkey];
			if (!q) throw new Error(`no question ${qkey} in ${it.slug}`);
			const text = q.kind === 'text' ? sqlq(value) : 'NULL';
			stmts.push(`INSERT INTO ${tbl('feedback_answer')} (feedback_id, question_id, value, text)
				VALUES (UNHEX('${fid}'), ${q.id}, ${sqlq(q.kind === 'text' ? 'text' : value)}, ${text})`);
		}
	}
	for (let i = 0; i < stmts.length; i += 200) sqlRows('ctl', stmts.slice(i, i + 200).join(';\n'));
}

/*
 * Follow-ups: [{team, opened: 'YYYY-MM-DD HH:MM:SS', due, closed (or null),
 * actMin (minutes to the first assignment, or null)}]. They are marked as
 * already notified so no mail is sent for them.
 */
export function addFollowups(items) {
	for (const it of items) {
		const status = it.closed ? 'closed' : 'open';
		const closed = it.closed ? sqlq(it.closed) : 'NULL';
		const id = Number(sqlValue('ctl', `INSERT INTO ${tbl('followup')} (team_id, urgent, status, opened_at, due_at, reason, notified_at, closed_at)
			VALUES (${it.team}, 1, '${status}', ${sqlq(it.opened)}, ${sqlq(it.due)}, 'insights test', ${sqlq(it.opened)}, ${closed});
			SELECT LAST_INSERT_ID();`));
		const ev = [`(${id}, ${sqlq(it.opened)}, NULL, 'opened', 'screened')`];
		if (it.noteMin != null) ev.push(`(${id}, ${sqlq(it.opened)} + INTERVAL ${it.noteMin} MINUTE, NULL, 'note', 'a note only')`);
		if (it.actMin != null) ev.push(`(${id}, ${sqlq(it.opened)} + INTERVAL ${it.actMin} MINUTE, NULL, 'assigned', 'picked up')`);
		if (it.actMin != null) ev.push(`(${id}, ${sqlq(it.opened)} + INTERVAL ${it.actMin + 500} MINUTE, NULL, 'action', 'called')`);
		sqlRows('ctl', `INSERT INTO ${tbl('followup_event')} (followup_id, at, actor_id, action, text) VALUES ${ev.join(', ')}`);
	}
}

/*
 * The suppression rules of cgi/core/suppress.h, written again from their
 * description so the test does not trust the program's own code. cells:
 * [{n, parent}] parents first; returns [bool hidden].
 */
export function suppress(cells, t) {
	const hidden = cells.map(() => false);
	const kids = (p) => cells.map((c, i) => i).filter((i) => cells[i].parent === p);
	const hasParts = (i) => kids(i).length > 0;
	let changed = true;
	while (changed) {
		changed = false;
		const hide = (i) => { if (!hidden[i]) { hidden[i] = true; changed = true; } };
		cells.forEach((c, i) => { if (c.n > 0 && c.n < t) hide(i); });
		for (let p = 0; p < cells.length; p++) {
			const parts = kids(p);
			if (!parts.length) continue;
			const hid = () => parts.filter((i) => hidden[i] && cells[i].n > 0);
			const ok = () => { const h = hid(); return h.length === 0 || (h.length >= 2 && h.reduce((s, i) => s + cells[i].n, 0) >= t); };
			if (hidden[p] && hid().length === 0) {
				const cand = parts.filter((i) => !hidden[i] && cells[i].n > 0);
				if (cand.length) hide(cand.sort((a, b) => (hasParts(a) - hasParts(b)) || cells[a].n - cells[b].n)[0]);
				else if (parts.some((i) => cells[i].n > 0)) { /* nothing to hide */ }
			}
			while (!ok()) {
				const cand = parts.filter((i) => !hidden[i] && cells[i].n > 0)
					.sort((a, b) => (hasParts(a) - hasParts(b)) || cells[a].n - cells[b].n);
				if (!cand.length) { hide(p); break; }
				hide(cand[0]);
			}
		}
	}
	return hidden;
}

/* "42%" as the pages round it: half up. */
export function pct(num, den) {
	return den > 0 ? `${Math.floor((num * 200 + den) / (den * 2))}%` : '';
}

/* The rows of a table (by id) as arrays of cell texts, header row first. */
export function tableRows(html, id) {
	const m = html.match(new RegExp(`<table\\b[^>]*id="${id}"[^>]*>([\\s\\S]*?)</table>`));
	if (!m) return null;
	return (m[1].match(/<tr\b[^>]*>[\s\S]*?<\/tr>/g) || []).map((tr) =>
		(tr.match(/<t[hd]\b[^>]*>[\s\S]*?<\/t[hd]>/g) || []).map((c) => textOf(c)));
}

/* The row of a table whose first cells are these (month, group), or null. */
export function rowOf(rows, ...keys) {
	return rows.find((r) => keys.every((k, i) => r[i] === k)) ?? null;
}

/* RFC 4180 parse: rows of fields. */
export function parseCsv(text) {
	text = text.replace(/^\uFEFF/, "");
	const rows = [];
	let row = [], field = '', i = 0, quoted = false;
	while (i < text.length) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
			if (ch === '"') { quoted = false; i++; continue; }
			field += ch; i++; continue;
		}
		if (ch === '"' && field === '') { quoted = true; i++; continue; }
		if (ch === ',') { row.push(field); field = ''; i++; continue; }
		if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
		field += ch; i++;
	}
	if (field !== '' || row.length) { row.push(field); rows.push(row); }
	return rows;
}

/* "March 2020" for "2020-03". */
export function monthName(ym) {
	const [y, m] = ym.split('-').map(Number);
	return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`;
}

/*
 * Suppression over the whole service, as the reports decide it, from
 * per-team counts read as root: rows [[team id, area id, n]]. Returns
 * {root, area: {id: hidden}, team: {id: hidden}}. Used where other tests'
 * data shares the months (this month's sign-offs and audits), since a
 * small group anywhere can hide one of ours by complementary suppression.
 */
export function serviceHidden(rows, t) {
	const cells = [{ n: 0, parent: -1 }];
	const areaIdx = new Map();
	for (const [, area] of rows) {
		if (Number(area) !== 0 && !areaIdx.has(Number(area))) {
			areaIdx.set(Number(area), cells.length);
			cells.push({ n: 0, parent: 0 });
		}
	}
	const teamIdx = new Map();
	for (const [team, area, n] of rows) {
		const p = Number(area) === 0 ? 0 : areaIdx.get(Number(area));
		teamIdx.set(Number(team), cells.length);
		cells.push({ n: Number(n), parent: p });
		cells[0].n += Number(n);
		if (p !== 0) cells[p].n += Number(n);
	}
	const h = suppress(cells, t);
	return {
		root: h[0],
		area: Object.fromEntries([...areaIdx].map(([id, i]) => [id, h[i]])),
		team: Object.fromEntries([...teamIdx].map(([id, i]) => [id, h[i]])),
	};
}
