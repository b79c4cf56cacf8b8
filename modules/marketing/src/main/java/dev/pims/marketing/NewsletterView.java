package dev.pims.marketing;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A newsletter as the privacy officer's page lists it.
 *
 * @param sentCount how many members it was written to: a member with a live consent when the sweep reached them
 */
public record NewsletterView(
        long id,
        String subjectKo,
        String subjectEn,
        String bodyKo,
        String bodyEn,
        NewsletterState state,
        LocalDateTime writtenAt,
        String writtenBy,
        LocalDateTime requestedAt,
        LocalDateTime sentAt,
        Integer sentCount)
        implements Serializable {

    /** Whether it may still be sent: a draft. */
    public boolean draft() {
        return state == NewsletterState.DRAFT;
    }
}
