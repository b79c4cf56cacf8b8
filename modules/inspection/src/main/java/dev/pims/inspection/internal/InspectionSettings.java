package dev.pims.inspection.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The thresholds of the monthly inspection, read at each inspection from MicroProfile Config (system properties or
 * environment), so that an operator can tune them without a new build. Office hours are local to {@code zone}.
 */
record InspectionSettings(int bulkSubjects, int officeStart, int officeEnd, int deniedPerDay, ZoneId zone) {

    static InspectionSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new InspectionSettings(
                config.getOptionalValue("pims.inspection.bulk-subjects", Integer.class)
                        .orElse(100),
                config.getOptionalValue("pims.inspection.office-start", Integer.class)
                        .orElse(8),
                config.getOptionalValue("pims.inspection.office-end", Integer.class)
                        .orElse(20),
                config.getOptionalValue("pims.inspection.denied-per-day", Integer.class)
                        .orElse(5),
                ZoneId.of(config.getOptionalValue("pims.inspection.zone", String.class)
                        .orElse("Asia/Seoul")));
    }

    /** Before the office opens, from its closing hour on, or on a Saturday or Sunday (local time). */
    boolean offHours(LocalDateTime local) {
        DayOfWeek day = local.getDayOfWeek();
        return day == DayOfWeek.SATURDAY
                || day == DayOfWeek.SUNDAY
                || local.getHour() < officeStart
                || local.getHour() >= officeEnd;
    }

    /** What the report keeps of the thresholds it was made with. */
    String describe() {
        return "bulk > " + bulkSubjects + " subjects/day; office hours " + officeStart + ":00-" + officeEnd
                + ":00 Mon-Fri; denied >= " + deniedPerDay + "/day; zone " + zone.getId();
    }
}
