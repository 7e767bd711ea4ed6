-- A fuller demo roster: 345 more generated people in the eleven teams of
-- 0001_org.sql, so every team has 20 to 60 people and survey reports have
-- groups above the anonymity threshold. Names are made from two lists.
-- Staff numbers run E20001 to E20345, usernames are first.lastNNN and the
-- same number always makes the same person, so loading this file twice
-- changes nothing (INSERT IGNORE on the unique staff number and username).
--
-- These people cannot sign in: password_hash is the string ! which no
-- password matches, and chorusctl demo only sets the demo password where
-- password_hash is NULL.
-- No semicolons inside comments or strings and no quote marks inside
-- comments: one statement per semicolon, for a simple statement splitter.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;

DROP TEMPORARY TABLE IF EXISTS bulk_team, bulk_first, bulk_last, bulk_seq;

-- How many new people each team gets (numbers first_n .. first_n+cnt-1)
-- and which set of job titles it draws from.
CREATE TEMPORARY TABLE bulk_team (
	team		VARCHAR(120) NOT NULL PRIMARY KEY,
	first_n		INT NOT NULL,
	cnt		INT NOT NULL,
	kind		VARCHAR(16) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO bulk_team VALUES
	('Front Door North', 1, 44, 'practice'),
	('Front Door South', 45, 37, 'practice'),
	('Assessment and Intervention East', 82, 51, 'practice'),
	('Children Looked After 1', 133, 36, 'practice'),
	('Children Looked After 2', 169, 34, 'practice'),
	('Leaving Care', 203, 29, 'leaving'),
	('Disabled Children West', 232, 30, 'practice'),
	('Safeguarding and Reviewing', 262, 25, 'reviewing'),
	('Quality Assurance', 287, 18, 'quality'),
	('Workforce and Business Systems', 305, 22, 'systems'),
	('Service Leadership', 327, 19, 'leadership');

CREATE TEMPORARY TABLE bulk_first (
	i		INT NOT NULL PRIMARY KEY,
	name		VARCHAR(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO bulk_first (i, name)
SELECT ROW_NUMBER() OVER (ORDER BY seq) - 1, name FROM (
	SELECT 1 AS seq, 'Olivia' AS name UNION ALL SELECT 2, 'Amelia'
	UNION ALL SELECT 3, 'Isla' UNION ALL SELECT 4, 'Ava'
	UNION ALL SELECT 5, 'Mia' UNION ALL SELECT 6, 'Ivy'
	UNION ALL SELECT 7, 'Lily' UNION ALL SELECT 8, 'Isabella'
	UNION ALL SELECT 9, 'Rosie' UNION ALL SELECT 10, 'Sophia'
	UNION ALL SELECT 11, 'Grace' UNION ALL SELECT 12, 'Freya'
	UNION ALL SELECT 13, 'Ella' UNION ALL SELECT 14, 'Evie'
	UNION ALL SELECT 15, 'Poppy' UNION ALL SELECT 16, 'Charlotte'
	UNION ALL SELECT 17, 'Emily' UNION ALL SELECT 18, 'Jessica'
	UNION ALL SELECT 19, 'Sophie' UNION ALL SELECT 20, 'Lucy'
	UNION ALL SELECT 21, 'Hannah' UNION ALL SELECT 22, 'Rebecca'
	UNION ALL SELECT 23, 'Katie' UNION ALL SELECT 24, 'Laura'
	UNION ALL SELECT 25, 'Rachel' UNION ALL SELECT 26, 'Gemma'
	UNION ALL SELECT 27, 'Natalie' UNION ALL SELECT 28, 'Kelly'
	UNION ALL SELECT 29, 'Stacey' UNION ALL SELECT 30, 'Joanne'
	UNION ALL SELECT 31, 'Nicola' UNION ALL SELECT 32, 'Samantha'
	UNION ALL SELECT 33, 'Claire' UNION ALL SELECT 34, 'Louise'
	UNION ALL SELECT 35, 'Helen' UNION ALL SELECT 36, 'Sarah'
	UNION ALL SELECT 37, 'Amy' UNION ALL SELECT 38, 'Zainab'
	UNION ALL SELECT 39, 'Ayesha' UNION ALL SELECT 40, 'Fatima'
	UNION ALL SELECT 41, 'Sana' UNION ALL SELECT 42, 'Amina'
	UNION ALL SELECT 43, 'Priya' UNION ALL SELECT 44, 'Anjali'
	UNION ALL SELECT 45, 'Simran' UNION ALL SELECT 46, 'Deepa'
	UNION ALL SELECT 47, 'Chioma' UNION ALL SELECT 48, 'Adaeze'
	UNION ALL SELECT 49, 'Folake' UNION ALL SELECT 50, 'Yetunde'
	UNION ALL SELECT 51, 'Abena' UNION ALL SELECT 52, 'Agnieszka'
	UNION ALL SELECT 53, 'Magdalena' UNION ALL SELECT 54, 'Oliver'
	UNION ALL SELECT 55, 'George' UNION ALL SELECT 56, 'Harry'
	UNION ALL SELECT 57, 'Jack' UNION ALL SELECT 58, 'Jacob'
	UNION ALL SELECT 59, 'Thomas' UNION ALL SELECT 60, 'James'
	UNION ALL SELECT 61, 'Daniel' UNION ALL SELECT 62, 'Matthew'
	UNION ALL SELECT 63, 'Liam' UNION ALL SELECT 64, 'Ryan'
	UNION ALL SELECT 65, 'Adam' UNION ALL SELECT 66, 'Mohammed'
	UNION ALL SELECT 67, 'Yusuf' UNION ALL SELECT 68, 'Hamza'
	UNION ALL SELECT 69, 'Bilal' UNION ALL SELECT 70, 'Tariq'
	UNION ALL SELECT 71, 'Kwame' UNION ALL SELECT 72, 'Emeka'
	UNION ALL SELECT 73, 'Tunde' UNION ALL SELECT 74, 'Marek'
	UNION ALL SELECT 75, 'Tomasz' UNION ALL SELECT 76, 'Callum'
	UNION ALL SELECT 77, 'Rhys' UNION ALL SELECT 78, 'Owen'
	UNION ALL SELECT 79, 'Lewis' UNION ALL SELECT 80, 'Sean'
) f;

CREATE TEMPORARY TABLE bulk_last (
	i		INT NOT NULL PRIMARY KEY,
	name		VARCHAR(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO bulk_last (i, name)
SELECT ROW_NUMBER() OVER (ORDER BY seq) - 1, name FROM (
	SELECT 1 AS seq, 'Smith' AS name UNION ALL SELECT 2, 'Jones'
	UNION ALL SELECT 3, 'Taylor' UNION ALL SELECT 4, 'Brown'
	UNION ALL SELECT 5, 'Williams' UNION ALL SELECT 6, 'Wilson'
	UNION ALL SELECT 7, 'Johnson' UNION ALL SELECT 8, 'Davies'
	UNION ALL SELECT 9, 'Patel' UNION ALL SELECT 10, 'Robinson'
	UNION ALL SELECT 11, 'Wright' UNION ALL SELECT 12, 'Thompson'
	UNION ALL SELECT 13, 'Evans' UNION ALL SELECT 14, 'Walker'
	UNION ALL SELECT 15, 'White' UNION ALL SELECT 16, 'Roberts'
	UNION ALL SELECT 17, 'Green' UNION ALL SELECT 18, 'Hall'
	UNION ALL SELECT 19, 'Thomas' UNION ALL SELECT 20, 'Clarke'
	UNION ALL SELECT 21, 'Jackson' UNION ALL SELECT 22, 'Wood'
	UNION ALL SELECT 23, 'Harris' UNION ALL SELECT 24, 'Edwards'
	UNION ALL SELECT 25, 'Turner' UNION ALL SELECT 26, 'Martin'
	UNION ALL SELECT 27, 'Cooper' UNION ALL SELECT 28, 'Hill'
	UNION ALL SELECT 29, 'Ward' UNION ALL SELECT 30, 'Hughes'
	UNION ALL SELECT 31, 'Moore' UNION ALL SELECT 32, 'Clark'
	UNION ALL SELECT 33, 'King' UNION ALL SELECT 34, 'Harrison'
	UNION ALL SELECT 35, 'Lewis' UNION ALL SELECT 36, 'Baker'
	UNION ALL SELECT 37, 'Lee' UNION ALL SELECT 38, 'Allen'
	UNION ALL SELECT 39, 'Morris' UNION ALL SELECT 40, 'Khan'
	UNION ALL SELECT 41, 'Scott' UNION ALL SELECT 42, 'Watson'
	UNION ALL SELECT 43, 'Davis' UNION ALL SELECT 44, 'Parker'
	UNION ALL SELECT 45, 'James' UNION ALL SELECT 46, 'Bennett'
	UNION ALL SELECT 47, 'Young' UNION ALL SELECT 48, 'Phillips'
	UNION ALL SELECT 49, 'Richardson' UNION ALL SELECT 50, 'Mitchell'
	UNION ALL SELECT 51, 'Bailey' UNION ALL SELECT 52, 'Carter'
	UNION ALL SELECT 53, 'Cook' UNION ALL SELECT 54, 'Singh'
	UNION ALL SELECT 55, 'Shaw' UNION ALL SELECT 56, 'Bell'
	UNION ALL SELECT 57, 'Collins' UNION ALL SELECT 58, 'Morgan'
	UNION ALL SELECT 59, 'Kelly' UNION ALL SELECT 60, 'Begum'
	UNION ALL SELECT 61, 'Dixon' UNION ALL SELECT 62, 'Miller'
	UNION ALL SELECT 63, 'Marshall' UNION ALL SELECT 64, 'Anderson'
	UNION ALL SELECT 65, 'Simpson' UNION ALL SELECT 66, 'Ellis'
	UNION ALL SELECT 67, 'Adams' UNION ALL SELECT 68, 'Campbell'
	UNION ALL SELECT 69, 'Murphy' UNION ALL SELECT 70, 'Hussain'
	UNION ALL SELECT 71, 'Ahmed' UNION ALL SELECT 72, 'Ali'
	UNION ALL SELECT 73, 'Okafor' UNION ALL SELECT 74, 'Mensah'
	UNION ALL SELECT 75, 'Adeyemi' UNION ALL SELECT 76, 'Nowak'
	UNION ALL SELECT 77, 'Kowalczyk' UNION ALL SELECT 78, 'Chowdhury'
	UNION ALL SELECT 79, 'Rahman' UNION ALL SELECT 80, 'Akhtar'
	UNION ALL SELECT 81, 'Kaur' UNION ALL SELECT 82, 'Gill'
	UNION ALL SELECT 83, 'Sharma' UNION ALL SELECT 84, 'Hassan'
	UNION ALL SELECT 85, 'Osei' UNION ALL SELECT 86, 'Boateng'
	UNION ALL SELECT 87, 'Reid' UNION ALL SELECT 88, 'Fraser'
	UNION ALL SELECT 89, 'Stewart' UNION ALL SELECT 90, 'Jenkins'
) l;

CREATE TEMPORARY TABLE bulk_seq (
	n		INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;

INSERT INTO bulk_seq (n)
WITH RECURSIVE s (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 345)
SELECT n FROM s;

-- Person n is number k in its team. Job titles come round in a fixed
-- pattern by k: mostly Social Workers in the practice teams, with Senior
-- and Advanced Practitioners, Family Support Workers, business support
-- and a Team Manager for every twenty people.
INSERT IGNORE INTO staff (staff_no, username, display_name, email, job_title,
    team_id, roles, password_hash, active, started_on)
SELECT
	CONCAT('E2', LPAD(g.n, 4, '0')),
	CONCAT(LOWER(f.name), '.', LOWER(l.name), g.n + 100),
	CONCAT(f.name, ' ', l.name),
	CONCAT(LOWER(f.name), '.', LOWER(l.name), g.n + 100, '@anyshire.gov.uk'),
	g.title,
	t.id,
	IF(g.title IN ('Team Manager', 'Service Manager'), 'staff,manager', 'staff'),
	'!',
	1,
	DATE('2005-01-04') + INTERVAL ((g.n * 211) % 7300) DAY
FROM (
	SELECT s.n, b.team, CASE
	    WHEN b.kind = 'leadership' THEN ELT((s.n - b.first_n) % 6 + 1,
		'Service Manager', 'Business Support Officer', 'Practice Lead',
		'Improvement Programme Officer', 'Performance Officer',
		'Business Support Officer')
	    WHEN (s.n - b.first_n) % 20 = 6 THEN 'Team Manager'
	    WHEN b.kind = 'practice' THEN CASE
		WHEN (s.n - b.first_n) % 10 = 2 THEN 'Senior Practitioner'
		WHEN (s.n - b.first_n) % 10 = 5 THEN 'Family Support Worker'
		WHEN (s.n - b.first_n) % 15 = 11 THEN 'Advanced Practitioner'
		WHEN (s.n - b.first_n) % 17 = 16 THEN 'Business Support Officer'
		ELSE 'Social Worker' END
	    WHEN b.kind = 'leaving' THEN CASE
		WHEN (s.n - b.first_n) % 3 = 0 THEN 'Personal Adviser'
		WHEN (s.n - b.first_n) % 10 = 4 THEN 'Senior Practitioner'
		ELSE 'Social Worker' END
	    WHEN b.kind = 'reviewing' THEN CASE
		WHEN (s.n - b.first_n) % 3 = 0 THEN 'Child Protection Chair'
		WHEN (s.n - b.first_n) % 11 = 5 THEN 'Business Support Officer'
		ELSE 'Independent Reviewing Officer' END
	    WHEN b.kind = 'quality' THEN IF((s.n - b.first_n) % 3 = 0,
		'Practice Improvement Officer', 'Quality Assurance Officer')
	    ELSE ELT((s.n - b.first_n) % 4 + 1, 'Systems Support Officer',
		'Business Support Officer', 'Workforce Development Officer',
		'Data and Performance Analyst')
	    END AS title
	FROM bulk_seq s
	JOIN bulk_team b ON s.n >= b.first_n AND s.n < b.first_n + b.cnt
) g
JOIN team t ON t.name = g.team
JOIN bulk_first f ON f.i = (g.n * 37) % 80
JOIN bulk_last l ON l.i = (g.n * 53 + 11) % 90
ORDER BY g.n;

-- Line management: new Team and Service Managers report to the manager
-- of the person who manages their team (a head of service), everyone else
-- to the team manager from 0001_org.sql.
DROP TEMPORARY TABLE IF EXISTS bulk_mgr;
CREATE TEMPORARY TABLE bulk_mgr (
	team_id		INT UNSIGNED NOT NULL PRIMARY KEY,
	manager_id	INT UNSIGNED NOT NULL,
	head_id		INT UNSIGNED NULL
) ENGINE=InnoDB;

INSERT INTO bulk_mgr (team_id, manager_id, head_id)
SELECT m.team_id, m.id, m.manager_id
FROM staff m
JOIN (SELECT team_id, MIN(staff_no) AS staff_no FROM staff
      WHERE staff_no LIKE 'E1%' AND FIND_IN_SET('manager', roles)
      GROUP BY team_id) f ON f.team_id = m.team_id AND f.staff_no = m.staff_no;

UPDATE staff s
JOIN bulk_mgr b ON b.team_id = s.team_id
SET s.manager_id = IF(FIND_IN_SET('manager', s.roles) AND b.head_id IS NOT NULL,
    b.head_id, b.manager_id)
WHERE s.staff_no LIKE 'E2%' AND s.manager_id IS NULL;

DROP TEMPORARY TABLE bulk_team, bulk_first, bulk_last, bulk_seq, bulk_mgr;
