-- Hardened staff authentication (policy §7B; safety-measures standard Arts. 5-6): lockout after repeated
-- failures, the passwords a member of staff may not reuse, and a record of every staff login attempt.

ALTER TABLE STAFF_ACCOUNT ADD COLUMN FAILED_LOGINS INTEGER NOT NULL DEFAULT 0;
ALTER TABLE STAFF_ACCOUNT ADD COLUMN LOCKED_AT TIMESTAMP;

-- Hashes of the passwords an account used before its current one, newest kept, so they cannot come back.
CREATE TABLE STAFF_PASSWORD_HISTORY (
    STAFF_ID BIGINT NOT NULL,
    PASSWORD_HASH VARCHAR(512) NOT NULL,
    RETIRED_AT TIMESTAMP NOT NULL,
    CONSTRAINT STAFF_PASSWORD_HISTORY_ACCOUNT FOREIGN KEY (STAFF_ID) REFERENCES STAFF_ACCOUNT (ID)
);

-- Every staff login attempt, lockout, unlock and refused request to the staff console: who was tried, when,
-- from where, and how it ended. LOGIN_ID is what was typed (or the account concerned), never a password.
CREATE TABLE STAFF_LOGIN_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    LOGIN_ID VARCHAR(100),
    OCCURRED_AT TIMESTAMP NOT NULL,
    CLIENT_IP VARCHAR(64) NOT NULL,
    OUTCOME VARCHAR(30) NOT NULL,
    DETAIL VARCHAR(200),
    CONSTRAINT STAFF_LOGIN_RECORD_PK PRIMARY KEY (ID)
);
CREATE INDEX STAFF_LOGIN_RECORD_LOGIN ON STAFF_LOGIN_RECORD (LOGIN_ID, OCCURRED_AT);
