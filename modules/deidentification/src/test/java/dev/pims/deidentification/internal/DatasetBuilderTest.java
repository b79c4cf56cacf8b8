package dev.pims.deidentification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.deidentification.JobFamily;
import dev.pims.deidentification.TimeGranularity;
import dev.pims.deidentification.domain.DatasetRow;
import dev.pims.membership.Industry;
import dev.pims.membership.MemberWork;
import dev.pims.usage.PeriodUses;
import dev.pims.usage.UsageKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatasetBuilderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    /** Six designers at Seoul Style, two uses each on the day, and one engineer at an unknown company. */
    private static PeriodUses uses() {
        List<PeriodUses.Use> uses = new ArrayList<>();
        for (long member = 101; member <= 106; member++) {
            uses.add(new PeriodUses.Use(member, DAY.atTime(9, 0), UsageKind.SEARCH_RUN));
            uses.add(new PeriodUses.Use(member, DAY.atTime(17, 30), UsageKind.IMAGE_SUBMITTED));
        }
        uses.add(new PeriodUses.Use(200, LocalDateTime.of(2026, 12, 1, 12, 0), UsageKind.RECOMMENDATION_CLICKED));
        return new PeriodUses(DAY, DAY, uses, false);
    }

    private static MemberWork work() {
        Map<Long, MemberWork.Work> work = new HashMap<>();
        for (long member = 101; member <= 106; member++) {
            work.put(member, new MemberWork.Work("Product Designer", "(주)서울스타일"));
        }
        work.put(200L, new MemberWork.Work("Backend Engineer", "Acme Widgets"));
        return new MemberWork(work);
    }

    private final DatasetBuilder builder = new DatasetBuilder(CompanyIndustries.shipped());

    @Test
    void rowsHoldPseudonymsAndGeneralisedAttributesOnly() {
        KAnonymity.Outcome outcome = builder.build(uses(), work(), Pseudonyms.newKey(), TimeGranularity.DAY, 5);

        assertThat(outcome.kept()).hasSize(12).allSatisfy(row -> {
            assertThat(row.jobFamily()).isEqualTo(JobFamily.DESIGN);
            assertThat(row.industry()).isEqualTo(Industry.FASHION);
            assertThat(row.period()).isEqualTo("2026-12-01");
            assertThat(row.fields()).doesNotContain("101", "102", "103", "104", "105", "106");
            assertThat(String.join(",", row.fields()))
                    .doesNotContain("Designer")
                    .doesNotContain("서울스타일");
        });
    }

    @Test
    void theReportFiguresCountRowsAndMembers() {
        KAnonymity.Outcome outcome = builder.build(uses(), work(), Pseudonyms.newKey(), TimeGranularity.DAY, 5);

        assertThat(outcome.rowsSuppressed()).isEqualTo(1);
        assertThat(outcome.kReached()).isEqualTo(6);
        assertThat(outcome.membersKept()).isEqualTo(6);
        assertThat(outcome.membersSuppressed()).isEqualTo(1);
    }

    @Test
    void aMembersRowsShareOnePseudonymWithinADatasetAndNotAcrossDatasets() {
        List<DatasetRow> first = builder.build(uses(), work(), Pseudonyms.newKey(), TimeGranularity.DAY, 5)
                .kept();
        List<DatasetRow> second = builder.build(uses(), work(), Pseudonyms.newKey(), TimeGranularity.DAY, 5)
                .kept();

        Map<String, Long> rowsPerPseudonym =
                first.stream().collect(Collectors.groupingBy(DatasetRow::pseudonym, Collectors.counting()));
        assertThat(rowsPerPseudonym)
                .hasSize(6)
                .allSatisfy((pseudonym, rows) -> assertThat(rows).isEqualTo(2));
        assertThat(second.stream().map(DatasetRow::pseudonym)).doesNotContainAnyElementsOf(rowsPerPseudonym.keySet());
    }

    @Test
    void aCoarserPeriodJoinsDays() {
        KAnonymity.Outcome outcome = builder.build(uses(), work(), Pseudonyms.newKey(), TimeGranularity.MONTH, 5);

        assertThat(outcome.kept()).allMatch(row -> row.period().equals("2026-12"));
    }
}
