package dev.pims.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A transaction that a store rolled back whole because it lost a lock conflict: chosen as the victim of a deadlock, or
 * tired of waiting for a lock (SQLState class 40: Derby's 40001, 40XL1 and 40XL2, PostgreSQL's 40001 and 40P01).
 * Nothing of that transaction remains, so work that was that one transaction may run again, and a moment later it
 * usually succeeds.
 * <p>
 * On embedded Derby this is how a request meets retention's compaction (policy §6B): {@code SYSCS_COMPRESS_TABLE} holds
 * the table and then needs rows of {@code SYSCONGLOMERATES} that a request compiling a statement on that table holds
 * while it waits for the table, and Derby picks the request as the deadlock's victim.
 */
public final class LockConflicts {

    /** How often work is tried in all: the conflicts come from a compaction or another transaction that ends. */
    public static final int ATTEMPTS = 3;

    private static final Duration PAUSE = Duration.ofMillis(200);

    /** The SQLState class of a transaction rolled back by the store (ISO SQL: transaction rollback). */
    private static final String TRANSACTION_ROLLBACK = "40";

    private LockConflicts() {}

    /** One try of the work; it throws what the work throws (up to two checked kinds, as a servlet filter does). */
    @FunctionalInterface
    public interface Attempt<T, E extends Exception, F extends Exception> {
        T run() throws E, F;
    }

    /** Whether the failure, or any failure it was caused by, is a transaction the store rolled back for its locks. */
    public static boolean lost(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && rolledBackForLocks(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rolledBackForLocks(SQLException failure) {
        for (SQLException next = failure; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (state != null && state.startsWith(TRANSACTION_ROLLBACK)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the work, which must be one transaction of its own, again after a lost lock conflict: {@value #ATTEMPTS}
     * tries in all.
     */
    public static <T, E extends Exception, F extends Exception> T retried(Attempt<T, E, F> work) throws E, F {
        return retried(work, () -> true);
    }

    /**
     * Runs the work again after a lost lock conflict, {@value #ATTEMPTS} tries in all, as long as {@code mayRepeat}
     * (asked after each lost try) says that nothing of the failed try is left that another would double; otherwise the
     * failure goes to the caller, as does every other failure and the last try's.
     */
    public static <T, E extends Exception, F extends Exception> T retried(
            Attempt<T, E, F> work, BooleanSupplier mayRepeat) throws E, F {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run();
            } catch (Exception failure) {
                if (attempt >= ATTEMPTS || !lost(failure) || !mayRepeat.getAsBoolean()) {
                    throw failure;
                }
            }
            pause(attempt);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(PAUSE.multipliedBy(attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "interrupted while waiting to try again after a lock conflict", interrupted);
        }
    }
}
