-- The second factor of staff logins (policy §7B; safety-measures standard Art. 5(6)): a TOTP secret (RFC 6238)
-- per account, enrolled with a QR code at the first login and reset only by the privacy officer.
ALTER TABLE STAFF_ACCOUNT ADD COLUMN TOTP_SECRET VARCHAR(64);
-- The secret offered by the enrolment page, until a code made from it confirms that the person's app holds it.
ALTER TABLE STAFF_ACCOUNT ADD COLUMN TOTP_PENDING_SECRET VARCHAR(64);
ALTER TABLE STAFF_ACCOUNT ADD COLUMN TOTP_ENROLLED_AT TIMESTAMP;
-- The time step of the last accepted code: a code is good once (RFC 6238 section 5.2).
ALTER TABLE STAFF_ACCOUNT ADD COLUMN TOTP_LAST_STEP BIGINT NOT NULL DEFAULT 0;
-- Until when a right password waits for its code; without it, a code alone logs nobody in.
ALTER TABLE STAFF_ACCOUNT ADD COLUMN SECOND_STEP_UNTIL TIMESTAMP;
