-- The PostgreSQL version of db/operational/store/V1__schema_fingerprint.sql: what the table is for is said in
-- db/operational/store/V1. Only the role that migrates reads and writes it, so the application role gets nothing.
CREATE TABLE SCHEMA_FINGERPRINT (
    ONLY_ROW SMALLINT NOT NULL,
    FINGERPRINT VARCHAR(64) NOT NULL,
    CONSTRAINT SCHEMA_FINGERPRINT_PK PRIMARY KEY (ONLY_ROW),
    CONSTRAINT SCHEMA_FINGERPRINT_ONE_ROW CHECK (ONLY_ROW = 1)
);
INSERT INTO SCHEMA_FINGERPRINT (ONLY_ROW, FINGERPRINT) VALUES (1, 'none');
