package dev.pims.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DestructionJournalTest {

    @Test
    void eachRuleIsReplayedByItsLatestThreshold() {
        String journal = "2026-12-01T04:00:05\t11\tmembership.visit-records\t2026-09-01T04:00\n"
                + "2026-12-01T04:00:06\t11\tmembership.separated-members\t2025-12-01T04:00\n"
                + "2026-12-02T04:00:05\t12\tmembership.visit-records\t2026-09-02T04:00\n";

        assertThat(DestructionJournal.latestThresholds(journal))
                .containsOnlyKeys("membership.visit-records", "membership.separated-members")
                .containsEntry("membership.visit-records", LocalDateTime.parse("2026-09-02T04:00"))
                .containsEntry("membership.separated-members", LocalDateTime.parse("2025-12-01T04:00"));
    }

    @Test
    void aLineTornByACrashAsksForNothing() {
        String journal = "2026-12-01T04:00:05\t11\tmembership.visit-records\t2026-09-01T04:00\n"
                + "2026-12-02T04:00:05\t12\tmembership.visit-records\t2026-09-02T04:0";

        assertThat(DestructionJournal.latestThresholds(journal))
                .containsEntry("membership.visit-records", LocalDateTime.parse("2026-09-01T04:00"));
        assertThat(DestructionJournal.latestThresholds("2026-12-02T04:00:05\t12\tmembership.visit-rec"))
                .isEmpty();
        assertThat(DestructionJournal.latestThresholds("")).isEmpty();
    }
}
