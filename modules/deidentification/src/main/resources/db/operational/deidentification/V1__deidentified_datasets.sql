-- De-identified datasets for improving the AI service (policy §1A, §3D). A dataset's row is its adequacy report and
-- its pseudonym key, sealed by the key ring (never exported); its rows are what the second privacy officer signed off.
-- Destroyed one year after building, or sooner when the officer discards it: the rows are deleted and the key emptied,
-- the report stays as the record of the processing (it holds no member's data).
CREATE TABLE DEID_DATASET (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    PURPOSE VARCHAR(500) NOT NULL,
    K_REQUIRED INT NOT NULL,
    K_REACHED INT NOT NULL,
    GRANULARITY VARCHAR(8) NOT NULL,
    FIRST_DAY DATE NOT NULL,
    LAST_DAY DATE NOT NULL,
    ROWS_KEPT INT NOT NULL,
    ROWS_SUPPRESSED INT NOT NULL,
    MEMBERS_KEPT INT NOT NULL,
    MEMBERS_SUPPRESSED INT NOT NULL,
    SEALED_KEY VARCHAR(500),
    BUILT_BY VARCHAR(50) NOT NULL,
    BUILT_AT TIMESTAMP NOT NULL,
    SIGNED_OFF_BY VARCHAR(50),
    SIGNED_OFF_AT TIMESTAMP,
    DESTROYED_BY VARCHAR(50),
    DESTROYED_AT TIMESTAMP,
    CONSTRAINT DEID_DATASET_PK PRIMARY KEY (ID),
    CONSTRAINT DEID_DATASET_GRANULARITY CHECK (GRANULARITY IN ('DAY', 'WEEK', 'MONTH')),
    CONSTRAINT DEID_DATASET_K CHECK (K_REQUIRED >= 5),
    -- The key lives exactly as long as the rows: emptied when the dataset is destroyed.
    CONSTRAINT DEID_DATASET_KEY_UNTIL_DESTROYED CHECK (
        (SEALED_KEY IS NOT NULL AND DESTROYED_AT IS NULL) OR (SEALED_KEY IS NULL AND DESTROYED_AT IS NOT NULL)),
    CONSTRAINT DEID_DATASET_SIGNED_BY_ANOTHER CHECK (SIGNED_OFF_BY IS NULL OR SIGNED_OFF_BY <> BUILT_BY)
);
-- Retention finds the datasets built before its threshold that still hold rows.
CREATE INDEX DEID_DATASET_BUILT ON DEID_DATASET (BUILT_AT, ID);

-- One row per use kept: a keyed pseudonym, the generalised quasi-identifiers and the kind of use. No member id, name,
-- contact, company, address or free text.
CREATE TABLE DEID_DATASET_ROW (
    DATASET_ID BIGINT NOT NULL,
    ROW_NO INT NOT NULL,
    PSEUDONYM CHAR(64) NOT NULL,
    JOB_FAMILY VARCHAR(16) NOT NULL,
    INDUSTRY VARCHAR(16) NOT NULL,
    PERIOD VARCHAR(10) NOT NULL,
    USAGE_KIND VARCHAR(24) NOT NULL,
    CONSTRAINT DEID_DATASET_ROW_PK PRIMARY KEY (DATASET_ID, ROW_NO),
    CONSTRAINT DEID_DATASET_ROW_DATASET FOREIGN KEY (DATASET_ID) REFERENCES DEID_DATASET (ID) ON DELETE CASCADE
);
