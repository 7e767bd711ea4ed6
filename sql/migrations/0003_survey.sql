-- Staff surveys: definitions, drafts, and the answers themselves.
--
-- Unlinkability (DESIGN.md, README "Survey anonymity"): `participation`
-- says who took part; `response` and `answer` say what was said. They share
-- no key, no column that orders them and no time finer than nothing at all:
-- a response carries its wave, the team and role group as they were, and a
-- random 128-bit id as its primary key, so InnoDB's clustered order is
-- random too. No AUTO_INCREMENT anywhere on the answer side.

ALTER TABLE survey ADD COLUMN intro TEXT NOT NULL DEFAULT '';

CREATE TABLE survey_section (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	survey_version_id INT UNSIGNED NOT NULL,
	position	SMALLINT UNSIGNED NOT NULL,
	title		VARCHAR(200) NOT NULL,
	intro		TEXT NOT NULL,
	UNIQUE KEY uq_section_pos (survey_version_id, position),
	CONSTRAINT fk_section_sv FOREIGN KEY (survey_version_id)
	    REFERENCES survey_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- qkey stays the same across versions of a survey: trends join on it.
CREATE TABLE question (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	survey_version_id INT UNSIGNED NOT NULL,
	section_id	INT UNSIGNED NOT NULL,
	position	SMALLINT UNSIGNED NOT NULL,
	qkey		VARCHAR(64) NOT NULL,
	kind		ENUM('agree5','scale10','single','multi','yesno','text') NOT NULL,
	text		VARCHAR(500) NOT NULL,
	hint		VARCHAR(500) NOT NULL DEFAULT '',
	required	TINYINT(1) NOT NULL DEFAULT 1,
	maxlen		SMALLINT UNSIGNED NOT NULL DEFAULT 1000,
	show_if_qkey	VARCHAR(64) NULL,
	show_if_value	VARCHAR(64) NULL,
	UNIQUE KEY uq_question_key (survey_version_id, qkey),
	UNIQUE KEY uq_question_pos (section_id, position),
	CONSTRAINT fk_question_sv FOREIGN KEY (survey_version_id)
	    REFERENCES survey_version (id),
	CONSTRAINT fk_question_section FOREIGN KEY (section_id)
	    REFERENCES survey_section (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Choices for single and multiple choice questions. The agreement scale,
-- 0-10 scale and yes/no have fixed choices (cgi/core/survey.c).
CREATE TABLE question_option (
	question_id	INT UNSIGNED NOT NULL,
	position	SMALLINT UNSIGNED NOT NULL,
	value		VARCHAR(64) NOT NULL,
	label		VARCHAR(200) NOT NULL,
	PRIMARY KEY (question_id, position),
	UNIQUE KEY uq_option_value (question_id, value),
	CONSTRAINT fk_option_question FOREIGN KEY (question_id)
	    REFERENCES question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A draft is the person's own until they submit: their answers so far as
-- a form-encoded string, the section they reached, and the one-time token
-- the check-your-answers page carries. Deleted in the submit transaction.
ALTER TABLE survey_draft
	ADD COLUMN answers MEDIUMTEXT NOT NULL DEFAULT '',
	ADD COLUMN section SMALLINT UNSIGNED NOT NULL DEFAULT 1,
	ADD COLUMN submit_token CHAR(43) NULL;

-- Participation keeps no date: a date on both sides would link them on a
-- quiet day.
ALTER TABLE participation DROP COLUMN submitted_on;

CREATE TABLE response (
	id		BINARY(16) NOT NULL PRIMARY KEY,
	wave_id		INT UNSIGNED NOT NULL,
	team_id		INT UNSIGNED NULL,
	role_group	ENUM('practitioner','manager','other') NOT NULL,
	KEY ix_response_wave (wave_id, team_id),
	CONSTRAINT fk_response_wave FOREIGN KEY (wave_id) REFERENCES wave (id)
) ENGINE=InnoDB;

-- One row per answer; a multiple-choice question has one row per choice.
-- num holds the scale value (1-5 agreement, 0-10, 1/0 yes/no), NULL for
-- "Prefer not to say", choices and comments.
CREATE TABLE answer (
	response_id	BINARY(16) NOT NULL,
	question_id	INT UNSIGNED NOT NULL,
	value		VARCHAR(64) NOT NULL,
	num		TINYINT NULL,
	comment		TEXT NULL,
	PRIMARY KEY (response_id, question_id, value),
	KEY ix_answer_question (question_id, value),
	CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES response (id),
	CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Answers typed into a page when the session had expired, kept for one
-- hour so that after signing in again the person gets them back.
CREATE TABLE form_stash (
	token_hash	BINARY(32) NOT NULL PRIMARY KEY,
	path		VARCHAR(255) NOT NULL,
	body		MEDIUMTEXT NOT NULL,
	created_at	DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
