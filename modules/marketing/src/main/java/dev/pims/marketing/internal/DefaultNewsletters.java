package dev.pims.marketing.internal;

import dev.pims.marketing.NewsletterDraft;
import dev.pims.marketing.NewsletterView;
import dev.pims.marketing.Newsletters;
import dev.pims.marketing.domain.Newsletter;
import dev.pims.marketing.domain.NewsletterBook;
import dev.pims.shared.Principals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The privacy officer's newsletters. No member's data passes here (the sweep reads the consents and addresses, on the
 * audited road), so the container's role check guards them, as it does the staff accounts.
 */
@Stateless
@RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
public class DefaultNewsletters implements Newsletters {

    @Inject
    private NewsletterBook book;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    public List<NewsletterView> all() {
        return book.all().stream().map(Newsletter::toView).toList();
    }

    @Override
    public long write(NewsletterDraft draft) {
        return book.add(
                draft.getSubjectKo().strip(),
                draft.getSubjectEn().strip(),
                draft.getBodyKo().strip(),
                draft.getBodyEn().strip(),
                now(),
                session.getCallerPrincipal().getName());
    }

    @Override
    public void send(long newsletterId) {
        if (!book.requestSending(
                newsletterId, now(), session.getCallerPrincipal().getName())) {
            throw new IllegalStateException("Newsletter " + newsletterId + " is not a draft");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
