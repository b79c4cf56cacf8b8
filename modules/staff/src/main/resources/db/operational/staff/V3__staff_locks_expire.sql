-- A staff lockout expires (policy §7B, issue 17): LOCKED_UNTIL is when the lock ends, LOCKS how many locks came in a
-- row (each lasts twice as long as the one before, up to a limit); the right password and code reset both. A lock of
-- an older release, which lasted until an officer lifted it, becomes a first lock of 15 minutes from its time.
ALTER TABLE STAFF_ACCOUNT ADD COLUMN LOCKED_UNTIL TIMESTAMP;
ALTER TABLE STAFF_ACCOUNT ADD COLUMN LOCKS INTEGER NOT NULL DEFAULT 0;
UPDATE STAFF_ACCOUNT SET LOCKED_UNTIL = {fn TIMESTAMPADD(SQL_TSI_MINUTE, 15, LOCKED_AT)}, LOCKS = 1
    WHERE LOCKED_AT IS NOT NULL;
