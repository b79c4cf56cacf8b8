package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.domain.LoginFailures;
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
 * Policy §7A: the failed logins that slow and lock the guessing of passwords ({@link LoginGuard}) are kept two days
 * after the failure, then destroyed. A run of failures counts for a day at most and a lock lasts a day at most
 * (pims.member.login.max-lock-minutes), so nothing the guard still needs is older.
 */
@ApplicationScoped
class LoginFailureRetention extends FixedPeriodRule {

    static final String NAME = "membership.login-failures";

    @Inject
    private LoginFailures failures;

    LoginFailureRetention() {
        super(
                NAME,
                Period.ofDays(2),
                Store.OPERATIONAL,
                List.of(JdbcLoginFailures.LOGIN_FAILURES.table()),
                "dev.pims.membership.retention");
    }

    @Override
    public long countDueBefore(LocalDateTime threshold) {
        return failures.countBefore(threshold);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.VISIT_RECORD)
    public DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max) {
        return failures.destroyBefore(threshold, max);
    }
}
