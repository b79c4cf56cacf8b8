-- The member's own account changes (issue 17): every one-time link is kept as the SHA-256 of its token with an expiry,
-- like the verification and restore links. PENDING_EMAIL is the new address of an e-mail change until its link is
-- followed. SESSION_GENERATION grows with every password change or reset: a session signed in under an older one is
-- ended at its next request (web's MemberSessionFilter), on whichever node it lives.
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN PENDING_EMAIL VARCHAR(254);
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN EMAIL_CHANGE_TOKEN_HASH VARCHAR(64);
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN EMAIL_CHANGE_EXPIRES_AT TIMESTAMP;
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN RESET_TOKEN_HASH VARCHAR(64);
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN RESET_EXPIRES_AT TIMESTAMP;
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN SESSION_GENERATION INTEGER NOT NULL DEFAULT 0;
CREATE INDEX MEMBER_ACCOUNT_EMAIL_CHANGE_TOKEN ON MEMBER_ACCOUNT (EMAIL_CHANGE_TOKEN_HASH);
CREATE INDEX MEMBER_ACCOUNT_RESET_TOKEN ON MEMBER_ACCOUNT (RESET_TOKEN_HASH);
-- Unverified sign-ups are destroyed 7 days after the sign-up (retention rule membership.unverified-sign-ups), oldest
-- first.
CREATE INDEX MEMBER_ACCOUNT_PENDING ON MEMBER_ACCOUNT (STATUS, JOINED_AT, ID);
