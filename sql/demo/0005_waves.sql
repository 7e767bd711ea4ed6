-- Demo survey waves and generated answers, so reports and trends have data.
--
-- Waves (all staff, anonymity threshold 5), dated from today so the demo
-- always looks current:
--   Health Check, Spring 2026   closed, opened 220 days ago for 25 days
--   Health Check, Autumn 2026   open, opened 14 days ago, closes in 30 days
--   Pulse, Q2 2026              closed, opened 175 days ago for 20 days
--   Pulse, Q3 2026              closed, opened 80 days ago for 20 days
--   Pulse, Q4 2026              open, opened 14 days ago, closes in 30 days
-- Each wave is made once, found by its title. An open wave that has closed
-- or is about to close is moved on again when this file is loaded.
--
-- Each closed wave gets generated answers: in every team 60 to 75 percent
-- of the active staff take part. Who took part (participation) and what
-- was said (response, answer) are generated separately: the responses of
-- a team are only as many as its participants, with the same mix of
-- managers and practitioners, never one per person. A response id is 16
-- random bytes. Answers lean by team (Front Door South and Assessment and
-- Intervention East are under the most pressure, Leaving Care and the
-- reviewing and leadership teams the least), by role, and by wave: things
-- get a little better from the spring health check to the Q2 pulse and
-- more by Q3, most of all in Front Door South after its extra recruitment.
-- A closed wave that already has participation or responses is left
-- alone, so loading this file twice changes nothing.
-- No semicolons inside comments or strings and no quote marks inside
-- comments: one statement per semicolon, for a simple statement splitter.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;

DROP TEMPORARY TABLE IF EXISTS demo_wave, demo_gen, demo_team, demo_q,
    demo_opt, demo_cum, demo_comment, demo_seq, demo_resp, demo_pair;

CREATE TEMPORARY TABLE demo_wave (
	title		VARCHAR(200) NOT NULL PRIMARY KEY,
	slug		VARCHAR(64) NOT NULL,
	version		INT UNSIGNED NOT NULL,
	opens_ago	INT NOT NULL,	-- days before today
	closes_ago	INT NOT NULL,	-- negative: days after today
	lift		DOUBLE NOT NULL,	-- how much better than the first wave
	generate	TINYINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_wave VALUES
	('Health Check — Spring 2026', 'health-check', 1, 220, 195, 0.00, 1),
	('Health Check — Autumn 2026', 'health-check', 1, 14, -30, 0.00, 0),
	('Pulse — Q2 2026', 'pulse', 1, 175, 155, 0.10, 1),
	('Pulse — Q3 2026', 'pulse', 1, 80, 60, 0.30, 1),
	('Pulse — Q4 2026', 'pulse', 1, 14, -30, 0.00, 0);

INSERT INTO wave (survey_version_id, title, opens_at, closes_at, population,
    threshold)
SELECT sv.id, d.title,
	CAST(UTC_DATE() AS DATETIME) - INTERVAL d.opens_ago DAY + INTERVAL 9 HOUR,
	CAST(UTC_DATE() AS DATETIME) - INTERVAL d.closes_ago DAY + INTERVAL 17 HOUR,
	'all', 5
FROM demo_wave d
JOIN survey s ON s.slug = d.slug
JOIN survey_version sv ON sv.survey_id = s.id AND sv.version = d.version
WHERE NOT EXISTS (SELECT 1 FROM wave w WHERE w.title = d.title)
ORDER BY d.opens_ago DESC;

UPDATE wave w
JOIN demo_wave d ON d.title = w.title AND d.generate = 0
SET w.opens_at = CAST(UTC_DATE() AS DATETIME) - INTERVAL d.opens_ago DAY + INTERVAL 9 HOUR,
    w.closes_at = CAST(UTC_DATE() AS DATETIME) - INTERVAL d.closes_ago DAY + INTERVAL 17 HOUR
WHERE w.closes_at < UTC_TIMESTAMP() + INTERVAL 7 DAY;

-- The closed waves still to be filled in.
CREATE TEMPORARY TABLE demo_gen (
	wave_id		INT UNSIGNED NOT NULL PRIMARY KEY,
	version_id	INT UNSIGNED NOT NULL,
	lift		DOUBLE NOT NULL
) ENGINE=InnoDB;

INSERT INTO demo_gen (wave_id, version_id, lift)
SELECT w.id, w.survey_version_id, d.lift
FROM wave w
JOIN demo_wave d ON d.title = w.title AND d.generate = 1
WHERE w.closes_at < UTC_TIMESTAMP()
AND NOT EXISTS (SELECT 1 FROM response r WHERE r.wave_id = w.id)
AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.wave_id = w.id);

