-- Dormant accounts (policy §4C): the account stays as a stub (status DORMANT, EMAIL then holding a keyed hash of the
-- address) and its one-time restore link is kept as the SHA-256 of its token with an expiry, like a verification link.
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN RESTORE_TOKEN_HASH VARCHAR(64);
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN RESTORE_EXPIRES_AT TIMESTAMP;
CREATE INDEX MEMBER_ACCOUNT_RESTORE_TOKEN ON MEMBER_ACCOUNT (RESTORE_TOKEN_HASH);
