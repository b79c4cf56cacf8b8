package dev.pims.retention.domain;

import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.DestructionEntry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The destruction ledger: one row per destroyed chunk, appended in the chunk's transaction, never changed. */
public interface DestructionLedger {

    void append(long jobRunId, DestroyedRecords chunk, LocalDateTime destroyedAt);

    /** The rules under which the run destroyed anything, in any of its attempts. */
    Set<String> rulesThatDestroyedIn(long jobRunId);

    /** The ledger per run and rule, newest run first, at most {@code max} of them. */
    List<DestructionEntry> perRunAndRule(int max);
}
