-- The work a person is asked to do, which the home page lists: survey
-- waves open to them, Practice Standards versions to acknowledge, case
-- audits to carry out or moderate, and child and family follow-ups. Later
-- migrations add the answers, grades and feedback themselves.

CREATE TABLE survey (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	slug		VARCHAR(64) NOT NULL,
	title		VARCHAR(200) NOT NULL,
	UNIQUE KEY uq_survey_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE survey_version (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	survey_id	INT UNSIGNED NOT NULL,
	version		INT UNSIGNED NOT NULL,
	UNIQUE KEY uq_survey_version (survey_id, version),
	CONSTRAINT fk_sv_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A wave is one run of a survey version for a population.
CREATE TABLE wave (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	survey_version_id INT UNSIGNED NOT NULL,
	title		VARCHAR(200) NOT NULL,
	opens_at	DATETIME NOT NULL,
	closes_at	DATETIME NOT NULL,
	population	ENUM('all','areas','teams') NOT NULL DEFAULT 'all',
	threshold	TINYINT UNSIGNED NOT NULL DEFAULT 5,
	KEY ix_wave_open (opens_at, closes_at),
	CONSTRAINT fk_wave_sv FOREIGN KEY (survey_version_id)
	    REFERENCES survey_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wave_area (
	wave_id		INT UNSIGNED NOT NULL,
	service_area_id	INT UNSIGNED NOT NULL,
	PRIMARY KEY (wave_id, service_area_id),
	CONSTRAINT fk_wa_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
	CONSTRAINT fk_wa_area FOREIGN KEY (service_area_id) REFERENCES service_area (id)
) ENGINE=InnoDB;

CREATE TABLE wave_team (
	wave_id		INT UNSIGNED NOT NULL,
	team_id		INT UNSIGNED NOT NULL,
	PRIMARY KEY (wave_id, team_id),
	CONSTRAINT fk_wt_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
	CONSTRAINT fk_wt_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE=InnoDB;

-- Who took part (duplicate prevention, response rates). Deliberately holds
-- no time finer than the date and nothing that joins to an answer.
CREATE TABLE participation (
	wave_id		INT UNSIGNED NOT NULL,
	staff_id	INT UNSIGNED NOT NULL,
	submitted_on	DATE NOT NULL,
	PRIMARY KEY (wave_id, staff_id),
	CONSTRAINT fk_part_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
	CONSTRAINT fk_part_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB;

-- A survey in progress belongs to the person until they submit it.
CREATE TABLE survey_draft (
	wave_id		INT UNSIGNED NOT NULL,
	staff_id	INT UNSIGNED NOT NULL,
	updated_at	DATETIME NOT NULL,
	PRIMARY KEY (wave_id, staff_id),
	CONSTRAINT fk_draft_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
	CONSTRAINT fk_draft_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB;

CREATE TABLE standards_version (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	version		INT UNSIGNED NOT NULL,
	effective_on	DATE NOT NULL,
	summary		TEXT NOT NULL,
	UNIQUE KEY uq_standards_version (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only; each row's hash covers the previous row's hash.
CREATE TABLE acknowledgement (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	staff_id	INT UNSIGNED NOT NULL,
	standards_version_id INT UNSIGNED NOT NULL,
	at		DATETIME NOT NULL,
	prev_hash	BINARY(32) NOT NULL,
	hash		BINARY(32) NOT NULL,
	UNIQUE KEY uq_ack (staff_id, standards_version_id),
	CONSTRAINT fk_ack_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
	CONSTRAINT fk_ack_version FOREIGN KEY (standards_version_id)
	    REFERENCES standards_version (id)
) ENGINE=InnoDB;

CREATE TABLE audit (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	case_ref	VARCHAR(32) NOT NULL,
	team_id		INT UNSIGNED NOT NULL,
	worker_id	INT UNSIGNED NULL,
	auditor_id	INT UNSIGNED NOT NULL,
	moderator_id	INT UNSIGNED NULL,
	standards_version_id INT UNSIGNED NOT NULL,
	status		ENUM('draft','submitted','moderated','closed') NOT NULL DEFAULT 'draft',
	started_at	DATETIME NOT NULL,
	KEY ix_audit_auditor (auditor_id, status),
	KEY ix_audit_moderator (moderator_id, status),
	CONSTRAINT fk_audit_team FOREIGN KEY (team_id) REFERENCES team (id),
	CONSTRAINT fk_audit_worker FOREIGN KEY (worker_id) REFERENCES staff (id),
	CONSTRAINT fk_audit_auditor FOREIGN KEY (auditor_id) REFERENCES staff (id),
	CONSTRAINT fk_audit_moderator FOREIGN KEY (moderator_id) REFERENCES staff (id),
	CONSTRAINT fk_audit_version FOREIGN KEY (standards_version_id)
	    REFERENCES standards_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Child and family feedback needing a person to act on it.
CREATE TABLE followup (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	team_id		INT UNSIGNED NOT NULL,
	urgent		TINYINT(1) NOT NULL DEFAULT 0,
	status		ENUM('open','assigned','closed') NOT NULL DEFAULT 'open',
	assigned_to	INT UNSIGNED NULL,
	opened_at	DATETIME NOT NULL,
	due_at		DATETIME NOT NULL,
	KEY ix_followup_team (team_id, status),
	CONSTRAINT fk_fu_team FOREIGN KEY (team_id) REFERENCES team (id),
	CONSTRAINT fk_fu_assignee FOREIGN KEY (assigned_to) REFERENCES staff (id)
) ENGINE=InnoDB;

-- Append-only record of every change an administrator makes.
CREATE TABLE admin_log (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	at		DATETIME NOT NULL,
	actor_id	INT UNSIGNED NOT NULL,
	action		VARCHAR(64) NOT NULL,
	subject		VARCHAR(200) NOT NULL,
	before_value	TEXT NULL,
	after_value	TEXT NULL,
	CONSTRAINT fk_log_actor FOREIGN KEY (actor_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
