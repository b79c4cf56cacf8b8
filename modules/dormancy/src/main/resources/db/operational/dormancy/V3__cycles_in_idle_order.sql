-- DORMANCY_NOTICE_ONCE_A_CYCLE keys the cycle by its start first, then the member: the notice job walks the members in
-- the order of their last activity, so that its new notices enter the index at its end rather than at random places,
-- and it learns which members of a chunk were told already from one range of the index (IDLE_SINCE between the chunk's
-- first and last) instead of one probe a member.
ALTER TABLE DORMANCY_NOTICE_RECORD DROP CONSTRAINT DORMANCY_NOTICE_ONCE_A_CYCLE;
ALTER TABLE DORMANCY_NOTICE_RECORD ADD CONSTRAINT DORMANCY_NOTICE_ONCE_A_CYCLE UNIQUE (IDLE_SINCE, MEMBER_ID);
