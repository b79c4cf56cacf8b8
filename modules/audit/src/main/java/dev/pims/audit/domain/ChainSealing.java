package dev.pims.audit.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The chain's one-row head and the sealing that moves it on (ADR 0003): under the head's lock, each committed record
 * gets the next position, its hash, its link and its subject rows.
 */
public interface ChainSealing {

    /** The end of the chain as last committed. */
    Head head();

    /**
     * Seals committed records into the chain, in the order given: under the head's lock (held to the end of the
     * caller's transaction, so sealers of several instances take turns), each record not sealed yet gets the next
     * position, its hash over the previous one, its link (which keeps its first subject) and a subject row for each
     * further subject; then the head moves. The records come as their writer wrote them, so a row changed between its
     * commit and its sealing no longer matches its hash.
     * <p>
     * Whether a record is sealed already is looked up only when asked ({@code skipSealed}): only another instance's
     * start seals a record this instance holds, so a sealing assumes none is and learns otherwise from the link's
     * unique key, and then fails without sealing anything (the implementation's {@code SealedElsewhere}, which rolls
     * the caller's transaction back).
     *
     * @return how many records were sealed
     */
    int seal(List<AccessChainHashing.Fields> records, LocalDateTime sealedAt, boolean skipSealed);

    /**
     * The end of the chain: its last position and hash, and the highest id of the records written before the chain
     * existed (V9), which no link names.
     */
    record Head(long lastPosition, String lastHash, long legacyMaxId) {}
}
