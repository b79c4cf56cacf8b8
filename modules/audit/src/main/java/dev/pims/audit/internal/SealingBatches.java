package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.domain.ChainSealing;
import dev.pims.audit.domain.UnsealedRecords;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** One sealing in one transaction of its own: the links, the subject rows and the head commit together or not at all. */
@Stateless
public class SealingBatches {

    @Inject
    private ChainSealing sealing;

    @Inject
    private UnsealedRecords unsealed;

    @Inject
    private Clock clock;

    /**
     * Seals records none of which is sealed yet, as far as this instance knows.
     *
     * @return how many records were sealed
     * @throws SealedElsewhere when one of them was sealed by another instance; nothing is sealed then
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seal(List<AccessChainHashing.Fields> records) {
        return sealing.seal(records, now(), false);
    }

    /** @return how many of the records were sealed now (the others were sealed before, and are skipped) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealThoseNotSealed(List<AccessChainHashing.Fields> records) {
        return sealing.seal(records, now(), true);
    }

    /**
     * Seals what a server that stopped without sealing (killed, or its power gone) left committed and unsealed near the
     * end of the chain; run at start-up, before the start of auditing is recorded, which names them.
     *
     * @return the ids sealed
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> sealLeftovers() {
        List<AccessChainHashing.Fields> leftovers =
                unsealed.nearTheEnd(sealing.head().legacyMaxId());
        if (!leftovers.isEmpty()) {
            sealing.seal(leftovers, now(), true);
        }
        return leftovers.stream().map(AccessChainHashing.Fields::id).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
