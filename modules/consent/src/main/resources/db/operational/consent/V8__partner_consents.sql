-- A consent to the provision of the member's data to a third party (policy §3A, §3B) is given to each partner apart:
-- its records (PURPOSE THIRD_PARTY_PROVISION) name the partner of the partners module's registry; NULL for every other
-- purpose. No foreign key: the proof of consent outlives a partner taken off the registry as it outlives the account.
ALTER TABLE CONSENT_RECORD ADD COLUMN PARTNER_ID BIGINT;
CREATE INDEX CONSENT_RECORD_PARTNER ON CONSENT_RECORD (PARTNER_ID, MEMBER_ID, OCCURRED_AT);
