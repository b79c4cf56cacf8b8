-- Staff accounts live apart from member accounts (policy §7B): own tables, own login, hardened authentication
-- (safety-measures standard Arts. 5-6) and the append-only history of their access rights.

-- FAILED_LOGINS and LOCKED_AT: the lockout after repeated failures. RIGHTS_VERSION counts the changes of the account's
-- rights; a session started under an older count ends at its next request. TOTP_*: the second factor (RFC 6238),
-- enrolled with a QR code at the first login; TOTP_PENDING_SECRET is the secret offered until a code made from it
-- confirms that the person's app holds it; TOTP_LAST_STEP is the time step of the last accepted code (a code is good
-- once, RFC 6238 section 5.2). SECOND_STEP_UNTIL: until when a right password waits for its code; without it, a code
-- alone logs nobody in.
CREATE TABLE STAFF_ACCOUNT (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    LOGIN_ID VARCHAR(50) NOT NULL,
    PASSWORD_HASH VARCHAR(512) NOT NULL,
    PASSWORD_CHANGED_AT TIMESTAMP NOT NULL,
    MUST_CHANGE_PASSWORD BOOLEAN NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    VERSION INTEGER NOT NULL DEFAULT 0,
    FAILED_LOGINS INTEGER NOT NULL DEFAULT 0,
    LOCKED_AT TIMESTAMP,
    RIGHTS_VERSION INTEGER NOT NULL DEFAULT 0,
    TOTP_SECRET VARCHAR(64),
    TOTP_PENDING_SECRET VARCHAR(64),
    TOTP_ENROLLED_AT TIMESTAMP,
    TOTP_LAST_STEP BIGINT NOT NULL DEFAULT 0,
    SECOND_STEP_UNTIL TIMESTAMP,
    CONSTRAINT STAFF_ACCOUNT_PK PRIMARY KEY (ID),
    CONSTRAINT STAFF_ACCOUNT_LOGIN_UNIQUE UNIQUE (LOGIN_ID)
);

CREATE TABLE STAFF_ROLE (
    STAFF_ID BIGINT NOT NULL,
    ROLE VARCHAR(20) NOT NULL,
    CONSTRAINT STAFF_ROLE_PK PRIMARY KEY (STAFF_ID, ROLE),
    CONSTRAINT STAFF_ROLE_ACCOUNT FOREIGN KEY (STAFF_ID) REFERENCES STAFF_ACCOUNT (ID)
);

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
-- A login from a new address is new against all earlier successful logins of the same person, by address.
CREATE INDEX STAFF_LOGIN_RECORD_ADDRESS ON STAFF_LOGIN_RECORD (LOGIN_ID, CLIENT_IP, OUTCOME, OCCURRED_AT);

-- The data categories a handler is granted; each becomes the security group SCOPE_<CATEGORY> at login.
CREATE TABLE STAFF_CATEGORY (
    STAFF_ID BIGINT NOT NULL,
    CATEGORY VARCHAR(30) NOT NULL,
    CONSTRAINT STAFF_CATEGORY_PK PRIMARY KEY (STAFF_ID, CATEGORY),
    CONSTRAINT STAFF_CATEGORY_ACCOUNT FOREIGN KEY (STAFF_ID) REFERENCES STAFF_ACCOUNT (ID)
);

-- Every grant, change and revocation of access rights, kept at least three years (Art. 6); the retention job will only
-- ever delete rows older than that. Ids come from a sequence at persist time, so that the records of one change keep
-- the order they were made in.
CREATE SEQUENCE ACCESS_RIGHTS_RECORD_SEQ AS BIGINT START WITH 1 INCREMENT BY 1;

CREATE TABLE ACCESS_RIGHTS_RECORD (
    ID BIGINT NOT NULL,
    OCCURRED_AT TIMESTAMP NOT NULL,
    ACTOR_ID VARCHAR(100) NOT NULL,
    TARGET_LOGIN_ID VARCHAR(50) NOT NULL,
    CHANGE_KIND VARCHAR(20) NOT NULL,
    RIGHT_NAME VARCHAR(30),
    REASON VARCHAR(500) NOT NULL,
    CONSTRAINT ACCESS_RIGHTS_RECORD_PK PRIMARY KEY (ID)
);
CREATE INDEX ACCESS_RIGHTS_RECORD_TARGET ON ACCESS_RIGHTS_RECORD (TARGET_LOGIN_ID);

-- Append-only: a refused UPDATE or DELETE fires a trigger whose insert the guard's CHECK rejects, so the statement
-- fails and Derby's error names ACCESS_RIGHTS_RECORD_IS_APPEND_ONLY.
CREATE TABLE ACCESS_RIGHTS_RECORD_APPEND_ONLY (
    REFUSED INTEGER NOT NULL CONSTRAINT ACCESS_RIGHTS_RECORD_IS_APPEND_ONLY CHECK (REFUSED = 0)
);

CREATE TRIGGER ACCESS_RIGHTS_RECORD_NO_UPDATE AFTER UPDATE ON ACCESS_RIGHTS_RECORD
    FOR EACH STATEMENT INSERT INTO ACCESS_RIGHTS_RECORD_APPEND_ONLY VALUES (1);

CREATE TRIGGER ACCESS_RIGHTS_RECORD_NO_DELETE AFTER DELETE ON ACCESS_RIGHTS_RECORD
    FOR EACH STATEMENT INSERT INTO ACCESS_RIGHTS_RECORD_APPEND_ONLY VALUES (1);
