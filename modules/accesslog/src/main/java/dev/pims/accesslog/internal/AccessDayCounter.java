package dev.pims.accesslog.internal;

import dev.pims.audit.records.AccessRecords;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Counts past days of the access log for the dashboard: each day once, in a transaction of its own, so that two
 * auditors counting the same day at once leave one count (the second insert of the day fails and is dropped). The
 * job {@link DashboardDayCounts} counts the last month's days early each morning, so that auditors rarely wait for it.
 * Which days, when and in which transaction is decided here; the count itself is one statement of the audit module
 * over the records' index into its day-count tables ({@link AccessRecords#countDay}). Counts hold no member data, so
 * the counter is open to the dashboard's service and to the job alike.
 */
@Stateless
@PermitAll
public class AccessDayCounter {

    /** The days the timer makes sure of: the dashboard's default period. */
    private static final int DAYS_KEPT_READY = 31;

    @Inject
    private AccessRecords records;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void count(LocalDate day) {
        records.countDay(day, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** @return how many days were counted now */
    public int countRecentDays() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = today.minusDays(DAYS_KEPT_READY);
        var counted = records.countedDays(from, today.minusDays(1));
        int countedNow = 0;
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            if (!counted.contains(day)) {
                records.countDay(day, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
                countedNow++;
            }
        }
        return countedNow;
    }
}
