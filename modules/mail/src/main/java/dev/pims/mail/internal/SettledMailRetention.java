package dev.pims.mail.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.mail.domain.Outbox;
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
 * The outbox holds recipients' e-mail addresses and, until a mail is settled, its text: a mail SENT or GIVEN_UP is
 * kept 30 days from then, long enough to answer "did my mail go out?" and to recognise a mail sent once more after a
 * crash, then destroyed with its attempts. A mail still PENDING is never due.
 */
@ApplicationScoped
class SettledMailRetention extends FixedPeriodRule {

    static final String NAME = "mail.settled-mails";

    @Inject
    private Outbox outbox;

    SettledMailRetention() {
        super(
                NAME,
                Period.ofDays(30),
                Store.OPERATIONAL,
                List.of("MAIL_OUTBOX", "MAIL_DELIVERY_ATTEMPT"),
                "dev.pims.mail.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return outbox.countSettledBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.ACCOUNT)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return outbox.destroySettledBefore(threshold, max);
    }
}
