-- The per-program MariaDB accounts. Applied by `chorusctl grants`, which
-- substitutes @DB@ (the database name) and @PW_STAFF@, @PW_VOICE@,
-- @PW_INSIGHTS@, @PW_ADMIN@ (from [account.*] in the config, [A-Za-z0-9]
-- and at least 16 characters, so they need no quoting).
--
-- Least privilege is the point of having four accounts: each program can
-- touch only the tables it needs, table by table, with no wildcard grants
-- and no DDL, so a compromised program cannot read what its users may not.
-- tests/http proves the refusals (voice cannot read staff, session or any
-- answer, insights cannot read participation or drafts).
--
-- Re-runnable: CREATE USER IF NOT EXISTS then ALTER USER sets the password
-- from the config every time. GRANT is additive, so running this again
-- never widens anything that is not written here. A privilege removed from
-- this file must be taken away by a migration or by hand with REVOKE.
--
-- The accounts are localhost accounts: the programs reach MariaDB over its
-- unix socket. If the database is on another host, change the host part to
-- the address of the application server (and use TLS between them).
--
-- Keep each statement on its own, ended by a semicolon at the end of a line,
-- with no semicolons inside comments or strings and no quote marks inside
-- comments, so that a simple statement splitter reads it right.

-- ---------------------------------------------------------------------------
-- chorus-staff: the signed-in staff program (sign-in, home, surveys,
-- Practice Standards sign-off, case audits, follow-ups).
-- ---------------------------------------------------------------------------
CREATE USER IF NOT EXISTS 'chorus_staff'@'localhost' IDENTIFIED BY '@PW_STAFF@';
ALTER USER 'chorus_staff'@'localhost' IDENTIFIED BY '@PW_STAFF@';

-- Who people are and which team they are in: read only. The roster is
-- managed by chorus-admin and chorusctl, never by the staff program.
GRANT SELECT ON `@DB@`.`service_area` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`team` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`staff` TO 'chorus_staff'@'localhost';

-- Sessions are created at sign-in, touched on each request and deleted at
-- sign-out or expiry. Failed sign-ins feed the throttle and are pruned.
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.`session` TO 'chorus_staff'@'localhost';
GRANT SELECT, INSERT, DELETE ON `@DB@`.`signin_failure` TO 'chorus_staff'@'localhost';

-- Survey definitions, waves and their populations, and the Practice
-- Standards versions: read only (defined by admin).
GRANT SELECT ON `@DB@`.`survey` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`survey_version` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`wave` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`wave_area` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`wave_team` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`standards_version` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`standard` TO 'chorus_staff'@'localhost';

-- Taking part and signing off are append-only: INSERT but never UPDATE or
-- DELETE, so a participation record cannot be removed to allow a second
-- response, and the acknowledgement hash chain cannot be rewritten by the
-- program that writes it.
GRANT SELECT, INSERT ON `@DB@`.`participation` TO 'chorus_staff'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.`acknowledgement` TO 'chorus_staff'@'localhost';

-- A survey in progress belongs to its author: saved page by page and
-- deleted when the survey is submitted.
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.`survey_draft` TO 'chorus_staff'@'localhost';

-- The survey definitions it shows (read only) and the answers it stores:
-- INSERT only, never SELECT, so not even the program that writes a
-- response can read one back.
GRANT SELECT ON `@DB@`.`survey_section` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`question` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`question_option` TO 'chorus_staff'@'localhost';
GRANT INSERT ON `@DB@`.`response` TO 'chorus_staff'@'localhost';
GRANT INSERT ON `@DB@`.`answer` TO 'chorus_staff'@'localhost';
GRANT INSERT ON `@DB@`.`used_submission` TO 'chorus_staff'@'localhost';
-- A submission's first half in one round trip (0020_survey_submit.sql).
-- It runs with the caller's rights (SQL SECURITY INVOKER), so this grant
-- adds nothing to the INSERTs and the DELETE above.
GRANT EXECUTE ON PROCEDURE `@DB@`.`survey_submit_begin` TO 'chorus_staff'@'localhost';

-- What a person typed when their session ran out, kept an hour for them.
GRANT SELECT, INSERT, DELETE ON `@DB@`.`form_stash` TO 'chorus_staff'@'localhost';

