package dev.pims.inquiry;

import dev.pims.audit.DataSubjects;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * One case in full, as its member and the privacy officer read it: what was sent, where it stands, the replies, oldest
 * first.
 *
 * @param memberId the member who sent it; null for a case sent through the public form
 * @param name the name the sender gave, if any
 * @param assignedTo the login id of the member of staff handling it; null before it is assigned
 * @param closedAt null while the case is open
 */
public record InquiryView(
        long id,
        Long memberId,
        LocalDateTime receivedAt,
        String subject,
        String text,
        String replyTo,
        String name,
        InquiryState state,
        String assignedTo,
        LocalDateTime closedAt,
        List<InquiryReplyView> replies)
        implements DataSubjects, Serializable {

    public InquiryView {
        replies = List.copyOf(replies);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return memberId == null ? List.of() : List.of(memberId);
    }
}
