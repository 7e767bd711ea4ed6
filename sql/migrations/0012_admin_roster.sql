-- Administration: the roster import and the admin log page.
--
-- A roster CSV an administrator uploaded, kept here between the preview
-- and the confirmation, so that what is applied is the text that was
-- previewed and never a copy posted back by the browser. A row belongs to
-- the person who uploaded it, is good for an hour, and is deleted when it
-- is applied (and expired rows go at the next upload): it holds names and
-- e-mail addresses, so it must not linger.
CREATE TABLE roster_upload (
	id		CHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
	owner_id	INT UNSIGNED NOT NULL,
	created_at	DATETIME NOT NULL,
	body		MEDIUMTEXT NOT NULL,
	KEY ix_roster_upload_created (created_at),
	CONSTRAINT fk_ru_owner FOREIGN KEY (owner_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The admin log page lists newest first, filtered by action, a page at a time.
CREATE INDEX ix_admin_log_action ON admin_log (action, id);
