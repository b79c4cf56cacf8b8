-- Records of bad use (policy §2A(2)): a handler's reason why a member misused the service, kept one year (internal
-- policy: prevention of illegal or bad use and of re-joining by bad users), then destroyed oldest first
-- (BAD_USE_RECORD_RECORDED). Only keyed hashes (HMAC-SHA-256, hex) of the e-mail address and the mobile digits are
-- kept, to refuse a sign-up that matches one (the HMAC indexes). RECORDED_BY is the handler's staff login id. No
-- foreign key: a record outlives the account it names.
CREATE TABLE BAD_USE_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT,
    RECORDED_AT TIMESTAMP NOT NULL,
    RECORDED_BY VARCHAR(100) NOT NULL,
    REASON VARCHAR(500) NOT NULL,
    EMAIL_HMAC CHAR(64),
    MOBILE_HMAC CHAR(64),
    CONSTRAINT BAD_USE_RECORD_PK PRIMARY KEY (ID)
);
CREATE INDEX BAD_USE_RECORD_RECORDED ON BAD_USE_RECORD (RECORDED_AT, ID);
CREATE INDEX BAD_USE_RECORD_EMAIL ON BAD_USE_RECORD (EMAIL_HMAC);
CREATE INDEX BAD_USE_RECORD_MOBILE ON BAD_USE_RECORD (MOBILE_HMAC);
