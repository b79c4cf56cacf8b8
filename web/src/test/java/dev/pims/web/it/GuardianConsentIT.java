package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pims.audit.testing.AuditStore;
import dev.pims.consent.testing.ConsentStore;
import dev.pims.consent.testing.ConsentStore.RepresentativeAnswer;
import dev.pims.dormancy.DormancyNotices;
import dev.pims.dormancy.testing.DormancyNoticeStore;
import dev.pims.keyring.testing.KeyRingStore;
import dev.pims.mail.MailKind;
import dev.pims.mail.PublicUrl;
import dev.pims.mail.testing.MailOutboxStore;
import dev.pims.membership.CareOfLegalRepresentative;
import dev.pims.membership.CollectionNotice;
import dev.pims.membership.Masking;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.SeparatedStore;
import dev.pims.retention.RetentionOverview;
import dev.pims.shared.ConsentPurpose;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Children under 14 (policy §9, issue 17), on the real pages in English and Korean: the sign-up asks whether the person
 * is 14 or older and, if not, names the legal representative; the representative's mail lists exactly what is collected
 * and why, with a link to consent and one to refuse; the account waits until they consent; a refusal destroys the
 * sign-up at once; an unanswered request is destroyed seven days after the sign-up, not a day earlier; the
 * representative later views, corrects and withdraws for the child by a link sent to their own address; the child sees
 * the representative on the profile and in the download of their data (§5); and a dormant child's representative moves
 * with the child's data to the separated store and comes back with the restore (§4C).
 */
class GuardianConsentIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels("en");
    private static final Labels SAYS_KO = new Labels("ko");
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final ConsentStore CONSENTS = new ConsentStore(StoreConnections.operational());
    private static final AuditStore AUDIT = new AuditStore(StoreConnections.operational());
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final SeparatedStore SEPARATED = new SeparatedStore(StoreConnections.separated());
    private static final DormancyNoticeStore NOTICES = new DormancyNoticeStore(StoreConnections.operational());
    private static final MailOutboxStore OUTBOX = new MailOutboxStore(StoreConnections.operational());
    private static final KeyRingStore KEYS = KeyRingStore.ofTheTestServer(StoreConnections.operational());
    /** The test server keeps membership's default {@code pims.dormancy.after-days}: a year. */
    private static final int DORMANT_AFTER_DAYS = 365;

    private static final Pattern CONSENT_LINK = link("/guardian/consent");
    private static final Pattern REFUSE_LINK = link("/guardian/refuse");
    private static final Pattern CHILD_LINK = link("/guardian/child");
    private static final Pattern VERIFICATION_LINK = link("/verify");
    private static final Pattern RESTORE_LINK = link("/restore");

    private static Browser browser;

    @BeforeEach
    void stranger() throws Exception {
        if (browser == null) {
            browser = new Browser(base, MemberSteps.LANGUAGE);
        }
        browser.forgetSession();
        ServerControls.setSystemProperty(base, PublicUrl.PROPERTY, root());
    }

    @AfterEach
    void clockBack() throws Exception {
        ServerControls.moveClock(base, Duration.ZERO);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRepresentativeConsentsByTheMailedLinkAndTheChildLogsInThen() throws Exception {
        String handlerId = StaffSteps.newHandler("guardian-handler");
        String child = MemberSteps.newEmail("child-consented");
        String parent = MemberSteps.newEmail("parent-consenting");
        signUpAsAChild(SAYS, "en", child, "Young Member", parent);
        assertThat(browser.pageText()).contains(SAYS.get("signup.guardianAsked"));
        long memberId = MEMBERS.memberIdOf(child);
        assertThat(MEMBERS.representativeOf(memberId).orElseThrow())
                .isEqualTo(new MemberStore.Representative("Parent Person", parent, "PARENT", "en", false));

        MimeMessage request = mailTo(parent, CONSENT_LINK);
        String body = String.valueOf(request.getContent());
        assertThat(body).contains("Young Member", child);
        for (String line : CollectionNotice.lines(
                List.of(ConsentPurpose.TERMS_OF_USE, ConsentPurpose.PERSONAL_INFORMATION_COLLECTION), "en")) {
            assertThat(body).contains(line);
        }
        assertThat(body)
                .as("not ticked, not asked")
                .doesNotContain(CollectionNotice.lines(List.of(ConsentPurpose.MARKETING_EMAIL), "en")
                        .getFirst());
        assertThat(body).contains(root() + "/guardian/refuse?token=");

        openVerificationLink(child, SAYS);
        assertThat(MEMBERS.statusOf(memberId)).contains("PENDING_GUARDIAN_CONSENT");
        logIn(SAYS, "en", child);
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.pageText()).contains(SAYS.get("login.awaitsGuardian"));

        browser.forgetSession();
        String consentLink = pathOf(linkIn(request, CONSENT_LINK));
        browser.open(consentLink);
        assertThat(browser.pageText())
                .contains(SAYS.get("guardian.answer.intro"), "Young Member", child)
                .contains(CollectionNotice.lines(List.of(ConsentPurpose.TERMS_OF_USE), "en"));
        assertThat(MEMBERS.representativeOf(memberId).orElseThrow().consented())
                .as("opening the link changes nothing")
                .isFalse();
        browser.press(SAYS.get("guardian.consent.submit"));
        assertThat(browser.pageText()).contains(SAYS.get("guardian.consent.done"));

        assertThat(CONSENTS.representativeAnswersOf(memberId))
                .containsExactlyInAnyOrder(
                        new RepresentativeAnswer(
                                "TERMS_OF_USE",
                                "GIVEN",
                                "GUARDIAN_EMAIL_LINK",
                                "LEGAL_REPRESENTATIVE",
                                "Parent Person (PARENT)"),
                        new RepresentativeAnswer(
                                "PERSONAL_INFORMATION_COLLECTION",
                                "GIVEN",
                                "GUARDIAN_EMAIL_LINK",
                                "LEGAL_REPRESENTATIVE",
                                "Parent Person (PARENT)"));
        assertThat(MEMBERS.statusOf(memberId)).contains("ACTIVE");
        AUDIT.awaitSealed();
        assertThat(AUDIT.recordsNaming(memberId)).anySatisfy(access -> {
            assertThat(access.operation()).isEqualTo("DefaultGuardianService.consent");
            assertThat(access.actorId()).isEqualTo("anonymous");
            assertThat(access.detail()).isEqualTo(CareOfLegalRepresentative.DETAIL);
        });

        browser.open(consentLink);
        assertThat(browser.pageText())
                .as("answered once")
                .contains(SAYS.get("membership.refused.INVALID_GUARDIAN_LINK"));
        MemberSteps.logIn(browser, child, MemberSteps.PASSWORD);
        browser.open("/my/profile");
        assertThat(browser.textOf("held-representativeName")).isEqualTo("Parent Person");
        assertThat(browser.textOf("held-representativeEmail")).isEqualTo(parent);
        assertThat(browser.textOf("held-representativeRelationship"))
                .isEqualTo(SAYS.get("guardian.relationship.PARENT"));

        browser.follow(SAYS.get("nav.myData"));
        // The answer is a file, not a page: the button's page stays, so it is clicked rather than pressed.
        browser.driver().findElement(By.id("mydata:download")).click();
        Map<String, String> zip = MyDataIT.unzip(browser.downloadedBytes("pims-my-data.zip"));
        assertThat(zip.get("legal-representative.json"))
                .contains("\"name\":\"Parent Person\"", "\"email\":\"" + parent + "\"", "\"relationship\":\"PARENT\"");
        assertThat(zip.get("legal-representative.csv"))
                .startsWith("name,email,relationship,consentedAt\r\n")
                .contains("Parent Person," + parent + ",PARENT,");
        AUDIT.awaitSealed();
        assertThat(AUDIT.recordsNaming(memberId))
                .filteredOn(access -> access.task().equals("DOWNLOAD"))
                .singleElement()
                .satisfies(access -> assertThat(access.categories()).contains("LEGAL_REPRESENTATIVE"));

        browser.forgetSession();
        StaffSteps.logIn(browser, handlerId, StaffSteps.HANDLER_PASSWORD);
        browser.open("/admin/members/detail?id=" + memberId);
        assertThat(browser.textOf("care-GUARDIAN_NAME")).isEqualTo(Masking.name("Parent Person"));
        assertThat(browser.textOf("care-GUARDIAN_EMAIL")).isEqualTo(Masking.email(parent));
        assertThat(browser.textOf("care-GUARDIAN_RELATIONSHIP")).isEqualTo("PARENT");

        // The demo handler lacks the application form's scope, which a withdrawal moves.
        browser.forgetSession();
        String withdrawing = STAFF.createScopedStaff(
                "child-withdrawals",
                "Child-care-2026",
                Set.of("HANDLER"),
                Set.of("ACCOUNT", "BASIC_PROFILE", "OPTIONAL_SETTINGS", "APPLICATION_FORM"));
        StaffSteps.logIn(browser, withdrawing, "Child-care-2026");
        browser.open("/admin/members/detail?id=" + memberId);
        browser.choose(SAYS.get("care.withdraw.channel"), SAYS.get("care.channel.PHONE"));
        browser.type(SAYS.get("care.withdraw.reason"), "Call from the representative, identity checked");
        browser.press(SAYS.get("care.withdraw.submit"));
        assertThat(browser.pageText()).contains(SAYS.get("care.withdrawn"));
        assertThat(MEMBERS.representativeOf(memberId)).as("gone with the child").isEmpty();
        AUDIT.awaitSealed();
        assertThat(AUDIT.recordsNaming(memberId))
                .filteredOn(access -> access.task().equals("DELETE"))
                .singleElement()
                .satisfies(access -> assertThat(access.categories()).contains("LEGAL_REPRESENTATIVE"));
        browser.forgetSession();
    }

    @Test
    void aRefusalInKoreanDestroysTheSignUpAtOnceAndTheChildCannotLogIn() throws Exception {
        String child = MemberSteps.newEmail("child-refused");
        String guardian = MemberSteps.newEmail("guardian-refusing");
        signUpAsAChild(SAYS_KO, "ko", child, "어린이", guardian);
        long memberId = MEMBERS.memberIdOf(child);
        openVerificationLink(child, SAYS_KO);

        MimeMessage request = mailTo(guardian, REFUSE_LINK);
        ResourceBundle mails = ResourceBundle.getBundle("dev.pims.membership.mail", Locale.KOREAN);
        assertThat(request.getSubject()).isEqualTo(mails.getString("guardianConsent.subject"));
        assertThat(String.valueOf(request.getContent()))
                .contains(CollectionNotice.lines(
                                List.of(ConsentPurpose.TERMS_OF_USE, ConsentPurpose.PERSONAL_INFORMATION_COLLECTION),
                                "ko")
                        .toArray(String[]::new));

        browser.forgetSession();
        browser.open(pathOf(linkIn(request, REFUSE_LINK)));
        assertThat(browser.pageText()).contains(SAYS_KO.get("guardian.answer.intro"), "어린이");
        browser.press(SAYS_KO.get("guardian.refuse.submit"));
        assertThat(browser.pageText()).contains(SAYS_KO.get("guardian.refuse.done"));

        assertThat(MEMBERS.memberIdOf(child)).as("the pending account is gone").isNull();
        assertThat(MEMBERS.categoryRowsOf(memberId)).isZero();
        assertThat(MEMBERS.representativeCount(guardian)).isZero();
        assertThat(CONSENTS.representativeAnswersOf(memberId))
                .as("the refusal is recorded without the representative's name")
                .extracting(RepresentativeAnswer::action, RepresentativeAnswer::representative)
                .containsOnly(tuple("REFUSED", "PARENT"))
                .hasSize(2);

        browser.open("/login?lang=ko");
        browser.type(SAYS_KO.get("field.email"), child);
        browser.type(SAYS_KO.get("field.password"), MemberSteps.PASSWORD);
        browser.press(SAYS_KO.get("login.submit"));
        assertThat(browser.pageText()).contains(SAYS_KO.get("login.failed"));
        browser.open(pathOf(linkIn(request, CONSENT_LINK)));
        assertThat(browser.pageText()).contains(SAYS_KO.get("membership.refused.INVALID_GUARDIAN_LINK"));
    }

    @Test
    void anUnansweredRequestIsDestroyedSevenDaysAfterTheSignUpAndNotADayEarlier() throws Exception {
        String due = MemberSteps.newEmail("child-unanswered");
        String dueGuardian = MemberSteps.newEmail("guardian-silent");
        signUpAsAChild(SAYS, "en", due, "Waiting Child", dueGuardian);
        openVerificationLink(due, SAYS);
        long dueId = MEMBERS.memberIdOf(due);
        ServerControls.moveClock(base, Duration.ofDays(6));
        browser.forgetSession();
        String kept = MemberSteps.newEmail("child-recent");
        String keptGuardian = MemberSteps.newEmail("guardian-recent");
        signUpAsAChild(SAYS, "en", kept, "Recent Child", keptGuardian);

        ServerControls.moveClock(base, Duration.ofDays(7).minusHours(1));
        assertThat(ServerControls.runJob(base, RetentionOverview.ENGINE_JOB)).startsWith("SUCCEEDED");
        assertThat(MEMBERS.memberIdOf(due)).as("a day short of seven").isNotNull();

        ServerControls.moveClock(base, Duration.ofDays(7).plusHours(1));
        assertThat(ServerControls.runJob(base, RetentionOverview.ENGINE_JOB)).startsWith("SUCCEEDED");

        assertThat(MEMBERS.memberIdOf(due)).as("7 days and an hour after").isNull();
        assertThat(MEMBERS.representativeCount(dueGuardian)).isZero();
        assertThat(MEMBERS.categoryRowsOf(dueId)).isZero();
        assertThat(MEMBERS.memberIdOf(kept)).as("a day and an hour after").isNotNull();
        assertThat(MEMBERS.representativeCount(keptGuardian)).isEqualTo(1);
        browser.open(pathOf(linkIn(mailTo(dueGuardian, CONSENT_LINK), CONSENT_LINK)));
        assertThat(browser.pageText()).contains(SAYS.get("membership.refused.INVALID_GUARDIAN_LINK"));
    }

    @Test
    void theRepresentativeAsksForALinkViewsCorrectsAndWithdrawsForTheChild() throws Exception {
        String child = MemberSteps.newEmail("child-cared");
        String parent = MemberSteps.newEmail("parent-caring");
        signUpAsAChild(SAYS, "en", child, "Cared Child", parent);
        long memberId = MEMBERS.memberIdOf(child);
        openVerificationLink(child, SAYS);
        browser.forgetSession();
        browser.open(pathOf(linkIn(mailTo(parent, CONSENT_LINK), CONSENT_LINK)));
        browser.press(SAYS.get("guardian.consent.submit"));

        browser.forgetSession();
        askForAccess(MemberSteps.newEmail("nobody-s-parent"));
        String sameAnswer = browser.pageText();
        askForAccess(parent);
        assertThat(browser.pageText()).as("the same answer for any address").isEqualTo(sameAnswer);
        assertThat(sameAnswer).contains(SAYS.get("guardian.access.sent"));

        browser.open(pathOf(linkIn(mailTo(parent, CHILD_LINK), CHILD_LINK)));
        assertThat(browser.pageText()).contains(SAYS.get("guardian.child.held"), child, "Cared Child", "Data Platform");

        browser.type(SAYS.get("field.department"), "Homework Club");
        browser.press(SAYS.get("guardian.child.save"));
        assertThat(browser.pageText()).contains(SAYS.get("guardian.child.saved"), "Homework Club");
        assertThat(MEMBERS.profileOf(memberId).orElseThrow().department()).isEqualTo("Homework Club");

        browser.press(SAYS.get("guardian.child.withdraw.confirm"));
        assertThat(browser.pageText()).contains(SAYS.get("guardian.child.withdrawn"));
        assertThat(MEMBERS.memberIdOf(child)).isNull();
        assertThat(MEMBERS.representativeCount(parent))
                .as("nothing of the guardian left")
                .isZero();
        assertThat(MEMBERS.withdrawalChannelsOf(memberId)).containsExactly("LEGAL_REPRESENTATIVE");
        assertThat(SEPARATED.separatedOf(memberId)).isPresent();

        AUDIT.awaitSealed();
        assertThat(AUDIT.recordsNaming(memberId))
                .filteredOn(access -> CareOfLegalRepresentative.DETAIL.equals(access.detail()))
                .extracting(AuditStore.Access::task)
                .contains("VIEW", "MODIFY", "DELETE")
                .allSatisfy(
                        task -> assertThat(Set.of("VIEW", "MODIFY", "DELETE")).contains(task));
    }

    @Test
    void aDormantChildsRepresentativeMovesWithTheChildAndComesBackWithTheRestore() throws Exception {
        String child = MemberSteps.newEmail("child-dormant");
        String parent = MemberSteps.newEmail("parent-of-dormant");
        signUpAsAChild(SAYS, "en", child, "Sleeping Child", parent);
        long memberId = MEMBERS.memberIdOf(child);
        openVerificationLink(child, SAYS);
        browser.forgetSession();
        browser.open(pathOf(linkIn(mailTo(parent, CONSENT_LINK), CONSENT_LINK)));
        browser.press(SAYS.get("guardian.consent.submit"));
        assertThat(MEMBERS.statusOf(memberId)).contains("ACTIVE");
        MemberStore.Representative consented =
                new MemberStore.Representative("Parent Person", parent, "PARENT", "en", true);
        assertThat(MEMBERS.representativeOf(memberId)).contains(consented);

        browser.forgetSession();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        LocalDateTime idleSince = now.minusDays(DORMANT_AFTER_DAYS + 5);
        MEMBERS.setLastActiveAt(memberId, idleSince);
        NOTICES.insertNotice(memberId, idleSince, now.minusHours(1), child);
        assertThat(ServerControls.runJob(base, DormancyNotices.SEPARATION_JOB)).startsWith("SUCCEEDED");

        assertThat(MEMBERS.statusOf(memberId)).contains("DORMANT");
        assertThat(MEMBERS.representativeOf(memberId))
                .as("the operational store keeps only the stub")
                .isEmpty();
        assertThat(MEMBERS.representativeCount(parent)).isZero();
        assertThat(SEPARATED.dormantOf(memberId)).hasValueSatisfying(dormant -> {
            assertThat(dormant.dataAsStored()).doesNotContain(parent, "Parent Person");
            assertThat(dormant.personalData(KEYS))
                    .contains("\"legalRepresentative\"", "Parent Person", parent, "PARENT");
        });
        askForAccess(parent);
        assertThat(OUTBOX.mailsTo(parent))
                .as("nobody to act for while the child is dormant")
                .noneMatch(mail -> mail.kind().equals(MailKind.GUARDIAN_ACCESS_LINK.name()));

        logIn(SAYS, "en", child);
        assertThat(browser.pageText()).contains(SAYS.get("login.dormant"));
        browser.open(pathOf(linkIn(mailTo(child, RESTORE_LINK), RESTORE_LINK)));
        assertThat(browser.pageText()).contains(SAYS.get("restore.done"));
        assertThat(MEMBERS.statusOf(memberId)).contains("ACTIVE");
        assertThat(MEMBERS.representativeOf(memberId)).as("back with the child").contains(consented);
        assertThat(SEPARATED.dormantOf(memberId)).isEmpty();

        browser.forgetSession();
        askForAccess(parent);
        browser.open(pathOf(linkIn(mailTo(parent, CHILD_LINK), CHILD_LINK)));
        assertThat(browser.pageText()).contains(SAYS.get("guardian.child.held"), child, "Sleeping Child");

        AUDIT.awaitSealed();
        assertThat(AUDIT.recordsNaming(memberId))
                .filteredOn(access -> Set.of("SEPARATE", "RESTORE").contains(access.task()))
                .extracting(AuditStore.Access::task)
                .containsExactlyInAnyOrder("SEPARATE", "RESTORE");
        assertThat(AUDIT.recordsNaming(memberId))
                .filteredOn(access -> Set.of("SEPARATE", "RESTORE").contains(access.task()))
                .allSatisfy(access -> assertThat(access.categories()).contains("LEGAL_REPRESENTATIVE"));
    }

    /** Signs up on the page of this language as a child under 14, naming a parent as the legal representative. */
    private void signUpAsAChild(Labels says, String language, String email, String name, String guardianEmail) {
        browser.open("/signup?lang=" + language);
        browser.type(says.get("field.email"), email);
        browser.type(says.get("field.password"), MemberSteps.PASSWORD);
        browser.type(says.get("field.passwordAgain"), MemberSteps.PASSWORD);
        browser.type(says.get("field.name"), name);
        browser.type(says.get("field.mobilePhone"), "010-3456-7890");
        browser.type(says.get("field.department"), "Data Platform");
        browser.pick(says.get("signup.age.no"));
        browser.type(says.get("signup.guardian.name"), "Parent Person");
        browser.type(says.get("signup.guardian.email"), guardianEmail);
        browser.choose(says.get("signup.guardian.relationship"), says.get("guardian.relationship.PARENT"));
        browser.tick(says.get("consent.TERMS_OF_USE") + " " + says.get("consent.required"));
        browser.tick(says.get("consent.PERSONAL_INFORMATION_COLLECTION") + " " + says.get("consent.required"));
        browser.press(says.get("signup.submit"));
        assertThat(browser.pageText()).contains(says.get("signup.checkMail"));
    }

    private void openVerificationLink(String email, Labels says) throws Exception {
        browser.open(pathOf(linkIn(mailTo(email, VERIFICATION_LINK), VERIFICATION_LINK)));
        assertThat(browser.pageText()).contains(says.get("verify.done"));
    }

    private static void logIn(Labels says, String language, String email) {
        browser.open("/login?lang=" + language);
        browser.type(says.get("field.email"), email);
        browser.type(says.get("field.password"), MemberSteps.PASSWORD);
        browser.press(says.get("login.submit"));
    }

    private static void askForAccess(String email) {
        browser.open("/guardian/access?lang=en");
        browser.type(SAYS.get("guardian.access.email"), email);
        browser.press(SAYS.get("guardian.access.submit"));
    }

    /** This server's address, as the public address that tests configure. */
    private String root() {
        return base.toExternalForm().replaceAll("/+$", "");
    }

    private static Pattern link(String page) {
        return Pattern.compile("https?://\\S+" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_%-]+(&lang=[a-z]+)?");
    }

    private static String pathOf(String link) {
        return link.replaceFirst("https?://[^/]+", "");
    }

    private static String linkIn(MimeMessage mail, Pattern kind) throws Exception {
        Matcher link = kind.matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).as("a link " + kind).isTrue();
        return link.group();
    }

    /** The latest mail GreenMail caught for this address holding a link of this kind, waiting for it a little. */
    private static MimeMessage mailTo(String email, Pattern kind) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage found = null;
            for (MimeMessage message : MAIL.getReceivedMessagesForDomain(email)) {
                if (kind.matcher(String.valueOf(message.getContent())).find()) {
                    found = message;
                }
            }
            if (found != null) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail with a link " + kind + " reached " + email);
    }
}
