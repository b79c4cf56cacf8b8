-- Leases and retries: a claimed run records which runner instance runs it and until when its lease holds (renewed
-- while the job reports progress), and which attempt it is. A RUNNING run whose lease has expired (its instance died)
-- and a FAILED run are taken over by a conditional UPDATE on ID, OUTCOME and ATTEMPTS, up to a maximum of attempts.
-- Rows of release 1 have no lease: a RUNNING one among them was left by a server that died, and is taken over.
ALTER TABLE JOB_RUN ADD COLUMN ATTEMPTS INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE JOB_RUN ADD COLUMN CLAIMED_BY VARCHAR(64);
ALTER TABLE JOB_RUN ADD COLUMN LEASE_UNTIL TIMESTAMP;
