package dev.pims.membership.internal;

import dev.pims.store.DataDir;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * The first start after {@code ./pims restore} (policy §4B, §7A): before the application serves anyone, the members
 * who withdrew after the restored backup ({@link DataDir#pendingWithdrawals}, the withdrawal journal's lines since it)
 * are withdrawn again, so that nobody sees, even for a moment, a member who had left. In chunks, each its own
 * transaction; the pending lines stay until all are done, and a start after a crash replays them again, passing over
 * those already withdrawn. If the replay fails, the start fails: serving the restored stores without it would bring a
 * withdrawn member back.
 */
@Startup
@Singleton
@DependsOn({"AuditingLifecycle", "SeparatedDataSealing"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WithdrawalsReplayedBeforeServing {

    private static final Logger LOG = Logger.getLogger(WithdrawalsReplayedBeforeServing.class.getName());
    private static final int CHUNK = 100;

    @Inject
    private WithdrawalReplay replay;

    @PostConstruct
    void replayTheWithdrawalsSinceTheBackup() {
        Path pending = DataDir.pendingWithdrawals();
        if (!Files.exists(pending)) {
            return;
        }
        try {
            List<WithdrawalJournal.Line> journaled = WithdrawalJournal.read(Files.readString(pending));
            LOG.info(() -> "A restore is pending: " + journaled.size()
                    + " withdrawal(s) since its backup are replayed before PIMS serves");
            int withdrawn = 0;
            for (int from = 0; from < journaled.size(); from += CHUNK) {
                withdrawn += replay.withdrawAgain(journaled.subList(from, Math.min(from + CHUNK, journaled.size())))
                        .withdrawn()
                        .size();
            }
            Files.delete(pending);
            int again = withdrawn;
            LOG.info(() ->
                    "Replayed the withdrawals since the restored backup: " + again + " member(s) withdrawn again");
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not replay the withdrawals of " + pending, failed);
        }
    }
}
