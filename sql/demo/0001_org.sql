-- Demo organisation for `make run` and the tests: Anyshire County Council
-- children and families social care, four service areas, eleven teams and 65 people
-- (one of them a leaver). Everyone is fictional.
--
-- The five demo sign-ins (password "chorus-demo", set by `chorusctl demo`
-- for every row whose password_hash is NULL):
--   sw.demo     Social Worker, Front Door North            staff
--   tm.demo     Team Manager, Front Door North             staff,manager
--               (manager of sw.demo and of everyone else in that team)
--   aud.demo    Quality Assurance Auditor                  staff,auditor
--   hr.demo     HR Business Partner                        staff,hr
--   admin.demo  System Administrator                       staff,admin
--
-- Loading it twice changes nothing: INSERT IGNORE skips rows that exist (by
-- their unique names, staff numbers and usernames) and managers are only
-- filled in where none is set.
-- No semicolons inside comments or strings and no quote marks inside
-- comments: one statement per semicolon, for a simple statement splitter.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;

INSERT IGNORE INTO service_area (name) VALUES
	('Family Front Door'),
	('Through Care'),
	('Children with Disabilities'),
	('Practice Improvement');

INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Front Door North' FROM service_area WHERE name = 'Family Front Door';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Front Door South' FROM service_area WHERE name = 'Family Front Door';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Assessment and Intervention East' FROM service_area WHERE name = 'Family Front Door';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Children Looked After 1' FROM service_area WHERE name = 'Through Care';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Children Looked After 2' FROM service_area WHERE name = 'Through Care';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Leaving Care' FROM service_area WHERE name = 'Through Care';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Disabled Children West' FROM service_area WHERE name = 'Children with Disabilities';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Safeguarding and Reviewing' FROM service_area WHERE name = 'Practice Improvement';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Quality Assurance' FROM service_area WHERE name = 'Practice Improvement';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Workforce and Business Systems' FROM service_area WHERE name = 'Practice Improvement';
INSERT IGNORE INTO team (service_area_id, name)
SELECT id, 'Service Leadership' FROM service_area WHERE name = 'Practice Improvement';

