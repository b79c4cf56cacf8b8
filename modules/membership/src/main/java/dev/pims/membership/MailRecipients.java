package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;

/**
 * Where to write to members PIMS mails of its own accord (a reconfirmation of a consent, a newsletter): the address
 * and language of those of the given members whose account is ACTIVE. A dormant member's data is kept apart and used
 * for nothing else (policy §4C), and a pending, withdrawn or unknown one gets nothing, so none of them is returned.
 * Only PIMS itself may ask (a job, never an HTTP request); every call is an audited VIEW of account information
 * naming the members it returns.
 */
public interface MailRecipients {

    /** The active ones among these members, in no order: one query, for a chunk of a job. */
    Recipients activeAmong(@NotNull Collection<Long> memberIds);

    /** An active member's address and the language they chose (ko or en). */
    record Recipient(long memberId, String email, String language) {}

    /** The recipients read; they name the members as the data subjects of the read. */
    record Recipients(List<Recipient> recipients) implements DataSubjects {

        public Recipients {
            recipients = List.copyOf(recipients);
        }

        @Override
        public Collection<Long> dataSubjectIds() {
            return recipients.stream().map(Recipient::memberId).toList();
        }
    }
}
