package dev.pims.staff.internal;

import dev.pims.shared.PasswordHashing;
import dev.pims.staff.StaffRole;
import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first start of an installation creates its privacy officer, so that somebody can designate the other staff.
 * The password comes from {@code PIMS_OFFICER_PASSWORD} when the operator sets it, or is made up and shown once in
 * the log; either way it must be changed at the first login.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstPrivacyOfficer {

    static final String LOGIN_ID = "officer";
    private static final Logger LOG = Logger.getLogger(FirstPrivacyOfficer.class.getName());

    @Inject
    private StaffAccounts staff;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "pims.officer.password")
    private Optional<String> givenPassword;

    @PostConstruct
    void createOnFirstStart() {
        if (staff.anyExists()) {
            return;
        }
        String password = givenPassword.filter(given -> !given.isBlank()).orElseGet(OneTimePasswords::madeUp);
        staff.add(new StaffAccount(
                LOGIN_ID,
                passwords.hash(password),
                EnumSet.of(StaffRole.PRIVACY_OFFICER),
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
        if (givenPassword.isPresent()) {
            LOG.info(() -> "First start: privacy officer '" + LOGIN_ID + "' created with the password from "
                    + "PIMS_OFFICER_PASSWORD; it must be changed at the first login.");
        } else {
            LOG.info(() -> "\n\n  First start: privacy officer '" + LOGIN_ID + "', one-time password: " + password
                    + "\n  (shown only now; it must be changed at the first login)\n");
        }
    }
}
