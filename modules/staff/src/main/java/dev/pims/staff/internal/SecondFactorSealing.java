package dev.pims.staff.internal;

import dev.pims.keyring.KeyRing;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Seals, once, the TOTP secrets that a PIMS older than the key ring kept in clear (safety-measures standard Art. 7),
 * in the start's transaction, before any login can read one. A secret sealed already is left alone, so every later
 * start finds nothing to do. Staff accounts are few, so it reads them all.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "KeyRingStart"})
public class SecondFactorSealing {

    private static final Logger LOG = Logger.getLogger(SecondFactorSealing.class.getName());

    @Inject
    private StaffAccounts staff;

    @Inject
    private KeyRing keys;

    @PostConstruct
    void sealSecretsInClear() {
        long sealed = staff.all().stream()
                .filter(account -> account.sealSecondFactor(keys))
                .count();
        if (sealed > 0) {
            LOG.info(() -> "Sealed the TOTP secrets of " + sealed + " staff account(s) kept in clear");
        }
    }
}
