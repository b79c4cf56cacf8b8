-- The access log (safety-measures standard Art. 8): every access to personal data, append-only in the database itself,
-- sealed into a hash chain right after its commit, verified, destroyed only behind a checkpoint after two years, and
-- counted by day for the auditors' dashboard. See docs/adr/0002-access-record-hash-chain.md and
-- docs/adr/0003-access-chain-sealed-after-commit.md.

-- EclipseLink takes each value as the last id of a block of 50 (allocationSize), so the first is 50.
CREATE SEQUENCE ACCESS_RECORD_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

-- DETAIL: what exactly an access touched, e.g. the names of the fields a correction changed (never their values).
-- SUBJECT_IDS: the record's own list of its data subjects (ascending ids, comma-separated), what the writer hands the
-- sealer; naming 100 subjects costs one row, not 100.
CREATE TABLE ACCESS_RECORD (
    ID BIGINT NOT NULL,
    OCCURRED_AT TIMESTAMP NOT NULL,
    ACTOR_ID VARCHAR(100) NOT NULL,
    ACTOR_ROLE VARCHAR(20) NOT NULL,
    CLIENT_IP VARCHAR(64) NOT NULL,
    TASK VARCHAR(10) NOT NULL,
    CATEGORIES VARCHAR(200) NOT NULL,
    OPERATION VARCHAR(200) NOT NULL,
    OUTCOME VARCHAR(10) NOT NULL,
    REASON VARCHAR(500),
    DETAIL VARCHAR(500),
    SUBJECT_IDS CLOB,
    CONSTRAINT ACCESS_RECORD_PK PRIMARY KEY (ID)
);
-- Newest first over everything (Derby scans an index one way only, so the auditors' order needs descending keys); it
-- also carries the columns the dashboard and the inspection group by, so that their counts over a period read this
-- index alone, never the rows.
CREATE INDEX ACCESS_RECORD_NEWEST ON ACCESS_RECORD (OCCURRED_AT DESC, ID DESC, TASK, OUTCOME, ACTOR_ID);
-- One per equality filter of the records page, each in the same newest-first order. The trailing columns let the
-- other equality filters be checked on the index row, so that a rare combination (one actor's downloads) does not
-- fetch every record of the actor to find out.
CREATE INDEX ACCESS_RECORD_ACTOR_NEWEST ON ACCESS_RECORD (ACTOR_ID, OCCURRED_AT DESC, ID DESC, TASK, OUTCOME);
CREATE INDEX ACCESS_RECORD_TASK_NEWEST ON ACCESS_RECORD (TASK, OCCURRED_AT DESC, ID DESC, OUTCOME, ACTOR_ID);
CREATE INDEX ACCESS_RECORD_OUTCOME_NEWEST ON ACCESS_RECORD (OUTCOME, OCCURRED_AT DESC, ID DESC, TASK, ACTOR_ID);

-- A record's second data subject and any after it (the first is kept in its link), written by the sealer. No foreign
-- key: only the sealer writes these rows, for records it was handed after their commit, and a key would cost it an
-- index of its own and a look-up of the record per row.
CREATE TABLE ACCESS_RECORD_SUBJECT (
    RECORD_ID BIGINT NOT NULL,
    SUBJECT_ID BIGINT NOT NULL,
    CONSTRAINT ACCESS_RECORD_SUBJECT_PK PRIMARY KEY (RECORD_ID, SUBJECT_ID)
);
-- A data subject's records, without touching the subject rows themselves.
CREATE INDEX ACCESS_RECORD_SUBJECT_RECORDS ON ACCESS_RECORD_SUBJECT (SUBJECT_ID, RECORD_ID DESC);

-- The guard of the append-only tables: each refused statement fires a trigger that inserts a row the guard's CHECK
-- constraint rejects, so the statement fails and Derby's error names ACCESS_RECORD_IS_APPEND_ONLY.
CREATE TABLE ACCESS_RECORD_APPEND_ONLY (
    REFUSED INTEGER NOT NULL CONSTRAINT ACCESS_RECORD_IS_APPEND_ONLY CHECK (REFUSED = 0)
);

-- The end of the chain, and its lock: the sealer locks this row before it takes the next position. LEGACY_MAX_ID marks
-- the records of stores older than the chain; any other record without a link was inserted behind PIMS's back.
CREATE TABLE ACCESS_CHAIN_HEAD (
    ID INTEGER NOT NULL,
    LAST_POSITION BIGINT NOT NULL,
    LAST_HASH CHAR(64) NOT NULL,
    LEGACY_MAX_ID BIGINT NOT NULL,
    CONSTRAINT ACCESS_CHAIN_HEAD_PK PRIMARY KEY (ID),
    CONSTRAINT ACCESS_CHAIN_HEAD_IS_ONE CHECK (ID = 1)
);
INSERT INTO ACCESS_CHAIN_HEAD (ID, LAST_POSITION, LAST_HASH, LEGACY_MAX_ID)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

-- One link per sealed record: its place in the chain and its hash (over the record's canonical fields and subjects and
-- the previous link's hash), the record's time, so that retention reads the chain alone, and its first data subject
-- (the lowest id): most records name one subject, so most need no subject row. No foreign key to the record: a link
-- must outlive a record deleted behind PIMS's back, so that the verification names it.
CREATE TABLE ACCESS_CHAIN_LINK (
    POSITION BIGINT NOT NULL,
    RECORD_ID BIGINT NOT NULL,
    OCCURRED_AT TIMESTAMP NOT NULL,
    CHAIN_HASH CHAR(64) NOT NULL,
    SEALED_AT TIMESTAMP NOT NULL,
    SUBJECT_ID BIGINT,
    CONSTRAINT ACCESS_CHAIN_LINK_PK PRIMARY KEY (POSITION),
    CONSTRAINT ACCESS_CHAIN_LINK_ONE_PER_RECORD UNIQUE (RECORD_ID)
);
-- A data subject's records by their first subject, as ACCESS_RECORD_SUBJECT_RECORDS finds them by any other.
CREATE INDEX ACCESS_CHAIN_LINK_SUBJECT ON ACCESS_CHAIN_LINK (SUBJECT_ID, RECORD_ID DESC);

-- Every subject of every sealed record, wherever it is kept: for reading, and for whoever inspects the store by hand.
CREATE VIEW ACCESS_RECORD_SUBJECTS (RECORD_ID, SUBJECT_ID) AS
    SELECT RECORD_ID, SUBJECT_ID FROM ACCESS_CHAIN_LINK WHERE SUBJECT_ID IS NOT NULL
    UNION ALL
    SELECT RECORD_ID, SUBJECT_ID FROM ACCESS_RECORD_SUBJECT;

-- Retention (at least two years). A checkpoint keeps the position and hash of the last record destroyed, so that the
-- chain after it still verifies.
CREATE TABLE ACCESS_CHAIN_CHECKPOINT (
    POSITION BIGINT NOT NULL,
    CHAIN_HASH CHAR(64) NOT NULL,
    LAST_OCCURRED_AT TIMESTAMP NOT NULL,
    CUTOFF TIMESTAMP NOT NULL,
    DESTROYED BIGINT NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CONSTRAINT ACCESS_CHAIN_CHECKPOINT_PK PRIMARY KEY (POSITION)
);

-- The database's own floor under retention, in days, by the database's own clock (which no application setting
-- moves): 730 days, two years and a day of slack for time zones. The CHECK keeps anyone from lowering it without
-- dropping the constraint, which only the schema owner can.
CREATE TABLE ACCESS_RETENTION_FLOOR (
    DAYS INTEGER NOT NULL CONSTRAINT ACCESS_RETENTION_FLOOR_LEGAL CHECK (DAYS >= 731)
);
INSERT INTO ACCESS_RETENTION_FLOOR VALUES (731);

-- Every verification of the chain and its result, append-only like the log it verifies.
CREATE TABLE ACCESS_CHAIN_VERIFICATION (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    STARTED_AT TIMESTAMP NOT NULL,
    ENDED_AT TIMESTAMP NOT NULL,
    REQUESTED_BY VARCHAR(100) NOT NULL,
    FROM_POSITION BIGINT NOT NULL,
    TO_POSITION BIGINT NOT NULL,
    RECORDS_CHECKED BIGINT NOT NULL,
    OUTCOME VARCHAR(10) NOT NULL,
    BROKEN_POSITION BIGINT,
    BROKEN_RECORD_ID BIGINT,
    PROBLEM VARCHAR(500),
    HEAD_HASH CHAR(64),
    CONSTRAINT ACCESS_CHAIN_VERIFICATION_PK PRIMARY KEY (ID)
);

-- The guards. No UPDATE of any record, subject row, link, checkpoint or verification, ever.
CREATE TRIGGER ACCESS_RECORD_NO_UPDATE AFTER UPDATE ON ACCESS_RECORD
    FOR EACH STATEMENT INSERT INTO ACCESS_RECORD_APPEND_ONLY VALUES (1);

CREATE TRIGGER ACCESS_RECORD_SUBJECT_NO_UPDATE AFTER UPDATE ON ACCESS_RECORD_SUBJECT
    FOR EACH STATEMENT INSERT INTO ACCESS_RECORD_APPEND_ONLY VALUES (1);

CREATE TRIGGER ACCESS_CHAIN_LINK_NO_UPDATE AFTER UPDATE ON ACCESS_CHAIN_LINK
    FOR EACH STATEMENT INSERT INTO ACCESS_RECORD_APPEND_ONLY VALUES (1);

CREATE TRIGGER ACCESS_CHAIN_CHECKPOINT_NO_UPDATE AFTER UPDATE ON ACCESS_CHAIN_CHECKPOINT
    FOR EACH STATEMENT INSERT INTO ACCESS_RECORD_APPEND_ONLY VALUES (1);

CREATE TRIGGER ACCESS_CHAIN_VERIFICATION_NO_UPDATE AFTER UPDATE ON ACCESS_CHAIN_VERIFICATION
    FOR EACH STATEMENT INSERT INTO ACCESS_RECORD_APPEND_ONLY VALUES (1);

-- No DELETE of a checkpoint or a verification, ever.
CREATE TRIGGER ACCESS_CHAIN_CHECKPOINT_NO_DELETE AFTER DELETE ON ACCESS_CHAIN_CHECKPOINT
    FOR EACH STATEMENT INSERT INTO ACCESS_RECORD_APPEND_ONLY VALUES (1);

CREATE TRIGGER ACCESS_CHAIN_VERIFICATION_NO_DELETE AFTER DELETE ON ACCESS_CHAIN_VERIFICATION
    FOR EACH STATEMENT INSERT INTO ACCESS_RECORD_APPEND_ONLY VALUES (1);

-- A checkpoint is accepted only if it names a real link by its position and hash.
CREATE TRIGGER ACCESS_CHAIN_CHECKPOINT_NAMES_A_LINK AFTER INSERT ON ACCESS_CHAIN_CHECKPOINT
    REFERENCING NEW AS N FOR EACH ROW
    INSERT INTO ACCESS_RECORD_APPEND_ONLY SELECT 1 FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (
        SELECT 1 FROM ACCESS_CHAIN_LINK L WHERE L.POSITION = N.POSITION AND L.CHAIN_HASH = N.CHAIN_HASH);

-- DELETE stays refused, except for what retention may destroy: a sealed record at or before the latest checkpoint
-- (written first, in the same transaction) that is older than the floor by the database's own clock, the subject rows
-- of such a record, and then its link.
CREATE TRIGGER ACCESS_RECORD_NO_DELETE AFTER DELETE ON ACCESS_RECORD
    REFERENCING OLD AS O FOR EACH ROW
    INSERT INTO ACCESS_RECORD_APPEND_ONLY SELECT 1 FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (
        SELECT 1 FROM ACCESS_CHAIN_LINK L, ACCESS_RETENTION_FLOOR F
        WHERE L.RECORD_ID = O.ID
        AND L.POSITION <= (SELECT COALESCE(MAX(C.POSITION), 0) FROM ACCESS_CHAIN_CHECKPOINT C)
        AND O.OCCURRED_AT < {fn TIMESTAMPADD(SQL_TSI_DAY, -F.DAYS, CURRENT_TIMESTAMP)});

CREATE TRIGGER ACCESS_RECORD_SUBJECT_NO_DELETE AFTER DELETE ON ACCESS_RECORD_SUBJECT
    REFERENCING OLD AS O FOR EACH ROW
    INSERT INTO ACCESS_RECORD_APPEND_ONLY SELECT 1 FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (
        SELECT 1 FROM ACCESS_CHAIN_LINK L, ACCESS_RETENTION_FLOOR F
        WHERE L.RECORD_ID = O.RECORD_ID
        AND L.POSITION <= (SELECT COALESCE(MAX(C.POSITION), 0) FROM ACCESS_CHAIN_CHECKPOINT C)
        AND L.OCCURRED_AT < {fn TIMESTAMPADD(SQL_TSI_DAY, -F.DAYS, CURRENT_TIMESTAMP)});

CREATE TRIGGER ACCESS_CHAIN_LINK_NO_DELETE AFTER DELETE ON ACCESS_CHAIN_LINK
    REFERENCING OLD AS O FOR EACH ROW
    INSERT INTO ACCESS_RECORD_APPEND_ONLY SELECT 1 FROM SYSIBM.SYSDUMMY1 WHERE NOT (
        O.POSITION <= (SELECT COALESCE(MAX(C.POSITION), 0) FROM ACCESS_CHAIN_CHECKPOINT C)
        AND NOT EXISTS (SELECT 1 FROM ACCESS_RECORD R WHERE R.ID = O.RECORD_ID)
        AND EXISTS (SELECT 1 FROM ACCESS_RETENTION_FLOOR F
            WHERE O.OCCURRED_AT < {fn TIMESTAMPADD(SQL_TSI_DAY, -F.DAYS, CURRENT_TIMESTAMP)}));

-- The dashboard's counts of past days. A day's access records never change once the day is over, so a past day is
-- counted once, from ACCESS_RECORD_NEWEST, and kept here; only today is counted live.

-- The days already counted: a day is counted whole, in one transaction, or not at all.
CREATE TABLE ACCESS_DAY_COUNTED (
    DAY DATE NOT NULL,
    COUNTED_AT TIMESTAMP NOT NULL,
    CONSTRAINT ACCESS_DAY_COUNTED_PK PRIMARY KEY (DAY)
);

-- Records of one UTC day by task and outcome.
CREATE TABLE ACCESS_DAY_COUNT (
    DAY DATE NOT NULL,
    TASK VARCHAR(10) NOT NULL,
    OUTCOME VARCHAR(10) NOT NULL,
    RECORDS BIGINT NOT NULL,
    CONSTRAINT ACCESS_DAY_COUNT_PK PRIMARY KEY (DAY, TASK, OUTCOME),
    CONSTRAINT ACCESS_DAY_COUNT_DAY FOREIGN KEY (DAY) REFERENCES ACCESS_DAY_COUNTED (DAY)
);

-- Records of one UTC day by actor: staff one by one; members together as 'member:*' (thousands of members each
-- reaching their own data would crowd out the staff the dashboard is about).
CREATE TABLE ACCESS_DAY_ACTOR_COUNT (
    DAY DATE NOT NULL,
    ACTOR_ID VARCHAR(100) NOT NULL,
    RECORDS BIGINT NOT NULL,
    CONSTRAINT ACCESS_DAY_ACTOR_COUNT_PK PRIMARY KEY (DAY, ACTOR_ID),
    CONSTRAINT ACCESS_DAY_ACTOR_COUNT_DAY FOREIGN KEY (DAY) REFERENCES ACCESS_DAY_COUNTED (DAY)
);