-- The follow-up queue: read the feedback (and the words of its form) to
-- act on it; every step is appended to followup_event, never changed.
-- Contact details are removed by chorusctl purge, not by this program.
GRANT SELECT ON `@DB@`.`feedback` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`feedback_answer` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`voice_form` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`voice_question` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`voice_text` TO 'chorus_staff'@'localhost';
GRANT SELECT ON `@DB@`.`voice_lang` TO 'chorus_staff'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.`followup_event` TO 'chorus_staff'@'localhost';

-- Case audits move through draft, submitted, moderated and closed, and
-- follow-ups through open, assigned and closed: rows are updated but never
-- deleted.
GRANT SELECT, INSERT, UPDATE ON `@DB@`.`audit` TO 'chorus_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.`followup` TO 'chorus_staff'@'localhost';

-- Case audits (helper A, 0010_audit.sql): the trail of submissions,
-- moderations, responses, escalations and their actions is append-only and
-- hash-chained, so INSERT and SELECT only, never UPDATE or DELETE. The
-- auditor drafts are working copies, saved and replaced as they type and
-- removed when the audit is submitted.
GRANT SELECT, INSERT ON `@DB@`.`audit_entry` TO 'chorus_staff'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.`audit_grade` TO 'chorus_staff'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.`escalation` TO 'chorus_staff'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.`escalation_event` TO 'chorus_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.`audit_draft` TO 'chorus_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.`audit_draft_grade` TO 'chorus_staff'@'localhost';

-- Escalation mail that is never lost (helper A2, 0015_escalation_mail.sql):
-- a worker claims the sending by inserting the row (a duplicate means
-- another worker has it) and deletes it again if sendmail fails, so that
-- the retry picks it up. The escalation itself stays append-only.
GRANT SELECT, INSERT, DELETE ON `@DB@`.`escalation_mail` TO 'chorus_staff'@'localhost';

-- ---------------------------------------------------------------------------
-- chorus-voice: the public, no-account program for children and families.
-- It is the most exposed program, so it gets the least: it reads the
-- published form definitions and adds feedback, and nothing else, ever. It
-- cannot read staff, sessions, survey answers or even the feedback it
-- stored, so a full compromise of it reveals no child's words.
-- ---------------------------------------------------------------------------
CREATE USER IF NOT EXISTS 'chorus_voice'@'localhost' IDENTIFIED BY '@PW_VOICE@';
ALTER USER 'chorus_voice'@'localhost' IDENTIFIED BY '@PW_VOICE@';

-- Form definitions, their words in every language, the safeguarding
-- terms, and the team link codes.
GRANT SELECT ON `@DB@`.`voice_lang` TO 'chorus_voice'@'localhost';
GRANT SELECT ON `@DB@`.`voice_form` TO 'chorus_voice'@'localhost';
GRANT SELECT ON `@DB@`.`voice_question` TO 'chorus_voice'@'localhost';
GRANT SELECT ON `@DB@`.`voice_option` TO 'chorus_voice'@'localhost';
GRANT SELECT ON `@DB@`.`voice_text` TO 'chorus_voice'@'localhost';
GRANT SELECT ON `@DB@`.`safeguard_term` TO 'chorus_voice'@'localhost';
GRANT SELECT ON `@DB@`.`voice_link` TO 'chorus_voice'@'localhost';
-- The list of teams a child may say the feedback is about: names only.
GRANT SELECT (`id`, `name`, `duty`, `closed_on`) ON `@DB@`.`team` TO 'chorus_voice'@'localhost';

-- Feedback goes in, and a follow-up is opened on arrival when it needs a
-- person: INSERT only.
GRANT INSERT ON `@DB@`.`feedback` TO 'chorus_voice'@'localhost';
GRANT INSERT ON `@DB@`.`feedback_answer` TO 'chorus_voice'@'localhost';
GRANT INSERT ON `@DB@`.`followup` TO 'chorus_voice'@'localhost';
GRANT INSERT ON `@DB@`.`followup_event` TO 'chorus_voice'@'localhost';

