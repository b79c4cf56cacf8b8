package dev.pims.web.marketing;

import dev.pims.marketing.NewsletterDraft;
import dev.pims.marketing.NewsletterView;
import dev.pims.marketing.Newsletters;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/newsletters}: the privacy officer writes a newsletter in Korean and English and sends it (policy
 * §1D). Sending asks the sweep to write one mail per member whose marketing consent is live when it writes it.
 */
@Named
@ViewScoped
public class NewslettersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Newsletters newsletters;

    @Valid
    private NewsletterDraft draft = new NewsletterDraft();

    private List<NewsletterView> all;

    public List<NewsletterView> getAll() {
        if (all == null) {
            all = newsletters.all();
        }
        return all;
    }

    public NewsletterDraft getDraft() {
        return draft;
    }

    public void write() {
        long id = newsletters.write(draft);
        draft = new NewsletterDraft();
        all = null;
        Messages.info("newsletter.written", id);
    }

    public void send(long id) {
        try {
            newsletters.send(id);
            Messages.info("newsletter.sending", id);
        } catch (IllegalStateException notADraft) {
            Messages.error("newsletter.notADraft", id);
        }
        all = null;
    }
}
