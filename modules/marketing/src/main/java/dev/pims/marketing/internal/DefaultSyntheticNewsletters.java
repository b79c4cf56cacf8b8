package dev.pims.marketing.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.marketing.NewsletterDraft;
import dev.pims.marketing.SyntheticNewsletters;
import dev.pims.marketing.domain.NewsletterBook;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The demo's newsletter: PIMS's own text, no member's data, so off the audited road; refused to any HTTP request. */
@Stateless
@PermitAll
public class DefaultSyntheticNewsletters implements SyntheticNewsletters {

    @Inject
    private NewsletterBook book;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Override
    public long draft(NewsletterDraft draft, String author) {
        if (origin.isHttpRequest()) {
            throw new AccessDeniedException("Synthetic newsletters are written by PIMS's demo start only.");
        }
        return book.add(
                draft.getSubjectKo(),
                draft.getSubjectEn(),
                draft.getBodyKo(),
                draft.getBodyEn(),
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                author);
    }
}
