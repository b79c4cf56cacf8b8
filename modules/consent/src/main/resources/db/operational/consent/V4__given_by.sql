-- Who answered (policy §9): the member, or the legal representative of a member under 14, who consents or refuses by
-- the link mailed to them (METHOD GUARDIAN_EMAIL_LINK). REPRESENTATIVE names them as "name (relationship)"; a refusal,
-- whose sign-up is destroyed at once with the representative's data, keeps the relationship only.
ALTER TABLE CONSENT_RECORD ADD COLUMN GIVEN_BY VARCHAR(24) NOT NULL DEFAULT 'MEMBER';
ALTER TABLE CONSENT_RECORD ADD COLUMN REPRESENTATIVE VARCHAR(100);
