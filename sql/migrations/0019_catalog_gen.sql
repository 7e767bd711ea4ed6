-- One number that moves whenever anything an Insights report is drawn from,
-- other than the rollup tables, changes: the organisation (service areas,
-- teams and their merges) and the surveys (versions, sections, questions,
-- waves). chorus-insights keeps the pages it has rendered, per worker, and
-- reads this row and the last rollup batch with the session on every
-- request: the same numbers mean the same page (docs/insights.md). Kept by
-- triggers, so every writer is covered: the admin screens, chorusctl, the
-- roster import and SQL typed by hand. None of these tables is written by
-- a survey submission or by the rollup, so the row is never a hot spot.
CREATE TABLE catalog_gen (
	id	TINYINT UNSIGNED NOT NULL PRIMARY KEY,
	gen	BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB;
INSERT INTO catalog_gen (id, gen) VALUES (1, 1);

CREATE TRIGGER service_area_insert_gen AFTER INSERT ON service_area FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER service_area_update_gen AFTER UPDATE ON service_area FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER service_area_delete_gen AFTER DELETE ON service_area FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER team_insert_gen AFTER INSERT ON team FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER team_update_gen AFTER UPDATE ON team FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER team_delete_gen AFTER DELETE ON team FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER survey_insert_gen AFTER INSERT ON survey FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER survey_update_gen AFTER UPDATE ON survey FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER survey_delete_gen AFTER DELETE ON survey FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER survey_version_insert_gen AFTER INSERT ON survey_version FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER survey_version_update_gen AFTER UPDATE ON survey_version FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER survey_version_delete_gen AFTER DELETE ON survey_version FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER survey_section_insert_gen AFTER INSERT ON survey_section FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER survey_section_update_gen AFTER UPDATE ON survey_section FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER survey_section_delete_gen AFTER DELETE ON survey_section FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER question_insert_gen AFTER INSERT ON question FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER question_update_gen AFTER UPDATE ON question FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER question_delete_gen AFTER DELETE ON question FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER wave_insert_gen AFTER INSERT ON wave FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER wave_update_gen AFTER UPDATE ON wave FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
CREATE TRIGGER wave_delete_gen AFTER DELETE ON wave FOR EACH ROW
	UPDATE catalog_gen SET gen = gen + 1 WHERE id = 1;
