-- A record's first data subject (the lowest id) is kept in its link, written by the sealer with it; only a second
-- subject and any after it get subject rows. Most records name one subject (a VIEW, a MODIFY), so the sealer writes
-- one row per record instead of two, and one index fewer: the subject rows' heap and primary key were a third of its
-- work (ADR 0003, "What the sealing writes").

-- Links sealed before this migration keep this empty: all their records' subjects are in subject rows, as before.
ALTER TABLE ACCESS_CHAIN_LINK ADD COLUMN SUBJECT_ID BIGINT;
-- A data subject's records by their first subject, as ACCESS_RECORD_SUBJECT_RECORDS finds them by any other.
CREATE INDEX ACCESS_CHAIN_LINK_SUBJECT ON ACCESS_CHAIN_LINK (SUBJECT_ID, RECORD_ID DESC);

-- Every subject of every sealed record, wherever it is kept: for reading, and for whoever inspects the store by hand.
CREATE VIEW ACCESS_RECORD_SUBJECTS (RECORD_ID, SUBJECT_ID) AS
    SELECT RECORD_ID, SUBJECT_ID FROM ACCESS_CHAIN_LINK WHERE SUBJECT_ID IS NOT NULL
    UNION ALL
    SELECT RECORD_ID, SUBJECT_ID FROM ACCESS_RECORD_SUBJECT;
