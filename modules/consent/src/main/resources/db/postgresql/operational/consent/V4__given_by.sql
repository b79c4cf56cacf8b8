-- The PostgreSQL version of db/operational/consent/V4__given_by.sql: what the tables are for is said there.
ALTER TABLE CONSENT_RECORD ADD COLUMN GIVEN_BY VARCHAR(24) NOT NULL DEFAULT 'MEMBER';
ALTER TABLE CONSENT_RECORD ADD COLUMN REPRESENTATIVE VARCHAR(100);
