package dev.pims.dormancy;

import dev.pims.jobs.JobRunView;
import java.util.List;

/** One dormancy job by its ledger name, with its latest runs, newest first. */
public record DormancyJobRuns(String job, List<JobRunView> runs) {

    public DormancyJobRuns {
        runs = List.copyOf(runs);
    }
}
