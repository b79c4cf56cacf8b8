-- What exactly an access touched, e.g. the names of the fields a correction changed (never their values).
ALTER TABLE ACCESS_RECORD ADD COLUMN DETAIL VARCHAR(500);
