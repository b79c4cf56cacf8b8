package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.mail.MailOutbox;
import dev.pims.membership.testing.MemberStore;
import dev.pims.notices.TransferNotices;
import dev.pims.notices.testing.TransferNoticeStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The notice board and business transfers (policy §13, §10): the privacy officer records a transfer at least 30 days
 * ahead at {@code /admin/transfers}; it is on {@code /notices} at once, in Korean and English, and the job
 * {@value TransferNotices#MAIL_JOB} mails it once to every active member, in the member's language, with a delivery
 * record per member. A member's pages show a banner while an announcement they have not seen is current.
 */
class NoticeBoardIT extends PimsInBrowserTest {

    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final TransferNoticeStore TRANSFERS = new TransferNoticeStore(StoreConnections.operational());
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final String AUDITOR_PASSWORD = "Transfer-audit-2026";
    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final Labels SAYS_KO = new Labels("ko");
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(20);
    private static final String CHUNK_SIZE = "pims.notices.chunk-size";

    /** The transferees of the transfers this test recorded. */
    private final List<String> recorded = new ArrayList<>();

    /**
     * A transfer stays ahead for weeks, and its daily run would mail the members of every later test: once no run of
     * the job is going (a run of it now waits for the one a recording started), the test's transfers are deleted.
     */
    @AfterEach
    void deleteTheTransfersOfThisTest() throws Exception {
        if (!recorded.isEmpty()) {
            assertThat(ServerControls.runJob(base, TransferNotices.MAIL_JOB)).startsWith("SUCCEEDED");
            for (String transferee : recorded) {
                TRANSFERS.deleteTransfer(transferee);
            }
        }
    }

    @Test
    void aTransferIsRecordedThirtyDaysAheadShownInBothLanguagesAndMailedToEveryActiveMemberOnce() throws Exception {
        String officerId = StaffSteps.newOfficer("notice-board-officer");
        String englishEmail = MemberSteps.newEmail("transfer-en");
        String koreanEmail = MemberSteps.newEmail("transfer-ko");
        String pendingEmail = MemberSteps.newEmail("transfer-pending");
        long english = MEMBERS.insertVerifiedMember(englishEmail, "Transfer Kim", "010-3456-7890");
        long korean = MEMBERS.insertVerifiedMember(koreanEmail, "이전 박", "010-4567-8901");
        MEMBERS.setLanguage(korean, "ko");
        try (Browser signUp = new Browser(base, MemberSteps.LANGUAGE)) {
            MemberSteps.openFilledSignUpForm(signUp, pendingEmail, "Pending Lee");
            MemberSteps.submitSignUp(signUp);
        }
        long pending = MEMBERS.memberIdOf(pendingEmail);
        assertThat(MEMBERS.statusOf(pending)).contains("PENDING_VERIFICATION");

        String transferee = "Hanbit Vision " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate transferOn = today.plusDays(40);
        // Two members a chunk, so that the run goes through several chunks.
        ServerControls.setSystemProperty(base, CHUNK_SIZE, "2");
        try {
            try (Browser officer = new Browser(base, MemberSteps.LANGUAGE)) {
                StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
                officer.open("/admin/transfers?lang=en");
                assertThat(officer.heading()).isEqualTo(SAYS.get("transfers.title"));
                fill(officer, transferee, today.plusDays(10));
                officer.press(SAYS.get("transfers.recordButton"));
                assertThat(officer.messageFor(SAYS.get("field.transferOn")))
                        .as("less than 30 days ahead")
                        .isEqualTo(MessageFormat.format(
                                SAYS.get("transfers.tooSoon"),
                                today.plusDays(30).toString()));
                assertThat(TRANSFERS.transferIdOf(transferee))
                        .as("nothing recorded")
                        .isEmpty();

                fill(officer, transferee, transferOn);
                recorded.add(transferee);
                officer.press(SAYS.get("transfers.recordButton"));
                assertThat(officer.pageText()).contains(SAYS.get("transfers.recorded"));
                assertThat(officer.textOf("transfers:list")).contains(transferee, transferOn.toString());
            }
            long transfer = TRANSFERS.transferIdOf(transferee).orElseThrow();

            assertThat(ServerControls.runJob(base, TransferNotices.MAIL_JOB)).startsWith("SUCCEEDED");
            assertThat(ServerControls.runJob(base, TransferNotices.MAIL_JOB))
                    .as("a second run finds everyone mailed")
                    .startsWith("SUCCEEDED 0 transfer notices queued");
            assertThat(TRANSFERS.membersMailedAbout(transfer))
                    .as("every active member, each once")
                    .containsExactlyElementsOf(MEMBERS.activeMemberIds())
                    .contains(english, korean)
                    .doesNotContain(pending);
        } finally {
            ServerControls.clearSystemProperty(base, CHUNK_SIZE);
        }

        assertThat(ServerControls.runJob(base, MailOutbox.SWEEP_JOB)).startsWith("SUCCEEDED");
        MimeMessage inEnglish = theOneTransferMail(englishEmail, Locale.ENGLISH, transferee, transferOn);
        assertThat(String.valueOf(inEnglish.getContent()))
                .contains("Member accounts and profiles", "/notices?lang=en", "/my/withdraw?lang=en");
        MimeMessage inKorean = theOneTransferMail(koreanEmail, Locale.KOREAN, transferee, transferOn);
        assertThat(String.valueOf(inKorean.getContent())).contains("회원 계정과 프로필", "/my/withdraw?lang=ko");
        String englishSubject = MessageFormat.format(
                TransferNoticeStore.transferText("transfer.subject", Locale.ENGLISH),
                transferee,
                transferOn.toString());
        assertThat(withSubject(pendingEmail, englishSubject))
                .as("a sign-up not verified is no member yet")
                .isEmpty();

        try (Browser anyone = new Browser(base, MemberSteps.LANGUAGE)) {
            anyone.open("/notices?lang=en");
            assertThat(anyone.heading()).isEqualTo(SAYS.get("notices.title"));
            assertThat(anyone.pageText())
                    .contains(MessageFormat.format(SAYS.get("notices.transfer.heading"), transferee))
                    .contains(
                            transferOn.toString(),
                            "Member accounts and profiles",
                            SAYS.get("notices.transfer.withdrawLink"));
            anyone.open("/notices?lang=ko");
            assertThat(anyone.heading()).isEqualTo(SAYS_KO.get("notices.title"));
            assertThat(anyone.pageText())
                    .contains(MessageFormat.format(SAYS_KO.get("notices.transfer.heading"), transferee))
                    .contains("회원 계정과 프로필", SAYS_KO.get("notices.transfer.withdrawLink"));
        }
    }

    @Test
    void aMemberSeesTheBannerUntilTheyOpenTheNoticesAndAgainForANewOne() throws Exception {
        String email = MemberSteps.newEmail("banner");
        try (Browser member = new Browser(base, MemberSteps.LANGUAGE)) {
            MemberSteps.join(member, MAIL, email, "Banner Choi");
            recordTransfer("Banner Partners " + UUID.randomUUID().toString().substring(0, 8));
            MemberSteps.logIn(member, email, MemberSteps.PASSWORD);
            assertThat(member.textOf("notice-banner")).contains(SAYS.get("notices.banner"));

            member.follow(SAYS.get("notices.banner.link"));
            assertThat(member.path()).startsWith("/notices");
            member.open("/my/profile?lang=en");
            assertThat(member.driver().findElements(By.id("notice-banner")))
                    .as("seen")
                    .isEmpty();

            recordTransfer("Banner Holdings " + UUID.randomUUID().toString().substring(0, 8));
            member.open("/my/visits?lang=en");
            assertThat(member.textOf("notice-banner"))
                    .as("a new announcement since")
                    .contains(SAYS.get("notices.banner"));
        }
    }

    @Test
    void anAuditorReadsTheTransfersWithoutRecordingAndAHandlerMayNotOpenThem() throws Exception {
        String handlerId = StaffSteps.newHandler("notice-board-handler");
        // An auditor of this test's own: StaffAuthenticationIT changes the demo auditor's password.
        String auditorId = STAFF.createScopedStaff("transfer-auditor", AUDITOR_PASSWORD, Set.of("AUDITOR"), Set.of());
        try (Browser auditor = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(auditor, auditorId, AUDITOR_PASSWORD);
            auditor.open("/admin/transfers?lang=en");
            assertThat(auditor.heading()).isEqualTo(SAYS.get("transfers.title"));
            assertThat(auditor.driver().findElements(By.id("transfers:record"))).isEmpty();
            assertThat(auditor.driver().findElements(By.id("transfers:mail-now")))
                    .isEmpty();
            assertThat(auditor.textOf("transfers:read-only")).isEqualTo(SAYS.get("transfers.run.officerOnly"));
        }
        try (Browser handler = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(handler, handlerId, StaffSteps.HANDLER_PASSWORD);
            handler.open("/admin/transfers?lang=en");
            assertThat(handler.pageText()).contains(SAYS.get("error.forbidden.text"));
            assertThat(handler.driver().findElements(By.id("transfers"))).isEmpty();
        }
    }

    /** The officer records a transfer 35 days ahead, in a browser of their own. */
    private void recordTransfer(String transferee) throws Exception {
        String officerId = StaffSteps.newOfficer("notice-board-officer");
        try (Browser officer = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            officer.open("/admin/transfers?lang=en");
            fill(officer, transferee, LocalDate.now(ZoneOffset.UTC).plusDays(35));
            recorded.add(transferee);
            officer.press(SAYS.get("transfers.recordButton"));
            assertThat(officer.pageText()).contains(SAYS.get("transfers.recorded"));
        }
    }

    private static void fill(Browser officer, String transferee, LocalDate transferOn) {
        officer.type(SAYS.get("field.transferee"), transferee);
        officer.type(SAYS.get("field.transferContact"), "privacy@hanbit-vision.example, 02-555-0199");
        officer.type(SAYS.get("field.transferOn"), transferOn.toString());
        officer.type(SAYS.get("field.transferPassesKo"), "회원 계정과 프로필");
        officer.type(SAYS.get("field.transferPassesEn"), "Member accounts and profiles");
    }

    /** The member's one mail about this transfer, waited for a little, known by its whole subject in the language. */
    private static MimeMessage theOneTransferMail(
            String email, Locale language, String transferee, LocalDate transferOn) throws Exception {
        String subject = MessageFormat.format(
                TransferNoticeStore.transferText("transfer.subject", language), transferee, transferOn.toString());
        long deadline = System.nanoTime() + MAIL_PATIENCE.toNanos();
        List<MimeMessage> found = withSubject(email, subject);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = withSubject(email, subject);
        }
        // A moment more, so that a second copy would have arrived too.
        Thread.sleep(500);
        found = withSubject(email, subject);
        assertThat(found).as("transfer mails to " + email).hasSize(1);
        return found.getFirst();
    }

    private static List<MimeMessage> withSubject(String email, String subject) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessagesForDomain(email)) {
            if (subject.equals(message.getSubject())) {
                found.add(message);
            }
        }
        return found;
    }
}
