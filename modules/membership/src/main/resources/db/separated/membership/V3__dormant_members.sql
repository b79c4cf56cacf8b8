-- The dormant area (policy §4C): the personal data of a member idle for a year, kept apart from active members' data,
-- sealed by the key ring, until the member logs in and brings it back (or withdraws). One row per dormant member; the
-- operational store keeps the account's stub. No retention period of its own: dormancy is not the end of the purpose.
CREATE TABLE DORMANT_MEMBER (
    MEMBER_ID BIGINT NOT NULL,
    DORMANT_SINCE TIMESTAMP NOT NULL,
    PERSONAL_DATA CLOB NOT NULL,
    CONSTRAINT DORMANT_MEMBER_PK PRIMARY KEY (MEMBER_ID)
);
