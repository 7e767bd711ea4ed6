-- Escalation e-mail that is never lost (case audits, 0010_audit.sql).
--
-- A row here says the owner of an escalation has been mailed about it,
-- or that a chorus-staff worker has claimed the sending. escalation and
-- escalation_event are append-only, so the fact is kept beside them, not
-- in them. A worker claims an escalation by inserting its row (a duplicate
-- key means another worker has it, so it sends nothing) and deletes the row
-- again if the send fails, so that the next retry (escalation_mail_tick()
-- in cgi/staff/escalation.c, every few seconds) picks it up. An open
-- escalation without a row is one still to be mailed.
CREATE TABLE escalation_mail (
	escalation_id	INT UNSIGNED NOT NULL PRIMARY KEY,
	mailed_at	DATETIME NOT NULL,
	CONSTRAINT fk_escmail_esc FOREIGN KEY (escalation_id) REFERENCES escalation (id)
) ENGINE=InnoDB;

-- Escalations opened before this table existed had their one attempt at
-- the time they opened, so count them as mailed and upgrading does not
-- send their owners a second message about each.
INSERT INTO escalation_mail (escalation_id, mailed_at)
	SELECT id, opened_at FROM escalation;
