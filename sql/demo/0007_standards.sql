-- Demo Practice Standards and acknowledgements.
--
-- One standards set, Practice Standards, in two versions dated from today
-- so the demo always looks current:
--   version 1   in force from 240 days ago, ten standards PS1 to PS10
--   version 2   in force from 20 days ago: PS2, PS6 and PS8 say more
--               (timescales for visits, supervision and plan reviews) and
--               PS11 on changes of worker is new. The rest are the same.
-- The standards are drawn from the Kirklees and Worcestershire improvement
-- reports in the seeds: allocation, seeing the child, the voice of the
-- child, records on file, risk and proportionate help, management
-- oversight, families involved, drift and delay.
--
-- Acknowledgements: about 60 percent of active staff acknowledged version
-- 1 at times spread over the months it was in force, and about 35 percent
-- have acknowledged version 2 since it took effect. Who and when come from
-- a hash of the staff number, so the same people are chosen each time.
-- None of the five demo sign-ins has acknowledged version 2, and only
-- aud.demo and hr.demo have acknowledged version 1, so the demo shows both
-- a first acknowledgement and a re-acknowledgement with what changed.
-- The rows are hash-chained as 0007_standards.sql in the migrations says,
-- in order of time then staff id, and inserted in that order. They are
-- only made when there are no acknowledgements at all, so loading this
-- file twice changes nothing (versions and standards use INSERT IGNORE on
-- their unique keys).
-- No semicolons inside comments or strings and no quote marks inside
-- comments: one statement per semicolon, for a simple statement splitter.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;
SET SESSION max_recursive_iterations = 1000000;

INSERT IGNORE INTO standards_version (version, effective_on, summary, title)
VALUES (1, UTC_DATE() - INTERVAL 240 DAY,
	'The first Practice Standards for children and families social care. Ten standards that set out what good practice looks like in every case and what evidence of it auditors expect to find in the case file.',
	'Practice Standards');

INSERT IGNORE INTO standards_version (version, effective_on, summary, title)
VALUES (2, UTC_DATE() - INTERVAL 20 DAY,
	'Version 2 follows the first round of case audits. PS2 now sets the visiting timescales for each kind of plan, PS6 sets how often supervision happens and how quickly it is recorded, and PS8 asks for a review date on every plan. PS11 is new: changes of social worker are kept to a minimum and handed over well. The other standards are unchanged.',
	'Practice Standards');

