-- The notices that a member's consent to marketing e-mail is two years old (policy §1D, Network Act Art. 50(8)): one
-- row per notice, written in the transaction that puts the mail in the outbox. A cycle begins when the member gave the
-- consent (CONSENT_GIVEN_AT) or at the notice before (CYCLE_FROM is then that notice's NOTICED_AT);
-- MARKETING_RECONFIRMATION_ONCE_A_CYCLE makes a second notice of the same cycle fail, so that a retried chunk or a
-- second run never sends one twice. The address is kept only as its SHA-256 (lower case, trimmed). No foreign key to
-- the member: the retention rule, three years after the notice, ends a record.
CREATE TABLE MARKETING_RECONFIRMATION_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT NOT NULL,
    CONSENT_GIVEN_AT TIMESTAMP NOT NULL,
    CYCLE_FROM TIMESTAMP NOT NULL,
    NOTICED_AT TIMESTAMP NOT NULL,
    ADDRESS_HASH CHAR(64) NOT NULL,
    MAIL_ID BIGINT NOT NULL,
    OUTCOME VARCHAR(16) NOT NULL,
    CONSTRAINT MARKETING_RECONFIRMATION_RECORD_PK PRIMARY KEY (ID),
    CONSTRAINT MARKETING_RECONFIRMATION_ONCE_A_CYCLE UNIQUE (MEMBER_ID, CYCLE_FROM),
    CONSTRAINT MARKETING_RECONFIRMATION_OUTCOME CHECK (OUTCOME IN ('QUEUED'))
);
-- The latest notice of a member's consent: where the next cycle begins.
CREATE INDEX MARKETING_RECONFIRMATION_MEMBER ON MARKETING_RECONFIRMATION_RECORD (MEMBER_ID, CONSENT_GIVEN_AT, NOTICED_AT);
-- Retention walks the notices oldest first (dev.pims.retention.RecordTable: clock, then id).
CREATE INDEX MARKETING_RECONFIRMATION_NOTICED ON MARKETING_RECONFIRMATION_RECORD (NOTICED_AT, ID);

-- The privacy officer's newsletters: written (DRAFT), asked to be sent (SENDING), sent (SENT). The text of PIMS, not
-- members' data; kept as the record of what was sent.
CREATE TABLE MARKETING_NEWSLETTER (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    SUBJECT_KO VARCHAR(200) NOT NULL,
    SUBJECT_EN VARCHAR(200) NOT NULL,
    BODY_KO CLOB(100K) NOT NULL,
    BODY_EN CLOB(100K) NOT NULL,
    STATE VARCHAR(16) NOT NULL,
    WRITTEN_AT TIMESTAMP NOT NULL,
    WRITTEN_BY VARCHAR(100) NOT NULL,
    REQUESTED_AT TIMESTAMP,
    REQUESTED_BY VARCHAR(100),
    SENT_AT TIMESTAMP,
    SENT_COUNT INTEGER,
    CONSTRAINT MARKETING_NEWSLETTER_PK PRIMARY KEY (ID),
    CONSTRAINT MARKETING_NEWSLETTER_STATE CHECK (STATE IN ('DRAFT', 'SENDING', 'SENT'))
);

-- One row per member a newsletter was written to, in the transaction that puts the mail in the outbox, and only for a
-- member whose marketing consent was live at that moment (CONSENT_GIVEN_AT: the consent's record). NEWSLETTER_SEND_ONCE
-- makes a retried chunk skip, never repeat, a member.
CREATE TABLE NEWSLETTER_SEND_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    NEWSLETTER_ID BIGINT NOT NULL,
    MEMBER_ID BIGINT NOT NULL,
    CONSENT_GIVEN_AT TIMESTAMP NOT NULL,
    QUEUED_AT TIMESTAMP NOT NULL,
    ADDRESS_HASH CHAR(64) NOT NULL,
    MAIL_ID BIGINT NOT NULL,
    CONSTRAINT NEWSLETTER_SEND_RECORD_PK PRIMARY KEY (ID),
    CONSTRAINT NEWSLETTER_SEND_ONCE UNIQUE (NEWSLETTER_ID, MEMBER_ID),
    CONSTRAINT NEWSLETTER_SEND_NEWSLETTER FOREIGN KEY (NEWSLETTER_ID) REFERENCES MARKETING_NEWSLETTER (ID)
);
CREATE INDEX NEWSLETTER_SEND_RECORD_QUEUED ON NEWSLETTER_SEND_RECORD (QUEUED_AT, ID);
