-- The PostgreSQL version of db/operational/consent/V8__partner_consents.sql: what the tables are for is said there.
ALTER TABLE CONSENT_RECORD ADD COLUMN PARTNER_ID BIGINT;
CREATE INDEX CONSENT_RECORD_PARTNER ON CONSENT_RECORD (PARTNER_ID, MEMBER_ID, OCCURRED_AT);
