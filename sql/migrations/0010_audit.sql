-- Case audits, moderation, responses and escalations (issue 4).
--
-- An audit (the table from 0002) is of one case: the case reference from
-- the case management system, the team and the allocated worker, and
-- nothing else about the child. It is graded against the standards
-- version in force when it was started (audit.standards_version_id), which
-- stays attached to it.
--
-- Grades are on the Ofsted scale, stored as
--   outstanding, good, requires_improvement, inadequate, not_applicable
-- (not_applicable only for a standard, never for the overall grade). An
-- item is a standard code of that version (PS1, PS2 ...) or OVERALL.
--
-- What is decided is append-only and hash-chained:
--   audit_entry      one row per step: submitted (the auditor), moderated
--                    (a second auditor), response (the worker or their
--                    manager), read (the worker acknowledges reading it),
--                    closed. A correction is a new row whose corrects_id
--                    names the row it corrects, never an update.
--   audit_grade      the grades of a submitted or moderated entry, one per
--                    item. For a moderation, agreed is 1 where the
--                    moderator agreed (grade then equals the grade of the
--                    submission) and 0 where they recorded their own grade
--                    with their reasons in comments. NULL for submissions.
--   escalation       opened at once, in the transaction of the entry that
--                    caused it, when any grade of a submission or a
--                    moderation is inadequate (reason inadequate) or the
--                    auditor ticked the safety concern (reason safety). At
--                    most one per audit and reason. owner_id is the case
--                    team manager, due_at the opening time plus a number
--                    of working days from the config ([audit]).
--   escalation_event opened, action (the remedial action the manager
--                    records), closed. An escalation is open until it has
--                    a closed event, which needs an action event first.
--                    Overdue (open and due_at before now) is computed
--                    when read, never stored.
-- The program accounts may INSERT and SELECT these tables but never UPDATE
-- or DELETE them (sql/grants.sql, tests/http/audit-trail.test.mjs).
--
-- audit.status (draft, submitted, moderated, closed) and audit.moderator_id
-- are kept in step with the trail, in the same transaction, so lists can be
-- filtered cheaply. The trail is the record: chorusctl verify checks that
-- the status agrees with the latest entry.
--
-- Drafts: audit_draft and audit_draft_grade hold what the auditor has
-- typed so far, saved as they go. They are working copies, changed freely
-- until the submission copies them into the trail, and are never reported.
--
-- Hash chains, one per table (audit_entry, escalation_event), as for
-- acknowledgements in 0007: hash = SHA-256 over the canonical text of the
-- entry, whose first field is the previous row hash. Canonical text is a
-- tag, then each field as a pipe, its length in bytes in decimal, a colon
-- and the bytes, so no text can be mistaken for a field boundary:
--   audit_entry: chorus-audit-v1 PREV AUDIT CASE_REF TEAM WORKER AUDITOR
--     VERSION KIND ACTOR AT CORRECTS SAFETY NOTE, then for each grade in
--     item order ITEM GRADE AGREED EVIDENCE COMMENTS
--   escalation_event: chorus-escalation-v1 PREV ESCALATION AUDIT REASON
--     OWNER OPENED DUE KIND ACTOR AT CORRECTS NOTE
-- PREV is the previous row hash in lower-case hex (64 zeros for the first
-- row), numbers are decimal (0 for NULL ids, agreed is - when NULL) and
-- times are YYYY-MM-DD HH:MM:SS in UTC. The audit and escalation rows are
-- in the hash, so changing the case reference, worker or due time of one
-- is detected too. docs/audit-trail.md says more.

ALTER TABLE audit
	ADD KEY ix_audit_team (team_id, status),
	ADD KEY ix_audit_worker (worker_id, status),
	ADD KEY ix_audit_case (case_ref);

CREATE TABLE audit_draft (
	audit_id	INT UNSIGNED NOT NULL PRIMARY KEY,
	safety_concern	TINYINT(1) NOT NULL DEFAULT 0,
	saved_at	DATETIME NOT NULL,
	CONSTRAINT fk_adraft_audit FOREIGN KEY (audit_id) REFERENCES audit (id)
) ENGINE=InnoDB;

