package dev.pims.marketing.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.marketing.domain.NewsletterSends;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.FixedPeriodRule;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;

/**
 * Policy §1D: the marketing send records are kept three years from the sending, as proof that each newsletter went
 * only to members whose marketing consent was live (Network Act Art. 50), for a dispute about a mail; then
 * destroyed. A record holds a member id and a hash of the address, account information, so the destruction is an
 * access record of that category.
 */
@ApplicationScoped
class NewsletterSendRetention extends FixedPeriodRule {

    static final String NAME = "marketing.newsletter-sends";

    @Inject
    private NewsletterSends sends;

    NewsletterSendRetention() {
        super(
                NAME,
                Period.ofYears(3),
                Store.OPERATIONAL,
                List.of(JdbcNewsletterSends.SEND_RECORDS.table()),
                "dev.pims.marketing.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return sends.countBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.ACCOUNT)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return sends.destroyBefore(threshold, max);
    }
}
