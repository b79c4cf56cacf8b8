package dev.pims.inspection.internal;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.AccessRecords.DailySubjects;
import dev.pims.audit.records.AccessRecords.HourlyActivity;
import dev.pims.inspection.FlagKind;
import dev.pims.inspection.domain.ActorTaskCount;
import dev.pims.inspection.domain.InspectionFlag;
import dev.pims.shared.Principals;
import dev.pims.staff.StaffLoginAddresses.NewAddressLogin;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the monthly inspection counts and flags, from the access log summed up by hour (safety-measures standard
 * Art. 8). Times arrive in UTC and are judged in the settings' zone. Bulk and off-hours flags look at staff only: a
 * member reaching their own data at night is no handler's misuse. Repeated denials are flagged whoever the actor: a
 * refused member login is a DENIED record of the visitor ({@code anonymous}), so a day of guessing passwords shows as
 * one (issue 17). Every download and every new login address is flagged, whoever the actor.
 */
final class InspectionRules {

    private final InspectionSettings settings;

    InspectionRules(InspectionSettings settings) {
        this.settings = settings;
    }

    /** The counts and flags of one month. */
    record Findings(List<ActorTaskCount> counts, List<InspectionFlag> flags) {}

    Findings apply(
            List<HourlyActivity> hourly,
            List<DailySubjects> subjectsPerDay,
            List<AccessRecord> downloads,
            List<NewAddressLogin> newAddresses) {
        Map<String, Map<AccessTask, Long>> counts = new TreeMap<>();
        Map<ActorDay, Long> offHours = new TreeMap<>();
        Map<ActorDay, Long> denied = new TreeMap<>();
        for (HourlyActivity bucket : hourly) {
            counts.computeIfAbsent(bucket.actorId(), actor -> new TreeMap<>())
                    .merge(bucket.task(), bucket.records(), Long::sum);
            LocalDateTime local = local(bucket.hour());
            ActorDay key = new ActorDay(bucket.actorId(), local.toLocalDate());
            if (bucket.outcome() == AccessOutcome.DENIED) {
                denied.merge(key, bucket.records(), Long::sum);
            }
            if (Principals.isStaff(bucket.actorId()) && settings.offHours(local)) {
                offHours.merge(key, bucket.records(), Long::sum);
            }
        }
        List<InspectionFlag> flags = new ArrayList<>();
        subjectsPerDay.stream()
                .filter(day -> Principals.isStaff(day.actorId()) && day.subjects() > settings.bulkSubjects())
                .forEach(day -> flags.add(new InspectionFlag(
                        FlagKind.BULK_ACCESS, day.actorId(), day.day(), day.subjects(), null, null)));
        offHours.forEach((key, records) ->
                flags.add(new InspectionFlag(FlagKind.OFF_HOURS, key.actorId(), key.day(), records, null, null)));
        // A member downloading their own data (/my/data) exercises a right; what an inspection looks for is staff
        // taking data out.
        for (AccessRecord download : downloads) {
            if (!Principals.isStaff(download.actorId())) {
                continue;
            }
            flags.add(new InspectionFlag(
                    FlagKind.DOWNLOAD,
                    download.actorId(),
                    local(download.occurredAt()).toLocalDate(),
                    1,
                    download.id(),
                    download.reason()));
        }
        denied.forEach((key, records) -> {
            if (records >= settings.deniedPerDay()) {
                flags.add(new InspectionFlag(FlagKind.REPEATED_DENIED, key.actorId(), key.day(), records, null, null));
            }
        });
        for (NewAddressLogin login : newAddresses) {
            flags.add(new InspectionFlag(
                    FlagKind.NEW_ADDRESS,
                    Principals.ofStaff(login.loginId()),
                    local(login.at()).toLocalDate(),
                    1,
                    null,
                    login.clientIp()));
        }
        flags.sort(Comparator.comparing(InspectionFlag::getKind)
                .thenComparing(InspectionFlag::getDay)
                .thenComparing(InspectionFlag::getActorId));
        List<ActorTaskCount> rows = new ArrayList<>();
        counts.forEach((actor, byTask) ->
                byTask.forEach((task, records) -> rows.add(new ActorTaskCount(actor, task, records))));
        return new Findings(rows, flags);
    }

    private LocalDateTime local(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(settings.zone()).toLocalDateTime();
    }

    private record ActorDay(String actorId, LocalDate day) implements Comparable<ActorDay> {

        @Override
        public int compareTo(ActorDay other) {
            return Comparator.comparing(ActorDay::actorId)
                    .thenComparing(ActorDay::day)
                    .compare(this, other);
        }
    }
}
