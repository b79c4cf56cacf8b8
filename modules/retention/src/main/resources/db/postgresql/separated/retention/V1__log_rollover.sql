-- The PostgreSQL version of db/separated/retention/V1__log_rollover.sql. The log rollover is Derby's: PostgreSQL
-- recycles its write-ahead log by its own checkpoints, and freeing a destroyed row's space is VACUUM's work (the
-- compaction on PostgreSQL belongs to the runtime, not to the schema). The table is kept, empty and harmless, so that
-- the retention module's history and its tables are the same on both products and its compaction finds what it writes.
CREATE TABLE LOG_ROLLOVER (
    FILLER VARCHAR(32000) NOT NULL
);

-- What the application role may do (StoreSchema: the owner itself unless PIMS connects as another role).
GRANT SELECT, INSERT, UPDATE, DELETE ON LOG_ROLLOVER TO ${appRole};
