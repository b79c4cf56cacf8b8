package dev.pims.inquiry.domain;

import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The inquiry cases of the operational store, in the caller's transaction. */
public interface InquiryCases {

    void add(InquiryCase inquiry);

    Optional<InquiryCase> byId(long id);

    /** The member's cases, newest first. */
    List<InquiryCase> ofMember(long memberId);

    /** Open cases oldest first, then closed ones newest first. */
    List<InquiryCase> queue();

    /** The cases assigned to one member of staff, in the order of {@link #queue()}. */
    List<InquiryCase> assignedTo(String staffLoginId);

    /** How many cases were closed before the threshold. */
    long countClosedBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} cases closed before the threshold, oldest first, with their replies. */
    DestroyedRecords destroyClosedBefore(LocalDateTime threshold, int max);
}
