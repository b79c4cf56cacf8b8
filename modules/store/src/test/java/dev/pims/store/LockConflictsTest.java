package dev.pims.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which failures are lost lock conflicts, and how often work that lost one is tried. */
class LockConflictsTest {

    /** As the EJB container and JPA hand a store's failure up: wrapped twice. */
    private static RuntimeException wrapped(SQLException failure) {
        return new IllegalStateException("EJB", new RuntimeException("JPA", failure));
    }

    @Test
    void deadlockVictimsAndLockTimeoutsOfBothProductsAreLostConflicts() {
        assertThat(LockConflicts.lost(wrapped(new SQLTransactionRollbackException("deadlock", "40001"))))
                .isTrue();
        assertThat(LockConflicts.lost(wrapped(new SQLException("lock timeout", "40XL1"))))
                .isTrue();
        assertThat(LockConflicts.lost(wrapped(new SQLException("lock timeout, table dump", "40XL2"))))
                .isTrue();
        assertThat(LockConflicts.lost(wrapped(new SQLException("PostgreSQL deadlock", "40P01"))))
                .isTrue();
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("deadlock", "40001"));
        assertThat(LockConflicts.lost(batch)).as("a batch's next exception").isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(LockConflicts.lost(wrapped(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(LockConflicts.lost(wrapped(new SQLException("no state")))).isFalse();
        assertThat(LockConflicts.lost(new IllegalStateException("no store in it")))
                .isFalse();
    }

    @Test
    void workThatLostIsTriedAgainUntilItSucceeds() {
        AtomicInteger tries = new AtomicInteger();

        String result = LockConflicts.retried(() -> {
            if (tries.incrementAndGet() < LockConflicts.ATTEMPTS) {
                throw wrapped(new SQLException("deadlock", "40001"));
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(tries).hasValue(LockConflicts.ATTEMPTS);
    }

    @Test
    void theLastLostTryAnotherFailureAndAnUnrepeatableTryGoToTheCaller() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> LockConflicts.retried(() -> {
                    tries.incrementAndGet();
                    throw wrapped(new SQLException("deadlock", "40001"));
                }))
                .hasRootCauseMessage("deadlock");
        assertThat(tries).as("every try").hasValue(LockConflicts.ATTEMPTS);

        tries.set(0);
        assertThatThrownBy(() -> LockConflicts.retried(() -> {
                    tries.incrementAndGet();
                    throw wrapped(new SQLException("duplicate key", "23505"));
                }))
                .hasRootCauseMessage("duplicate key");
        assertThat(tries).as("a failure that is no lock conflict").hasValue(1);

        tries.set(0);
        assertThatThrownBy(() -> LockConflicts.retried(
                        () -> {
                            tries.incrementAndGet();
                            throw wrapped(new SQLException("deadlock", "40001"));
                        },
                        () -> false))
                .hasRootCauseMessage("deadlock");
        assertThat(tries).as("a try that may not be repeated").hasValue(1);
    }
}
