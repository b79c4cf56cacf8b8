package dev.pims.accesslog.internal;

import dev.pims.accesslog.AccessLog;
import dev.pims.accesslog.AccessLogExport;
import dev.pims.accesslog.AccessLogPage;
import dev.pims.accesslog.AccessLogTooLarge;
import dev.pims.accesslog.ActivityOverview;
import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessReason;
import dev.pims.audit.AccessTask;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.audit.records.AccessLogCursor;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.AccessRecords;
import dev.pims.audit.records.AccessRecords.ActorCount;
import dev.pims.audit.records.AccessRecords.DailyCount;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The auditors' reading of the access log (safety-measures standard Art. 8). The container lets only AUDITORs call;
 * the export instead travels the audited road, which checks the role itself, so that it is recorded as a DOWNLOAD
 * with its reason whether it succeeds or is refused.
 */
@Stateless
@RolesAllowed(Principals.AUDITOR_ROLE)
// The audited road names the actor's role with isCallerInRole, which answers only for roles the bean declares.
@DeclareRoles({Principals.HANDLER_ROLE, Principals.PRIVACY_OFFICER_ROLE, Principals.AUDITOR_ROLE, Principals.ADMIN_ROLE
})
public class DefaultAccessLog implements AccessLog {

    private static final int TOP_ACTORS = 10;

    private static final Logger LOG = Logger.getLogger(DefaultAccessLog.class.getName());

    @Inject
    private AccessRecords records;

    @Inject
    private AccessDayCounter dayCounter;

    @Inject
    private Clock clock;

    @Override
    public AccessLogPage find(AccessLogFilter filter, AccessLogCursor after, int pageSize) {
        // One record more than asked for tells whether another page follows, without counting.
        List<AccessRecord> found = records.find(filter, after, pageSize + 1);
        return new AccessLogPage(found.stream().limit(pageSize).toList(), found.size() > pageSize);
    }

    @Override
    public Optional<AccessRecord> entry(long id) {
        return records.byId(id);
    }

    @Override
    @PermitAll
    @PersonalDataAccess(task = AccessTask.DOWNLOAD, roles = Principals.AUDITOR_ROLE)
    public AccessLogExport export(AccessLogFilter filter, @AccessReason String reason) {
        List<AccessRecord> found = records.find(filter, null, EXPORT_MAX + 1);
        if (found.size() > EXPORT_MAX) {
            throw new AccessLogTooLarge();
        }
        return new AccessLogExport(AccessLogCsv.of(found), found.size(), filter.describe());
    }

    /**
     * Past days come from their kept counts (counted once, the first time they are asked for), today is counted live:
     * a 30-day view reads a few hundred count rows and one day of index rows, not a month of records.
     */
    @Override
    public ActivityOverview overview(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(DASHBOARD_DAYS_MAX).isBefore(to)) {
            throw new IllegalArgumentException("A period of 1 to " + DASHBOARD_DAYS_MAX + " days is asked for");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate lastPast = to.isBefore(today) ? to : today.minusDays(1);
        List<DailyCount> daily = new ArrayList<>();
        Map<String, Long> actors = new HashMap<>();
        if (!lastPast.isBefore(from)) {
            Set<LocalDate> counted = records.countedDays(from, lastPast);
            for (LocalDate day = from; !day.isAfter(lastPast); day = day.plusDays(1)) {
                if (!counted.contains(day)) {
                    countOnce(day);
                }
            }
            daily.addAll(records.countedDaily(from, lastPast));
            records.countedActors(from, lastPast)
                    .forEach(actor -> actors.merge(actor.actorId(), actor.records(), Long::sum));
        }
        if (!to.isBefore(today)) {
            LocalDate liveFrom = from.isAfter(today) ? from : today;
            daily.addAll(records.daily(liveFrom.atStartOfDay(), to.plusDays(1).atStartOfDay()));
            records.actors(liveFrom.atStartOfDay(), to.plusDays(1).atStartOfDay())
                    .forEach(actor -> actors.merge(actor.actorId(), actor.records(), Long::sum));
        }
        return overview(from, to, daily, actors);
    }

    /** Another auditor counting the same day at the same moment wins; their count is the same. */
    private void countOnce(LocalDate day) {
        try {
            dayCounter.count(day);
        } catch (EJBException countedMeanwhile) {
            LOG.fine(() -> "Day " + day + " was counted meanwhile: " + countedMeanwhile);
        }
    }

    private static ActivityOverview overview(
            LocalDate from, LocalDate to, List<DailyCount> daily, Map<String, Long> actors) {
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        Map<AccessTask, List<Long>> perTask = new EnumMap<>(AccessTask.class);
        for (AccessTask task : AccessTask.values()) {
            perTask.put(task, new ArrayList<>(Collections.nCopies(days.size(), 0L)));
        }
        List<Long> downloads = new ArrayList<>(Collections.nCopies(days.size(), 0L));
        List<Long> denied = new ArrayList<>(Collections.nCopies(days.size(), 0L));
        for (DailyCount count : daily) {
            int day = (int) (count.day().toEpochDay() - from.toEpochDay());
            AccessTask task = AccessTask.valueOf(count.task());
            perTask.get(task).set(day, perTask.get(task).get(day) + count.records());
            if (task == AccessTask.DOWNLOAD) {
                downloads.set(day, downloads.get(day) + count.records());
            }
            if (AccessOutcome.DENIED.name().equals(count.outcome())) {
                denied.set(day, denied.get(day) + count.records());
            }
        }
        List<ActorCount> top = actors.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ACTORS)
                .map(actor -> new ActorCount(actor.getKey(), actor.getValue()))
                .toList();
        return new ActivityOverview(days, perTask, downloads, denied, top);
    }
}
