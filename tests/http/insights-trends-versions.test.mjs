// Insights trends across survey versions (the ungrouped score read,
// helper E): a question keeps its key from one version to the next while
// its id changes, so the trend page and its CSV must put both versions'
// answers on one row, worded as the newest version words it; and a team
// merged after the rollup still reports under the team it merged into.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signIn, chorusctl, sqlRows, sqlValue, tbl, createWave, uniq, DEMO_PASSWORD } from './lib.mjs';
import { csvObjects, favourable, makeSurvey, makeArea, addResponses, rollup } from './insights-lib.mjs';

let s, s2, area, wa, wb, hr;
const V1 = [5, 4, 4, 2, 1, 5];	/* wl answers in wave A (version 1) */
const V2 = [5, 5, 5, 4, 2, 3, 1];	/* wl answers in wave B (version 2) */
const MERGED = [4, 4, 5, 1, 2];	/* wl answers in wave B from the team merged away */

/* Import version 2 of survey s: the same keys, wl worded anew. */
function importVersion2(s) {
	const dir = mkdtempSync(path.join(tmpdir(), 'chorus-insv-'));
	const file = path.join(dir, `${s.slug}.survey`);
	const out = chorusctl(['survey', 'export', s.slug]);
	assert.equal(out.code, 0, out.stderr);
	const text = out.stdout.replace(/^version: 1$/m, 'version: 2')
		.replace(s.text.wl, `${s.text.wl} (reworded)`);
	writeFileSync(file, text);
	const r = chorusctl(['survey', 'import', file]);
	assert.equal(r.code, 0, `${r.stderr}${r.stdout}`);
	const version = Number(sqlValue('ctl', `SELECT v.id FROM ${tbl('survey_version')} v
		WHERE v.survey_id = ${s.survey} AND v.version = 2`));
	const q = {};
	const words = {};
	for (const [id, key, t] of sqlRows('ctl', `SELECT id, qkey, text FROM ${tbl('question')} WHERE survey_version_id = ${version}`)) {
		q[key] = Number(id);
		words[key] = t;
	}
	return { ...s, version, q, text: words };
}

before(async () => {
	s = makeSurvey();
	area = makeArea([8, 8, 6]);
	wa = createWave({ survey: s.slug, title: uniq('Insv wave A'), opens: -60, closes: -50 });
	s2 = importVersion2(s);
	assert.notEqual(s2.q.wl, s.q.wl, 'version 2 has questions of its own');
	wb = createWave({ survey: s.slug, title: uniq('Insv wave B'), opens: -20, closes: -10 });
	const answers = (wl) => wl.map((v) => ({ wl: v, sup: 4, rec: 9 }));
	addResponses(s, wa, area.teams[0].id, answers(V1));
	addResponses(s, wa, area.teams[1].id, answers(V1));
	addResponses(s2, wb, area.teams[0].id, answers(V2));
	addResponses(s2, wb, area.teams[1].id, answers(V2));
	addResponses(s2, wb, area.teams[2].id, answers(MERGED));
	rollup();
	hr = await signIn('hr.demo', DEMO_PASSWORD);
});

test('a question keeps its row across survey versions, worded as the newest version', async () => {
	const r = await hr.get(`/insights/trends.csv?survey=${s.survey}&team=${area.teams[0].id}`);
	assert.equal(r.status, 200);
	const rows = csvObjects(r.text).filter((x) => x.Group === area.teams[0].name && x.Measure === 'Percent favourable');
	const wl = rows.filter((x) => x.Question === s2.text.wl);
	assert.equal(wl.length, 2, 'one row per wave for the reworded question');
	assert.equal(rows.filter((x) => x.Question === s.text.wl).length, 0, 'no row under the old words');
	assert.deepEqual(wl.map((x) => Number(x.Value)), [favourable(V1), favourable(V2)]);
	assert.equal(Number(wl[1]['Change since previous wave']), favourable(V2) - favourable(V1));
});

test('a team merged after the rollup reports its figures under the surviving team', async () => {
	const [t1, , t3] = area.teams;
	sqlRows('ctl', `UPDATE ${tbl('team')} SET merged_into_id = ${t1.id}, merged_on = UTC_DATE(), closed_on = UTC_DATE()
		WHERE id = ${t3.id}`);
	try {
		const r = await hr.get(`/insights/trends.csv?survey=${s.survey}&team=${t1.id}`);
		assert.equal(r.status, 200);
		const rows = csvObjects(r.text);
		const wl = rows.filter((x) => x.Group === t1.name && x.Question === s2.text.wl);
		assert.deepEqual(wl.map((x) => Number(x.Value)), [favourable(V1), favourable([...V2, ...MERGED])]);
		assert.equal(rows.filter((x) => x.Group === t3.name).length, 0, 'the merged team has no rows of its own');
	} finally {
		sqlRows('ctl', `UPDATE ${tbl('team')} SET merged_into_id = NULL, merged_on = NULL, closed_on = NULL
			WHERE id = ${t3.id}`);
	}
});
