-- Failed member logins (policy §7A, guessing), kept in the store so that a restart forgets none and every server of a
-- cluster counts the same ones (LoginGuard replays an address's failures to know its run and its locks). ADDRESS_HMAC is
-- the keyed hash (HMAC-SHA-256, hex) of the address tried, known or not; it is NULL for an attempt on a locked address,
-- which counts against the client alone. MEMBER_ID names the member whose address it was, if any. A right password
-- deletes its address's rows; the rest are destroyed two days after the failure (rule membership.login-failures,
-- LOGIN_FAILURE_FAILED). An address's run is read by LOGIN_FAILURE_ADDRESS, a client's window by LOGIN_FAILURE_CLIENT.
CREATE TABLE LOGIN_FAILURE (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    FAILED_AT TIMESTAMP NOT NULL,
    CLIENT_IP VARCHAR(64) NOT NULL,
    ADDRESS_HMAC CHAR(64),
    MEMBER_ID BIGINT,
    CONSTRAINT LOGIN_FAILURE_PK PRIMARY KEY (ID)
);
CREATE INDEX LOGIN_FAILURE_FAILED ON LOGIN_FAILURE (FAILED_AT, ID);
CREATE INDEX LOGIN_FAILURE_ADDRESS ON LOGIN_FAILURE (ADDRESS_HMAC, FAILED_AT, ID);
CREATE INDEX LOGIN_FAILURE_CLIENT ON LOGIN_FAILURE (CLIENT_IP, FAILED_AT);
