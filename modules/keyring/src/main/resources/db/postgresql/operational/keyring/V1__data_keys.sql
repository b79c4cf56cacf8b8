-- The PostgreSQL version of db/operational/keyring/V1__data_keys.sql: what the tables are for is said there.
CREATE TABLE KEY_RING_DATA_KEY (
    ID INTEGER NOT NULL,
    WRAPPED_KEY VARCHAR(100) NOT NULL,
    MASTER_KEY_ID VARCHAR(32) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CONSTRAINT KEY_RING_DATA_KEY_PK PRIMARY KEY (ID)
);

-- What the application role may do (StoreSchema: the owner itself unless PIMS connects as another role).
GRANT SELECT, INSERT, UPDATE, DELETE ON KEY_RING_DATA_KEY TO ${appRole};
