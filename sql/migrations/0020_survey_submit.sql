-- The first half of a staff survey submission in one round trip
-- (cgi/core/db_survey.c, db_survey_submit). A submission is one transaction:
-- participation, the used one-time token, the response, its answers and
-- the draft's removal. Sent a statement at a time it took ten round trips,
-- and on a small host each round trip costs the server two thread switches
-- (README, "Benchmark"). This procedure opens the transaction and does
-- everything but the answers; the caller then inserts the answers with one
-- array-bound statement and commits, so the whole submission is three.
--
-- The transaction is left open on success: that is the contract, and the
-- caller treats the CALL as its START TRANSACTION. On any error it is
-- rolled back here and the error raised again, so the caller sees:
--   1062 (duplicate key) when this person already took part in the wave or
--        the token was used before: "already submitted", not a failure;
--   anything else, including a response id already stored (which would be
--        a broken random source, never a second submission), as a failure.
--
-- SQL SECURITY INVOKER: the procedure runs with chorus_staff's own grants,
-- which already cover each statement, so EXECUTE adds no power the program
-- did not have (sql/grants.sql).
CREATE PROCEDURE survey_submit_begin(
	IN p_wave	INT UNSIGNED,
	IN p_staff	INT UNSIGNED,
	IN p_token	BINARY(32),
	IN p_rid	BINARY(16),
	IN p_team	INT UNSIGNED,
	IN p_role	VARCHAR(16))
	MODIFIES SQL DATA
	SQL SECURITY INVOKER
BEGIN
	DECLARE step TINYINT UNSIGNED DEFAULT 0;
	DECLARE msg TEXT;
	DECLARE EXIT HANDLER FOR SQLEXCEPTION
	BEGIN
		ROLLBACK;
		IF step = 3 THEN
			GET DIAGNOSTICS CONDITION 1 msg = MESSAGE_TEXT;
			SET msg = CONCAT('response: ', msg);
			SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
		END IF;
		RESIGNAL;
	END;

	START TRANSACTION;
	SET step = 1;
	INSERT INTO participation (wave_id, staff_id) VALUES (p_wave, p_staff);
	SET step = 2;
	INSERT INTO used_submission (token_hash) VALUES (p_token);
	SET step = 3;
	INSERT INTO response (id, wave_id, team_id, role_group)
	    VALUES (p_rid, p_wave, p_team, p_role);
	SET step = 4;
	DELETE FROM survey_draft WHERE wave_id = p_wave AND staff_id = p_staff;
END;
