-- Demo people and data for case audits (helper A).
--
-- Two more demo sign-ins (password chorus-demo, set by chorusctl demo for
-- every row whose password_hash is NULL):
--   aud2.demo   Quality Assurance Auditor      staff,auditor
--               (a second auditor, so an audit by aud.demo can be moderated)
--   head.demo   Head of Service                staff,head
--               (sees every overdue escalation)
-- And one draft audit by aud.demo of a case allocated to sw.demo, so the
-- demo home page of aud.demo has an audit to complete. It is only made when
-- there are no audits at all, so loading this file twice changes nothing.
-- Nothing in the trail (audit_entry, escalation) is made here: those rows
-- are hash-chained and are only ever written by chorus-staff.
-- No semicolons inside comments or strings and no quote marks inside
-- comments: one statement per semicolon, for a simple statement splitter.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;

INSERT IGNORE INTO staff (staff_no, username, display_name, email, job_title,
    team_id, manager_id, roles, password_hash, active, started_on)
SELECT 'E11091', 'aud2.demo', 'Bethan Rees', 'bethan.rees@anyshire.gov.uk',
    'Quality Assurance Auditor', t.id, a.manager_id, 'staff,auditor', NULL, 1, '2020-02-03'
FROM team t LEFT JOIN staff a ON a.username = 'aud.demo'
WHERE t.name = 'Quality Assurance';

INSERT IGNORE INTO staff (staff_no, username, display_name, email, job_title,
    team_id, roles, password_hash, active, started_on)
SELECT 'E10039', 'head.demo', 'Grace Adeyemi', 'grace.adeyemi@anyshire.gov.uk',
    'Head of Service, Quality and Performance', t.id, 'staff,head', NULL, 1, '2015-07-01'
FROM team t WHERE t.name = 'Service Leadership';

INSERT INTO audit (case_ref, team_id, worker_id, auditor_id, standards_version_id,
    status, started_at)
SELECT 'CM/2026/0101', w.team_id, w.id, a.id, v.id, 'draft', UTC_TIMESTAMP() - INTERVAL 2 DAY
FROM staff w
JOIN staff a ON a.username = 'aud.demo'
JOIN standards_version v ON v.id = (SELECT id FROM standards_version
    WHERE effective_on <= UTC_DATE() ORDER BY effective_on DESC, version DESC LIMIT 1)
WHERE w.username = 'sw.demo' AND NOT EXISTS (SELECT 1 FROM audit);
