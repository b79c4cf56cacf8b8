package dev.pims.audit.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.ActorRole;
import dev.pims.shared.DataCategory;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An access record keeps exactly what the Korean practice asks: actor, time, IP, subjects, task. */
class AccessRecordTest {

    @Test
    void itKeepsTheFiveLegalFieldsAndTheCategories() {
        LocalDateTime when = LocalDateTime.of(2026, 11, 22, 9, 30, 15);
        AccessRecord record = new AccessRecord(
                when,
                "member:1042",
                ActorRole.MEMBER_SELF,
                "127.0.0.1",
                List.of(1042L, 1042L),
                AccessTask.VIEW,
                EnumSet.of(DataCategory.BASIC_PROFILE, DataCategory.ACCOUNT),
                "Service.view",
                AccessOutcome.SUCCESS,
                null,
                null);
        assertThat(record.id()).as("given by the store when written").isNull();
        assertThat(record.actorId()).isEqualTo("member:1042");
        assertThat(record.occurredAt()).isEqualTo(when);
        assertThat(record.clientIp()).isEqualTo("127.0.0.1");
        assertThat(record.subjectIds()).containsExactly(1042L);
        assertThat(record.task()).isEqualTo(AccessTask.VIEW);
        assertThat(record.categories()).isEqualTo("ACCOUNT,BASIC_PROFILE");
    }

    @Test
    void anOverlongReasonIsClippedRatherThanLosingTheRecord() {
        AccessRecord record = new AccessRecord(
                LocalDateTime.now(),
                "staff:kim",
                ActorRole.HANDLER,
                "127.0.0.1",
                List.of(7L),
                AccessTask.DOWNLOAD,
                EnumSet.of(DataCategory.BASIC_PROFILE),
                "Service.export",
                AccessOutcome.SUCCESS,
                "r".repeat(600),
                "fields: name");
        assertThat(record.reason()).hasSize(500);
        assertThat(record.detail()).isEqualTo("fields: name");
    }

    @Test
    void aCallTouchingNoCategoryKeepsNone() {
        AccessRecord record = new AccessRecord(
                LocalDateTime.now(),
                "system",
                ActorRole.SYSTEM,
                "system",
                List.of(),
                AccessTask.SEARCH,
                EnumSet.noneOf(DataCategory.class),
                "Service.search",
                AccessOutcome.DENIED,
                null,
                null);
        assertThat(record.categories()).isEmpty();
        assertThat(record.subjectIds()).isEmpty();
    }

    @Test
    void itsTimeIsKeptToTheMicrosecondAsTheStoreGivesItBack() {
        LocalDateTime when = LocalDateTime.of(2026, 11, 22, 9, 30, 15, 123_456_789);
        AccessRecord record = new AccessRecord(
                when,
                "system",
                ActorRole.SYSTEM,
                "system",
                List.of(),
                AccessTask.VIEW,
                EnumSet.noneOf(DataCategory.class),
                "Service.view",
                AccessOutcome.SUCCESS,
                null,
                null);
        assertThat(record.occurredAt()).isEqualTo(LocalDateTime.of(2026, 11, 22, 9, 30, 15, 123_456_000));
    }

    @Test
    void itsSubjectsAreKeptAscendingInItsRowAndReadBackAsWritten() {
        AccessRecord record = new AccessRecord(
                LocalDateTime.now(),
                "staff:kim",
                ActorRole.HANDLER,
                "127.0.0.1",
                List.of(30L, 7L, 1_000_000_001L, 7L),
                AccessTask.SEARCH,
                EnumSet.of(DataCategory.BASIC_PROFILE),
                "Service.search",
                AccessOutcome.SUCCESS,
                null,
                null);
        assertThat(record.subjectIds()).containsExactly(7L, 30L, 1_000_000_001L);
        assertThat(record.subjects()).isEqualTo("7 30 1000000001");
        String row = AccessRecord.subjectList(
                record.subjectIds().stream().mapToLong(Long::longValue).toArray());
        assertThat(row).isEqualTo("7,30,1000000001");
        assertThat(AccessRecord.subjectsOf(row)).containsExactly(7L, 30L, 1_000_000_001L);
        assertThat(AccessRecord.subjectsOf("")).isEmpty();
        assertThat(AccessRecord.subjectsOf(null)).isEmpty();
    }
}
