-- Marketing senders ask, at the moment they write each mail, which members' consent to a purpose is live (policy
-- §1D): one purpose's records walked by member, the latest of each found through CONSENT_RECORD_MEMBER.
CREATE INDEX CONSENT_RECORD_PURPOSE ON CONSENT_RECORD (PURPOSE, MEMBER_ID, OCCURRED_AT);
