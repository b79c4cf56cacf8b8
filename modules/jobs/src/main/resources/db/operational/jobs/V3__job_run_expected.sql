-- How many items a run said it would handle (JobProgress.expect), so that a page can show a run's progress against it.
ALTER TABLE JOB_RUN ADD COLUMN EXPECTED BIGINT;
