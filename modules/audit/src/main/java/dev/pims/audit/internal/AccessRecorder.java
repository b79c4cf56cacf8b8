package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessRecordRepository;
import dev.pims.audit.records.AccessRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Writes access records in the right transaction. A successful access is recorded in the caller's own
 * transaction, so the record and the work commit or roll back together; a denied or failed access is recorded
 * in a transaction of its own, so that the rollback of the work cannot take the record with it.
 */
@Stateless
public class AccessRecorder {

    @Inject
    private AccessRecordRepository records;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordWithTheWork(AccessRecord record) {
        records.append(record);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordOnItsOwn(AccessRecord record) {
        records.append(record);
    }
}
