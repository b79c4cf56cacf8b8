-- Last activity (policy §4C): a member idle for a year becomes dormant. Set at sign-up, at each login and at most once
-- a day by an authenticated request. An existing member's is the latest login on record, else the verification, else
-- the sign-up. MEMBER_ACCOUNT_IDLE finds the members whose year ends soonest.
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN LAST_ACTIVE_AT TIMESTAMP;
UPDATE MEMBER_ACCOUNT SET LAST_ACTIVE_AT = COALESCE(
    (SELECT MAX(VISIT_RECORD.VISITED_AT) FROM VISIT_RECORD
        WHERE VISIT_RECORD.MEMBER_ID = MEMBER_ACCOUNT.ID AND VISIT_RECORD.KIND = 'LOGIN'),
    EMAIL_VERIFIED_AT,
    JOINED_AT);
ALTER TABLE MEMBER_ACCOUNT ALTER COLUMN LAST_ACTIVE_AT NOT NULL;
CREATE INDEX MEMBER_ACCOUNT_IDLE ON MEMBER_ACCOUNT (STATUS, LAST_ACTIVE_AT, ID);
-- KEEP_ACTIVE_UNTIL: the member agreed individually to keep the account active until then (policy §4C, second
-- sentence); the account is not dormant before it, however long the member is idle.
ALTER TABLE MEMBER_ACCOUNT ADD COLUMN KEEP_ACTIVE_UNTIL TIMESTAMP;
