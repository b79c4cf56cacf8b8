-- The fingerprint of the modules whose migrations last brought this store up to date (dev.pims.store.SchemaFingerprint):
-- a start whose modules have the same fingerprint runs no Flyway history. One row, made here and only ever updated, so
-- that two servers migrating one store at once leave one fingerprint; 'none' until the first migration ends.
CREATE TABLE SCHEMA_FINGERPRINT (
    ONLY_ROW SMALLINT NOT NULL,
    FINGERPRINT VARCHAR(64) NOT NULL,
    CONSTRAINT SCHEMA_FINGERPRINT_PK PRIMARY KEY (ONLY_ROW),
    CONSTRAINT SCHEMA_FINGERPRINT_ONE_ROW CHECK (ONLY_ROW = 1)
);
INSERT INTO SCHEMA_FINGERPRINT (ONLY_ROW, FINGERPRINT) VALUES (1, 'none');
