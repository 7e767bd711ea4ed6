-- Child and family voice: forms as data in every language, feedback kept
-- whatever happens, and follow-ups so a disclosure never sits unread.

-- Languages people can choose. Adding a language is rows here and in
-- voice_text; draft = 1 until a qualified translator has checked it.
CREATE TABLE voice_lang (
	code		VARCHAR(8) NOT NULL PRIMARY KEY,
	name		VARCHAR(64) NOT NULL,		-- in its own language
	dir		ENUM('ltr','rtl') NOT NULL DEFAULT 'ltr',
	position	TINYINT UNSIGNED NOT NULL,
	draft		TINYINT(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE voice_form (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	slug		VARCHAR(32) NOT NULL,		-- in URLs: under8, 8-12, 13-18, parents
	audience	ENUM('under8','8-12','13-18','parents') NOT NULL,
	position	TINYINT UNSIGNED NOT NULL,
	active		TINYINT(1) NOT NULL DEFAULT 1,
	UNIQUE KEY uq_voice_form_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- kind: faces (picture scale 1-5), ynns (yes / no / not sure), single, text.
-- concern: which answers mean "look at this now": never, 'no' (e.g. "I feel
-- safe" answered no), 'yes' (e.g. "I want someone to talk to me"), or the
-- listed option values (voice_option.concern).
CREATE TABLE voice_question (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	form_id		INT UNSIGNED NOT NULL,
	position	SMALLINT UNSIGNED NOT NULL,
	qkey		VARCHAR(64) NOT NULL,
	topic		VARCHAR(64) NOT NULL,		-- social_worker, decisions, safe, care_promise, better
	kind		ENUM('faces','ynns','single','text') NOT NULL,
	required	TINYINT(1) NOT NULL DEFAULT 0,
	maxlen		SMALLINT UNSIGNED NOT NULL DEFAULT 500,
	concern		ENUM('never','no','yes','option') NOT NULL DEFAULT 'never',
	UNIQUE KEY uq_vq_key (form_id, qkey),
	UNIQUE KEY uq_vq_pos (form_id, position),
	CONSTRAINT fk_vq_form FOREIGN KEY (form_id) REFERENCES voice_form (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE voice_option (
	question_id	INT UNSIGNED NOT NULL,
	position	SMALLINT UNSIGNED NOT NULL,
	value		VARCHAR(64) NOT NULL,
	concern		TINYINT(1) NOT NULL DEFAULT 0,
	PRIMARY KEY (question_id, position),
	CONSTRAINT fk_vo_question FOREIGN KEY (question_id) REFERENCES voice_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every word a child or parent reads, by language and key:
--   ui.*                      page furniture (buttons, headings, messages)
--   form.SLUG.title / .intro  each form
--   q.SLUG.QKEY               a question;  q.SLUG.QKEY.hint  its hint
--   opt.SLUG.QKEY.VALUE       a single-choice option
--   faces.1 .. faces.5, ynns.yes / ynns.no / ynns.notsure   shared scales
-- A missing translation falls back to English.
CREATE TABLE voice_text (
	lang		VARCHAR(8) NOT NULL,
	tkey		VARCHAR(128) NOT NULL,
	text		TEXT NOT NULL,
	draft		TINYINT(1) NOT NULL DEFAULT 1,	-- to be checked by a qualified translator
	PRIMARY KEY (lang, tkey),
	CONSTRAINT fk_vt_lang FOREIGN KEY (lang) REFERENCES voice_lang (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Words and phrases that open an urgent follow-up, per language.
CREATE TABLE safeguard_term (
	lang		VARCHAR(8) NOT NULL,
	term		VARCHAR(100) NOT NULL,
	PRIMARY KEY (lang, term),
	CONSTRAINT fk_st_lang FOREIGN KEY (lang) REFERENCES voice_lang (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The codes on the links and QR codes a worker gives out: feedback from
-- /voice/t/CODE or /voice/kiosk/CODE is about that team.
CREATE TABLE voice_link (
	code		VARCHAR(16) NOT NULL PRIMARY KEY,
	team_id		INT UNSIGNED NOT NULL,
	CONSTRAINT fk_vl_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE=InnoDB;

-- Which team is the duty team for feedback about no team in particular.
ALTER TABLE team ADD COLUMN duty TINYINT(1) NOT NULL DEFAULT 0;

-- Feedback: random id, no account, the date only. Contact details only
-- when the child asked to be contacted; purged after the follow-up closes.
CREATE TABLE feedback (
	id		BINARY(16) NOT NULL PRIMARY KEY,
	form_id		INT UNSIGNED NOT NULL,
	team_id		INT UNSIGNED NULL,
	lang		VARCHAR(8) NOT NULL,
	received_on	DATE NOT NULL,
	kiosk		TINYINT(1) NOT NULL DEFAULT 0,
	wants_contact	TINYINT(1) NOT NULL DEFAULT 0,
	wants_complaint	TINYINT(1) NOT NULL DEFAULT 0,
	contact_name	VARCHAR(100) NULL,
	contact_how	VARCHAR(200) NULL,
	KEY ix_feedback_team (team_id, received_on),
	CONSTRAINT fk_fb_form FOREIGN KEY (form_id) REFERENCES voice_form (id),
	CONSTRAINT fk_fb_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE feedback_answer (
	feedback_id	BINARY(16) NOT NULL,
	question_id	INT UNSIGNED NOT NULL,
	value		VARCHAR(64) NOT NULL,		-- option value, 1-5, yes/no/notsure, or 'text'
	text		TEXT NULL,
	PRIMARY KEY (feedback_id, question_id),
	CONSTRAINT fk_fa_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id),
	CONSTRAINT fk_fa_question FOREIGN KEY (question_id) REFERENCES voice_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Follow-ups: from feedback, with why, and whether the manager was told.
ALTER TABLE followup
	ADD COLUMN feedback_id BINARY(16) NULL,
	ADD COLUMN reason VARCHAR(200) NOT NULL DEFAULT '',
	ADD COLUMN notified_at DATETIME NULL,
	ADD COLUMN closed_at DATETIME NULL,
	ADD CONSTRAINT fk_fu_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id);

-- Every step on a follow-up, append-only: who, when, what.
CREATE TABLE followup_event (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	followup_id	INT UNSIGNED NOT NULL,
	at		DATETIME NOT NULL,
	actor_id	INT UNSIGNED NULL,		-- NULL: the screening on arrival
	action		ENUM('opened','assigned','note','action','closed') NOT NULL,
	text		TEXT NOT NULL,
	KEY ix_fe_followup (followup_id, id),
	CONSTRAINT fk_fe_followup FOREIGN KEY (followup_id) REFERENCES followup (id),
	CONSTRAINT fk_fe_actor FOREIGN KEY (actor_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The duty role: people who watch the follow-up queue for every team.
ALTER TABLE staff MODIFY roles SET('staff','manager','auditor','hr','admin','duty')
	NOT NULL DEFAULT 'staff';
