package dev.pims.retention.internal;

import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RetentionRule;
import dev.pims.retention.domain.DestructionLedger;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One chunk, one transaction: the rule destroys its records (and the audited road writes the DESTROY access record)
 * and the ledger gets its row, all committed together or not at all, so that a crash anywhere leaves every destroyed
 * record in the ledger and the log, and every record not in them still there.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChunkDestruction {

    @Inject
    private DestructionLedger ledger;

    @Inject
    private Clock clock;

    /**
     * How many of the rule's records are due, read in a transaction of its own: a rule that counts through JPA then has
     * the transaction's persistence context, where outside any Payara sometimes closed the job thread's under it.
     */
    public long countDue(RetentionRule rule, LocalDateTime threshold) {
        return rule.countDueBefore(threshold);
    }

    public DestroyedRecords destroy(RetentionRule rule, LocalDateTime threshold, int max, long jobRunId) {
        DestroyedRecords chunk = rule.destroyDueBefore(threshold, max);
        if (chunk.count() > 0) {
            ledger.append(jobRunId, chunk, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        }
        return chunk;
    }
}
