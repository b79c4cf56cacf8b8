-- The retention engine destroys withdrawal records five years after the withdrawal (policy §4B), oldest first.
CREATE INDEX WITHDRAWAL_RECORD_WITHDRAWN ON WITHDRAWAL_RECORD (WITHDRAWN_AT, ID);
