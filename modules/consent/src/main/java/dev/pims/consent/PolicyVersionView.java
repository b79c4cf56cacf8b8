package dev.pims.consent;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A version of the privacy policy as the pages show it (policy §13, §14); {@code announcedAt} is null for a draft.
 *
 * @param id the version, as links and consent records name it
 * @param textKo the Korean text, which governs
 * @param reducesRights marked as reducing members' rights or adding items or recipients: announced 30 days ahead
 * @param asksReconsent changes the items, purposes or recipients of a required consent: members are asked again
 */
public record PolicyVersionView(
        long id,
        LocalDate effectiveOn,
        LocalDateTime announcedAt,
        String summaryKo,
        String summaryEn,
        String textKo,
        String textEn,
        boolean reducesRights,
        boolean asksReconsent,
        LocalDateTime draftedAt,
        String draftedBy)
        implements Serializable {

    /** The text in the language, Korean unless English is asked for. */
    public String text(String language) {
        return "en".equals(language) ? textEn : textKo;
    }

    /** The summary of changes in the language, Korean unless English is asked for. */
    public String summary(String language) {
        return "en".equals(language) ? summaryEn : summaryKo;
    }

    public boolean published() {
        return announcedAt != null;
    }
}
