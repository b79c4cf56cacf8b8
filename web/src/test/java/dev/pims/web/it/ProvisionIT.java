package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pims.audit.testing.AuditStore;
import dev.pims.audit.testing.AuditStore.Access;
import dev.pims.consent.testing.ConsentStore;
import dev.pims.consent.testing.ConsentStore.PartnerConsent;
import dev.pims.membership.testing.MemberStore;
import dev.pims.partners.testing.ProvisionStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Third parties (policy §3A–C). The privacy officer registers a partner at {@code /admin/partners}; the sign-up page
 * offers it as an optional box of its own; a provision at {@code /admin/partners/provide} hands the partner's items of
 * the member who ticked it (one PROVIDE record naming the partner, a provision record, the file) and refuses the member
 * who did not (a DENIED PROVIDE record naming them, nothing of them in the file). The member sees the provision on
 * {@code /my/provisions} in English and Korean and withdraws the consent on {@code /my/consents}, after which a
 * provision to the partner refuses them too. A provision the law requires is recorded with its authority and shown to
 * the member only when the law allows telling. A handler holding the PROVISION scope sees on the member's detail page
 * what the member may be told of, an authority's legal basis masked; a handler without it sees no such section.
 */
class ProvisionIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels("en");
    private static final Labels SAYS_KO = new Labels("ko");
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final ConsentStore CONSENTS = new ConsentStore(StoreConnections.operational());
    private static final ProvisionStore PROVISIONS = new ProvisionStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final String STAFF_PASSWORD = "Provision-care-2026";

    @Test
    void aProvisionIsRefusedWithADeniedRecordWithoutConsentAndRecordedWithIt() throws Exception {
        String officerId = StaffSteps.newOfficer("provision-officer");
        String partner = "Partner " + UUID.randomUUID();
        long partnerId;
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            partnerId = register(officer, partner);
        }

        String consentingEmail = MemberSteps.newEmail("provision-consenting");
        String refusingEmail = MemberSteps.newEmail("provision-refusing");
        long consenting;
        long refusing;
        try (Browser visitor = new Browser(base, "en")) {
            MemberSteps.openFilledSignUpForm(visitor, consentingEmail, "Provided Kim");
            WebElement box = partnerBox(visitor, partner);
            assertThat(box.isSelected())
                    .as("the page never ticks a partner's box")
                    .isFalse();
            box.sendKeys(Keys.SPACE);
            MemberSteps.submitSignUp(visitor);
            assertThat(visitor.pageText()).contains(SAYS.get("signup.checkMail"));
            MemberSteps.verify(visitor, MAIL, consentingEmail);
            consenting = MEMBERS.memberIdOf(consentingEmail);
        }
        try (Browser visitor = new Browser(base, "en")) {
            refusing = MemberSteps.join(visitor, MAIL, refusingEmail, "Refusing Lee");
        }
        assertThat(CONSENTS.partnerConsentsOf(consenting))
                .containsExactly(new PartnerConsent(partnerId, "GIVEN", "SIGN_UP_FORM"));
        assertThat(CONSENTS.partnerConsentsOf(refusing)).isEmpty();

        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            provide(officer, partner, consenting + ", " + refusing);
            assertThat(officer.textOf("provided")).isEqualTo(List.of(consenting).toString());
            assertThat(officer.textOf("refused")).isEqualTo(List.of(refusing).toString());

            // The answer is a file, not a page: the button's page stays, so it is clicked rather than pressed.
            String fileName = officer.textOf("file-name");
            officer.driver().findElement(By.id("file:download")).click();
            assertThat(officer.downloaded(fileName))
                    .contains("MEMBER_ID,EMAIL,NAME", consentingEmail, "Provided Kim")
                    .doesNotContain(refusingEmail, "Refusing Lee");
        }

        assertThat(PROVISIONS.provisionsOf(consenting)).singleElement().satisfies(provision -> {
            assertThat(provision.kind()).isEqualTo("PARTNER");
            assertThat(provision.partnerId()).isEqualTo(partnerId);
            assertThat(provision.recipient()).isEqualTo(partner);
            assertThat(provision.items()).isEqualTo("EMAIL,NAME");
        });
        assertThat(PROVISIONS.provisionsOf(refusing))
                .as("nothing provided without consent")
                .isEmpty();

        AUDIT_LOG.awaitSealed();
        assertThat(provideRecordsNaming(refusing))
                .as("the refusal is a DENIED PROVIDE record naming the member and the partner")
                .singleElement()
                .satisfies(refused -> {
                    assertThat(refused.outcome()).isEqualTo("DENIED");
                    assertThat(refused.actorId()).isEqualTo("staff:" + officerId);
                    assertThat(refused.operation()).isEqualTo("ProvisionGate.refuseWithoutConsent");
                    assertThat(refused.reason()).contains(partner);
                    assertThat(AUDIT_LOG.subjectsOf(refused.id())).containsExactly(refusing);
                });
        assertThat(provideRecordsNaming(consenting))
                .as("the provision is a PROVIDE record naming the member, the partner and the categories")
                .singleElement()
                .satisfies(provided -> {
                    assertThat(provided.outcome()).isEqualTo("SUCCESS");
                    assertThat(provided.actorId()).isEqualTo("staff:" + officerId);
                    assertThat(provided.operation()).isEqualTo("DefaultItemProvision.provide");
                    assertThat(provided.detail()).contains(partner);
                    assertThat(provided.categories()).contains("ACCOUNT", "BASIC_PROFILE");
                    assertThat(AUDIT_LOG.subjectsOf(provided.id()))
                            .as("the refused member is in no successful provision")
                            .containsExactly(consenting);
                });

        try (Browser member = new Browser(base, "en")) {
            MemberSteps.logIn(member, consentingEmail, MemberSteps.PASSWORD);
            member.open("/my/provisions?lang=en");
            assertThat(member.heading()).isEqualTo(SAYS.get("provisions.title"));
            assertThat(member.pageText())
                    .contains(partner, "E-mail address, Name", SAYS.get("provisions.kind.PARTNER"));
            member.open("/my/provisions?lang=ko");
            assertThat(member.heading()).isEqualTo(SAYS_KO.get("provisions.title"));
            assertThat(member.pageText()).contains(partner, SAYS_KO.get("provisions.kind.PARTNER"));

            member.open("/my/consents?lang=en");
            member.press(SAYS.get("consents.withdraw"));
            assertThat(member.pageText()).contains(SAYS.get("consents.withdrawn"));
        }
        assertThat(CONSENTS.partnerConsentsOf(consenting))
                .containsExactly(
                        new PartnerConsent(partnerId, "GIVEN", "SIGN_UP_FORM"),
                        new PartnerConsent(partnerId, "WITHDRAWN", "CONSENT_PAGE"));

        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            provide(officer, partner, String.valueOf(consenting));
            assertThat(officer.textOf("refused"))
                    .as("a withdrawn consent refuses the next provision")
                    .isEqualTo(List.of(consenting).toString());
        }
        assertThat(PROVISIONS.provisionsOf(consenting)).hasSize(1);
        try (Browser refused = new Browser(base, "en")) {
            MemberSteps.logIn(refused, refusingEmail, MemberSteps.PASSWORD);
            refused.open("/my/provisions?lang=en");
            assertThat(refused.pageText()).contains(SAYS.get("provisions.none"));
        }
    }

    @Test
    void aLegalProvisionIsRecordedAndShownToTheMemberOnlyWhereTellingIsAllowed() throws Exception {
        String officerId = StaffSteps.newOfficer("provision-officer");
        String email = MemberSteps.newEmail("provision-legal");
        long member;
        try (Browser visitor = new Browser(base, "en")) {
            member = MemberSteps.join(visitor, MAIL, email, "Legal Park");
        }
        String told = "Police " + UUID.randomUUID();
        String untold = "Prosecutor " + UUID.randomUUID();
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            officer.open("/admin/partners/legal?lang=en");
            officer.press(SAYS.get("legal.submit"));
            assertThat(officer.messageFor(SAYS.get("legal.authority")))
                    .as("every part of a legal request is asked for")
                    .isNotBlank();
            recordLegal(officer, told, member, true);
            assertThat(officer.pageText())
                    .contains(MessageFormat.format(SAYS.get("legal.recorded"), String.valueOf(member)));
            recordLegal(officer, untold, member, false);
            assertThat(officer.pageText()).contains(told, untold);
        }
        assertThat(PROVISIONS.provisionsOf(member))
                .extracting(ProvisionStore.StoredProvision::kind, ProvisionStore.StoredProvision::recipient)
                .containsExactly(tuple("AUTHORITY", told), tuple("AUTHORITY", untold));
        AUDIT_LOG.awaitSealed();
        assertThat(provideRecordsNaming(member))
                .as("each legal provision is a PROVIDE record naming the member and the authority")
                .hasSize(2)
                .allSatisfy(provided -> {
                    assertThat(provided.outcome()).isEqualTo("SUCCESS");
                    assertThat(provided.actorId()).isEqualTo("staff:" + officerId);
                    assertThat(provided.detail()).contains("authority");
                });

        try (Browser browser = new Browser(base, "en")) {
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/provisions?lang=en");
            assertThat(browser.pageText())
                    .contains(told, SAYS.get("provisions.kind.AUTHORITY"))
                    .as("a provision the member may not be told of is not shown")
                    .doesNotContain(untold);
        }
    }

    @Test
    void aHandlerWithTheProvisionScopeSeesTheProvisionsTheMemberMayBeToldOfAndOneWithoutItDoesNot() throws Exception {
        String officerId = StaffSteps.newOfficer("provision-officer");
        String partner = "Partner " + UUID.randomUUID();
        String told = "Police " + UUID.randomUUID();
        String untold = "Prosecutor " + UUID.randomUUID();
        String email = MemberSteps.newEmail("provision-care");
        long member;
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            register(officer, partner);
        }
        try (Browser visitor = new Browser(base, "en")) {
            MemberSteps.openFilledSignUpForm(visitor, email, "Cared Choi");
            partnerBox(visitor, partner).sendKeys(Keys.SPACE);
            MemberSteps.submitSignUp(visitor);
            assertThat(visitor.pageText()).contains(SAYS.get("signup.checkMail"));
            MemberSteps.verify(visitor, MAIL, email);
            member = MEMBERS.memberIdOf(email);
        }
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            provide(officer, partner, String.valueOf(member));
            assertThat(officer.textOf("provided")).isEqualTo(List.of(member).toString());
            officer.open("/admin/partners/legal?lang=en");
            recordLegal(officer, told, member, true);
            recordLegal(officer, untold, member, false);
        }
        assertThat(PROVISIONS.provisionsOf(member)).hasSize(3);

        String handler = STAFF.createScopedStaff(
                "provision-care", STAFF_PASSWORD, Set.of("HANDLER"), Set.of("ACCOUNT", "BASIC_PROFILE", "PROVISION"));
        try (Browser browser = new Browser(base, "en")) {
            StaffSteps.logIn(browser, handler, STAFF_PASSWORD);
            browser.open("/admin/members/detail?id=" + member);
            assertThat(browser.pageText()).contains(SAYS.get("care.provisions.title"));
            assertThat(browser.textOf("provisions"))
                    .as("the partner's provision as the registry words it")
                    .contains(
                            partner,
                            SAYS.get("care.provisions.kind.PARTNER"),
                            "Billing and payment.",
                            "E-mail address, Name",
                            "Until the end of the contract.")
                    .as("the authority's, its legal basis masked and its document left out")
                    .contains(told, SAYS.get("care.provisions.kind.AUTHORITY"), "Cr***")
                    .doesNotContain("Criminal Procedure Act", "Warrant 2026-")
                    .as("a provision the member may not be told of is not shown to the handler either")
                    .doesNotContain(untold);
        }
        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsOf("staff:" + handler))
                .as("the handler's reading of the provisions, a VIEW of PROVISION naming the member")
                .filteredOn(access -> access.categories().contains("PROVISION"))
                .singleElement()
                .satisfies(access -> {
                    assertThat(access.task()).isEqualTo("VIEW");
                    assertThat(access.outcome()).isEqualTo("SUCCESS");
                    assertThat(access.operation()).isEqualTo("DefaultProvisionCare.latestOf");
                    assertThat(AUDIT_LOG.subjectsOf(access.id())).containsExactly(member);
                });

        String unscoped = STAFF.createScopedStaff(
                "provision-less", STAFF_PASSWORD, Set.of("HANDLER"), Set.of("ACCOUNT", "BASIC_PROFILE"));
        try (Browser browser = new Browser(base, "en")) {
            StaffSteps.logIn(browser, unscoped, STAFF_PASSWORD);
            browser.open("/admin/members/detail?id=" + member);
            assertThat(browser.pageText())
                    .as("the member's page opens, without the section")
                    .contains(SAYS.get("care.detail.held"))
                    .doesNotContain(SAYS.get("care.provisions.title"), partner, told);
            assertThat(browser.driver().findElements(By.id("provisions"))).isEmpty();
        }
        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsOf("staff:" + unscoped))
                .as("the page does not ask outside the scope, so no DENIED record at every visit")
                .noneSatisfy(access -> assertThat(access.categories()).contains("PROVISION"));
    }

    /** Registers a partner of two items on the registry page and returns its id. */
    private static long register(Browser officer, String name) throws SQLException {
        officer.open("/admin/partners?lang=en");
        assertThat(officer.heading()).isEqualTo(SAYS.get("partners.title"));
        officer.press(SAYS.get("partners.register"));
        assertThat(officer.messageFor(SAYS.get("partners.name"))).isNotBlank();
        assertThat(PROVISIONS.partnerNamed(name)).isEmpty();
        officer.type(SAYS.get("partners.name"), name);
        officer.type(SAYS.get("partners.purpose"), "Billing and payment.");
        officer.tick(SAYS.get("care.field.EMAIL"));
        officer.tick(SAYS.get("care.field.NAME"));
        officer.type(SAYS.get("partners.retention"), "Until the end of the contract.");
        officer.press(SAYS.get("partners.register"));
        assertThat(officer.pageText()).contains(MessageFormat.format(SAYS.get("partners.registered"), name));
        return PROVISIONS.partnerNamed(name).orElseThrow();
    }

    /** The partner's box on the sign-up page, found by the partner's name in its label. */
    private static WebElement partnerBox(Browser browser, String partner) {
        WebElement label = browser.driver()
                .findElement(By.xpath("//label[@for and contains(normalize-space(.), '" + partner + "')]"));
        return browser.driver().findElement(By.id(label.getAttribute("for")));
    }

    private static void provide(Browser officer, String partner, String memberIds) {
        officer.open("/admin/partners/provide?lang=en");
        officer.choose(SAYS.get("provide.partner"), partner);
        officer.type(SAYS.get("provide.memberIds"), memberIds);
        officer.press(SAYS.get("provide.submit"));
    }

    private static void recordLegal(Browser officer, String authority, long member, boolean mayBeTold) {
        officer.type(SAYS.get("legal.authority"), authority);
        officer.type(SAYS.get("legal.legalBasis"), "Criminal Procedure Act Article 215");
        officer.type(SAYS.get("legal.documentReference"), "Warrant 2026-" + UUID.randomUUID());
        officer.type(SAYS.get("legal.memberId"), String.valueOf(member));
        officer.tick(SAYS.get("care.field.EMAIL"));
        if (mayBeTold) {
            officer.tick(SAYS.get("legal.memberMayBeTold"));
        } else {
            officer.untick(SAYS.get("legal.memberMayBeTold"));
        }
        officer.press(SAYS.get("legal.submit"));
    }

    private static List<Access> provideRecordsNaming(long member) throws SQLException {
        return AUDIT_LOG.recordsNaming(member).stream()
                .filter(access -> access.task().equals("PROVIDE"))
                .toList();
    }
}
