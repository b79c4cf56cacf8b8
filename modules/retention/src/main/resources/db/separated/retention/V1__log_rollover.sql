-- Derby starts a new transaction log file at a checkpoint only when the current one is longer than its switch interval
-- (1 MB), and deletes the older files only then. The compaction after a destruction writes that much filler here (and
-- deletes it) before its checkpoint, so that the log file holding the destroyed rows' log records is deleted (§6B).
CREATE TABLE LOG_ROLLOVER (
    FILLER VARCHAR(32000) NOT NULL
);