DROP TEMPORARY TABLE IF EXISTS demo_std;
CREATE TEMPORARY TABLE demo_std (
	position	SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
	code		VARCHAR(16) NOT NULL,
	title		VARCHAR(200) NOT NULL,
	body		TEXT NOT NULL,
	body2		TEXT NULL,
	evidence	TEXT NOT NULL,
	in1		TINYINT(1) NOT NULL,
	in2		TINYINT(1) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- body2 is the text in version 2 where it differs from version 1.
INSERT INTO demo_std VALUES
(1, 'PS1', 'Every open case has an allocated social worker',
 'Every open case has a named, allocated social worker from the point the referral is accepted until the case is closed. The child and family know who their worker is and how to contact them. If a worker is absent, the team manager makes sure someone is covering the case.',
 NULL,
 'The allocation is recorded on the case file with the date. Case notes show the worker introducing themselves to the child and family. Any period of cover names the covering worker.',
 1, 1),
(2, 'PS2', 'Children are seen, and seen alone, within timescale',
 'Children are seen regularly and within the timescale set by their plan. Where it is safe and right for the child, they are seen on their own. Every visit is recorded promptly, saying what the child said, did and how they seemed.',
 'Children are seen within the timescale for their plan: at least every 10 working days on a child protection plan, every 20 working days on a child in need plan and every six weeks for a child in care in a settled placement. Where it is safe and right for the child, they are seen on their own, and if not, the reason is recorded. Every visit is recorded within three working days, saying what the child said, did and how they seemed.',
 'Visit records with dates that meet the timescale of the plan. Records say whether the child was seen alone and, if not, why. Observations of the child and their home are written down, not just the fact of a visit.',
 1, 1),
(3, 'PS3', 'The child''s wishes and feelings are recorded and shape the plan',
 'Practice is focused on the needs and experiences of the child and influenced by their wishes and feelings. Workers use direct work suited to the child, including pre-verbal and disabled children and children whose first language is not English. The plan shows how the child''s views made a difference.',
 NULL,
 'Direct work with the child is on file, in the child''s own words or pictures where possible. The assessment and plan quote or summarise the child''s views. It is clear what changed because of what the child said.',
 1, 1),
(4, 'PS4', 'Assessments, plans and chronology are on file and up to date',
 'Every child has the required documents on file: a current assessment, a plan and a chronology of significant events. These are kept up to date as things change. They are written clearly enough for the child and family to understand.',
 NULL,
 'A completed assessment within timescale, a current plan and a chronology updated in the last three months. Documents are dated and signed off. Significant events appear in the chronology.',
 1, 1),
(5, 'PS5', 'Risk is analysed and the help is proportionate',
 'Risks and strengths are identified and analysed, not just listed, in line with safeguarding protocols. The help offered matches the level of risk and need. When risk changes, the plan and the level of intervention change with it.',
 NULL,
 'An analysis of risk that weighs harm, strengths and protective factors. Decisions about the level of help are explained. Changes in risk are followed by a recorded review of the plan.',
 1, 1),
(6, 'PS6', 'Management oversight and reflective supervision are recorded',
 'Managers have regular oversight of every case and their decisions are recorded with reasons. Workers receive reflective supervision that looks at the child''s experience and the impact of the work. Actions from supervision are followed up.',
 'Managers have regular oversight of every case and their decisions are recorded with reasons. Every worker has reflective supervision at least monthly, and each case is discussed at least every six weeks. Supervision is recorded on the case file within five working days, with actions, owners and dates, and the actions are followed up at the next session.',
 'Management decisions on file with reasons at key points such as allocation, strategy discussions and plan changes. Supervision records that reflect on the child and set actions with dates. Evidence that earlier actions were completed.',
 1, 1),
(7, 'PS7', 'Families understand and are involved in plans',
 'Children and families are engaged in the work and understand why we are involved and what needs to change. They help to make the plan and are given a copy in a form they can use. Their feedback about the help they receive is sought and listened to.',
 NULL,
 'Records of the plan being explained and shared with the family. Family views in assessments and reviews. Use of interpreters or advocates where needed.',
 1, 1),
(8, 'PS8', 'There is no drift and delay',
 'Work with the child moves forward at a pace that meets the child''s needs. Plans have clear actions with owners and dates, and progress is checked. Where progress is not being made, this is noticed and acted on quickly.',
 'Work with the child moves forward at a pace that meets the child''s needs. Every plan has clear actions with owners and dates and a review date, and progress is checked at each review. Where progress is not being made, the manager records a decision on what happens next, including escalation to legal planning where needed.',
 'Plans with actions, owners and timescales. Review records showing progress against the plan. Timely decisions where things have stalled, recorded by the manager.',
 1, 1),
(9, 'PS9', 'Partners are involved and information is shared',
 'Schools, health services, the police and other agencies are involved in assessments and plans where they have something to contribute. Information is shared promptly and safely. Disagreements between agencies are resolved through the escalation protocol.',
 NULL,
 'Contributions from partner agencies in assessments and plan reviews. Records of information shared, with whom and when. Use of the escalation protocol where agencies disagree.',
 1, 1),
(10, 'PS10', 'Records are timely, accurate and written for the child',
 'All activity on the case is recorded accurately and promptly. Records are written in plain language, as if the child might read them later in life. Facts, opinions and the views of others are clearly distinguished.',
 NULL,
 'Case notes entered within the expected timescale after the event. Plain, respectful language free of jargon. Clear sources for information and opinions.',
 1, 1),
(11, 'PS11', 'Changes of social worker are kept to a minimum and handed over well',
 'Children have as few changes of social worker as possible. When a change cannot be avoided, the child is told why and meets the new worker, ideally with the old one. The case is handed over with an up to date summary so that nothing is lost.',
 NULL,
 'The number of workers the child has had is known and changes are explained. A transfer summary and a joint visit or introduction are recorded. The new worker sees the child within the timescale for their plan.',
 0, 1);

INSERT IGNORE INTO standard (standards_version_id, position, code, title, body, evidence)
SELECT v.id, d.position, d.code, d.title, d.body, d.evidence
FROM demo_std d
JOIN standards_version v ON v.version = 1
WHERE d.in1 = 1
ORDER BY d.position;

INSERT IGNORE INTO standard (standards_version_id, position, code, title, body, evidence)
SELECT v.id, d.position, d.code, d.title, COALESCE(d.body2, d.body), d.evidence
FROM demo_std d
JOIN standards_version v ON v.version = 2
WHERE d.in2 = 1
ORDER BY d.position;

DROP TEMPORARY TABLE demo_std;

-- Who acknowledged which version and when. A person can only have
-- acknowledged a version after they started, and version 1 only before
-- version 2 took effect. Times are in working hours, UTC.
DROP TEMPORARY TABLE IF EXISTS demo_ack, demo_ack_ord;
CREATE TEMPORARY TABLE demo_ack (
	staff_id	INT UNSIGNED NOT NULL,
	version_id	INT UNSIGNED NOT NULL,
	at		DATETIME NOT NULL,
	PRIMARY KEY (staff_id, version_id)
) ENGINE=InnoDB;

INSERT INTO demo_ack (staff_id, version_id, at)
SELECT p.id, p.version_id,
	CAST(p.base AS DATETIME)
	+ INTERVAL (p.h % GREATEST(DATEDIFF(p.until_on, p.base), 1)) DAY
	+ INTERVAL (8 * 3600 + (p.h DIV 7) % (9 * 3600)) SECOND
FROM (
	SELECT s.id, v1.id AS version_id,
		GREATEST(v1.effective_on, COALESCE(s.started_on, v1.effective_on)) AS base,
		v2.effective_on - INTERVAL 1 DAY AS until_on,
		CRC32(CONCAT('ack1|', s.staff_no)) AS h,
		s.username
	FROM staff s
	JOIN standards_version v1 ON v1.version = 1
	JOIN standards_version v2 ON v2.version = 2
	WHERE s.active = 1
) p
WHERE p.h % 100 < 60
  AND p.base < p.until_on
  AND (p.username NOT LIKE '%.demo' OR p.username IN ('aud.demo', 'hr.demo'));

INSERT INTO demo_ack (staff_id, version_id, at)
SELECT p.id, p.version_id,
	CAST(p.base AS DATETIME)
	+ INTERVAL (p.h % GREATEST(DATEDIFF(p.until_on, p.base), 1)) DAY
	+ INTERVAL (8 * 3600 + (p.h DIV 7) % (9 * 3600)) SECOND
FROM (
	SELECT s.id, v2.id AS version_id,
		GREATEST(v2.effective_on, COALESCE(s.started_on, v2.effective_on)) AS base,
		UTC_DATE() - INTERVAL 1 DAY AS until_on,
		CRC32(CONCAT('ack2|', s.staff_no)) AS h,
		s.username
	FROM staff s
	JOIN standards_version v2 ON v2.version = 2
	WHERE s.active = 1
) p
WHERE p.h % 100 < 35
  AND p.base < p.until_on
  AND p.username NOT LIKE '%.demo';

CREATE TEMPORARY TABLE demo_ack_ord (
	rn		INT UNSIGNED NOT NULL PRIMARY KEY,
	staff_id	INT UNSIGNED NOT NULL,
	version_id	INT UNSIGNED NOT NULL,
	at		DATETIME NOT NULL
) ENGINE=InnoDB;

INSERT INTO demo_ack_ord (rn, staff_id, version_id, at)
SELECT ROW_NUMBER() OVER (ORDER BY at, staff_id, version_id), staff_id, version_id, at
FROM demo_ack;

-- The chain: row 0 is a seed holding 64 zeros as the hash before the
-- first row, each later row hashes the previous hash in lower-case hex.
INSERT INTO acknowledgement (staff_id, standards_version_id, at, prev_hash, hash)
WITH RECURSIVE c (rn, staff_id, version_id, at, prev_hex, hex) AS (
	SELECT CAST(0 AS UNSIGNED), CAST(0 AS UNSIGNED), CAST(0 AS UNSIGNED),
		CAST(NULL AS DATETIME), CAST(REPEAT('0', 64) AS CHAR(64)),
		CAST(REPEAT('0', 64) AS CHAR(64))
	UNION ALL
	SELECT o.rn, o.staff_id, o.version_id, o.at, c.hex,
		SHA2(CONCAT('chorus-ack-v1|', c.hex, '|', o.staff_id, '|',
		    o.version_id, '|', DATE_FORMAT(o.at, '%Y-%m-%d %H:%i:%s')), 256)
	FROM c
	JOIN demo_ack_ord o ON o.rn = c.rn + 1
)
SELECT staff_id, version_id, at, UNHEX(prev_hex), UNHEX(hex)
FROM c
WHERE rn > 0
  AND NOT EXISTS (SELECT 1 FROM acknowledgement)
ORDER BY rn;

DROP TEMPORARY TABLE demo_ack, demo_ack_ord;
