package dev.pims.retention.internal;

import dev.pims.jobs.JobLedger;
import dev.pims.jobs.JobOutcome;
import dev.pims.jobs.JobRunView;
import dev.pims.retention.RetentionOverview;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The first start after {@code ./pims restore} (policy §7A): before the application serves anyone, a run of the engine
 * destroys again what the destruction journal says was destroyed after the restored backup, so that nobody sees, even
 * for a moment, a member the policy had destroyed. If that run fails, the start fails: serving the restored stores
 * without it would bring destroyed data back.
 */
@Startup
@Singleton
@DependsOn("JobRunner")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplayBeforeServing {

    private static final Logger LOG = Logger.getLogger(ReplayBeforeServing.class.getName());

    @Inject
    private PendingReplay replay;

    @Inject
    private JobLedger ledger;

    @PostConstruct
    void replayTheDestructionsSinceTheBackup() {
        if (!replay.isPending()) {
            return;
        }
        LOG.info("A restore is pending: the destructions since its backup are replayed before PIMS serves");
        JobRunView run = ledger.runNow(RetentionOverview.ENGINE_JOB)
                .orElseThrow(() -> new IllegalStateException(
                        "The retention engine has a run of this second already; start PIMS again to replay"));
        if (run.outcome() != JobOutcome.SUCCEEDED) {
            throw new IllegalStateException("The replay of the destructions since the restored backup failed ("
                    + run.summary() + "); PIMS does not serve the restored stores without it");
        }
        LOG.info(() -> "Replayed the destructions since the restored backup: " + run.summary());
    }
}
