-- The key ring's data keys (docs/architecture.md, "The key ring"): AES-256 keys that seal secrets at rest, each kept
-- wrapped (AES-256-GCM) by the master key, which lives outside the databases. ID is the key id every sealed value
-- carries; the newest key seals, the older ones only open what they sealed. MASTER_KEY_ID is the fingerprint of the
-- master key that wrapped the key, never the key: after an interrupted rotation it tells which master key is current.
-- ./pims keys rotate re-wraps every row in one transaction and adds a new key.

CREATE TABLE KEY_RING_DATA_KEY (
    ID INTEGER NOT NULL,
    WRAPPED_KEY VARCHAR(100) NOT NULL,
    MASTER_KEY_ID VARCHAR(32) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    CONSTRAINT KEY_RING_DATA_KEY_PK PRIMARY KEY (ID)
);
