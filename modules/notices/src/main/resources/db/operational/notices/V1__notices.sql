-- Business transfers (policy §10): what the privacy officer recorded, shown on the notice board from the moment it is
-- recorded and mailed to every member. A transfer is never changed or deleted once recorded: members were told what it
-- says. The date is at least 30 days after the recording (the service refuses sooner, this checks the order at least).
-- No personal data: the transferee is a company, its contact a business address.
CREATE TABLE BUSINESS_TRANSFER (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    TRANSFEREE VARCHAR(200) NOT NULL,
    CONTACT VARCHAR(500) NOT NULL,
    TRANSFER_ON DATE NOT NULL,
    PASSES_KO VARCHAR(2000) NOT NULL,
    PASSES_EN VARCHAR(2000) NOT NULL,
    RECORDED_AT TIMESTAMP NOT NULL,
    RECORDED_BY VARCHAR(64) NOT NULL,
    CONSTRAINT BUSINESS_TRANSFER_PK PRIMARY KEY (ID),
    CONSTRAINT BUSINESS_TRANSFER_AFTER_RECORDING CHECK (TRANSFER_ON > CAST(RECORDED_AT AS DATE))
);
-- The mail job asks for the transfers whose date is still ahead; the board for those recorded lately.
CREATE INDEX BUSINESS_TRANSFER_ON ON BUSINESS_TRANSFER (TRANSFER_ON, ID);

-- One row per member told of a transfer by mail, written in the transaction that puts the mail in the outbox.
-- TRANSFER_NOTICE_ONCE_A_MEMBER makes a second mail of the same transfer to the same member fail, so that a retried
-- chunk or a second run never mails anyone twice. Personal data (which member was told, when): kept three years from
-- the mail by the rule notices.transfer-deliveries. No foreign key to the account: a withdrawal ends no record.
CREATE TABLE TRANSFER_NOTICE_DELIVERY (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    TRANSFER_ID BIGINT NOT NULL,
    MEMBER_ID BIGINT NOT NULL,
    MAILED_AT TIMESTAMP NOT NULL,
    MAIL_ID BIGINT NOT NULL,
    OUTCOME VARCHAR(16) NOT NULL,
    CONSTRAINT TRANSFER_NOTICE_DELIVERY_PK PRIMARY KEY (ID),
    CONSTRAINT TRANSFER_NOTICE_DELIVERY_TRANSFER FOREIGN KEY (TRANSFER_ID) REFERENCES BUSINESS_TRANSFER (ID),
    CONSTRAINT TRANSFER_NOTICE_ONCE_A_MEMBER UNIQUE (TRANSFER_ID, MEMBER_ID),
    CONSTRAINT TRANSFER_NOTICE_DELIVERY_OUTCOME CHECK (OUTCOME IN ('QUEUED'))
);
-- Retention walks the deliveries oldest first (dev.pims.retention.RecordTable: clock, then id).
CREATE INDEX TRANSFER_NOTICE_DELIVERY_MAILED ON TRANSFER_NOTICE_DELIVERY (MAILED_AT, ID);

-- When each member last opened the notice board, so that member pages show a banner while an announcement the member
-- has not seen is current. One row a member, replaced at each look; deleted with the member's withdrawal.
CREATE TABLE NOTICE_BOARD_SEEN (
    MEMBER_ID BIGINT NOT NULL,
    SEEN_AT TIMESTAMP NOT NULL,
    CONSTRAINT NOTICE_BOARD_SEEN_PK PRIMARY KEY (MEMBER_ID)
);
