-- The auditors' workspace (safety-measures standard Art. 8): indexes that let an auditor page through millions of
-- access records newest first, by any one filter, reading about one page of index rows; and the monthly inspection
-- with its flags, the auditor's reviews and the sign-off. (V8 and V9 belong to other work.)

-- Replaced by the newest-first indexes below: Derby scans an index one way only, so the auditor's order (newest
-- first) needs descending keys to be read from an index without a sort.
DROP INDEX ACCESS_RECORD_TIME;
DROP INDEX ACCESS_RECORD_ACTOR;
DROP INDEX ACCESS_RECORD_SUBJECT_ID;

-- Newest first over everything; it also carries the columns the dashboard and the inspection group by, so that their
-- counts over a period read this index alone, never the rows.
CREATE INDEX ACCESS_RECORD_NEWEST ON ACCESS_RECORD (OCCURRED_AT DESC, ID DESC, TASK, OUTCOME, ACTOR_ID);
-- One per equality filter of the records page, each in the same newest-first order. The trailing columns let the
-- other equality filters be checked on the index row, so that a rare combination (one actor's downloads) does not
-- fetch every record of the actor to find out.
CREATE INDEX ACCESS_RECORD_ACTOR_NEWEST ON ACCESS_RECORD (ACTOR_ID, OCCURRED_AT DESC, ID DESC, TASK, OUTCOME);
CREATE INDEX ACCESS_RECORD_TASK_NEWEST ON ACCESS_RECORD (TASK, OCCURRED_AT DESC, ID DESC, OUTCOME, ACTOR_ID);
CREATE INDEX ACCESS_RECORD_OUTCOME_NEWEST ON ACCESS_RECORD (OUTCOME, OCCURRED_AT DESC, ID DESC, TASK, ACTOR_ID);
-- A data subject's records, without touching the subject rows themselves.
CREATE INDEX ACCESS_RECORD_SUBJECT_RECORDS ON ACCESS_RECORD_SUBJECT (SUBJECT_ID, RECORD_ID DESC);

-- One report per month (PERIOD = yyyy-MM in ZONE): made once, on demand or by the monthly job, and then only reviewed
-- and signed off. SETTINGS keeps the thresholds the flags were raised with.
CREATE TABLE INSPECTION_REPORT (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    PERIOD CHAR(7) NOT NULL,
    ZONE VARCHAR(40) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(100) NOT NULL,
    SETTINGS VARCHAR(300) NOT NULL,
    SIGNED_OFF_AT TIMESTAMP,
    SIGNED_OFF_BY VARCHAR(100),
    SIGN_OFF_NOTE VARCHAR(1000),
    VERSION INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT INSPECTION_REPORT_PK PRIMARY KEY (ID),
    CONSTRAINT INSPECTION_REPORT_PERIOD_UNIQUE UNIQUE (PERIOD)
);

-- How many access records each actor left in the month, by task.
CREATE TABLE INSPECTION_ACTOR_COUNT (
    REPORT_ID BIGINT NOT NULL,
    ACTOR_ID VARCHAR(100) NOT NULL,
    TASK VARCHAR(10) NOT NULL,
    RECORDS BIGINT NOT NULL,
    CONSTRAINT INSPECTION_ACTOR_COUNT_PK PRIMARY KEY (REPORT_ID, ACTOR_ID, TASK),
    CONSTRAINT INSPECTION_ACTOR_COUNT_REPORT FOREIGN KEY (REPORT_ID) REFERENCES INSPECTION_REPORT (ID)
);

-- What the inspection found worth a look: bulk access, off-hours access, a download, repeated denials, a login from
-- a new address. The auditor reviews each with a note (REVIEWED_*), before signing the report off.
CREATE TABLE INSPECTION_FLAG (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    REPORT_ID BIGINT NOT NULL,
    KIND VARCHAR(20) NOT NULL,
    ACTOR_ID VARCHAR(100) NOT NULL,
    DAY DATE NOT NULL,
    OBSERVED BIGINT NOT NULL,
    RECORD_ID BIGINT,
    DETAIL VARCHAR(500),
    REVIEWED_AT TIMESTAMP,
    REVIEWED_BY VARCHAR(100),
    REVIEW_NOTE VARCHAR(1000),
    VERSION INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT INSPECTION_FLAG_PK PRIMARY KEY (ID),
    CONSTRAINT INSPECTION_FLAG_REPORT FOREIGN KEY (REPORT_ID) REFERENCES INSPECTION_REPORT (ID)
);
CREATE INDEX INSPECTION_FLAG_OF_REPORT ON INSPECTION_FLAG (REPORT_ID, ID);

-- A new address is new against all earlier logins of the same person: their successful logins by address.
CREATE INDEX STAFF_LOGIN_RECORD_ADDRESS ON STAFF_LOGIN_RECORD (LOGIN_ID, CLIENT_IP, OUTCOME, OCCURRED_AT);
