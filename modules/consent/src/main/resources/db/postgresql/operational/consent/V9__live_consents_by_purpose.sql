-- The PostgreSQL version of db/operational/consent/V9__live_consents_by_purpose.sql: what the tables are for is said there.
CREATE INDEX CONSENT_RECORD_PURPOSE ON CONSENT_RECORD (PURPOSE, MEMBER_ID, OCCURRED_AT);
