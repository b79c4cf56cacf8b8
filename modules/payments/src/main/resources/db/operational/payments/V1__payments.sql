-- Payment information (policy §2A(3)). A payment method serves the member's contract: its numbers (card, account,
-- mobile, approval) are sealed by the key ring (pims-kr1:...) before they are written, and only the masked label
-- (the last four digits at most) is kept in clear; the method is destroyed when the member withdraws. No foreign key
-- to the member's account: the account leaves the operational store at withdrawal, the payment records stay.
CREATE TABLE PAYMENT_METHOD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT NOT NULL,
    KIND VARCHAR(16) NOT NULL,
    -- The card company or the bank; null for a mobile payment.
    PROVIDER VARCHAR(100),
    -- The account holder or the mobile subscriber; null for a card.
    HOLDER_NAME VARCHAR(100),
    -- A card's expiry (year and month); null for any other kind.
    EXPIRY_YEAR INTEGER,
    EXPIRY_MONTH INTEGER,
    MASKED_LABEL VARCHAR(40) NOT NULL,
    SEALED_NUMBER VARCHAR(400) NOT NULL,
    -- A mobile payment's approval number, sealed; null for any other kind.
    SEALED_APPROVAL VARCHAR(400),
    ADDED_AT TIMESTAMP NOT NULL,
    CONSTRAINT PAYMENT_METHOD_PK PRIMARY KEY (ID),
    CONSTRAINT PAYMENT_METHOD_KIND CHECK (KIND IN ('CARD', 'BANK_TRANSFER', 'MOBILE')),
    CONSTRAINT PAYMENT_METHOD_EXPIRY CHECK ((KIND = 'CARD' AND EXPIRY_YEAR IS NOT NULL AND EXPIRY_MONTH BETWEEN 1 AND 12)
        OR (KIND <> 'CARD' AND EXPIRY_YEAR IS NULL AND EXPIRY_MONTH IS NULL)),
    -- Nothing but the key ring's sealed form is ever written where a number goes.
    CONSTRAINT PAYMENT_METHOD_NUMBER_SEALED CHECK (SEALED_NUMBER LIKE 'pims-kr1:%'
        AND (SEALED_APPROVAL IS NULL OR SEALED_APPROVAL LIKE 'pims-kr1:%'))
);
-- A member's methods, for the member's page, member care and the withdrawal.
CREATE INDEX PAYMENT_METHOD_MEMBER ON PAYMENT_METHOD (MEMBER_ID, ADDED_AT, ID);

-- One row per payment (policy §2A(3)), kept five years from the payment (§4B, Act on Consumer Protection in
-- Electronic Commerce: records of payment) and then destroyed by the retention rule payments.payment-records. The
-- method used is kept by its kind and masked label, so that the record outlives the method's removal.
CREATE TABLE PAYMENT_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT NOT NULL,
    PAID_AT TIMESTAMP NOT NULL,
    AMOUNT BIGINT NOT NULL,
    ITEM VARCHAR(200) NOT NULL,
    METHOD_KIND VARCHAR(16) NOT NULL,
    METHOD_LABEL VARCHAR(40) NOT NULL,
    CONSTRAINT PAYMENT_RECORD_PK PRIMARY KEY (ID),
    CONSTRAINT PAYMENT_RECORD_AMOUNT CHECK (AMOUNT > 0),
    CONSTRAINT PAYMENT_RECORD_METHOD_KIND CHECK (METHOD_KIND IN ('CARD', 'BANK_TRANSFER', 'MOBILE'))
);
-- Retention walks the records oldest first (dev.pims.retention.RecordTable: clock, then id).
CREATE INDEX PAYMENT_RECORD_PAID ON PAYMENT_RECORD (PAID_AT, ID);
-- A member's payments newest first, for the member's page and member care: read in index order, no sort.
CREATE INDEX PAYMENT_RECORD_MEMBER ON PAYMENT_RECORD (MEMBER_ID, PAID_AT DESC, ID DESC);
