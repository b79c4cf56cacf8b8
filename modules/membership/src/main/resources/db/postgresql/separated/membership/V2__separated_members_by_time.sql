-- The PostgreSQL version of db/separated/membership/V2__separated_members_by_time.sql: what the tables are for is said there.
CREATE INDEX SEPARATED_MEMBER_SEPARATED ON SEPARATED_MEMBER (SEPARATED_AT, MEMBER_ID);
