package dev.pims.marketing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The privacy officer's newsletters (policy §1D): written in Korean and English, then sent. Sending only asks: the
 * sweep {@value MarketingMail#NEWSLETTER_JOB} writes one mail per member whose consent to marketing e-mail is live at
 * the moment it writes that mail, so a withdrawal between the request and the sending wins. A newsletter is PIMS's
 * text, not members' data, so these calls are off the audited road; the container lets only the privacy officer in.
 */
public interface Newsletters {

    /** Every newsletter, the newest first. */
    List<NewsletterView> all();

    /** Keeps a new newsletter as a draft; returns its id. */
    long write(@NotNull @Valid NewsletterDraft draft);

    /**
     * Asks for a draft to be sent.
     *
     * @throws IllegalStateException when it is not a draft (asked already, or sent)
     */
    void send(long newsletterId);
}
