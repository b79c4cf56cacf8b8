-- The registry of third parties (policy §3A, §3B) the privacy officer keeps: who the partner is, for what purpose it
-- receives members' data, which items (membership's CareField names, comma-separated) and how long it keeps them.
-- A partner is never deleted: consent records and provision records name it. An inactive one is offered to nobody.
CREATE TABLE PARTNER_REGISTRY (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    NAME VARCHAR(100) NOT NULL,
    PURPOSE VARCHAR(500) NOT NULL,
    ITEMS VARCHAR(500) NOT NULL,
    RETENTION VARCHAR(200) NOT NULL,
    ACTIVE BOOLEAN NOT NULL,
    REGISTERED_AT TIMESTAMP NOT NULL,
    CONSTRAINT PARTNER_REGISTRY_PK PRIMARY KEY (ID),
    CONSTRAINT PARTNER_REGISTRY_NAME_UNIQUE UNIQUE (NAME)
);

-- One row per member per provision (policy §3, §5): to a partner by the member's consent (KIND PARTNER, PARTNER_ID),
-- or to an authority as the law required (KIND AUTHORITY: legal basis, document reference, and whether and from when
-- the member may be told). No foreign key to the member's account: the record is kept five years from PROVIDED_AT,
-- the retention rule's clock, whatever becomes of the account.
CREATE TABLE PROVISION_RECORD (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    MEMBER_ID BIGINT NOT NULL,
    PROVIDED_AT TIMESTAMP NOT NULL,
    KIND VARCHAR(10) NOT NULL,
    PARTNER_ID BIGINT,
    RECIPIENT VARCHAR(200) NOT NULL,
    PURPOSE VARCHAR(500) NOT NULL,
    ITEMS VARCHAR(500) NOT NULL,
    RETAINED_BY_RECIPIENT VARCHAR(200),
    DOCUMENT_REFERENCE VARCHAR(200),
    MEMBER_MAY_BE_TOLD BOOLEAN NOT NULL,
    WITHHELD_UNTIL TIMESTAMP,
    PROVIDED_BY VARCHAR(50) NOT NULL,
    CONSTRAINT PROVISION_RECORD_PK PRIMARY KEY (ID),
    CONSTRAINT PROVISION_RECORD_KIND CHECK (KIND IN ('PARTNER', 'AUTHORITY')),
    CONSTRAINT PROVISION_RECORD_PARTNER CHECK ((KIND = 'PARTNER' AND PARTNER_ID IS NOT NULL)
        OR (KIND = 'AUTHORITY' AND PARTNER_ID IS NULL AND DOCUMENT_REFERENCE IS NOT NULL))
);
-- Retention walks the records oldest first (dev.pims.retention.RecordTable: clock, then id).
CREATE INDEX PROVISION_RECORD_PROVIDED_AT ON PROVISION_RECORD (PROVIDED_AT, ID);
-- A member's own provisions, newest first.
CREATE INDEX PROVISION_RECORD_MEMBER ON PROVISION_RECORD (MEMBER_ID, PROVIDED_AT DESC);