-- ---------------------------------------------------------------------------
-- chorus-insights: reports for HR, managers and the performance team.
-- Read only, apart from keeping the sessions of its users alive. It never reads
-- who took part in which wave (participation) or the draft answers of anyone
-- (survey_draft): response rates come from rollup tables that later
-- migrations add and grant.
-- ---------------------------------------------------------------------------
CREATE USER IF NOT EXISTS 'chorus_insights'@'localhost' IDENTIFIED BY '@PW_INSIGHTS@';
ALTER USER 'chorus_insights'@'localhost' IDENTIFIED BY '@PW_INSIGHTS@';

-- Signed-in users: who they are, their team and roles (for the role check
-- and for scoping the reports of a manager to their teams).
GRANT SELECT ON `@DB@`.`service_area` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`team` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`staff` TO 'chorus_insights'@'localhost';

-- Sessions are created by chorus-staff at sign-in. Insights reads them and
-- moves last_seen on, but cannot create or delete one.
GRANT SELECT, UPDATE ON `@DB@`.`session` TO 'chorus_insights'@'localhost';

-- What there is to report on: surveys and waves, Practice Standards
-- versions and sign-offs (compliance), case audits and follow-ups.
GRANT SELECT ON `@DB@`.`survey` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`survey_version` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`wave` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`standards_version` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`acknowledgement` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`audit` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`followup` TO 'chorus_insights'@'localhost';

-- Insights staff survey reports (helper B1): figures come only from the
-- rollup tables that chorusctl rollup fills (counts per wave, team and
-- question, response counts, headcount at opening, and comments with no
-- team or time), never from response, answer, participation or
-- survey_draft. The questions and sections give the reports their words.
GRANT SELECT ON `@DB@`.`question` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`survey_section` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`roll_response` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`roll_answer` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`roll_score` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`roll_headcount` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`roll_comment` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`rollup_batch` TO 'chorus_insights'@'localhost';
-- roll_wave.batch: which rollup last changed a wave's figures (0018).
GRANT SELECT ON `@DB@`.`roll_wave` TO 'chorus_insights'@'localhost';
-- catalog_gen: a counter the organisation and survey tables' triggers move,
-- so a kept page is known to be current (0019).
GRANT SELECT ON `@DB@`.`catalog_gen` TO 'chorus_insights'@'localhost';

-- Insights voice reports (helper B2): satisfaction, the Care Promise and
-- follow-up timings are counted from feedback, its answers and follow-up
-- steps, through column grants that leave out what could identify a child
-- or what they wrote: never feedback.contact_name / contact_how /
-- wants_contact, feedback_answer.text or followup_event.text / actor_id.
GRANT SELECT (id, form_id, team_id, received_on) ON `@DB@`.`feedback` TO 'chorus_insights'@'localhost';
GRANT SELECT (feedback_id, question_id, value) ON `@DB@`.`feedback_answer` TO 'chorus_insights'@'localhost';
GRANT SELECT (followup_id, at, action) ON `@DB@`.`followup_event` TO 'chorus_insights'@'localhost';
-- The forms' shape and words, to name the groups and the Care Promise items.
GRANT SELECT ON `@DB@`.`voice_form` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`voice_question` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`voice_text` TO 'chorus_insights'@'localhost';

-- Case audits (helper A): grades, moderation agreement and escalations are
-- reported from the trail. Never the drafts, which are not yet decisions.
GRANT SELECT ON `@DB@`.`audit_entry` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`audit_grade` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`escalation` TO 'chorus_insights'@'localhost';
GRANT SELECT ON `@DB@`.`escalation_event` TO 'chorus_insights'@'localhost';

-- ---------------------------------------------------------------------------
-- chorus-admin: administrators manage the roster, teams, surveys,
-- standards and forms. Every change is written to admin_log, which is
-- append-only (SELECT and INSERT, never UPDATE or DELETE). People, teams
-- and areas are closed or deactivated, never deleted, so their history
-- stays attributable: no DELETE on them.
-- ---------------------------------------------------------------------------
CREATE USER IF NOT EXISTS 'chorus_admin'@'localhost' IDENTIFIED BY '@PW_ADMIN@';
ALTER USER 'chorus_admin'@'localhost' IDENTIFIED BY '@PW_ADMIN@';

GRANT SELECT, INSERT, UPDATE ON `@DB@`.`service_area` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.`team` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, UPDATE ON `@DB@`.`staff` TO 'chorus_admin'@'localhost';

