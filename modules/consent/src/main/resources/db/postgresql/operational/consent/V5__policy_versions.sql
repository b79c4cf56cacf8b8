-- The PostgreSQL version of db/operational/consent/V5__policy_versions.sql: what the tables are for is said there.
CREATE TABLE POLICY_VERSION (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    TEXT_KO TEXT NOT NULL,
    TEXT_EN TEXT NOT NULL,
    SUMMARY_KO VARCHAR(2000) NOT NULL,
    SUMMARY_EN VARCHAR(2000) NOT NULL,
    EFFECTIVE_ON DATE NOT NULL,
    REDUCES_RIGHTS BOOLEAN NOT NULL,
    ASKS_RECONSENT BOOLEAN NOT NULL,
    DRAFTED_AT TIMESTAMP NOT NULL,
    DRAFTED_BY VARCHAR(100) NOT NULL,
    ANNOUNCED_AT TIMESTAMP,
    ANNOUNCED_BY VARCHAR(100),
    CONSTRAINT POLICY_VERSION_PK PRIMARY KEY (ID)
);
CREATE INDEX POLICY_VERSION_EFFECTIVE ON POLICY_VERSION (EFFECTIVE_ON, ID);

-- The guard: a trigger that raises check_violation naming POLICY_VERSION_IS_PUBLISHED when a statement changes or
-- deletes a published version (PostgreSQL needs no guard table). A draft may still change. It runs before the row
-- changes, so that a consent record's foreign key is never what refuses the deletion of a published version.
CREATE FUNCTION POLICY_VERSION_REFUSE_PUBLISHED() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.ANNOUNCED_AT IS NOT NULL THEN
        RAISE EXCEPTION 'POLICY_VERSION_IS_PUBLISHED: % of published version % refused', TG_OP, OLD.ID
            USING ERRCODE = 'check_violation', CONSTRAINT = 'POLICY_VERSION_IS_PUBLISHED';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER POLICY_VERSION_NO_UPDATE BEFORE UPDATE ON POLICY_VERSION
    FOR EACH ROW EXECUTE FUNCTION POLICY_VERSION_REFUSE_PUBLISHED();
CREATE TRIGGER POLICY_VERSION_NO_DELETE BEFORE DELETE ON POLICY_VERSION
    FOR EACH ROW EXECUTE FUNCTION POLICY_VERSION_REFUSE_PUBLISHED();

-- What the application role may do (StoreSchema: the owner itself unless PIMS connects as another role): drafts are
-- changed and deleted, so the trigger alone tells a draft from a published version.
GRANT SELECT, INSERT, UPDATE, DELETE ON POLICY_VERSION TO ${appRole};
