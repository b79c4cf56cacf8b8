-- Records of visits (policy §2A(2)): every member login and logout, kept three months (Protection of Communications
-- Secrets Act), then destroyed by the retention engine oldest first (VISIT_RECORD_VISITED). No foreign key: a record
-- outlives the account it names. A member's own recent visits are read newest first (VISIT_RECORD_MEMBER).
CREATE TABLE VISIT_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT NOT NULL,
    VISITED_AT TIMESTAMP NOT NULL,
    KIND VARCHAR(16) NOT NULL,
    CLIENT_IP VARCHAR(64) NOT NULL,
    USER_AGENT VARCHAR(500),
    CONSTRAINT VISIT_RECORD_PK PRIMARY KEY (ID)
);
CREATE INDEX VISIT_RECORD_VISITED ON VISIT_RECORD (VISITED_AT, ID);
CREATE INDEX VISIT_RECORD_MEMBER ON VISIT_RECORD (MEMBER_ID, VISITED_AT DESC);
