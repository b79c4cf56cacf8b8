-- The PostgreSQL version of db/separated/membership/V1__separated_members.sql: what the tables are for is said there.
CREATE TABLE SEPARATED_MEMBER (
    MEMBER_ID BIGINT NOT NULL,
    SEPARATED_AT TIMESTAMP NOT NULL,
    DESTROY_AFTER TIMESTAMP NOT NULL,
    REASON VARCHAR(40) NOT NULL,
    PERSONAL_DATA TEXT NOT NULL,
    CONSTRAINT SEPARATED_MEMBER_PK PRIMARY KEY (MEMBER_ID)
);
CREATE INDEX SEPARATED_MEMBER_DESTROY ON SEPARATED_MEMBER (DESTROY_AFTER);

-- What the application role may do (StoreSchema: the owner itself unless PIMS connects as another role).
GRANT SELECT, INSERT, UPDATE, DELETE ON SEPARATED_MEMBER TO ${appRole};
