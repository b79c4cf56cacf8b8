-- Each mail's id comes back from its own INSERT (JdbcOutbox.add), so nothing looks a mail up by its Message-ID any
-- more, and the unique index on it, whose random keys every new mail had to enter, goes: a Message-ID is unique by
-- its making (a random UUID, 122 random bits), and stays the same at every attempt to send the mail.
ALTER TABLE MAIL_OUTBOX DROP CONSTRAINT MAIL_OUTBOX_MESSAGE_ID;
