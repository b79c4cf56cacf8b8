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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code ./pims start --demo} ({@code pims.demo=true}), one member of staff per role with a known password
 * that needs no change, so that a newcomer can try the staff console at once; the tests ask for them alone with
 * {@code pims.demo.staff=true}. It lives in the staff module because accounts are made from the staff domain, which
 * nothing outside the module may reach. It runs after the first privacy officer, who would otherwise not be created.
 */
@Startup
@Singleton
@DependsOn("FirstPrivacyOfficer")
public class DemoStaff {

    /** Login id → role and password; the passwords meet the staff password rules. */
    static final Map<String, Designation> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("handler", new Designation(StaffRole.HANDLER, "Pims-demo-2026-h"));
        ACCOUNTS.put("officer2", new Designation(StaffRole.PRIVACY_OFFICER, "Pims-demo-2026-o"));
        ACCOUNTS.put("auditor", new Designation(StaffRole.AUDITOR, "Pims-demo-2026-a"));
        ACCOUNTS.put("admin", new Designation(StaffRole.ADMIN, "Pims-demo-2026-s"));
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

    @PostConstruct
    void load() {
        if (!demo && !demoStaff) {
            return;
        }
        StringBuilder list = new StringBuilder("\n\n  Demo staff (log in at /admin/login):");
        ACCOUNTS.forEach((loginId, designation) -> {
            if (staff.byLoginId(loginId).isEmpty()) {
                staff.add(StaffAccount.withChosenPassword(loginId, passwords.hash(designation.password()),
                        EnumSet.of(designation.role()), events.now()));
            }
            list.append("\n    ").append(loginId).append(" / ").append(designation.password())
                    .append("  (").append(designation.role()).append(')');
        });
        LOG.info(() -> list.append('\n').toString());
    }

    record Designation(StaffRole role, String password) {
    }
}
