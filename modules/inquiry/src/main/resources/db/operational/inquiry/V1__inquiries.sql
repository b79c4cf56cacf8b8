-- Inquiries and complaints to the privacy officer (policy §12): one row per case, sent by a member from /my/inquiries
-- (MEMBER_ID) or by anyone from the public form (no member). No foreign key to the member's account: the case is a
-- record of a consumer complaint, kept three years from its closing (§4), whatever becomes of the account.
-- CLOSED_AT is the retention rule's clock; an open case has none and is never destroyed.
CREATE TABLE INQUIRY_CASE (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT,
    RECEIVED_AT TIMESTAMP NOT NULL,
    SUBJECT VARCHAR(200) NOT NULL,
    TEXT VARCHAR(4000) NOT NULL,
    REPLY_TO VARCHAR(254) NOT NULL,
    SENDER_NAME VARCHAR(100),
    LANGUAGE VARCHAR(2) NOT NULL,
    STATE VARCHAR(16) NOT NULL,
    ASSIGNED_TO VARCHAR(50),
    CLOSED_AT TIMESTAMP,
    VERSION BIGINT NOT NULL,
    CONSTRAINT INQUIRY_CASE_PK PRIMARY KEY (ID),
    CONSTRAINT INQUIRY_CASE_STATE CHECK (STATE IN ('RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED')),
    CONSTRAINT INQUIRY_CASE_CLOSED CHECK ((STATE = 'CLOSED' AND CLOSED_AT IS NOT NULL) OR (STATE <> 'CLOSED' AND CLOSED_AT IS NULL)),
    CONSTRAINT INQUIRY_CASE_LANGUAGE CHECK (LANGUAGE IN ('ko', 'en'))
);
-- Retention walks the closed cases oldest first (dev.pims.retention.RecordTable: clock, then id).
CREATE INDEX INQUIRY_CASE_CLOSED_AT ON INQUIRY_CASE (CLOSED_AT, ID);
-- A member's own cases, newest first.
CREATE INDEX INQUIRY_CASE_MEMBER ON INQUIRY_CASE (MEMBER_ID, RECEIVED_AT DESC);

-- The privacy officer's replies, each mailed to the case's reply address through the outbox. Go with their case.
CREATE TABLE INQUIRY_CASE_REPLY (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    CASE_ID BIGINT NOT NULL,
    SENT_AT TIMESTAMP NOT NULL,
    SENT_BY VARCHAR(50) NOT NULL,
    TEXT VARCHAR(4000) NOT NULL,
    MAIL_ID BIGINT NOT NULL,
    CONSTRAINT INQUIRY_CASE_REPLY_PK PRIMARY KEY (ID),
    CONSTRAINT INQUIRY_CASE_REPLY_CASE FOREIGN KEY (CASE_ID) REFERENCES INQUIRY_CASE (ID) ON DELETE CASCADE
);
CREATE INDEX INQUIRY_CASE_REPLY_OF_CASE ON INQUIRY_CASE_REPLY (CASE_ID, SENT_AT);
