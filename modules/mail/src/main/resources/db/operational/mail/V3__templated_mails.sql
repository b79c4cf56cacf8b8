-- A mail that a job writes in bulk (dev.pims.mail.TemplatedMail) keeps the recipient's language and the values its text
-- needs, separated by U+001F, instead of a subject and body: its kind's template (dev.pims.mail.MailTemplate) makes the
-- text at each attempt, so that a run of 100 000 notices writes 100 000 short rows rather than 100 000 texts. A pending
-- mail has the one or the other; settling empties the body and drops the values, as it emptied the body before.
ALTER TABLE MAIL_OUTBOX ALTER COLUMN SUBJECT NULL;
ALTER TABLE MAIL_OUTBOX ALTER COLUMN BODY NULL;
ALTER TABLE MAIL_OUTBOX ADD COLUMN LANGUAGE VARCHAR(35);
ALTER TABLE MAIL_OUTBOX ADD COLUMN TEXT_VALUES VARCHAR(2000);
ALTER TABLE MAIL_OUTBOX ADD CONSTRAINT MAIL_OUTBOX_TEXT CHECK (STATE <> 'PENDING'
    OR (SUBJECT IS NOT NULL AND BODY IS NOT NULL) OR (LANGUAGE IS NOT NULL AND TEXT_VALUES IS NOT NULL));
