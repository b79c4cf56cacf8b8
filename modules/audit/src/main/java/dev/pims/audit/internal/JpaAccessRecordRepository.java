package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessChainHead;
import dev.pims.audit.domain.AccessRecord;
import dev.pims.audit.domain.AccessRecordRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Appends a record to the end of the hash chain: locks the chain head (held until the transaction ends), persists the
 * record (which gives it its id), chains it and moves the head. See ADR 0002 for why the chain is built in the
 * writer's transaction rather than afterwards.
 */
@ApplicationScoped
class JpaAccessRecordRepository implements AccessRecordRepository {

    /** Set in a transaction once it holds the chain head, so that a record of its own knows it must wait for it. */
    static final String HOLDS_CHAIN_HEAD = JpaAccessRecordRepository.class.getName() + ".holdsChainHead";

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public void append(AccessRecord record) {
        AccessChainHead head = entityManager.find(AccessChainHead.class, AccessChainHead.THE_ONE,
                LockModeType.PESSIMISTIC_WRITE);
        transactions.putResource(HOLDS_CHAIN_HEAD, Boolean.TRUE);
        entityManager.persist(record);
        head.append(record);
    }
}
