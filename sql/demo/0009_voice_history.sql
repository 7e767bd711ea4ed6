-- Demo history for the child and family voice reports and the Improvement
-- Board pack: a year of feedback, month by month, for every open frontline
-- team (those outside the Practice Improvement area), from the four demo
-- forms. Picture-face answers drift upwards over the year and the Care
-- Promise is said to be kept a little more often each month, so the trend
-- charts have a story to tell. The counts vary by team and month, so some
-- groups fall under the reporting threshold and show as suppressed.
--
-- Only made when there is no feedback at all, so loading this file twice
-- changes nothing and a live database is never touched by it. No free
-- text and no contact details: nothing here could be mistaken for a
-- child.
-- No semicolons inside comments or strings and no quote marks inside
-- comments: one statement per semicolon, for a simple statement splitter.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE demo_fb (
	id		BINARY(16) NOT NULL PRIMARY KEY,
	form_id		INT UNSIGNED NOT NULL,
	team_id		INT UNSIGNED NOT NULL,
	months_ago	TINYINT UNSIGNED NOT NULL,
	received_on	DATE NOT NULL
) ENGINE=InnoDB;

-- Up to 9 pieces of feedback a team, form and month (0 to 9, by a hash of
-- the three, so each team has its own pattern), in the 12 months before
-- this one.
INSERT INTO demo_fb (id, form_id, team_id, months_ago, received_on)
SELECT RANDOM_BYTES(16), f.id, t.id, m.seq,
	DATE_FORMAT(UTC_DATE() - INTERVAL m.seq MONTH, '%Y-%m-01') + INTERVAL (k.seq * 3 + f.id) % 28 DAY
FROM team t
JOIN service_area sa ON sa.id = t.service_area_id AND sa.name <> 'Practice Improvement'
JOIN voice_form f
JOIN seq_1_to_12 m
JOIN seq_1_to_9 k
WHERE t.closed_on IS NULL
AND k.seq <= CRC32(CONCAT(t.id, '/', f.id, '/', m.seq)) % 10
AND NOT EXISTS (SELECT 1 FROM feedback);

INSERT INTO feedback (id, form_id, team_id, lang, received_on)
SELECT id, form_id, team_id, 'en', received_on FROM demo_fb;

-- Faces: 1 to 5, better the more recent the month.
INSERT INTO feedback_answer (feedback_id, question_id, value)
SELECT d.id, q.id,
	LEAST(5, GREATEST(1, FLOOR(1.6 + RAND() * 4 + (12 - d.months_ago) * 0.06)))
FROM demo_fb d JOIN voice_question q ON q.form_id = d.form_id AND q.kind = 'faces';

-- Yes, no or not sure: yes more often the more recent the month.
INSERT INTO feedback_answer (feedback_id, question_id, value)
SELECT x.id, x.qid, CASE WHEN x.r < 0.52 + (12 - x.months_ago) * 0.02 THEN 'yes'
	WHEN x.r < 0.88 THEN 'no' ELSE 'notsure' END
FROM (SELECT d.id, q.id qid, d.months_ago, RAND() r
	FROM demo_fb d JOIN voice_question q ON q.form_id = d.form_id AND q.kind = 'ynns'
	AND q.concern = 'never') x;

DROP TEMPORARY TABLE demo_fb;
