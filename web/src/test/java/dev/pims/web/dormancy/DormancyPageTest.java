package dev.pims.web.dormancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.dormancy.DormancyJobRuns;
import dev.pims.dormancy.DormancyNotices;
import dev.pims.dormancy.DormancyOverview;
import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobRunView;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DormancyPageTest {

    private static JobRunView run(long id, String job) {
        LocalDateTime at = LocalDateTime.of(2026, 3, 1, 0, 30).plusDays(id);
        return new JobRunView(id, job, at, at, null, JobOutcome.RUNNING, 0, null, null, 1);
    }

    @Test
    void withoutARunOfItsOwnThePageFollowsTheLatestRunOfTheNotices() {
        List<DormancyJobRuns> runs = List.of(
                new DormancyJobRuns(
                        DormancyNotices.JOB, List.of(run(7, DormancyNotices.JOB), run(6, DormancyNotices.JOB))),
                new DormancyJobRuns(DormancyOverview.SEPARATION_JOB, List.of(run(8, DormancyOverview.SEPARATION_JOB))));

        assertThat(DormancyPage.latestNoticeRun(runs).id()).isEqualTo(7);
    }

    @Test
    void beforeTheFirstRunOfTheNoticesThereIsNone() {
        List<DormancyJobRuns> runs = List.of(
                new DormancyJobRuns(DormancyNotices.JOB, List.of()),
                new DormancyJobRuns(DormancyOverview.SEPARATION_JOB, List.of(run(8, DormancyOverview.SEPARATION_JOB))));

        assertThat(DormancyPage.latestNoticeRun(runs)).isNull();
    }
}
