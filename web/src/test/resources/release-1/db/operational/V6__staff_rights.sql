-- Access rights of staff (safety-measures standard Arts. 5-6): the data categories a handler may see, a counter
-- that ends live sessions when rights change, and the append-only history of every grant, change and revocation.

-- The data categories a handler is granted; each becomes the security group SCOPE_<CATEGORY> at login.
CREATE TABLE STAFF_CATEGORY (
    STAFF_ID BIGINT NOT NULL,
    CATEGORY VARCHAR(30) NOT NULL,
    CONSTRAINT STAFF_CATEGORY_PK PRIMARY KEY (STAFF_ID, CATEGORY),
    CONSTRAINT STAFF_CATEGORY_ACCOUNT FOREIGN KEY (STAFF_ID) REFERENCES STAFF_ACCOUNT (ID)
);

-- Counts the changes of an account's rights; a session started under an older count ends at its next request.
ALTER TABLE STAFF_ACCOUNT ADD COLUMN RIGHTS_VERSION INTEGER NOT NULL DEFAULT 0;

-- Kept at least three years (Art. 6); the retention job will only ever delete rows older than that.
-- Ids come from a sequence at persist time, so that the records of one change keep the order they were made in.
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

-- Append-only like ACCESS_RECORD (V2): a refused UPDATE or DELETE fires a trigger whose insert the guard's CHECK
-- rejects, so the statement fails and Derby's error names ACCESS_RIGHTS_RECORD_IS_APPEND_ONLY.
CREATE TABLE ACCESS_RIGHTS_RECORD_APPEND_ONLY (
    REFUSED INTEGER NOT NULL CONSTRAINT ACCESS_RIGHTS_RECORD_IS_APPEND_ONLY CHECK (REFUSED = 0)
);

CREATE TRIGGER ACCESS_RIGHTS_RECORD_NO_UPDATE AFTER UPDATE ON ACCESS_RIGHTS_RECORD
    FOR EACH STATEMENT INSERT INTO ACCESS_RIGHTS_RECORD_APPEND_ONLY VALUES (1);

CREATE TRIGGER ACCESS_RIGHTS_RECORD_NO_DELETE AFTER DELETE ON ACCESS_RIGHTS_RECORD
    FOR EACH STATEMENT INSERT INTO ACCESS_RIGHTS_RECORD_APPEND_ONLY VALUES (1);
