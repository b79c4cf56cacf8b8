-- The notices that a member's account becomes dormant soon (policy §4C): one row per notice, written in the transaction
-- that puts the mail in the outbox. A cycle is a stretch of inactivity, known by the member's last activity when the
-- notice went (IDLE_SINCE); a login starts a new one. DORMANCY_NOTICE_ONCE_A_CYCLE makes a second notice of the same
-- cycle fail, so that a retried chunk or a second run never sends one twice. The address is kept only as its SHA-256
-- (lower case, trimmed): enough to show which address was written to, not to read it. No foreign key to the account:
-- the retention rule, three years after the notice, ends a record, not the member's withdrawal.
CREATE TABLE DORMANCY_NOTICE_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT NOT NULL,
    IDLE_SINCE TIMESTAMP NOT NULL,
    DORMANT_FROM TIMESTAMP NOT NULL,
    NOTICED_AT TIMESTAMP NOT NULL,
    ADDRESS_HASH CHAR(64) NOT NULL,
    MAIL_ID BIGINT NOT NULL,
    OUTCOME VARCHAR(16) NOT NULL,
    CONSTRAINT DORMANCY_NOTICE_RECORD_PK PRIMARY KEY (ID),
    CONSTRAINT DORMANCY_NOTICE_ONCE_A_CYCLE UNIQUE (MEMBER_ID, IDLE_SINCE),
    CONSTRAINT DORMANCY_NOTICE_RECORD_OUTCOME CHECK (OUTCOME IN ('QUEUED'))
);
-- Retention walks the notices oldest first (dev.pims.retention.RecordTable: clock, then id).
CREATE INDEX DORMANCY_NOTICE_RECORD_NOTICED ON DORMANCY_NOTICE_RECORD (NOTICED_AT, ID);
