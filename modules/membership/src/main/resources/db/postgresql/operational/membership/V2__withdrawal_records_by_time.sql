-- The PostgreSQL version of db/operational/membership/V2__withdrawal_records_by_time.sql: what the tables are for is said there.
CREATE INDEX WITHDRAWAL_RECORD_WITHDRAWN ON WITHDRAWAL_RECORD (WITHDRAWN_AT, ID);
