-- The sealer writes fewer structures per record: it is the quarter of the audited road's cost that kept audited
-- writes under 80 % of raw commits (ADR 0003, "What the sealing writes").

-- The subject rows' foreign key cost the sealer an index of its own and a look-up of the record per row. Only the
-- sealer writes subject rows, and only for records it was handed after their commit, so the key never refused a
-- row; the delete trigger still lets a subject row go only with a record destroyed behind a checkpoint.
ALTER TABLE ACCESS_RECORD_SUBJECT DROP CONSTRAINT ACCESS_RECORD_SUBJECT_RECORD;

-- Retention looks for the first young record among at most one batch of links after its checkpoint; it reads them
-- along the primary key, so the links need no index by time.
DROP INDEX ACCESS_CHAIN_LINK_OCCURRED;
