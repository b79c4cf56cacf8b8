-- Each consent record points at the policy version it was given under (policy §2B, §14). Every record before this
-- version was given under the one of 2019-08-01, the first published version (V6); the old POLICY_VERSION column keeps
-- its label (the effective date) for the history as the member reads it.
ALTER TABLE CONSENT_RECORD ADD COLUMN POLICY_VERSION_ID BIGINT;
UPDATE CONSENT_RECORD SET POLICY_VERSION_ID = (SELECT ID FROM POLICY_VERSION WHERE EFFECTIVE_ON = DATE('2019-08-01'));
ALTER TABLE CONSENT_RECORD ALTER COLUMN POLICY_VERSION_ID NOT NULL;
ALTER TABLE CONSENT_RECORD ADD CONSTRAINT CONSENT_RECORD_POLICY_VERSION
    FOREIGN KEY (POLICY_VERSION_ID) REFERENCES POLICY_VERSION (ID);

-- Consent records are append-only in the database itself, like the access log (audit V1): the proof of consent is
-- never changed, and deleted only by the retention rule consent.consent-records, five years after the membership
-- ended. Each refused statement fires a trigger that inserts a row the guard's CHECK rejects, so the statement fails
-- and Derby's error names CONSENT_RECORD_IS_APPEND_ONLY.
CREATE TABLE CONSENT_RECORD_APPEND_ONLY (
    REFUSED INTEGER NOT NULL CONSTRAINT CONSENT_RECORD_IS_APPEND_ONLY CHECK (REFUSED = 0)
);

-- The database's own floor under that retention, in days, by the database's own clock (which no application setting
-- moves): 1825 days, five years of 365 days, at most a day or two short of five calendar years, which the rule's own
-- threshold (five calendar years) always passes first. The CHECK keeps anyone from lowering it without dropping the
-- constraint, which only the schema owner can.
CREATE TABLE CONSENT_RETENTION_FLOOR (
    DAYS INTEGER NOT NULL CONSTRAINT CONSENT_RETENTION_FLOOR_LEGAL CHECK (DAYS >= 1825)
);
INSERT INTO CONSENT_RETENTION_FLOOR VALUES (1825);

-- No UPDATE of a consent record, ever; nor of the note of when a membership ended, which the retention counts from.
CREATE TRIGGER CONSENT_RECORD_NO_UPDATE AFTER UPDATE ON CONSENT_RECORD
    FOR EACH STATEMENT INSERT INTO CONSENT_RECORD_APPEND_ONLY VALUES (1);
CREATE TRIGGER CONSENT_MEMBERSHIP_ENDED_NO_UPDATE AFTER UPDATE ON CONSENT_MEMBERSHIP_ENDED
    FOR EACH STATEMENT INSERT INTO CONSENT_RECORD_APPEND_ONLY VALUES (1);

-- DELETE stays refused, except for what retention may destroy: a record of a member whose membership ended (noted in
-- CONSENT_MEMBERSHIP_ENDED) longer ago than the floor by the database's own clock.
CREATE TRIGGER CONSENT_RECORD_NO_DELETE AFTER DELETE ON CONSENT_RECORD
    REFERENCING OLD AS O FOR EACH ROW
    INSERT INTO CONSENT_RECORD_APPEND_ONLY SELECT 1 FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (
        SELECT 1 FROM CONSENT_MEMBERSHIP_ENDED E, CONSENT_RETENTION_FLOOR F
        WHERE E.MEMBER_ID = O.MEMBER_ID
        AND E.ENDED_AT < {fn TIMESTAMPADD(SQL_TSI_DAY, -F.DAYS, CURRENT_TIMESTAMP)});
