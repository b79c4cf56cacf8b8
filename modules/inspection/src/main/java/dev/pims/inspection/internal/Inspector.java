package dev.pims.inspection.internal;

import dev.pims.accesslog.AccessActivity;
import dev.pims.inspection.InspectionRefusal;
import dev.pims.inspection.domain.InspectionReport;
import dev.pims.inspection.domain.InspectionReports;
import dev.pims.staff.StaffLoginAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Makes the report of one month, once: the auditor's service and the monthly job both come here, in their own
 * transaction, and whoever comes second finds the report made. Only a month that has ended is inspected, so that a
 * report never misses records that come later.
 */
@ApplicationScoped
class Inspector {

    @Inject
    private AccessActivity activity;

    @Inject
    private StaffLoginAddresses logins;

    @Inject
    private InspectionReports reports;

    @Inject
    private Clock clock;

    InspectionReport inspect(YearMonth month, String by) {
        InspectionSettings settings = InspectionSettings.fromConfig();
        return reports.ofPeriod(month.toString()).orElseGet(() -> {
            if (!month.isBefore(YearMonth.now(clock.withZone(settings.zone())))) {
                throw new InspectionRefusal(InspectionRefusal.Reason.MONTH_NOT_OVER);
            }
            LocalDateTime from =
                    utc(month.atDay(1).atStartOfDay(settings.zone()).toLocalDateTime(), settings.zone());
            LocalDateTime to = utc(
                    month.plusMonths(1).atDay(1).atStartOfDay(settings.zone()).toLocalDateTime(), settings.zone());
            // A day of distinct subjects is counted in local time; a zone that changes its offset within the month is
            // counted with the offset of the month's middle.
            ZoneOffset dayOffset =
                    settings.zone().getRules().getOffset(month.atDay(15).atStartOfDay());
            InspectionRules.Findings findings = new InspectionRules(settings)
                    .apply(
                            activity.hourly(from, to),
                            activity.subjectsPerDay(from, to, dayOffset, settings.bulkSubjects()),
                            activity.downloads(from, to),
                            logins.newAddressLogins(from, to));
            InspectionReport report = new InspectionReport(
                    month.toString(),
                    settings.zone().getId(),
                    LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
                    by,
                    settings.describe(),
                    findings.counts(),
                    findings.flags());
            reports.add(report);
            return report;
        });
    }

    private static LocalDateTime utc(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
