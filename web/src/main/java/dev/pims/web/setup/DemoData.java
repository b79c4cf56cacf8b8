package dev.pims.web.setup;

import dev.pims.membership.Industry;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.SignUpForm;
import dev.pims.membership.SyntheticMembers;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code ./pims start --demo} ({@code pims.demo=true}), PIMS starts with a demo member to log in as and a few
 * dozen synthetic members, so that a newcomer sees something at once. Nothing here runs otherwise. Every member is
 * enrolled through the audited road, like any other.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    static final String DEMO_MEMBER_EMAIL = "member@demo.pims.dev";
    static final String DEMO_MEMBER_PASSWORD = "demo-member-2026";
    private static final int SYNTHETIC_MEMBERS = 40;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String[] FAMILY_NAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
    private static final String[] GIVEN_NAMES = {"민준", "서연", "도윤", "지우", "하준", "서윤", "예준", "하은", "지호", "수아"};
    private static final String[] COMPANIES = {"Hanbit Retail", "Seoul Style", "Nuri Media", "Daon Commerce"};
    private static final String[] DEPARTMENTS = {"Merchandising", "Marketing", "Data", "Design"};

    @Inject
    @ConfigProperty(name = "pims.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private SyntheticMembers synthetic;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        try {
            synthetic.enrolVerified(demoMember());
        } catch (MembershipRefusal alreadyLoaded) {
            LOG.info("Demo data is loaded already.");
            printAccounts();
            return;
        }
        Random random = new Random(2019_08_01L);
        for (int i = 1; i <= SYNTHETIC_MEMBERS; i++) {
            synthetic.enrolVerified(syntheticMember(i, random));
        }
        printAccounts();
    }

    private static void printAccounts() {
        LOG.info(() -> "\n\n  Demo member: " + DEMO_MEMBER_EMAIL + " / " + DEMO_MEMBER_PASSWORD + "\n  (and "
                + SYNTHETIC_MEMBERS + " synthetic members, member-NN@demo.pims.dev)\n");
    }

    private static SignUpForm demoMember() {
        SignUpForm form = form(DEMO_MEMBER_EMAIL, DEMO_MEMBER_PASSWORD, "홍길동", "010-1234-5678");
        form.getDetails().setCompany("OMNIOUS");
        form.getDetails().setDepartment("Product");
        form.getDetails().setJobTitle("Manager");
        form.getDetails().setIntendedUse("Visual search for our online fashion catalogue.");
        form.getDetails().setIndustry(Industry.FASHION);
        form.getDetails().setMonthlyImageVolume(20_000);
        form.setAcceptsMarketingEmail(true);
        return form;
    }

    private static SignUpForm syntheticMember(int number, Random random) {
        String name =
                FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)] + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
        String mobile = String.format(Locale.ROOT, "010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
        SignUpForm form = form(
                String.format(Locale.ROOT, "member-%02d@demo.pims.dev", number),
                "synthetic-" + random.nextInt(1_000_000) + "x",
                name,
                mobile);
        ProfileDetails details = form.getDetails();
        details.setCompany(COMPANIES[random.nextInt(COMPANIES.length)]);
        details.setDepartment(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
        details.setIndustry(Industry.values()[random.nextInt(Industry.values().length)]);
        details.setKeepSearchHistory(random.nextBoolean());
        form.setAcceptsMarketingEmail(random.nextBoolean());
        return form;
    }

    private static SignUpForm form(String email, String password, String name, String mobile) {
        SignUpForm form = new SignUpForm();
        form.setEmail(email);
        form.setPassword(password);
        form.getDetails().setName(name);
        form.getDetails().setMobilePhone(mobile);
        form.setAcceptsTermsOfUse(true);
        form.setAcceptsCollection(true);
        return form;
    }
}
