-- The PostgreSQL version of db/operational/consent/V3__agreed_until.sql: what the tables are for is said there.
ALTER TABLE CONSENT_RECORD ADD COLUMN AGREED_UNTIL TIMESTAMP;
