-- Service areas, teams and staff: who works where and what they may do.
-- A person may hold several roles. Leavers are deactivated, never deleted,
-- so their sign-offs and audits stay attributable.

CREATE TABLE service_area (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name		VARCHAR(120) NOT NULL,
	closed_on	DATE NULL,
	UNIQUE KEY uq_service_area_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE team (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	service_area_id	INT UNSIGNED NOT NULL,
	name		VARCHAR(120) NOT NULL,
	closed_on	DATE NULL,
	UNIQUE KEY uq_team_name (name),
	CONSTRAINT fk_team_area FOREIGN KEY (service_area_id)
	    REFERENCES service_area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	staff_no	VARCHAR(32) NOT NULL,
	username	VARCHAR(64) NOT NULL,
	display_name	VARCHAR(120) NOT NULL,
	email		VARCHAR(254) NULL,
	job_title	VARCHAR(120) NOT NULL DEFAULT '',
	team_id		INT UNSIGNED NULL,
	manager_id	INT UNSIGNED NULL,
	roles		SET('staff','manager','auditor','hr','admin') NOT NULL DEFAULT 'staff',
	password_hash	VARCHAR(128) NULL,
	active		TINYINT(1) NOT NULL DEFAULT 1,
	started_on	DATE NULL,
	left_on		DATE NULL,
	UNIQUE KEY uq_staff_no (staff_no),
	UNIQUE KEY uq_staff_username (username),
	KEY ix_staff_team (team_id),
	CONSTRAINT fk_staff_team FOREIGN KEY (team_id) REFERENCES team (id),
	CONSTRAINT fk_staff_manager FOREIGN KEY (manager_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sessions: the browser holds a random 256-bit token; only its BLAKE2b hash
-- is stored, so a copy of this table cannot be replayed as a cookie.
CREATE TABLE session (
	token_hash	BINARY(32) NOT NULL PRIMARY KEY,
	staff_id	INT UNSIGNED NOT NULL,
	csrf		CHAR(43) NOT NULL,
	created_at	DATETIME NOT NULL,
	last_seen	DATETIME NOT NULL,
	KEY ix_session_staff (staff_id),
	CONSTRAINT fk_session_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
	    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- Failed sign-ins, for the per-account and per-address throttle. The
-- attempted username is kept as typed (it may be anything) and only shown
-- escaped.
CREATE TABLE signin_failure (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	username	VARCHAR(64) NOT NULL,
	address		VARCHAR(45) NOT NULL,
	at		DATETIME NOT NULL,
	KEY ix_failure_user (username, at),
	KEY ix_failure_addr (address, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
