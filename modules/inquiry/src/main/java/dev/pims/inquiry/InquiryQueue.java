package dev.pims.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The queue of inquiries and complaints (policy §12): the privacy officer reads and works on every case and assigns
 * them; a handler granted the category INQUIRY (the scope role {@code SCOPE_INQUIRY}) reads, answers and closes the
 * cases assigned to them, and nothing else. Each call is an access record of the category INQUIRY naming the member a
 * case is of, if any; opening a case is a VIEW of its own. A reply is mailed to the case's reply address through the
 * outbox, in the reply's transaction.
 *
 * @throws dev.pims.audit.AccessDeniedException for a caller who is neither, for a handler's case not assigned to them,
 *     and for a handler who assigns
 */
public interface InquiryQueue {

    /** A staff login id (as the staff module shapes it): the one a case is assigned to. */
    String LOGIN_ID = "[a-z0-9._-]{3,50}";

    /**
     * Open cases first, oldest first, then the closed ones, newest first; reply addresses masked. A handler's are those
     * assigned to them.
     */
    InquiryQueuePage queue();

    /** @throws InquiryRefusal {@code NO_SUCH_INQUIRY} */
    InquiryView open(long id);

    /** @throws InquiryRefusal {@code NO_SUCH_INQUIRY}, {@code ALREADY_CLOSED} */
    InquiryView assign(long id, @NotBlank @Pattern(regexp = LOGIN_ID) String staffLoginId);

    /**
     * Mails the reply to the case's reply address, in the language the case was sent in, and keeps it with the case.
     *
     * @throws InquiryRefusal {@code NO_SUCH_INQUIRY}, {@code ALREADY_CLOSED}
     */
    InquiryView reply(
            long id,
            @NotBlank(message = "{pims.inquiry.reply.required}")
                    @Size(max = InquiryRules.TEXT_MAX, message = "{pims.field.tooLong}")
                    @Pattern(regexp = InquiryRules.PLAIN_TEXT, message = "{pims.field.plainText}")
                    String text);

    /** @throws InquiryRefusal {@code NO_SUCH_INQUIRY}, {@code ALREADY_CLOSED} */
    InquiryView close(long id);
}
