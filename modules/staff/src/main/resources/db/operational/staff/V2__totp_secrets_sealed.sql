-- The TOTP secrets are kept sealed by the key ring (safety-measures standard Art. 7): a sealed secret of 32 Base32
-- characters is about 95 characters long. Secrets an older PIMS kept in clear are sealed by the first start with this
-- version (dev.pims.staff.internal.SecondFactorSealing).
ALTER TABLE STAFF_ACCOUNT ALTER COLUMN TOTP_SECRET SET DATA TYPE VARCHAR(200);
ALTER TABLE STAFF_ACCOUNT ALTER COLUMN TOTP_PENDING_SECRET SET DATA TYPE VARCHAR(200);
