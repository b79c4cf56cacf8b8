package dev.pims.audit.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Records no link names: those a server that stopped at once left unsealed, which its next start seals, and those
 * inserted behind PIMS's back, which a verification names.
 */
public interface UnsealedRecords {

    /**
     * Records committed and not sealed near the end of the chain, in id order, as stored: what a server that stopped
     * at once left behind.
     */
    List<AccessChainHashing.Fields> nearTheEnd(long legacyMaxId);

    /**
     * The lowest id after the legacy ones of a record that no link names (as far as {@code met}, the ids a walk met,
     * tells) and that is not younger than {@code olderThan}: one inserted behind PIMS's back. Younger ones may still be
     * on their way to the sealer.
     */
    Optional<Long> firstInserted(SealedIds met, LocalDateTime olderThan);
}
