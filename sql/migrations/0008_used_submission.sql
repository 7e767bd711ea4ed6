-- One-time submission tokens already used, as BLAKE2b hashes. A survey
-- submission stores its check page's token here in the submit transaction,
-- and a spooled response its token on replay: a token is used once, so a
-- second tab's submission, even one spooled during an outage, stores
-- nothing. The token came from a draft that is deleted in the same
-- transaction, so nothing here leads back to a person.
CREATE TABLE used_submission (
	token_hash	BINARY(32) NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
