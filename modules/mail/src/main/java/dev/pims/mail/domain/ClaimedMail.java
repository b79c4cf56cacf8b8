package dev.pims.mail.domain;

import dev.pims.mail.MailKind;
import java.util.List;

/**
 * A mail claimed for one delivery attempt: the claim is committed, so no other sender attempts it until its lease ends.
 *
 * @param subject null while the mail's template has not made its text
 * @param body null while the mail's template has not made its text
 * @param language what the template writes in, for a mail queued as a {@link dev.pims.mail.TemplatedMail}; else null
 * @param values what the template writes with, for a mail queued as a {@link dev.pims.mail.TemplatedMail}; else null
 * @param attempt which attempt this is (1 for the first)
 */
public record ClaimedMail(
        long id,
        MailKind kind,
        String recipient,
        String subject,
        String body,
        String language,
        List<String> values,
        String messageId,
        int attempt) {

    /** Whether its subject and body are still to be made by its kind's template. */
    public boolean needsText() {
        return subject == null;
    }

    /** This mail with the text its template made. */
    public ClaimedMail withText(String madeSubject, String madeBody) {
        return new ClaimedMail(id, kind, recipient, madeSubject, madeBody, language, values, messageId, attempt);
    }
}