-- The sessions of its own users, and ending the sessions of someone who has been
-- deactivated or whose roles have changed.
GRANT SELECT, UPDATE, DELETE ON `@DB@`.`session` TO 'chorus_admin'@'localhost';

GRANT SELECT, INSERT ON `@DB@`.`admin_log` TO 'chorus_admin'@'localhost';

-- Roster import (administration part 1): the uploaded CSV is kept between
-- the preview and the confirmation, read back by its owner, and deleted
-- once applied or expired. No UPDATE: an upload is never edited.
GRANT SELECT, INSERT, DELETE ON `@DB@`.`roster_upload` TO 'chorus_admin'@'localhost';

-- Surveys, waves and standards versions are shown read only for now. Later
-- migrations grant the writes that the survey and standards editors need.
GRANT SELECT ON `@DB@`.`survey` TO 'chorus_admin'@'localhost';
GRANT SELECT ON `@DB@`.`survey_version` TO 'chorus_admin'@'localhost';
GRANT SELECT ON `@DB@`.`wave` TO 'chorus_admin'@'localhost';
GRANT SELECT ON `@DB@`.`standards_version` TO 'chorus_admin'@'localhost';

-- Survey builder and waves (helper D). A survey or a new version of one is
-- added (INSERT), and also by file import, which refreshes the survey title
-- (UPDATE survey). A version only ever changes its state, draft to
-- published. Sections, questions and their options of a draft are added,
-- edited, reordered and removed: every such statement in db_builder.c is limited
-- to versions in state draft, so a published version stays as it is.
GRANT INSERT, UPDATE ON `@DB@`.`survey` TO 'chorus_admin'@'localhost';
GRANT INSERT, UPDATE (`state`) ON `@DB@`.`survey_version` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.`survey_section` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.`question` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, DELETE ON `@DB@`.`question_option` TO 'chorus_admin'@'localhost';
-- Waves are created with their population, opened early, extended or closed
-- early: only the two times of a wave ever change.
GRANT INSERT, UPDATE (`opens_at`, `closes_at`) ON `@DB@`.`wave` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.`wave_area` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.`wave_team` TO 'chorus_admin'@'localhost';
-- Live response counts and "this version has responses": COUNT of rows per
-- wave, through the one column that says which wave. Never staff_id, so
-- the admin account cannot tell who took part, and never response or answer.
GRANT SELECT (`wave_id`) ON `@DB@`.`participation` TO 'chorus_admin'@'localhost';
-- Practice Standards publishing (helper D). A version is written as a
-- draft in its own tables (edited, reordered, rows removed) and published
-- by copying it into standards_version and standard: INSERT only on those,
-- never UPDATE or DELETE, so a published version cannot change.
GRANT INSERT ON `@DB@`.`standards_version` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.`standard` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.`standards_draft` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.`standard_draft` TO 'chorus_admin'@'localhost';
-- Voice forms (helper D): the words of every language are written beside
-- English (a word removed falls back to English), safeguarding terms are
-- added and removed, and team link codes are added (never changed, since
-- families hold printed copies). Nothing on the feedback side.
GRANT SELECT ON `@DB@`.`voice_lang` TO 'chorus_admin'@'localhost';
GRANT SELECT ON `@DB@`.`voice_form` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `@DB@`.`voice_text` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, DELETE ON `@DB@`.`safeguard_term` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT ON `@DB@`.`voice_link` TO 'chorus_admin'@'localhost';
-- Voice form questions (helper G): a question is added (with its English
-- words in voice_text, above), changed, moved and retired. No DELETE on
-- voice_question at all: feedback_answer rows point at questions, so one
-- is retired (retired_on) and never removed or renumbered out of its form.
-- Choices are rewritten whole (DELETE and INSERT on voice_option); a
-- question with answers keeps its values, checked in db_vform.c. Answers
-- are only counted per question: the one column, never a value or text.
GRANT SELECT, INSERT, UPDATE (`position`, `topic`, `required`, `maxlen`, `concern`, `retired_on`) ON `@DB@`.`voice_question` TO 'chorus_admin'@'localhost';
GRANT SELECT, INSERT, DELETE ON `@DB@`.`voice_option` TO 'chorus_admin'@'localhost';
GRANT SELECT (`question_id`) ON `@DB@`.`feedback_answer` TO 'chorus_admin'@'localhost';
-- (end of the survey builder and waves grants)