-- How each team leans (on the 1 to 5 agreement scale) and how strongly it
-- improves from wave to wave.
CREATE TEMPORARY TABLE demo_team (
	team		VARCHAR(120) NOT NULL PRIMARY KEY,
	lean		DOUBLE NOT NULL,
	trend		DOUBLE NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_team VALUES
	('Front Door North', 0.05, 1.0),
	('Front Door South', -0.55, 2.2),
	('Assessment and Intervention East', -0.35, 0.4),
	('Children Looked After 1', 0.15, 1.0),
	('Children Looked After 2', -0.10, 1.0),
	('Leaving Care', 0.35, 0.8),
	('Disabled Children West', 0.20, 1.0),
	('Safeguarding and Reviewing', 0.30, 0.8),
	('Quality Assurance', 0.20, 1.0),
	('Workforce and Business Systems', 0.05, 1.0),
	('Service Leadership', 0.45, 0.5);

-- Per question: the average agreement (base), for yes/no questions the
-- chance of yes at an average mood (yes_at) and how mood moves it
-- (yes_slope), and for optional questions how many answer (rate).
CREATE TEMPORARY TABLE demo_q (
	qkey		VARCHAR(64) NOT NULL PRIMARY KEY,
	base		DOUBLE NOT NULL DEFAULT 3.4,
	yes_at		DOUBLE NOT NULL DEFAULT 0.5,
	yes_slope	DOUBLE NOT NULL DEFAULT 0.1,
	rate		DOUBLE NOT NULL DEFAULT 1.0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_q (qkey, base) VALUES
	('workload_manageable', 2.7), ('caseload_safe', 2.8),
	('allocation_fair', 3.2), ('time_direct_work', 2.6),
	('supervision_regular', 3.5), ('supervision_reflective', 3.2),
	('supervision_recorded', 3.4), ('decision_quick', 3.3),
	('training_access', 3.6), ('cpd_time', 2.9),
	('practice_standards', 4.0), ('feel_valued', 3.2),
	('stress_manageable', 2.7), ('work_life', 2.9),
	('wellbeing_support', 3.6), ('leaders_visible', 2.8),
	('leaders_listen', 2.7), ('change_explained', 2.9),
	('change_supported', 2.8), ('improving_confident', 3.3),
	('it_reliable', 2.5), ('recording_system', 2.3),
	('treated_fairly', 3.9), ('speak_up', 3.4), ('recommend', 3.2);

INSERT INTO demo_q (qkey, yes_at, yes_slope) VALUES
	('appraisal', 0.72, 0.10), ('remote_access', 0.86, 0.05),
	('bullying', 0.10, -0.06), ('considering_leaving', 0.32, -0.20);

INSERT INTO demo_q (qkey, rate) VALUES
	('training_wanted', 0.75), ('change_one_thing', 0.18),
	('comments', 0.13);

-- Weights of the choices of single and multi questions, listed from the
-- best answer to the worst: a low mood moves the pick down the list.
CREATE TEMPORARY TABLE demo_opt (
	qkey		VARCHAR(64) NOT NULL,
	value		VARCHAR(64) NOT NULL,
	w		INT NOT NULL,
	seq		INT NOT NULL AUTO_INCREMENT,	-- the order listed
	PRIMARY KEY (qkey, value),
	KEY (seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_opt (qkey, value, w) VALUES
	('caseload_count', 'none', 6), ('caseload_count', '1_10', 8),
	('caseload_count', '11_15', 22), ('caseload_count', '16_20', 30),
	('caseload_count', '21_25', 22), ('caseload_count', 'over_25', 12),
	('supervision_cancelled', 'never', 25),
	('supervision_cancelled', 'once_twice', 38),
	('supervision_cancelled', 'three_five', 20),
	('supervision_cancelled', 'most_times', 9),
	('supervision_cancelled', 'no_supervision', 8),
	('team_morale', 'very_good', 10), ('team_morale', 'good', 32),
	('team_morale', 'fair', 30), ('team_morale', 'poor', 20),
	('team_morale', 'very_poor', 8),
	('recording_time', 'under_quarter', 8),
	('recording_time', 'quarter_half', 30),
	('recording_time', 'half_three_quarters', 40),
	('recording_time', 'over_three_quarters', 22),
	('bullying_reported', 'yes_dealt', 30),
	('bullying_reported', 'yes_not_dealt', 25),
	('bullying_reported', 'no', 35), ('bullying_reported', 'rather_not', 10),
	('plans_12m', 'stay', 58), ('plans_12m', 'move_internal', 10),
	('plans_12m', 'unsure', 11), ('plans_12m', 'retire', 3),
	('plans_12m', 'leave_council', 8), ('plans_12m', 'leave_agency', 6),
	('plans_12m', 'leave_profession', 4),
	('training_wanted', 'trauma_informed', 25),
	('training_wanted', 'court_skills', 20),
	('training_wanted', 'direct_work', 18),
	('training_wanted', 'analytical_recording', 15),
	('training_wanted', 'supervising', 8),
	('training_wanted', 'leadership', 8), ('training_wanted', 'other', 6),
	('leave_reasons', 'workload', 30), ('leave_reasons', 'pay', 15),
	('leave_reasons', 'agency_rates', 10),
	('leave_reasons', 'supervision', 10),
	('leave_reasons', 'progression', 8), ('leave_reasons', 'stress', 15),
	('leave_reasons', 'change', 6), ('leave_reasons', 'travel', 3),
	('leave_reasons', 'personal', 3), ('leave_reasons', 'other', 2);

-- Each choice as a slice [lo, hi) of 0 to 1, in the order of demo_opt
-- (best first, then any choice it does not list), for the generated
-- waves only.
CREATE TEMPORARY TABLE demo_cum (
	question_id	INT UNSIGNED NOT NULL,
	value		VARCHAR(64) NOT NULL,
	lo		DOUBLE NOT NULL,
	hi		DOUBLE NOT NULL,
	PRIMARY KEY (question_id, value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_cum (question_id, value, lo, hi)
SELECT question_id, value, (cum - w) / total, IF(cum = total, 1.0, cum / total)
FROM (
	SELECT o.question_id, o.value, COALESCE(d.w, 1) AS w,
	    SUM(COALESCE(d.w, 1)) OVER (PARTITION BY o.question_id
		ORDER BY COALESCE(d.seq, 100000 + o.position)) AS cum,
	    SUM(COALESCE(d.w, 1)) OVER (PARTITION BY o.question_id) AS total
	FROM question_option o
	JOIN question q ON q.id = o.question_id
	JOIN (SELECT DISTINCT version_id FROM demo_gen) g
	    ON g.version_id = q.survey_version_id
	LEFT JOIN demo_opt d ON d.qkey = q.qkey AND d.value = o.value
) c;

CREATE TEMPORARY TABLE demo_comment (
	pool		VARCHAR(16) NOT NULL,
	tone		TINYINT NOT NULL,	-- 0 unhappy, 1 content
	i		INT NOT NULL,
	text		VARCHAR(500) NOT NULL,
	PRIMARY KEY (pool, tone, i)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_comment VALUES
	('change', 0, 0, 'Smaller caseloads, so I have time to see children properly and not just do the statutory visits.'),
	('change', 0, 1, 'Supervision that happens when it is booked. Mine has been moved three times since the summer.'),
	('change', 0, 2, 'A recording system that does not freeze halfway through an assessment.'),
	('change', 0, 3, 'More business support for minutes, letters and booking rooms for meetings.'),
	('change', 0, 4, 'Fewer changes of manager. We have had four team managers in two years.'),
	('change', 0, 5, 'Laptops that connect from home and from the family centres without a fight.'),
	('change', 0, 6, 'Protected time for training instead of fitting it round duty weeks.'),
	('change', 0, 7, 'Somewhere to park near the office on court days.'),
	('change', 0, 8, 'Less copying the same information between the assessment, the plan and the chronology.'),
	('change', 0, 9, 'Clearer thresholds between early help and the front door, so families are not passed back and forth.'),
	('change', 0, 10, 'A proper first year for newly qualified social workers, with a protected caseload.'),
	('change', 0, 11, 'Senior managers spending a day with the team to see what the work is really like.'),
	('general', 0, 0, 'I love the work but my caseload is not safe and I worry about what I am missing.'),
	('general', 0, 1, 'Morale in our team is low. People keep leaving and children keep getting new social workers.'),
	('general', 0, 2, 'When I raise concerns about workload nothing seems to change.'),
	('general', 0, 3, 'Too many changes at once. We hear about new processes on the day they start.'),
	('general', 0, 4, 'Agency colleagues are paid much more for the same work, which is hard to accept.'),
	('general', 0, 5, 'The IT problems cost me hours every week, especially working from home.'),
	('general', 1, 0, 'My team manager is supportive and always makes time for me.'),
	('general', 1, 1, 'Things feel better than a year ago. Supervision is more regular and more reflective.'),
	('general', 1, 2, 'The Practice Standards have made it much clearer what good looks like.'),
	('general', 1, 3, 'Good team and a good manager. The workload is still high but we look after each other.'),
	('general', 1, 4, 'I am proud of the work we do with families here.'),
	('general', 1, 5, 'The training this year has been really good, especially the trauma-informed practice sessions.');

CREATE TEMPORARY TABLE demo_seq (
	n		INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;

INSERT INTO demo_seq (n)
WITH RECURSIVE s (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 200)
SELECT n FROM s;

-- The generated responses before they are stored: id, where they come
-- from, and the respondent's lean (team, wave, role and personal mood).
CREATE TEMPORARY TABLE demo_resp (
	id		BINARY(16) NOT NULL PRIMARY KEY,
	wave_id		INT UNSIGNED NOT NULL,
	version_id	INT UNSIGNED NOT NULL,
	team_id		INT UNSIGNED NOT NULL,
	role_group	VARCHAR(16) NOT NULL,
	lean		DOUBLE NOT NULL
) ENGINE=InnoDB;

-- One row per response and question: the lean plus noise (m), three
-- random numbers for the picks (u, v, w), the answer chosen, and whether
-- the question is shown (its show-if rule, if any, holds).
CREATE TEMPORARY TABLE demo_pair (
	resp_id		BINARY(16) NOT NULL,
	question_id	INT UNSIGNED NOT NULL,
	qkey		VARCHAR(64) NOT NULL,
	kind		VARCHAR(16) NOT NULL,
	show_q		INT UNSIGNED NULL,
	show_v		VARCHAR(64) NULL,
	base		DOUBLE NOT NULL,
	m		DOUBLE NOT NULL,
	u		DOUBLE NOT NULL,
	v		DOUBLE NOT NULL,
	w		DOUBLE NOT NULL,
	value		VARCHAR(64) NULL,
	num		TINYINT NULL,
	comment		TEXT NULL,
	shown		TINYINT NOT NULL DEFAULT 0,
	PRIMARY KEY (resp_id, question_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

START TRANSACTION;

-- Who took part: in each team of each generated wave, a random 60 to 75
-- percent of the active staff.
INSERT INTO participation (wave_id, staff_id)
SELECT wave_id, staff_id FROM (
	SELECT g.wave_id, s.id AS staff_id,
	    ROW_NUMBER() OVER (PARTITION BY g.wave_id, s.team_id ORDER BY RAND()) AS rn,
	    ROUND(COUNT(*) OVER (PARTITION BY g.wave_id, s.team_id) *
		(0.60 + ((s.team_id * 7 + g.wave_id * 5) % 16) / 100)) AS take
	FROM demo_gen g
	JOIN staff s ON s.active = 1 AND s.team_id IS NOT NULL
) r
WHERE rn <= take;

-- As many responses per team and role group as there are participants,
-- made from the counts alone.
INSERT INTO demo_resp (id, wave_id, version_id, team_id, role_group, lean)
SELECT RANDOM_BYTES(16), c.wave_id, g.version_id, c.team_id, c.role_group,
	COALESCE(t.lean, 0) + g.lift * COALESCE(t.trend, 1) +
	IF(c.role_group = 'manager', 0.3, 0) +
	(RAND() + RAND() + RAND() - 1.5) * 0.9
FROM (
	SELECT p.wave_id, s.team_id,
	    IF(FIND_IN_SET('manager', s.roles), 'manager', 'practitioner') AS role_group,
	    COUNT(*) AS n
	FROM participation p
	JOIN demo_gen g2 ON g2.wave_id = p.wave_id
	JOIN staff s ON s.id = p.staff_id
	GROUP BY p.wave_id, s.team_id, role_group
) c
JOIN demo_gen g ON g.wave_id = c.wave_id
JOIN demo_seq q ON q.n <= c.n
JOIN team tm ON tm.id = c.team_id
LEFT JOIN demo_team t ON t.team = tm.name;

INSERT INTO response (id, wave_id, team_id, role_group)
SELECT id, wave_id, team_id, role_group FROM demo_resp ORDER BY id;

INSERT INTO demo_pair (resp_id, question_id, qkey, kind, show_q, show_v,
    base, m, u, v, w)
SELECT r.id, q.id, q.qkey, q.kind, t.id, q.show_if_value,
	COALESCE(d.base, 3.4),
	r.lean + (RAND() + RAND() + RAND() + RAND() - 2) * 1.1,
	RAND(), RAND(), RAND()
FROM demo_resp r
JOIN question q ON q.survey_version_id = r.version_id
LEFT JOIN question t ON t.survey_version_id = q.survey_version_id
    AND t.qkey = q.show_if_qkey
LEFT JOIN demo_q d ON d.qkey = q.qkey;

-- Agreement: the lean around the question average, 3 in 100 prefer not
-- to say.
UPDATE demo_pair
SET num = IF(u < 0.03, NULL, LEAST(5, GREATEST(1, CAST(ROUND(base + m) AS SIGNED)))),
    value = IF(u < 0.03, 'pns', CAST(num AS CHAR))
WHERE kind = 'agree5';

-- 0 to 10: the same lean, stretched.
UPDATE demo_pair
SET num = LEAST(10, GREATEST(0, CAST(ROUND((base + m - 0.8) * 2.5) AS SIGNED))),
    value = CAST(num AS CHAR)
WHERE kind = 'scale10';

UPDATE demo_pair p
LEFT JOIN demo_q d ON d.qkey = p.qkey
SET p.value = IF(p.u < LEAST(0.95, GREATEST(0.02,
	COALESCE(d.yes_at, 0.5) + COALESCE(d.yes_slope, 0.1) * p.m)), 'yes', 'no')
WHERE p.kind = 'yesno';

UPDATE demo_pair SET num = (value = 'yes') WHERE kind = 'yesno';

-- Choices: u picks a slice, moved towards the better end by a good mood.
UPDATE demo_pair p
JOIN demo_cum c ON c.question_id = p.question_id
    AND c.lo <= LEAST(0.9999, GREATEST(0, p.u - 0.15 * p.m))
    AND LEAST(0.9999, GREATEST(0, p.u - 0.15 * p.m)) < c.hi
SET p.value = c.value
WHERE p.kind IN ('single', 'multi');

-- Optional questions: only some people answer.
UPDATE demo_pair p
JOIN demo_q d ON d.qkey = p.qkey
SET p.value = NULL
WHERE p.kind = 'multi' AND p.v >= d.rate;

UPDATE demo_pair p
JOIN demo_q d ON d.qkey = p.qkey
JOIN demo_comment c ON c.pool = 'change' AND c.tone = 0
    AND c.i = FLOOR(p.w * 12)
SET p.value = 'text', p.comment = c.text
WHERE p.kind = 'text' AND p.qkey = 'change_one_thing' AND p.v < d.rate;

UPDATE demo_pair p
JOIN demo_q d ON d.qkey = p.qkey
JOIN demo_comment c ON c.pool = 'general' AND c.tone = (p.m >= 0)
    AND c.i = FLOOR(p.w * 6)
SET p.value = 'text', p.comment = c.text
WHERE p.kind = 'text' AND p.qkey = 'comments' AND p.v < d.rate;

-- Show-if: a question is shown when it has no rule, or the answer to the
-- earlier question matches.
UPDATE demo_pair p
LEFT JOIN demo_pair t ON t.resp_id = p.resp_id AND t.question_id = p.show_q
SET p.shown = IF(p.show_q IS NULL, 1, COALESCE(t.value = p.show_v, 0));

INSERT INTO answer (response_id, question_id, value, num, comment)
SELECT resp_id, question_id, value, num, comment
FROM demo_pair
WHERE shown = 1 AND value IS NOT NULL
ORDER BY resp_id, question_id;

-- Multiple choice: some people tick more than one.
INSERT IGNORE INTO answer (response_id, question_id, value, num, comment)
SELECT p.resp_id, p.question_id, o.value, NULL, NULL
FROM demo_pair p
JOIN question_option o ON o.question_id = p.question_id
WHERE p.kind = 'multi' AND p.shown = 1 AND p.value IS NOT NULL
AND RAND() < 0.15;

COMMIT;

DROP TEMPORARY TABLE demo_wave, demo_gen, demo_team, demo_q, demo_opt,
    demo_cum, demo_comment, demo_seq, demo_resp, demo_pair;
