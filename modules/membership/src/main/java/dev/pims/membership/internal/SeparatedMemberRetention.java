package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.domain.SeparatedStore;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RetentionRule;
import dev.pims.retention.RuleText;
import dev.pims.shared.DataCategory;
import dev.pims.store.StoreSchema.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/** Policy §4B: a withdrawn member's information, kept in the separated store, is destroyed one year after withdrawal. */
@ApplicationScoped
class SeparatedMemberRetention implements RetentionRule {

    static final String NAME = "membership.separated-members";

    @Inject
    private SeparatedStore separatedStore;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Period period() {
        return MemberDataSeparation.RETENTION_AFTER_WITHDRAWAL;
    }

    @Override
    public Store store() {
        return Store.SEPARATED;
    }

    @Override
    public List<String> tables() {
        return List.of(JpaSeparatedStore.SEPARATED_MEMBERS.table());
    }

    @Override
    public RuleText text(Locale locale) {
        return RuleText.fromBundle(getClass(), "dev.pims.membership.retention", NAME, locale);
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return separatedStore.countSeparatedBefore(threshold);
    }

    @Override
    @PersonalDataAccess(
            task = AccessTask.DESTROY,
            categories = {
                DataCategory.ACCOUNT,
                DataCategory.BASIC_PROFILE,
                DataCategory.OPTIONAL_SETTINGS,
                DataCategory.APPLICATION_FORM
            })
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return separatedStore.destroySeparatedBefore(threshold, max);
    }
}
