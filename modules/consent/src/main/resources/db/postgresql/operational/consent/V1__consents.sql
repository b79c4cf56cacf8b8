-- The PostgreSQL version of db/operational/consent/V1__consents.sql: what the tables are for is said there.
CREATE TABLE CONSENT_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT NOT NULL,
    PURPOSE VARCHAR(40) NOT NULL,
    POLICY_VERSION VARCHAR(20) NOT NULL,
    ACTION VARCHAR(10) NOT NULL,
    OCCURRED_AT TIMESTAMP NOT NULL,
    CLIENT_IP VARCHAR(64) NOT NULL,
    METHOD VARCHAR(20) NOT NULL,
    CONSTRAINT CONSENT_RECORD_PK PRIMARY KEY (ID)
);
CREATE INDEX CONSENT_RECORD_MEMBER ON CONSENT_RECORD (MEMBER_ID, OCCURRED_AT);

-- What the application role may do (StoreSchema: the owner itself unless PIMS connects as another role): no UPDATE,
-- for V7 makes CONSENT_RECORD append-only and no PostgreSQL store predates V7; DELETE stays, under V7's trigger.
GRANT SELECT, INSERT, DELETE ON CONSENT_RECORD TO ${appRole};
