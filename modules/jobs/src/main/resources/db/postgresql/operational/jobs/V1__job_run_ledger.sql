-- The PostgreSQL version of db/operational/jobs/V1__job_run_ledger.sql: what the tables are for is said there.
CREATE TABLE JOB_RUN (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    JOB_NAME VARCHAR(100) NOT NULL,
    SCHEDULED_FOR TIMESTAMP NOT NULL,
    STARTED_AT TIMESTAMP NOT NULL,
    ENDED_AT TIMESTAMP,
    OUTCOME VARCHAR(10) NOT NULL,
    ITEM_COUNT BIGINT NOT NULL DEFAULT 0,
    SUMMARY VARCHAR(500),
    CONSTRAINT JOB_RUN_PK PRIMARY KEY (ID),
    CONSTRAINT JOB_RUN_ONCE UNIQUE (JOB_NAME, SCHEDULED_FOR)
);

-- What the application role may do (StoreSchema: the owner itself unless PIMS connects as another role).
GRANT SELECT, INSERT, UPDATE, DELETE ON JOB_RUN TO ${appRole};
