-- The mail outbox: every mail PIMS sends, written in the transaction of the business change that asks for it, so that
-- a mail is sent if and only if that change committed. The sender claims a row for an attempt by a conditional UPDATE
-- committed before it talks to SMTP (NEXT_ATTEMPT_AT moved a lease ahead, ATTEMPTS one more), so that two senders never
-- both send it. BODY is emptied once the mail is SENT or GIVEN_UP: nothing needs the text any more, and a verification
-- mail's text holds a live link. SETTLED_AT (when it became SENT or GIVEN_UP) is the retention rule's clock; a PENDING
-- mail has none and is never destroyed.
CREATE TABLE MAIL_OUTBOX (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    KIND VARCHAR(24) NOT NULL,
    MEMBER_ID BIGINT,
    RECIPIENT VARCHAR(254) NOT NULL,
    SUBJECT VARCHAR(500) NOT NULL,
    BODY CLOB(1M) NOT NULL,
    MESSAGE_ID VARCHAR(200) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    STATE VARCHAR(16) NOT NULL,
    ATTEMPTS INTEGER NOT NULL,
    NEXT_ATTEMPT_AT TIMESTAMP NOT NULL,
    SENT_AT TIMESTAMP,
    SETTLED_AT TIMESTAMP,
    CONSTRAINT MAIL_OUTBOX_PK PRIMARY KEY (ID),
    CONSTRAINT MAIL_OUTBOX_MESSAGE_ID UNIQUE (MESSAGE_ID),
    CONSTRAINT MAIL_OUTBOX_STATE CHECK (STATE IN ('PENDING', 'SENT', 'GIVEN_UP')),
    CONSTRAINT MAIL_OUTBOX_SETTLED CHECK ((STATE = 'PENDING' AND SETTLED_AT IS NULL) OR (STATE <> 'PENDING' AND SETTLED_AT IS NOT NULL))
);
-- The sweep reads the due mails by time: the pending ones only, in index order.
CREATE INDEX MAIL_OUTBOX_DUE ON MAIL_OUTBOX (STATE, NEXT_ATTEMPT_AT, ID);
-- Retention walks the settled mails oldest first (dev.pims.retention.RecordTable: clock, then id).
CREATE INDEX MAIL_OUTBOX_SETTLED_AT ON MAIL_OUTBOX (SETTLED_AT, ID);

-- One row per delivery attempt, written after it; the error text is cut to fit. Goes with its mail.
CREATE TABLE MAIL_DELIVERY_ATTEMPT (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MAIL_ID BIGINT NOT NULL,
    ATTEMPT INTEGER NOT NULL,
    ATTEMPTED_AT TIMESTAMP NOT NULL,
    OUTCOME VARCHAR(16) NOT NULL,
    ERROR VARCHAR(1000),
    CONSTRAINT MAIL_DELIVERY_ATTEMPT_PK PRIMARY KEY (ID),
    CONSTRAINT MAIL_DELIVERY_ATTEMPT_MAIL FOREIGN KEY (MAIL_ID) REFERENCES MAIL_OUTBOX (ID) ON DELETE CASCADE,
    CONSTRAINT MAIL_DELIVERY_ATTEMPT_OUTCOME CHECK (OUTCOME IN ('SENT', 'FAILED'))
);
CREATE INDEX MAIL_DELIVERY_ATTEMPT_OF_MAIL ON MAIL_DELIVERY_ATTEMPT (MAIL_ID, ATTEMPT);
