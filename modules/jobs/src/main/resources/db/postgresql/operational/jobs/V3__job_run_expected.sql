-- The PostgreSQL version of db/operational/jobs/V3__job_run_expected.sql: what the tables are for is said there.
ALTER TABLE JOB_RUN ADD COLUMN EXPECTED BIGINT;
