package dev.pims.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.AccessRecords.DailySubjects;
import dev.pims.audit.records.AccessRecords.HourlyActivity;
import dev.pims.inspection.FlagKind;
import dev.pims.inspection.domain.InspectionFlag;
import dev.pims.staff.StaffLoginAddresses.NewAddressLogin;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flagging rules of the monthly inspection, in Seoul time (UTC+9), with the default thresholds. */
class InspectionRulesTest {

    private static final InspectionSettings SETTINGS = new InspectionSettings(100, 8, 20, 5, ZoneId.of("Asia/Seoul"));
    private static final String KIM = "staff:kim";
    private static final String LEE = "staff:lee";
    /** 2024-03-04 is a Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    private final InspectionRules rules = new InspectionRules(SETTINGS);

    @Test
    void officeHoursAreLocalAndWeekendsAreOffHours() {
        List<InspectionFlag> flags = rules.apply(
                        List.of(
                                // 01:00 UTC = 10:00 in Seoul: inside office hours.
                                hour(KIM, MONDAY, 1, AccessTask.VIEW, AccessOutcome.SUCCESS, 7),
                                // 12:00 UTC = 21:00 in Seoul: off hours.
                                hour(KIM, MONDAY, 12, AccessTask.VIEW, AccessOutcome.SUCCESS, 3),
                                // 22:00 UTC on Monday = 07:00 on Tuesday in Seoul: off hours, counted on Tuesday.
                                hour(KIM, MONDAY, 22, AccessTask.SEARCH, AccessOutcome.SUCCESS, 2),
                                // Saturday 03:00 UTC = 12:00 in Seoul: a weekend.
                                hour(LEE, MONDAY.plusDays(5), 3, AccessTask.VIEW, AccessOutcome.SUCCESS, 4)),
                        List.of(),
                        List.of(),
                        List.of())
                .flags();

        assertThat(flags)
                .extracting(
                        InspectionFlag::getKind,
                        InspectionFlag::getActorId,
                        InspectionFlag::getDay,
                        InspectionFlag::getObserved)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FlagKind.OFF_HOURS, KIM, MONDAY, 3L),
                        org.assertj.core.groups.Tuple.tuple(FlagKind.OFF_HOURS, KIM, MONDAY.plusDays(1), 2L),
                        org.assertj.core.groups.Tuple.tuple(FlagKind.OFF_HOURS, LEE, MONDAY.plusDays(5), 4L));
    }

    @Test
    void bulkAccessIsMoreThanTheThresholdOfDistinctSubjects() {
        List<InspectionFlag> flags = rules.apply(
                        List.of(),
                        List.of(new DailySubjects(KIM, MONDAY, 101), new DailySubjects(LEE, MONDAY, 100)),
                        List.of(),
                        List.of())
                .flags();

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.getKind()).isEqualTo(FlagKind.BULK_ACCESS);
            assertThat(flag.getActorId()).isEqualTo(KIM);
            assertThat(flag.getObserved()).isEqualTo(101);
        });
    }

    @Test
    void repeatedDenialsAreCountedPerActorAndLocalDay() {
        List<InspectionFlag> flags = rules.apply(
                        List.of(
                                hour(KIM, MONDAY, 2, AccessTask.VIEW, AccessOutcome.DENIED, 3),
                                hour(KIM, MONDAY, 5, AccessTask.SEARCH, AccessOutcome.DENIED, 2),
                                hour(LEE, MONDAY, 2, AccessTask.VIEW, AccessOutcome.DENIED, 4)),
                        List.of(),
                        List.of(),
                        List.of())
                .flags();

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.getKind()).isEqualTo(FlagKind.REPEATED_DENIED);
            assertThat(flag.getActorId()).isEqualTo(KIM);
            assertThat(flag.getObserved()).isEqualTo(5);
        });
    }

    @Test
    void everyStaffDownloadAndEveryNewAddressIsFlagged() {
        AccessRecord download = new AccessRecord(
                77L,
                MONDAY.atTime(2, 0),
                KIM,
                ActorRole.HANDLER,
                "10.0.0.1",
                AccessTask.DOWNLOAD,
                "ACCOUNT",
                "DefaultMemberCare.export",
                AccessOutcome.SUCCESS,
                "Member asked",
                null,
                List.of(1L));
        List<InspectionFlag> flags = rules.apply(
                        List.of(),
                        List.of(),
                        List.of(download),
                        List.of(new NewAddressLogin("lee", "10.9.9.9", MONDAY.atTime(1, 0))))
                .flags();

        assertThat(flags)
                .extracting(InspectionFlag::getKind, InspectionFlag::getActorId, InspectionFlag::getDetail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FlagKind.DOWNLOAD, KIM, "Member asked"),
                        org.assertj.core.groups.Tuple.tuple(FlagKind.NEW_ADDRESS, LEE, "10.9.9.9"));
        assertThat(flags.get(0).getRecordId()).isEqualTo(77L);
    }

    @Test
    void aMembersDownloadOfTheirOwnDataIsNotFlagged() {
        AccessRecord ownData = new AccessRecord(
                78L,
                MONDAY.atTime(2, 0),
                "member:1001",
                ActorRole.MEMBER_SELF,
                "10.0.0.2",
                AccessTask.DOWNLOAD,
                "ACCOUNT",
                "DefaultMyDataExport.download",
                AccessOutcome.SUCCESS,
                null,
                null,
                List.of(1001L));

        List<InspectionFlag> flags =
                rules.apply(List.of(), List.of(), List.of(ownData), List.of()).flags();

        assertThat(flags).isEmpty();
    }

    @Test
    void membersAndVisitorsAreCountedButNotFlaggedForHoursButForRepeatedDenials() {
        InspectionRules.Findings findings = rules.apply(
                List.of(
                        hour("member:1001", MONDAY, 14, AccessTask.VIEW, AccessOutcome.SUCCESS, 2),
                        hour("anonymous", MONDAY, 14, AccessTask.INPUT, AccessOutcome.DENIED, 9),
                        hour(KIM, MONDAY, 1, AccessTask.VIEW, AccessOutcome.SUCCESS, 3),
                        hour(KIM, MONDAY, 2, AccessTask.VIEW, AccessOutcome.DENIED, 1)),
                List.of(),
                List.of(),
                List.of());

        assertThat(findings.flags())
                .as("refused logins and sign-ups of visitors: guessing shows as repeated denials (issue 17)")
                .extracting(InspectionFlag::getKind, InspectionFlag::getActorId, InspectionFlag::getObserved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FlagKind.REPEATED_DENIED, "anonymous", 9L));
        assertThat(findings.counts())
                .extracting(count -> count.getActorId() + " " + count.getTask() + " " + count.getRecords())
                .containsExactly("anonymous INPUT 9", "member:1001 VIEW 2", "staff:kim VIEW 4");
    }

    private static HourlyActivity hour(
            String actor, LocalDate day, int utcHour, AccessTask task, AccessOutcome outcome, long records) {
        return new HourlyActivity(
                actor, LocalDateTime.of(day, java.time.LocalTime.of(utcHour, 0)), task, outcome, records);
    }
}
