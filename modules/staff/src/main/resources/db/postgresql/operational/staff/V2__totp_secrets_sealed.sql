-- The PostgreSQL version of db/operational/staff/V2__totp_secrets_sealed.sql: what the tables are for is said there.
ALTER TABLE STAFF_ACCOUNT ALTER COLUMN TOTP_SECRET SET DATA TYPE VARCHAR(200);
ALTER TABLE STAFF_ACCOUNT ALTER COLUMN TOTP_PENDING_SECRET SET DATA TYPE VARCHAR(200);
