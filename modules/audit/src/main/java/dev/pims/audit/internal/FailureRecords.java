package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessRecord;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Writes the record of a denied or failed access in a transaction of its own. If the caller's transaction already
 * holds the chain head (an earlier access in it succeeded), a transaction of its own would wait for that lock for
 * ever, so the record is written right after the caller's transaction ends instead, committed or not.
 */
@ApplicationScoped
class FailureRecords {

    @Inject
    private AccessRecorder recorder;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    void record(AccessRecord record) {
        boolean holdsHead = transactions.getTransactionKey() != null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && Boolean.TRUE.equals(transactions.getResource(JpaAccessRecordRepository.HOLDS_CHAIN_HEAD));
        if (!holdsHead) {
            recorder.recordOnItsOwn(record);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing before: the lock is released only when the caller's transaction has ended.
            }

            @Override
            public void afterCompletion(int status) {
                executor.execute(() -> recorder.recordOnItsOwn(record));
            }
        });
    }
}
