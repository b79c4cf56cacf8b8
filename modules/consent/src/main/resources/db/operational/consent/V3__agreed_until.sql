-- A consent agreed for a period (policy §4C: to keep the account active however idle) holds until AGREED_UNTIL;
-- NULL for a consent that stands until withdrawn.
ALTER TABLE CONSENT_RECORD ADD COLUMN AGREED_UNTIL TIMESTAMP;
