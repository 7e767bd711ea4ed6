-- Insights rollups: counts that the reports read instead of the answers.
--
-- `chorusctl rollup` (the ctl account, run by a timer) claims the responses
-- not yet counted by stamping them with a new batch number, adds their
-- counts into the roll_* tables and commits both together, so each
-- response is counted exactly once. The batch is the watermark. It tells
-- a reader of `response` no more than that a response arrived between two
-- rollup runs (docs/anonymity.md). The submit path writes no shared
-- counter: a new response just has rollup_batch NULL.
--
-- The insights account may SELECT these tables and never response, answer,
-- participation or survey_draft. Teams are as recorded on the responses;
-- reports fold a merged team into the team it merged into when they read.

-- No index on it: the response table stays indexed on its id, wave, team
-- and role group only (tests/http/survey-anonymity.test.mjs). A run finds
-- the new rows with one scan and then works from its own list of them.
ALTER TABLE response ADD COLUMN rollup_batch INT UNSIGNED NULL;

CREATE TABLE rollup_batch (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	ran_at		DATETIME NOT NULL,
	responses	INT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB;

-- Responses per wave and team (team_id 0: recorded with no team).
CREATE TABLE roll_response (
	wave_id		INT UNSIGNED NOT NULL,
	team_id		INT UNSIGNED NOT NULL,
	responses	INT UNSIGNED NOT NULL,
	PRIMARY KEY (wave_id, team_id)
) ENGINE=InnoDB;

-- How many chose each value of each question, per wave and team.
CREATE TABLE roll_answer (
	wave_id		INT UNSIGNED NOT NULL,
	team_id		INT UNSIGNED NOT NULL,
	question_id	INT UNSIGNED NOT NULL,
	value		VARCHAR(64) NOT NULL,
	answers		INT UNSIGNED NOT NULL,
	PRIMARY KEY (wave_id, question_id, team_id, value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Scores of the scale questions per wave, question and team: answered
-- (excluding "prefer not to say"), favourable (agree or strongly agree;
-- yes; 9 or 10), the sum of the scale values (for the mean), and for 0-10
-- questions the promoters (9-10) and detractors (0-6).
CREATE TABLE roll_score (
	wave_id		INT UNSIGNED NOT NULL,
	question_id	INT UNSIGNED NOT NULL,
	team_id		INT UNSIGNED NOT NULL,
	answered	INT UNSIGNED NOT NULL,
	favourable	INT UNSIGNED NOT NULL,
	total		BIGINT UNSIGNED NOT NULL,
	promoters	INT UNSIGNED NOT NULL,
	detractors	INT UNSIGNED NOT NULL,
	PRIMARY KEY (wave_id, question_id, team_id)
) ENGINE=InnoDB;

-- The staff in each team when the wave opened, snapshotted by the first
-- rollup after it opens (people who had started and not yet left).
CREATE TABLE roll_wave (
	wave_id		INT UNSIGNED NOT NULL PRIMARY KEY,
	snapshot_at	DATETIME NOT NULL,
	CONSTRAINT fk_roll_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE=InnoDB;

CREATE TABLE roll_headcount (
	wave_id		INT UNSIGNED NOT NULL,
	team_id		INT UNSIGNED NOT NULL,
	headcount	INT UNSIGNED NOT NULL,
	PRIMARY KEY (wave_id, team_id)
) ENGINE=InnoDB;

-- Free-text answers for the whole wave, with no team and no time, in a
-- random order (ord is a hash of a random number, the response and the
-- question: unique, and unrelated to when or by whom).
CREATE TABLE roll_comment (
	wave_id		INT UNSIGNED NOT NULL,
	question_id	INT UNSIGNED NOT NULL,
	ord		BINARY(16) NOT NULL,
	comment		TEXT NOT NULL,
	PRIMARY KEY (wave_id, question_id, ord)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
