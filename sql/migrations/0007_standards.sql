-- Practice Standards: each version's standards, for staff to read and
-- acknowledge. Acknowledgements (0002) are append-only and hash-chained:
-- hash = SHA-256 of "chorus-ack-v1|PREV|STAFF|VERSION|AT" where PREV is the
-- previous row's hash in lower-case hex (64 zeros for the first row) and
-- AT is 'YYYY-MM-DD HH:MM:SS' (UTC). `chorusctl verify` walks the chain.

ALTER TABLE standards_version ADD COLUMN title VARCHAR(200) NOT NULL DEFAULT 'Practice Standards';

CREATE TABLE standard (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	standards_version_id INT UNSIGNED NOT NULL,
	position	SMALLINT UNSIGNED NOT NULL,
	code		VARCHAR(16) NOT NULL,		-- stable across versions: PS1, PS2 ...
	title		VARCHAR(200) NOT NULL,
	body		TEXT NOT NULL,			-- what good looks like
	evidence	TEXT NOT NULL,			-- what evidence of it looks like in a case file
	UNIQUE KEY uq_standard_code (standards_version_id, code),
	UNIQUE KEY uq_standard_pos (standards_version_id, position),
	CONSTRAINT fk_standard_version FOREIGN KEY (standards_version_id)
	    REFERENCES standards_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
