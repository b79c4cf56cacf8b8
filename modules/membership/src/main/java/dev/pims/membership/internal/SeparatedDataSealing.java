package dev.pims.membership.internal;

import dev.pims.keyring.KeyRing;
import dev.pims.membership.domain.SeparatedStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Seals, once, the withdrawn members' data that a PIMS older than the key ring kept in clear in the separated store
 * (safety-measures standard Art. 7; policy §6A). Data sealed already is left alone, so every later start finds nothing
 * to do; what the data says does not change, so this is no access to it and leaves no access record. A year of
 * withdrawals is sealed in batches of {@value #BATCH}, each in a transaction of its own, so that a large store never
 * holds one long transaction and a crash loses at most a batch, which the next start seals.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "KeyRingStart"})
@TransactionManagement(TransactionManagementType.BEAN)
public class SeparatedDataSealing {

    private static final Logger LOG = Logger.getLogger(SeparatedDataSealing.class.getName());
    private static final int BATCH = 200;

    @Inject
    private SeparatedStore separated;

    @Inject
    private KeyRing keys;

    @Resource
    private UserTransaction transaction;

    @PostConstruct
    void sealDataInClear() {
        long sealed = 0;
        int batch;
        while ((batch = sealNextBatch()) > 0) {
            sealed += batch;
        }
        if (sealed > 0) {
            long total = sealed;
            LOG.info(() -> "Sealed the separated data of " + total + " withdrawn member(s) kept in clear");
        }
    }

    private int sealNextBatch() {
        try {
            transaction.begin();
            try {
                Map<Long, String> inClear = separated.dataInClear(BATCH);
                inClear.forEach((memberId, json) -> separated.replaceDataInClear(memberId, keys.seal(json)));
                transaction.commit();
                return inClear.size();
            } catch (RuntimeException failure) {
                transaction.rollback();
                throw failure;
            }
        } catch (Exception failure) {
            throw new IllegalStateException("Could not seal the separated data kept in clear", failure);
        }
    }
}
