-- Kept answers go back only to the person who typed them: the stash
-- remembers whose (expired) session the answers came with.
DELETE FROM form_stash;
ALTER TABLE form_stash ADD COLUMN staff_id INT UNSIGNED NOT NULL AFTER token_hash;
