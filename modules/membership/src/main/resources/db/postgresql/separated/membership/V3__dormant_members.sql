-- The PostgreSQL version of db/separated/membership/V3__dormant_members.sql: what the tables are for is said there.
CREATE TABLE DORMANT_MEMBER (
    MEMBER_ID BIGINT NOT NULL,
    DORMANT_SINCE TIMESTAMP NOT NULL,
    PERSONAL_DATA TEXT NOT NULL,
    CONSTRAINT DORMANT_MEMBER_PK PRIMARY KEY (MEMBER_ID)
);

-- What the application role may do (StoreSchema: the owner itself unless PIMS connects as another role).
GRANT SELECT, INSERT, UPDATE, DELETE ON DORMANT_MEMBER TO ${appRole};
