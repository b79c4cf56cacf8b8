-- The retention engine destroys a separated member one year after the withdrawal (policy §4B), earliest first.
CREATE INDEX SEPARATED_MEMBER_SEPARATED ON SEPARATED_MEMBER (SEPARATED_AT, MEMBER_ID);
