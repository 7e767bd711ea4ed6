-- Safeguarding terms are matched as written: "ma bate" typed on a phone
-- without accents is its own term, not a duplicate of "mă bate".
ALTER TABLE safeguard_term
	MODIFY term VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
