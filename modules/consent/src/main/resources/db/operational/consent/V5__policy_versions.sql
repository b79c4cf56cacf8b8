-- The versions of the privacy policy (policy §13, §14): the Korean text, which governs, and the English one, a summary
-- of the changes in both languages, the day the version takes effect and, once the privacy officer published it, when
-- it was announced. A draft has no ANNOUNCED_AT; a published version never changes and is never deleted (the guard
-- below), so that every consent record keeps pointing at the text it was given under.
-- REDUCES_RIGHTS: the officer marked the change as reducing members' rights or adding items or recipients, so that it
-- is announced at least 30 days before it takes effect (7 otherwise). ASKS_RECONSENT: it changes the items, purposes
-- or recipients of a required consent, so that each member is asked again at the next login once it is in force.
CREATE TABLE POLICY_VERSION (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    TEXT_KO CLOB NOT NULL,
    TEXT_EN CLOB NOT NULL,
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
-- The published versions by their effective date, as /policy and /policy/versions read them.
CREATE INDEX POLICY_VERSION_EFFECTIVE ON POLICY_VERSION (EFFECTIVE_ON, ID);

-- The guard: a statement that changes or deletes a published version fires a trigger that inserts a row the CHECK
-- rejects, so the statement fails and Derby's error names POLICY_VERSION_IS_PUBLISHED. A draft may still change.
CREATE TABLE POLICY_VERSION_PUBLISHED (
    REFUSED INTEGER NOT NULL CONSTRAINT POLICY_VERSION_IS_PUBLISHED CHECK (REFUSED = 0)
);
CREATE TRIGGER POLICY_VERSION_NO_UPDATE AFTER UPDATE ON POLICY_VERSION
    REFERENCING OLD AS O FOR EACH ROW
    INSERT INTO POLICY_VERSION_PUBLISHED SELECT 1 FROM SYSIBM.SYSDUMMY1 WHERE O.ANNOUNCED_AT IS NOT NULL;
CREATE TRIGGER POLICY_VERSION_NO_DELETE AFTER DELETE ON POLICY_VERSION
    REFERENCING OLD AS O FOR EACH ROW
    INSERT INTO POLICY_VERSION_PUBLISHED SELECT 1 FROM SYSIBM.SYSDUMMY1 WHERE O.ANNOUNCED_AT IS NOT NULL;
