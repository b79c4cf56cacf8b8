-- When each withdrawn member's membership ended (policy §4B): their consent records are kept five years from then.
-- Written in the withdrawal's transaction from now on; the withdrawals before this version are copied from the
-- membership module's withdrawal records once, here (that module migrates first: see pims-schema.properties).
CREATE TABLE CONSENT_MEMBERSHIP_ENDED (
    MEMBER_ID BIGINT NOT NULL,
    ENDED_AT TIMESTAMP NOT NULL,
    CONSTRAINT CONSENT_MEMBERSHIP_ENDED_PK PRIMARY KEY (MEMBER_ID)
);
CREATE INDEX CONSENT_MEMBERSHIP_ENDED_AT ON CONSENT_MEMBERSHIP_ENDED (ENDED_AT, MEMBER_ID);

INSERT INTO CONSENT_MEMBERSHIP_ENDED (MEMBER_ID, ENDED_AT)
    SELECT MEMBER_ID, MAX(WITHDRAWN_AT) FROM WITHDRAWAL_RECORD GROUP BY MEMBER_ID;
