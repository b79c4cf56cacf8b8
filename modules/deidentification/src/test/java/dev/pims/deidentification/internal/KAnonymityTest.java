package dev.pims.deidentification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.deidentification.JobFamily;
import dev.pims.deidentification.domain.DatasetRow;
import dev.pims.membership.Industry;
import dev.pims.usage.UsageKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KAnonymityTest {

    private static DatasetRow row(String pseudonym, JobFamily family, String day) {
        return new DatasetRow(pseudonym, family, Industry.FASHION, day, UsageKind.SEARCH_RUN);
    }

    @Test
    void aClassOfKDistinctMembersIsKeptAndASmallerOneSuppressed() {
        List<DatasetRow> rows = new ArrayList<>();
        for (int member = 1; member <= 5; member++) {
            rows.add(row("p" + member, JobFamily.DESIGN, "2026-12-01"));
        }
        rows.add(row("p6", JobFamily.SALES, "2026-12-01"));
        rows.add(row("p6", JobFamily.SALES, "2026-12-02"));

        KAnonymity.Outcome outcome = KAnonymity.suppress(rows, 5);

        assertThat(outcome.kept()).hasSize(5).allMatch(kept -> kept.jobFamily() == JobFamily.DESIGN);
        assertThat(outcome.rowsSuppressed()).isEqualTo(2);
        assertThat(outcome.kReached()).isEqualTo(5);
        assertThat(outcome.membersKept()).isEqualTo(5);
        assertThat(outcome.membersSuppressed()).isEqualTo(1);
    }

    @Test
    void manyRowsOfFewMembersDoNotMakeAClass() {
        List<DatasetRow> rows = new ArrayList<>();
        for (int use = 0; use < 20; use++) {
            rows.add(row("p" + (use % 4), JobFamily.ENGINEERING, "2026-12-01"));
        }

        KAnonymity.Outcome outcome = KAnonymity.suppress(rows, 5);

        assertThat(outcome.kept()).isEmpty();
        assertThat(outcome.rowsSuppressed()).isEqualTo(20);
        assertThat(outcome.kReached()).isZero();
        assertThat(outcome.membersKept()).isZero();
        assertThat(outcome.membersSuppressed()).isEqualTo(4);
    }

    @Test
    void kReachedIsTheSmallestClassKept() {
        List<DatasetRow> rows = new ArrayList<>();
        for (int member = 1; member <= 7; member++) {
            rows.add(row("a" + member, JobFamily.DESIGN, "2026-12-01"));
        }
        for (int member = 1; member <= 6; member++) {
            rows.add(row("b" + member, JobFamily.DESIGN, "2026-12-02"));
        }

        assertThat(KAnonymity.suppress(rows, 5).kReached()).isEqualTo(6);
        assertThat(KAnonymity.suppress(rows, 7).kept()).hasSize(7);
    }

    @Test
    void aMemberKeptInOneClassIsKeptThoughSuppressedInAnother() {
        List<DatasetRow> rows = new ArrayList<>();
        for (int member = 1; member <= 5; member++) {
            rows.add(row("p" + member, JobFamily.DESIGN, "2026-12-01"));
        }
        rows.add(row("p1", JobFamily.DESIGN, "2026-12-09"));

        KAnonymity.Outcome outcome = KAnonymity.suppress(rows, 5);

        assertThat(outcome.rowsSuppressed()).isEqualTo(1);
        assertThat(outcome.membersKept()).isEqualTo(5);
        assertThat(outcome.membersSuppressed()).isZero();
    }
}
