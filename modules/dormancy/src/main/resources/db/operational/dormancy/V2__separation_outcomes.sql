-- The separation of dormant accounts (policy §4C) marks the notice it acted on, in the transaction that moves the data:
-- SEPARATED (the member's data moved to the separated store's dormant area) or LAPSED (the member was active again, kept
-- active, or gone, so the notice's date passed without effect). A QUEUED notice whose DORMANT_FROM has passed is due;
-- DORMANCY_NOTICE_RECORD_DUE finds those in the order of their date.
ALTER TABLE DORMANCY_NOTICE_RECORD DROP CONSTRAINT DORMANCY_NOTICE_RECORD_OUTCOME;
ALTER TABLE DORMANCY_NOTICE_RECORD ADD CONSTRAINT DORMANCY_NOTICE_RECORD_OUTCOME
    CHECK (OUTCOME IN ('QUEUED', 'SEPARATED', 'LAPSED'));
CREATE INDEX DORMANCY_NOTICE_RECORD_DUE ON DORMANCY_NOTICE_RECORD (OUTCOME, DORMANT_FROM, ID);
