-- Shared by the audit, insights and administration work.
--
-- Team merges: a merged team points at the team it became part of, and its
-- past survey, voice and audit figures roll up into that team's trends from
-- then on. merged_into_id always names the surviving team directly (a merge
-- into a team that is itself later merged is re-pointed), so one join
-- resolves it. closed_on is set to the merge date.
ALTER TABLE team ADD COLUMN merged_into_id INT UNSIGNED NULL,
	ADD COLUMN merged_on DATE NULL,
	ADD CONSTRAINT fk_team_merged FOREIGN KEY (merged_into_id) REFERENCES team (id);

-- Two more roles: the performance team (reads every insights report, like
-- HR) and heads of service (see overdue escalations and the insights of
-- their own service area).
ALTER TABLE staff MODIFY roles
	SET('staff','manager','auditor','hr','admin','duty','performance','head')
	NOT NULL DEFAULT 'staff';
