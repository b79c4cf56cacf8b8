package dev.pims.marketing.domain;

import java.time.LocalDateTime;
import java.util.List;

/** The newsletters in the operational store, in the caller's transaction. */
public interface NewsletterBook {

    /** Keeps a new draft; returns its id. */
    long add(String subjectKo, String subjectEn, String bodyKo, String bodyEn, LocalDateTime at, String by);

    /** Every newsletter, the newest first. */
    List<Newsletter> all();

    /** The newsletters asked to be sent and not sent yet, the earliest request first. */
    List<Newsletter> sending();

    /**
     * Marks a draft as asked to be sent.
     *
     * @return whether it was a draft
     */
    boolean requestSending(long newsletterId, LocalDateTime at, String by);

    /** Marks a newsletter that was sending as sent, to so many members. */
    void sent(long newsletterId, LocalDateTime at, int count);
}
