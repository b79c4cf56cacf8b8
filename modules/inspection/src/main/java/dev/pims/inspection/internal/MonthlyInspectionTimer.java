package dev.pims.inspection.internal;

import dev.pims.inspection.InspectionRefusal;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Inspects the previous month on the 1st of each month (safety-measures standard Art. 8: at least monthly). A plain
 * EJB timer until the job-run ledger (modules/jobs) can run it with catch-up of missed runs; the inspection is
 * idempotent, so a second run, or an auditor who was quicker, changes nothing.
 */
@Singleton
public class MonthlyInspectionTimer {

    private static final Logger LOG = Logger.getLogger(MonthlyInspectionTimer.class.getName());
    static final String SYSTEM = "system";

    @Inject
    private Inspector inspector;

    @Inject
    private Clock clock;

    @Schedule(dayOfMonth = "1", hour = "1", minute = "30", persistent = false)
    public void inspectPreviousMonth() {
        YearMonth previous = YearMonth.now(clock.withZone(InspectionSettings.fromConfig().zone())).minusMonths(1);
        try {
            inspector.inspect(previous, SYSTEM);
            LOG.info(() -> "Monthly inspection of " + previous + " done");
        } catch (InspectionRefusal refusal) {
            LOG.log(Level.WARNING, "Monthly inspection of " + previous + " refused: " + refusal.reason());
        }
    }
}
