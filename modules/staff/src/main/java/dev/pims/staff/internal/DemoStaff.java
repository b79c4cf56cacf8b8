package dev.pims.staff.internal;

import dev.pims.keyring.KeyRing;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PasswordHashing;
import dev.pims.staff.StaffRole;
import dev.pims.staff.domain.StaffAccount;
import dev.pims.staff.domain.StaffAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code ./pims start --demo} ({@code pims.demo=true}), one member of staff per role with a known password
 * that needs no change and an enrolled second factor whose secret is printed (to type into an authenticator app),
 * so that a newcomer can try the staff console at once; the tests ask for them alone with
 * {@code pims.demo.staff=true}. It lives in the staff module because accounts are made from the staff domain, which
 * nothing outside the module may reach. It runs after the first privacy officer, who would otherwise not be created, and
 * after the secrets an older PIMS kept in clear were sealed, since it opens the demo staff's to print them.
 */
@Startup
@Singleton
@DependsOn({"FirstPrivacyOfficer", "SecondFactorSealing"})
public class DemoStaff {

    /** Login id → role and password; the passwords meet the staff password rules. */
    static final Map<String, Designation> ACCOUNTS = new LinkedHashMap<>();

    static {
        // The demo handler sees every category but the application form, so that the demo shows a scope at work.
        ACCOUNTS.put(
                "handler",
                new Designation(
                        StaffRole.HANDLER,
                        "Pims-demo-2026-h",
                        EnumSet.complementOf(EnumSet.of(DataCategory.APPLICATION_FORM))));
        ACCOUNTS.put("officer2", new Designation(StaffRole.PRIVACY_OFFICER, "Pims-demo-2026-o", Set.of()));
        ACCOUNTS.put("auditor", new Designation(StaffRole.AUDITOR, "Pims-demo-2026-a", Set.of()));
        ACCOUNTS.put("admin", new Designation(StaffRole.ADMIN, "Pims-demo-2026-s", Set.of()));
    }

    private static final Logger LOG = Logger.getLogger(DemoStaff.class.getName());

    @Inject
    @ConfigProperty(name = "pims.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "pims.demo.staff", defaultValue = "false")
    private boolean demoStaff;

    @Inject
    private StaffAccounts staff;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private StaffEvents events;

    @Inject
    private TotpCodes totp;

    @Inject
    private KeyRing keys;

    @PostConstruct
    void load() {
        if (!demo && !demoStaff) {
            return;
        }
        StringBuilder list = new StringBuilder("\n\n  Demo staff (log in at /admin/login; add the TOTP secret to an "
                + "authenticator app, issuer " + TotpCodes.ISSUER + ", for the code):");
        ACCOUNTS.forEach((loginId, designation) -> {
            String secret = staff.byLoginId(loginId)
                    .map(account -> account.enrolledSecret(keys).orElse("(none: enrols at the next login)"))
                    .orElseGet(() -> createdWithSecret(loginId, designation));
            list.append("\n    ")
                    .append(loginId)
                    .append(" / ")
                    .append(designation.password())
                    .append("  TOTP secret ")
                    .append(secret)
                    .append("  (")
                    .append(designation.role())
                    .append(')');
        });
        LOG.info(() -> list.append('\n').toString());
    }

    private String createdWithSecret(String loginId, Designation designation) {
        StaffAccount account = StaffAccount.withChosenPassword(
                loginId, passwords.hash(designation.password()), EnumSet.of(designation.role()), events.now());
        account.changeRights(EnumSet.of(designation.role()), designation.categories());
        String secret = totp.newSecret();
        account.enrolSecondFactor(secret, events.now(), keys);
        staff.add(account);
        return secret;
    }

    record Designation(StaffRole role, String password, Set<DataCategory> categories) {}
}
