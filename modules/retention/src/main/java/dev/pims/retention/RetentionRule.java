package dev.pims.retention;

import dev.pims.store.StoreSchema.Store;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * One retention rule of policy §4, implemented as a CDI bean by the module that owns the records: the engine finds
 * every rule and knows no table itself. A record is due when its clock (the time the period is counted from) is
 * earlier than the run's time minus the period.
 * <p>
 * {@link #destroyDueBefore} must travel the audited road ({@code @PersonalDataAccess(task = AccessTask.DESTROY)} with
 * the categories the records hold), so that every destruction is an access record.
 */
public interface RetentionRule {

    /** A stable name, unique among rules, e.g. {@code membership.visit-records}: the destruction ledger's key. */
    String name();

    /** How long a record is kept after its clock. */
    Period period();

    /** The store that holds the records. */
    Store store();

    /** The tables destruction deletes from: compressed after a run that destroyed any of their rows (§6B). */
    List<String> tables();

    /** What the records are, what the period is counted from, and the legal basis, in the viewer's language. */
    RuleText text(Locale locale);

    /** How many records are due: their clock is earlier than the threshold. Reads no personal data. */
    long countDueBefore(LocalDateTime threshold);

    /**
     * Destroys at most {@code max} of the due records, oldest clock first, in the caller's transaction.
     *
     * @return what it destroyed; a count below {@code max} means nothing due is left
     */
    DestroyedRecords destroyDueBefore(LocalDateTime threshold, int max);
}
