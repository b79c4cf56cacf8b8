-- Records of service use (policy §2A(2)): one row per search run, image submitted or recommendation clicked, kept five
-- years from the use (§4A) to improve image recognition, search and recommendation. No foreign key to the member's
-- account: the retention rule, not the withdrawal, ends a record.
CREATE TABLE SERVICE_USAGE_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT NOT NULL,
    OCCURRED_AT TIMESTAMP NOT NULL,
    KIND VARCHAR(24) NOT NULL,
    DETAIL VARCHAR(500),
    CONSTRAINT SERVICE_USAGE_RECORD_PK PRIMARY KEY (ID),
    CONSTRAINT SERVICE_USAGE_RECORD_KIND CHECK (KIND IN ('SEARCH_RUN', 'IMAGE_SUBMITTED', 'RECOMMENDATION_CLICKED'))
);
-- Retention walks the records oldest first (dev.pims.retention.RecordTable: clock, then id).
CREATE INDEX SERVICE_USAGE_RECORD_OCCURRED ON SERVICE_USAGE_RECORD (OCCURRED_AT, ID);
-- A member's records newest first, for the member's page and member care: read in index order, no sort.
CREATE INDEX SERVICE_USAGE_RECORD_MEMBER ON SERVICE_USAGE_RECORD (MEMBER_ID, OCCURRED_AT DESC, ID DESC);
