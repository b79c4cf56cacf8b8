package dev.pims.marketing.domain;

import dev.pims.marketing.NewsletterState;
import dev.pims.marketing.NewsletterView;
import java.time.LocalDateTime;

/**
 * A newsletter of the privacy officer (policy §1D): its subject and text in Korean and English, and where it stands.
 * The text of PIMS, not members' data.
 */
public record Newsletter(
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
        Integer sentCount) {

    /** The subject in the member's language: Korean for ko, English for any other. */
    public String subjectIn(String language) {
        return "ko".equals(language) ? subjectKo : subjectEn;
    }

    /** The text in the member's language: Korean for ko, English for any other. */
    public String bodyIn(String language) {
        return "ko".equals(language) ? bodyKo : bodyEn;
    }

    public NewsletterView toView() {
        return new NewsletterView(
                id, subjectKo, subjectEn, bodyKo, bodyEn, state, writtenAt, writtenBy, requestedAt, sentAt, sentCount);
    }
}