-- The roster, with teams and managers by name, resolved to ids below.
DROP TEMPORARY TABLE IF EXISTS demo_staff;
CREATE TEMPORARY TABLE demo_staff (
	staff_no	VARCHAR(32) NOT NULL,
	username	VARCHAR(64) NOT NULL,
	display_name	VARCHAR(120) NOT NULL,
	email		VARCHAR(254) NOT NULL,
	job_title	VARCHAR(120) NOT NULL,
	team		VARCHAR(120) NOT NULL,
	manager		VARCHAR(64) NULL,
	roles		VARCHAR(64) NOT NULL,
	started_on	DATE NOT NULL,
	left_on		DATE NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_staff VALUES
-- Service Leadership: the heads of service.
('E10017', 'r.whitfield', 'Rachel Whitfield', 'rachel.whitfield@anyshire.gov.uk', 'Head of Service, Family Front Door', 'Service Leadership', NULL, 'staff,manager', '2014-09-01', NULL),
('E10026', 'd.okafor', 'David Okafor', 'david.okafor@anyshire.gov.uk', 'Head of Service, Through Care', 'Service Leadership', NULL, 'staff,manager', '2012-04-16', NULL),
('E10031', 'h.macleod', 'Helen MacLeod', 'helen.macleod@anyshire.gov.uk', 'Head of Service, Practice Improvement', 'Service Leadership', NULL, 'staff,manager', '2016-01-04', NULL),

-- Family Front Door: Front Door North (the demo team).
('E10101', 'tm.demo', 'Tom Marsh', 'tom.marsh@anyshire.gov.uk', 'Team Manager', 'Front Door North', 'r.whitfield', 'staff,manager', '2017-03-06', NULL),
('E10102', 'sw.demo', 'Sarah Walsh', 'sarah.walsh@anyshire.gov.uk', 'Social Worker', 'Front Door North', 'tm.demo', 'staff', '2021-09-13', NULL),
('E10234', 'a.khan', 'Aisha Khan', 'aisha.khan@anyshire.gov.uk', 'Senior Practitioner', 'Front Door North', 'tm.demo', 'staff', '2018-06-18', NULL),
('E10241', 'j.oneill', 'James O''Neill', 'james.oneill@anyshire.gov.uk', 'Social Worker', 'Front Door North', 'tm.demo', 'staff', '2022-10-03', NULL),
('E10245', 'p.sharma', 'Priya Sharma', 'priya.sharma@anyshire.gov.uk', 'Social Worker', 'Front Door North', 'tm.demo', 'staff', '2020-01-27', NULL),
('E10252', 'c.hughes', 'Chloe Hughes', 'chloe.hughes@anyshire.gov.uk', 'Social Worker', 'Front Door North', 'tm.demo', 'staff', '2023-09-04', NULL),
('E10258', 'm.begum', 'Mumtaz Begum', 'mumtaz.begum@anyshire.gov.uk', 'Family Support Worker', 'Front Door North', 'tm.demo', 'staff', '2015-11-09', NULL),
('E10263', 'k.lloyd', 'Karen Lloyd', 'karen.lloyd@anyshire.gov.uk', 'Business Support Officer', 'Front Door North', 'tm.demo', 'staff', '2011-05-23', NULL),

-- Family Front Door: Front Door South.
('E10310', 'g.thompson', 'Gareth Thompson', 'gareth.thompson@anyshire.gov.uk', 'Team Manager', 'Front Door South', 'r.whitfield', 'staff,manager', '2016-07-11', NULL),
('E10318', 'n.adeyemi', 'Ngozi Adeyemi', 'ngozi.adeyemi@anyshire.gov.uk', 'Advanced Practitioner', 'Front Door South', 'g.thompson', 'staff,auditor', '2015-02-02', NULL),
('E10322', 'l.bennett', 'Laura Bennett', 'laura.bennett@anyshire.gov.uk', 'Senior Practitioner', 'Front Door South', 'g.thompson', 'staff', '2019-04-29', NULL),
('E10327', 's.ali', 'Sajid Ali', 'sajid.ali@anyshire.gov.uk', 'Social Worker', 'Front Door South', 'g.thompson', 'staff', '2021-02-15', NULL),
('E10331', 'e.robinson', 'Emma Robinson', 'emma.robinson@anyshire.gov.uk', 'Social Worker', 'Front Door South', 'g.thompson', 'staff', '2022-08-30', NULL),
('E10336', 'o.kowalski', 'Ola Kowalski', 'ola.kowalski@anyshire.gov.uk', 'Social Worker', 'Front Door South', 'g.thompson', 'staff', '2023-01-09', NULL),
('E10342', 'd.evans', 'Dawn Evans', 'dawn.evans@anyshire.gov.uk', 'Family Support Worker', 'Front Door South', 'g.thompson', 'staff', '2013-10-14', NULL),
('E10347', 'b.carter', 'Ben Carter', 'ben.carter@anyshire.gov.uk', 'Social Worker', 'Front Door South', 'g.thompson', 'staff', '2020-06-01', '2024-03-29'),

-- Family Front Door: Assessment and Intervention East.
('E10405', 'f.osei', 'Francis Osei', 'francis.osei@anyshire.gov.uk', 'Team Manager', 'Assessment and Intervention East', 'r.whitfield', 'staff,manager', '2018-01-08', NULL),
('E10411', 'r.patel', 'Rina Patel', 'rina.patel@anyshire.gov.uk', 'Senior Practitioner', 'Assessment and Intervention East', 'f.osei', 'staff', '2017-09-25', NULL),
('E10416', 'a.mcgregor', 'Alison McGregor', 'alison.mcgregor@anyshire.gov.uk', 'Social Worker', 'Assessment and Intervention East', 'f.osei', 'staff', '2019-11-18', NULL),
('E10420', 't.nguyen', 'Thu Nguyen', 'thu.nguyen@anyshire.gov.uk', 'Social Worker', 'Assessment and Intervention East', 'f.osei', 'staff', '2022-02-07', NULL),
('E10425', 'w.jones', 'William Jones', 'william.jones@anyshire.gov.uk', 'Social Worker', 'Assessment and Intervention East', 'f.osei', 'staff', '2023-09-18', NULL),
('E10429', 'l.mensah', 'Lydia Mensah', 'lydia.mensah@anyshire.gov.uk', 'Family Support Worker', 'Assessment and Intervention East', 'f.osei', 'staff', '2016-03-14', NULL),
('E10433', 'j.price', 'Julie Price', 'julie.price@anyshire.gov.uk', 'Business Support Officer', 'Assessment and Intervention East', 'f.osei', 'staff', '2010-08-02', NULL),

-- Through Care: Children Looked After 1.
('E10502', 'm.doyle', 'Michelle Doyle', 'michelle.doyle@anyshire.gov.uk', 'Team Manager', 'Children Looked After 1', 'd.okafor', 'staff,manager', '2015-05-05', NULL),
('E10507', 'i.hussain', 'Imran Hussain', 'imran.hussain@anyshire.gov.uk', 'Senior Practitioner', 'Children Looked After 1', 'm.doyle', 'staff', '2018-10-22', NULL),
('E10512', 'h.baker', 'Hannah Baker', 'hannah.baker@anyshire.gov.uk', 'Social Worker', 'Children Looked After 1', 'm.doyle', 'staff', '2021-03-08', NULL),
('E10516', 'c.wright', 'Connor Wright', 'connor.wright@anyshire.gov.uk', 'Social Worker', 'Children Looked After 1', 'm.doyle', 'staff', '2022-09-12', NULL),
('E10521', 's.pritchard', 'Siân Pritchard', 'sian.pritchard@anyshire.gov.uk', 'Social Worker', 'Children Looked After 1', 'm.doyle', 'staff', '2020-11-02', NULL),
('E10525', 'y.campbell', 'Yvonne Campbell', 'yvonne.campbell@anyshire.gov.uk', 'Family Support Worker', 'Children Looked After 1', 'm.doyle', 'staff', '2012-06-18', NULL),

-- Through Care: Children Looked After 2.
('E10603', 'p.reid', 'Paul Reid', 'paul.reid@anyshire.gov.uk', 'Team Manager', 'Children Looked After 2', 'd.okafor', 'staff,manager', '2019-02-25', NULL),
('E10608', 'f.ahmed', 'Fatima Ahmed', 'fatima.ahmed@anyshire.gov.uk', 'Advanced Practitioner', 'Children Looked After 2', 'p.reid', 'staff,auditor', '2014-09-15', NULL),
('E10613', 'z.clarke', 'Zoë Clarke', 'zoe.clarke@anyshire.gov.uk', 'Social Worker', 'Children Looked After 2', 'p.reid', 'staff', '2022-01-10', NULL),
('E10617', 'k.murphy', 'Kieran Murphy', 'kieran.murphy@anyshire.gov.uk', 'Social Worker', 'Children Looked After 2', 'p.reid', 'staff', '2021-07-19', NULL),
('E10622', 'a.davies', 'Amy Davies', 'amy.davies@anyshire.gov.uk', 'Social Worker', 'Children Looked After 2', 'p.reid', 'staff', '2023-10-02', NULL),
('E10626', 'l.foster', 'Lorraine Foster', 'lorraine.foster@anyshire.gov.uk', 'Business Support Officer', 'Children Looked After 2', 'p.reid', 'staff', '2009-04-20', NULL),

-- Through Care: Leaving Care.
('E10704', 'm.green', 'Mark Green', 'mark.green@anyshire.gov.uk', 'Team Manager', 'Leaving Care', 'd.okafor', 'staff,manager', '2017-11-13', NULL),
('E10709', 'j.edwards', 'Joanne Edwards', 'joanne.edwards@anyshire.gov.uk', 'Senior Practitioner', 'Leaving Care', 'm.green', 'staff', '2016-05-31', NULL),
('E10713', 'd.bailey', 'Daniel Bailey', 'daniel.bailey@anyshire.gov.uk', 'Personal Adviser', 'Leaving Care', 'm.green', 'staff', '2020-08-24', NULL),
('E10718', 'r.chowdhury', 'Ruksana Chowdhury', 'ruksana.chowdhury@anyshire.gov.uk', 'Personal Adviser', 'Leaving Care', 'm.green', 'staff', '2022-04-04', NULL),
('E10722', 'n.walker', 'Nathan Walker', 'nathan.walker@anyshire.gov.uk', 'Social Worker', 'Leaving Care', 'm.green', 'staff', '2021-12-06', NULL),
('E10727', 'e.fraser', 'Eilidh Fraser', 'eilidh.fraser@anyshire.gov.uk', 'Social Worker', 'Leaving Care', 'm.green', 'staff', '2023-06-26', NULL),

-- Children with Disabilities: Disabled Children West.
('E10801', 'c.owusu', 'Claire Owusu', 'claire.owusu@anyshire.gov.uk', 'Team Manager', 'Disabled Children West', 'd.okafor', 'staff,manager', '2018-08-13', NULL),
('E10806', 'g.morgan', 'Gwen Morgan', 'gwen.morgan@anyshire.gov.uk', 'Senior Practitioner', 'Disabled Children West', 'c.owusu', 'staff', '2015-01-19', NULL),
('E10811', 'a.singh', 'Arjun Singh', 'arjun.singh@anyshire.gov.uk', 'Social Worker', 'Disabled Children West', 'c.owusu', 'staff', '2021-05-10', NULL),
('E10815', 'l.taylor', 'Lucy Taylor', 'lucy.taylor@anyshire.gov.uk', 'Social Worker', 'Disabled Children West', 'c.owusu', 'staff', '2022-11-14', NULL),
('E10820', 's.harris', 'Stephen Harris', 'stephen.harris@anyshire.gov.uk', 'Family Support Worker', 'Disabled Children West', 'c.owusu', 'staff', '2014-02-24', NULL),
('E10824', 'b.kaur', 'Baljit Kaur', 'baljit.kaur@anyshire.gov.uk', 'Family Support Worker', 'Disabled Children West', 'c.owusu', 'staff', '2019-09-09', NULL),

-- Practice Improvement: Safeguarding and Reviewing (IROs, CP chairs).
('E10902', 'j.harrison', 'Jane Harrison', 'jane.harrison@anyshire.gov.uk', 'Team Manager', 'Safeguarding and Reviewing', 'h.macleod', 'staff,manager', '2013-03-18', NULL),
('E10907', 'm.obrien', 'Maureen O''Brien', 'maureen.obrien@anyshire.gov.uk', 'Independent Reviewing Officer', 'Safeguarding and Reviewing', 'j.harrison', 'staff', '2011-10-03', NULL),
('E10911', 'v.rahman', 'Victoria Rahman', 'victoria.rahman@anyshire.gov.uk', 'Independent Reviewing Officer', 'Safeguarding and Reviewing', 'j.harrison', 'staff', '2017-06-05', NULL),
('E10916', 'p.jackson', 'Peter Jackson', 'peter.jackson@anyshire.gov.uk', 'Independent Reviewing Officer', 'Safeguarding and Reviewing', 'j.harrison', 'staff', '2019-01-14', NULL),
('E10920', 'a.wood', 'Angela Wood', 'angela.wood@anyshire.gov.uk', 'Child Protection Chair', 'Safeguarding and Reviewing', 'j.harrison', 'staff', '2016-09-26', NULL),

-- Practice Improvement: Quality Assurance.
('E11003', 'k.bell', 'Kathryn Bell', 'kathryn.bell@anyshire.gov.uk', 'Quality Assurance Manager', 'Quality Assurance', 'h.macleod', 'staff,manager,auditor', '2015-07-20', NULL),
('E11008', 'aud.demo', 'Andrew Douglas', 'andrew.douglas@anyshire.gov.uk', 'Quality Assurance Auditor', 'Quality Assurance', 'k.bell', 'staff,auditor', '2019-05-13', NULL),
('E11012', 'o.ibrahim', 'Omar Ibrahim', 'omar.ibrahim@anyshire.gov.uk', 'Quality Assurance Auditor', 'Quality Assurance', 'k.bell', 'staff,auditor', '2020-10-19', NULL),
('E11017', 't.roberts', 'Tracey Roberts', 'tracey.roberts@anyshire.gov.uk', 'Quality Assurance Auditor', 'Quality Assurance', 'k.bell', 'staff,auditor', '2018-02-26', NULL),

-- Practice Improvement: Workforce and Business Systems (HR, systems,
-- business support).
('E11104', 's.cooper', 'Simon Cooper', 'simon.cooper@anyshire.gov.uk', 'Business Systems Manager', 'Workforce and Business Systems', 'h.macleod', 'staff,manager', '2014-11-24', NULL),
('E11109', 'hr.demo', 'Harriet Reynolds', 'harriet.reynolds@anyshire.gov.uk', 'HR Business Partner', 'Workforce and Business Systems', 's.cooper', 'staff,hr', '2018-04-09', NULL),
('E11113', 'n.shah', 'Nadia Shah', 'nadia.shah@anyshire.gov.uk', 'HR Business Partner', 'Workforce and Business Systems', 's.cooper', 'staff,hr', '2021-01-25', NULL),
('E11118', 'admin.demo', 'Adam Mitchell', 'adam.mitchell@anyshire.gov.uk', 'System Administrator', 'Workforce and Business Systems', 's.cooper', 'staff,admin', '2017-08-14', NULL),
('E11122', 'r.fletcher', 'Ryan Fletcher', 'ryan.fletcher@anyshire.gov.uk', 'System Administrator', 'Workforce and Business Systems', 's.cooper', 'staff,admin', '2022-07-04', NULL),
('E11127', 'g.ward', 'Gillian Ward', 'gillian.ward@anyshire.gov.uk', 'Business Support Officer', 'Workforce and Business Systems', 's.cooper', 'staff', '2008-01-07', NULL);

INSERT IGNORE INTO staff (staff_no, username, display_name, email, job_title,
    team_id, roles, password_hash, active, started_on, left_on)
SELECT d.staff_no, d.username, d.display_name, d.email, d.job_title,
    t.id, d.roles, NULL, d.left_on IS NULL, d.started_on, d.left_on
FROM demo_staff d
JOIN team t ON t.name = d.team
ORDER BY d.staff_no;

UPDATE staff s
JOIN demo_staff d ON d.username = s.username
JOIN staff m ON m.username = d.manager
SET s.manager_id = m.id
WHERE s.manager_id IS NULL;

DROP TEMPORARY TABLE demo_staff;
