-- The dashboard's counts of past days (safety-measures standard Art. 8). A day's access records never change once
-- the day is over (the log only grows, and every record is written at the time it happens), so a past day is counted
-- once, from ACCESS_RECORD_NEWEST, and kept here; only today is counted live. Grouping the records of 30 days anew
-- on every view would read about a million index rows over a 10-million-record log.

-- The days already counted: a day is counted whole, in one transaction, or not at all.
CREATE TABLE ACCESS_DAY_COUNTED (
    DAY DATE NOT NULL,
    COUNTED_AT TIMESTAMP NOT NULL,
    CONSTRAINT ACCESS_DAY_COUNTED_PK PRIMARY KEY (DAY)
);

-- Records of one UTC day by task and outcome.
CREATE TABLE ACCESS_DAY_COUNT (
    DAY DATE NOT NULL,
    TASK VARCHAR(10) NOT NULL,
    OUTCOME VARCHAR(10) NOT NULL,
    RECORDS BIGINT NOT NULL,
    CONSTRAINT ACCESS_DAY_COUNT_PK PRIMARY KEY (DAY, TASK, OUTCOME),
    CONSTRAINT ACCESS_DAY_COUNT_DAY FOREIGN KEY (DAY) REFERENCES ACCESS_DAY_COUNTED (DAY)
);

-- Records of one UTC day by actor: staff one by one; members together as 'member:*' (thousands of members each
-- reaching their own data would crowd out the staff the dashboard is about).
CREATE TABLE ACCESS_DAY_ACTOR_COUNT (
    DAY DATE NOT NULL,
    ACTOR_ID VARCHAR(100) NOT NULL,
    RECORDS BIGINT NOT NULL,
    CONSTRAINT ACCESS_DAY_ACTOR_COUNT_PK PRIMARY KEY (DAY, ACTOR_ID),
    CONSTRAINT ACCESS_DAY_ACTOR_COUNT_DAY FOREIGN KEY (DAY) REFERENCES ACCESS_DAY_COUNTED (DAY)
);