CREATE TABLE audit_draft_grade (
	audit_id	INT UNSIGNED NOT NULL,
	item		VARCHAR(16) NOT NULL,
	grade		ENUM('outstanding','good','requires_improvement','inadequate','not_applicable') NULL,
	evidence	TEXT NOT NULL,
	comments	TEXT NOT NULL,
	PRIMARY KEY (audit_id, item),
	CONSTRAINT fk_adgrade_audit FOREIGN KEY (audit_id) REFERENCES audit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	audit_id	INT UNSIGNED NOT NULL,
	kind		ENUM('submitted','moderated','response','read','closed') NOT NULL,
	actor_id	INT UNSIGNED NOT NULL,
	at		DATETIME NOT NULL,
	corrects_id	BIGINT UNSIGNED NULL,
	safety_concern	TINYINT(1) NOT NULL DEFAULT 0,
	note		TEXT NOT NULL,
	prev_hash	BINARY(32) NOT NULL,
	hash		BINARY(32) NOT NULL,
	KEY ix_aentry_audit (audit_id, kind),
	KEY ix_aentry_actor (actor_id),
	CONSTRAINT fk_aentry_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
	CONSTRAINT fk_aentry_actor FOREIGN KEY (actor_id) REFERENCES staff (id),
	CONSTRAINT fk_aentry_corrects FOREIGN KEY (corrects_id) REFERENCES audit_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_grade (
	entry_id	BIGINT UNSIGNED NOT NULL,
	item		VARCHAR(16) NOT NULL,
	grade		ENUM('outstanding','good','requires_improvement','inadequate','not_applicable') NOT NULL,
	agreed		TINYINT(1) NULL,
	evidence	TEXT NOT NULL,
	comments	TEXT NOT NULL,
	PRIMARY KEY (entry_id, item),
	KEY ix_agrade_grade (item, grade),
	CONSTRAINT fk_agrade_entry FOREIGN KEY (entry_id) REFERENCES audit_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE escalation (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	audit_id	INT UNSIGNED NOT NULL,
	entry_id	BIGINT UNSIGNED NOT NULL,
	reason		ENUM('safety','inadequate') NOT NULL,
	team_id		INT UNSIGNED NOT NULL,
	owner_id	INT UNSIGNED NOT NULL,
	opened_at	DATETIME NOT NULL,
	due_at		DATETIME NOT NULL,
	UNIQUE KEY uq_escalation (audit_id, reason),
	KEY ix_escalation_owner (owner_id),
	KEY ix_escalation_due (due_at),
	CONSTRAINT fk_esc_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
	CONSTRAINT fk_esc_entry FOREIGN KEY (entry_id) REFERENCES audit_entry (id),
	CONSTRAINT fk_esc_team FOREIGN KEY (team_id) REFERENCES team (id),
	CONSTRAINT fk_esc_owner FOREIGN KEY (owner_id) REFERENCES staff (id)
) ENGINE=InnoDB;

CREATE TABLE escalation_event (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	escalation_id	INT UNSIGNED NOT NULL,
	kind		ENUM('opened','action','closed') NOT NULL,
	actor_id	INT UNSIGNED NOT NULL,
	at		DATETIME NOT NULL,
	corrects_id	BIGINT UNSIGNED NULL,
	note		TEXT NOT NULL,
	prev_hash	BINARY(32) NOT NULL,
	hash		BINARY(32) NOT NULL,
	KEY ix_escevent_esc (escalation_id, kind),
	CONSTRAINT fk_escevent_esc FOREIGN KEY (escalation_id) REFERENCES escalation (id),
	CONSTRAINT fk_escevent_actor FOREIGN KEY (actor_id) REFERENCES staff (id),
	CONSTRAINT fk_escevent_corrects FOREIGN KEY (corrects_id) REFERENCES escalation_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
