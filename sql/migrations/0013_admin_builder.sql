-- The survey builder and Practice Standards publishing (chorus-admin).
--
-- A survey version is a draft while an administrator builds it, and
-- published once it may be given to staff in a wave; a published version
-- is never edited again (a change is a new version, copied from the last).
-- Versions imported from a definition file are finished surveys, so the
-- default is 'published'; the builder inserts its copies as 'draft'.
ALTER TABLE survey_version
	ADD COLUMN state ENUM('draft','published') NOT NULL DEFAULT 'published';

-- A Practice Standards version being written lives here until it is
-- published. Publishing copies it into standards_version and standard in
-- one transaction and deletes the draft: the published tables are only
-- ever inserted into, so the admin account has no UPDATE on them at all
-- and a published version cannot change.
CREATE TABLE standards_draft (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	version		INT UNSIGNED NOT NULL,
	title		VARCHAR(200) NOT NULL,
	effective_on	DATE NULL,
	summary		TEXT NOT NULL,
	created_by	INT UNSIGNED NOT NULL,
	UNIQUE KEY uq_standards_draft_version (version),
	CONSTRAINT fk_sd_staff FOREIGN KEY (created_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE standard_draft (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	draft_id	INT UNSIGNED NOT NULL,
	position	SMALLINT UNSIGNED NOT NULL,
	code		VARCHAR(16) NOT NULL,
	title		VARCHAR(200) NOT NULL,
	body		TEXT NOT NULL,
	evidence	TEXT NOT NULL,
	UNIQUE KEY uq_standard_draft_code (draft_id, code),
	UNIQUE KEY uq_standard_draft_pos (draft_id, position),
	CONSTRAINT fk_std_draft FOREIGN KEY (draft_id) REFERENCES standards_draft (id)
	    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
