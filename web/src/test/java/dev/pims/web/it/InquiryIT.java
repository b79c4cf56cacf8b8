package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.inquiry.testing.InquiryStore;
import dev.pims.inquiry.testing.InquiryStore.StoredCase;
import dev.pims.mail.MailKind;
import dev.pims.mail.testing.MailOutboxStore;
import dev.pims.retention.RetentionOverview;
import dev.pims.retention.testing.DestructionLedgerStore;
import dev.pims.store.testing.StoreConnections;
import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Inquiries and complaints to the privacy officer (policy §12): anyone writes through the public form {@code /inquiry},
 * a member through {@code /my/inquiries} (the reply address filled in with the member's own); the privacy officer works
 * the queue {@code /admin/inquiries}: opens a case (an access record of its own), assigns it, replies (the mail arrives
 * at the reply address, in the language the inquiry was written in) and closes it. A member sees only their own cases;
 * neither a member nor a handler without the scope INQUIRY opens the queue; a handler granted it answers and closes the
 * case assigned to them and opens no other. A case closed more than three years ago is destroyed by the retention
 * engine with its replies; one closed less long ago is kept.
 */
class InquiryIT extends PimsInBrowserTest {

    private static final InquiryStore INQUIRIES = new InquiryStore(StoreConnections.operational());
    private static final MailOutboxStore OUTBOX = new MailOutboxStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final DestructionLedgerStore DESTRUCTIONS =
            new DestructionLedgerStore(StoreConnections.operational());
    private static final Labels SAYS = new Labels("en");
    private static final Labels SAYS_KO = new Labels("ko");
    /** How long a queued mail may take to reach GreenMail. */
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(20);

    @Test
    void anyoneWritesThroughThePublicFormAndTheOfficerAssignsRepliesByMailAndCloses() throws Exception {
        String officerId = StaffSteps.newOfficer("inquiry-officer");
        String subject = unique("Public inquiry");
        String replyTo = MemberSteps.newEmail("inquiry-public");
        try (Browser visitor = new Browser(base, "en")) {
            visitor.open("/inquiry?lang=en");
            visitor.press(SAYS.get("inquiry.submit"));
            assertThat(visitor.messageFor(SAYS.get("field.inquirySubject")))
                    .isEqualTo(SAYS.validation("pims.inquiry.subject.required"));
            assertThat(visitor.messageFor(SAYS.get("field.inquiryText")))
                    .isEqualTo(SAYS.validation("pims.inquiry.text.required"));
            assertThat(visitor.messageFor(SAYS.get("field.replyTo")))
                    .isEqualTo(SAYS.validation("pims.inquiry.replyTo.required"));

            visitor.type(SAYS.get("field.inquirySubject"), subject);
            visitor.type(SAYS.get("field.inquiryText"), "Which of my data do you hold?\nPlease tell me.");
            visitor.type(SAYS.get("field.replyTo"), "not an address");
            visitor.skipBrowserChecks();
            visitor.press(SAYS.get("inquiry.submit"));
            assertThat(visitor.messageFor(SAYS.get("field.replyTo"))).isEqualTo(SAYS.validation("pims.field.email"));
            assertThat(INQUIRIES.casesWithSubject(subject))
                    .as("nothing kept of a refused form")
                    .isEmpty();

            visitor.type(SAYS.get("field.replyTo"), replyTo);
            visitor.type(SAYS.get("field.inquiryName"), "Visitor Park");
            visitor.press(SAYS.get("inquiry.submit"));
            StoredCase sent = INQUIRIES.caseWithSubject(subject).orElseThrow();
            assertThat(visitor.textOf("inquiry-sent"))
                    .isEqualTo(MessageFormat.format(SAYS.get("inquiry.sent"), String.valueOf(sent.id())));
            assertThat(sent.memberId()).as("the public form names no member").isNull();
            assertThat(sent.replyTo()).isEqualTo(replyTo);
            assertThat(sent.language()).isEqualTo("en");
            assertThat(sent.state()).isEqualTo("RECEIVED");
        }

        long id = INQUIRIES.caseWithSubject(subject).orElseThrow().id();
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            officer.driver().findElement(By.id("nav-inquiries")).click();
            new WebDriverWait(officer.driver(), Duration.ofSeconds(15))
                    .until(page -> officer.path().startsWith("/admin/inquiries"));
            assertThat(officer.heading()).isEqualTo(SAYS.get("inquiry.queue.title"));
            assertThat(officer.pageText())
                    .as("the queue masks the reply address")
                    .contains(subject, replyTo.charAt(0) + "***@example.com")
                    .doesNotContain(replyTo);

            long viewsBefore = inquiryRecordsOf("staff:" + officerId, "VIEW");
            openCase(officer, id);
            assertThat(officer.textOf("case-reply-to")).isEqualTo(replyTo);
            assertThat(officer.textOf("sender-name")).isEqualTo("Visitor Park");
            assertThat(officer.textOf("case-state")).isEqualTo(SAYS.get("inquiry.state.RECEIVED"));
            assertThat(inquiryRecordsOf("staff:" + officerId, "VIEW"))
                    .as("opening the case is an access record of its own")
                    .isEqualTo(viewsBefore + 1);

            assign(officer, StaffSteps.HANDLER);
            assertThat(INQUIRIES.caseWithSubject(subject).orElseThrow().state()).isEqualTo("ASSIGNED");

            officer.press(SAYS.get("inquiry.reply.submit"));
            assertThat(officer.messageFor(SAYS.get("field.replyText")))
                    .isEqualTo(SAYS.validation("pims.inquiry.reply.required"));
            String reply = "We hold your e-mail address only. " + subject;
            officer.type(SAYS.get("field.replyText"), reply);
            officer.press(SAYS.get("inquiry.reply.submit"));
            assertThat(officer.pageText()).contains(SAYS.get("inquiry.replied"), reply);
            assertThat(officer.textOf("case-state")).isEqualTo(SAYS.get("inquiry.state.ANSWERED"));

            MimeMessage mail = mailTo(replyTo);
            assertThat(mail.getSubject()).isEqualTo("[PIMS] Reply to your inquiry no. " + id + ": " + subject);
            assertThat(String.valueOf(mail.getContent())).contains(reply);
            assertThat(OUTBOX.mailsTo(replyTo))
                    .singleElement()
                    .satisfies(queued -> assertThat(queued.kind()).isEqualTo(MailKind.INQUIRY_REPLY.name()));
            assertThat(INQUIRIES.repliesTo(id)).singleElement().satisfies(kept -> {
                assertThat(kept.sentBy()).isEqualTo(officerId);
                assertThat(kept.text()).isEqualTo(reply);
                assertThat(kept.mailId())
                        .isEqualTo(OUTBOX.mailsTo(replyTo).get(0).id());
            });

            close(officer);
            StoredCase closed = INQUIRIES.caseWithSubject(subject).orElseThrow();
            assertThat(closed.state()).isEqualTo("CLOSED");
            assertThat(closed.closedAt()).isNotNull();
            assertThat(officer.driver().findElements(By.id("reply")))
                    .as("a closed case takes no reply")
                    .isEmpty();
            assertThat(inquiryRecordsOf("staff:" + officerId, "MODIFY")).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aMemberWritesFromMyInquiriesInKoreanAndReadsTheReplyThereInBothLanguages() throws Exception {
        String officerId = StaffSteps.newOfficer("inquiry-officer");
        String email = MemberSteps.newEmail("inquiry-member");
        String subject = unique("내 정보 문의");
        long id;
        try (Browser member = new Browser(base, MemberSteps.LANGUAGE)) {
            long memberId = MemberSteps.join(member, MAIL, email, "Asking Kim");
            MemberSteps.logIn(member, email, MemberSteps.PASSWORD);
            member.open("/my/inquiries?lang=ko");
            assertThat(member.heading()).isEqualTo(SAYS_KO.get("inquiry.mine.title"));
            assertThat(member.textOf("no-inquiries")).isEqualTo(SAYS_KO.get("inquiry.mine.none"));
            assertThat(member.field(SAYS_KO.get("field.replyTo")).getAttribute("value"))
                    .as("the reply address starts as the member's own")
                    .isEqualTo(email);

            member.press(SAYS_KO.get("inquiry.submit"));
            assertThat(member.messageFor(SAYS_KO.get("field.inquirySubject")))
                    .isEqualTo(SAYS_KO.validation("pims.inquiry.subject.required"));
            assertThat(member.messageFor(SAYS_KO.get("field.inquiryText")))
                    .isEqualTo(SAYS_KO.validation("pims.inquiry.text.required"));

            member.type(SAYS_KO.get("field.inquirySubject"), subject);
            member.type(SAYS_KO.get("field.inquiryText"), "제 개인정보를 어디에 이용하시는지 알려 주세요.");
            member.press(SAYS_KO.get("inquiry.submit"));
            StoredCase sent = INQUIRIES.caseWithSubject(subject).orElseThrow();
            id = sent.id();
            assertThat(sent.memberId()).isEqualTo(memberId);
            assertThat(sent.language()).isEqualTo("ko");
            assertThat(sent.replyTo()).isEqualTo(email);
            assertThat(member.pageText())
                    .contains(new MessageFormat(SAYS_KO.get("inquiry.sent"), Locale.KOREAN)
                            .format(new Object[] {String.valueOf(id)}));
            assertThat(member.textOf("case-" + id + "-state")).isEqualTo(SAYS_KO.get("inquiry.state.RECEIVED"));
            assertThat(member.textOf("case-" + id + "-no-reply")).isEqualTo(SAYS_KO.get("inquiry.replies.none"));
            assertThat(AUDIT_LOG.recordsNaming(memberId))
                    .as("the member's own read and input are access records naming the member")
                    .anySatisfy(record -> {
                        assertThat(record.task()).isEqualTo("INPUT");
                        assertThat(record.categories()).contains("INQUIRY");
                    });
        }

        String reply = "회원님의 이메일 주소와 프로필만 보관합니다. " + UUID.randomUUID();
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            openCase(officer, id);
            officer.type(SAYS.get("field.replyText"), reply);
            officer.press(SAYS.get("inquiry.reply.submit"));
            close(officer);
        }
        MimeMessage mail = mailTo(email, "[PIMS] 문의 " + id + "번에 대한 답변");
        assertThat(mail.getSubject()).isEqualTo("[PIMS] 문의 " + id + "번에 대한 답변: " + subject);
        assertThat(String.valueOf(mail.getContent())).contains(reply, "개인정보 보호책임자");

        try (Browser member = new Browser(base, MemberSteps.LANGUAGE)) {
            MemberSteps.logIn(member, email, MemberSteps.PASSWORD);
            member.open("/my/inquiries?lang=ko");
            assertThat(member.textOf("case-" + id + "-state")).isEqualTo(SAYS_KO.get("inquiry.state.CLOSED"));
            assertThat(member.textOf("case-" + id + "-reply-0")).contains(reply);
            member.open("/my/inquiries?lang=en");
            assertThat(member.heading()).isEqualTo(SAYS.get("inquiry.mine.title"));
            assertThat(member.textOf("case-" + id + "-state")).isEqualTo(SAYS.get("inquiry.state.CLOSED"));
            assertThat(member.textOf("case-" + id + "-reply-0")).contains(reply);
            member.open("/my/profile?lang=en");
            member.driver().findElement(By.id("nav-inquiries")).click();
            new WebDriverWait(member.driver(), Duration.ofSeconds(15))
                    .until(page -> member.path().startsWith("/my/inquiries"));
        }
    }

    /**
     * The refusals. To see this test fail without the refusing code: drop the {@code inquiries} security constraint of
     * web.xml and the {@code roles} of {@code DefaultInquiryQueue} (the handler then reads the queue), or make
     * {@code DefaultMyInquiries.viewMine} read every case (the other member's subject appears).
     */
    @Test
    void aMemberSeesOnlyTheirOwnInquiriesAndNeitherAMemberNorAHandlerWithoutTheScopeOpensTheQueue() throws Exception {
        String handlerId = StaffSteps.newHandlerWithout("inquiry-handler", "INQUIRY");
        String ownerEmail = MemberSteps.newEmail("inquiry-owner");
        String otherEmail = MemberSteps.newEmail("inquiry-other");
        String subject = unique("Only mine");
        long id;
        try (Browser owner = new Browser(base, MemberSteps.LANGUAGE)) {
            MemberSteps.join(owner, MAIL, ownerEmail, "Owning Lee");
            MemberSteps.logIn(owner, ownerEmail, MemberSteps.PASSWORD);
            owner.open("/my/inquiries?lang=en");
            owner.type(SAYS.get("field.inquirySubject"), subject);
            owner.type(SAYS.get("field.inquiryText"), "A complaint only I may read.");
            owner.press(SAYS.get("inquiry.submit"));
            id = INQUIRIES.caseWithSubject(subject).orElseThrow().id();
            assertThat(owner.pageText()).contains(subject);
        }

        try (Browser other = new Browser(base, MemberSteps.LANGUAGE)) {
            MemberSteps.join(other, MAIL, otherEmail, "Other Choi");
            MemberSteps.logIn(other, otherEmail, MemberSteps.PASSWORD);
            other.open("/my/inquiries?lang=en");
            assertThat(other.textOf("no-inquiries")).isEqualTo(SAYS.get("inquiry.mine.none"));
            assertThat(other.pageText()).doesNotContain(subject);
            other.open("/admin/inquiries/case?id=" + id + "&lang=en");
            assertThat(other.pageText())
                    .contains(SAYS.get("error.forbidden.text"))
                    .doesNotContain(subject);
        }

        try (Browser handler = new Browser(base, "en")) {
            StaffSteps.logIn(handler, handlerId, StaffSteps.HANDLER_PASSWORD);
            assertThat(handler.driver().findElements(By.id("nav-inquiries"))).isEmpty();
            handler.open("/admin/inquiries?lang=en");
            assertThat(handler.status()).isEqualTo(403);
            assertThat(handler.pageText())
                    .contains(SAYS.get("error.forbidden.text"))
                    .doesNotContain(subject);
            handler.open("/admin/inquiries/case?id=" + id + "&lang=en");
            assertThat(handler.pageText())
                    .contains(SAYS.get("error.forbidden.text"))
                    .doesNotContain(subject);
        }
        assertThat(AUDIT_LOG.recordsOf("staff:" + handlerId))
                .filteredOn(record -> record.outcome().equals("DENIED"))
                .extracting(AuditStore.Access::operation)
                .contains("GET /admin/inquiries", "GET /admin/inquiries/case");
    }

    /**
     * §12 with §7B: a handler granted INQUIRY works on the cases assigned to them and on no other. To see this test
     * fail without the refusing code: make {@code DefaultInquiryQueue.reachable} return any case (the other case
     * opens), or give a handler {@code cases.queue()} (the other subject is listed).
     */
    @Test
    void aHandlerGrantedInquiryRepliesToAndClosesTheCaseAssignedToThemAndReachesNoOther() throws Exception {
        String officerId = StaffSteps.newOfficer("inquiry-assigning");
        String handlerId = StaffSteps.newHandler("inquiry-assigned");
        String unscopedId = StaffSteps.newHandlerWithout("inquiry-unscoped", "INQUIRY");
        String subject = unique("Assigned");
        String otherSubject = unique("Not assigned");
        String replyTo = MemberSteps.newEmail("inquiry-assigned");
        long id = sendThroughThePublicForm(subject, replyTo);
        long other = sendThroughThePublicForm(otherSubject, MemberSteps.newEmail("inquiry-other-case"));
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            openCase(officer, id);
            assertThat(new Select(officer.driver().findElement(By.id("assign:staff"))).getOptions())
                    .extracting(WebElement::getText)
                    .as("privacy officers and handlers granted INQUIRY are offered, no other handler")
                    .contains(officerId, handlerId)
                    .doesNotContain(unscopedId);
            assign(officer, handlerId);
        }

        try (Browser handler = new Browser(base, "en")) {
            StaffSteps.logIn(handler, handlerId, StaffSteps.HANDLER_PASSWORD);
            handler.driver().findElement(By.id("nav-inquiries")).click();
            new WebDriverWait(handler.driver(), Duration.ofSeconds(15))
                    .until(page -> handler.path().startsWith("/admin/inquiries"));
            assertThat(handler.pageText())
                    .contains(SAYS.get("inquiry.queue.intro.assigned"), subject)
                    .doesNotContain(otherSubject, replyTo);

            openCase(handler, id);
            assertThat(handler.textOf("case-reply-to")).isEqualTo(replyTo);
            assertThat(handler.driver().findElements(By.id("assign")))
                    .as("only the privacy officer assigns")
                    .isEmpty();
            String reply = "Your data is held in Korea. " + subject;
            handler.type(SAYS.get("field.replyText"), reply);
            handler.press(SAYS.get("inquiry.reply.submit"));
            assertThat(handler.pageText()).contains(SAYS.get("inquiry.replied"), reply);
            assertThat(String.valueOf(mailTo(replyTo).getContent())).contains(reply);
            assertThat(INQUIRIES.repliesTo(id))
                    .singleElement()
                    .satisfies(kept -> assertThat(kept.sentBy()).isEqualTo(handlerId));
            close(handler);

            handler.open("/admin/inquiries/case?id=" + other + "&lang=en");
            assertThat(handler.status()).isEqualTo(403);
            assertThat(handler.pageText())
                    .contains(SAYS.get("error.forbidden.text"))
                    .doesNotContain(otherSubject);
        }
        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsOf("staff:" + handlerId))
                .as("the case not assigned to the handler: a DENIED record of the queue's own check")
                .anySatisfy(record -> {
                    assertThat(record.operation()).isEqualTo("DefaultInquiryQueue.open");
                    assertThat(record.outcome()).isEqualTo("DENIED");
                });
        assertThat(inquiryRecordsOf("staff:" + handlerId, "MODIFY")).isEqualTo(2);
    }

    @Test
    void aCaseClosedMoreThanThreeYearsAgoIsDestroyedWithItsRepliesAndOneClosedLessLongAgoIsKept() throws Exception {
        String officerId = StaffSteps.newOfficer("inquiry-officer");
        String dueSubject = unique("Closed long ago");
        String keptSubject = unique("Closed not so long ago");
        long due = sendPublicInquiry(dueSubject);
        long kept = sendPublicInquiry(keptSubject);
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            openCase(officer, due);
            officer.type(SAYS.get("field.replyText"), "Answered before it was closed.");
            officer.press(SAYS.get("inquiry.reply.submit"));
            close(officer);
            openCase(officer, kept);
            close(officer);
        }
        assertThat(INQUIRIES.replyCountOf(due)).isEqualTo(1);
        // As if closed then: the server's clock stays, for a clock three years ahead would run every daily job.
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        assertThat(INQUIRIES.closedAt(due, now.minusYears(3).minusDays(1))).isTrue();
        assertThat(INQUIRIES.closedAt(kept, now.minusYears(3).plusDays(1))).isTrue();
        long chunksBefore = DESTRUCTIONS.chunksOf(InquiryStore.RULE).size();

        assertThat(ServerControls.runJob(base, RetentionOverview.ENGINE_JOB)).startsWith("SUCCEEDED");

        assertThat(INQUIRIES.caseWithSubject(dueSubject))
                .as("three years and a day after closing")
                .isEmpty();
        assertThat(INQUIRIES.replyCountOf(due)).as("its replies go with it").isZero();
        assertThat(INQUIRIES.caseWithSubject(keptSubject))
                .as("a day short of three years")
                .isPresent();
        assertThat(DESTRUCTIONS.chunksOf(InquiryStore.RULE))
                .as("the destruction ledger holds the run of the rule")
                .hasSizeGreaterThan((int) chunksBefore);
        assertThat(AUDIT_LOG.recordsOf("system"))
                .as("the destruction is an access record of the system")
                .anySatisfy(record -> {
                    assertThat(record.task()).isEqualTo("DESTROY");
                    assertThat(record.categories()).contains("INQUIRY");
                });
    }

    private long sendPublicInquiry(String subject) throws Exception {
        try (Browser visitor = new Browser(base, "en")) {
            visitor.open("/inquiry?lang=en");
            visitor.type(SAYS.get("field.inquirySubject"), subject);
            visitor.type(SAYS.get("field.inquiryText"), "A complaint.");
            visitor.type(SAYS.get("field.replyTo"), MemberSteps.newEmail("inquiry-retention"));
            visitor.press(SAYS.get("inquiry.submit"));
        }
        return INQUIRIES.caseWithSubject(subject).orElseThrow().id();
    }

    /** Sends an inquiry through the public form, in English, and gives its case number. */
    private long sendThroughThePublicForm(String subject, String replyTo) throws Exception {
        try (Browser visitor = new Browser(base, "en")) {
            visitor.open("/inquiry?lang=en");
            visitor.type(SAYS.get("field.inquirySubject"), subject);
            visitor.type(SAYS.get("field.inquiryText"), "Where is my data kept?");
            visitor.type(SAYS.get("field.replyTo"), replyTo);
            visitor.press(SAYS.get("inquiry.submit"));
            long id = INQUIRIES.caseWithSubject(subject).orElseThrow().id();
            assertThat(visitor.textOf("inquiry-sent"))
                    .isEqualTo(MessageFormat.format(SAYS.get("inquiry.sent"), String.valueOf(id)));
            return id;
        }
    }

    private static void openCase(Browser officer, long id) {
        officer.open("/admin/inquiries/case?id=" + id + "&lang=en");
        assertThat(officer.heading()).isEqualTo(SAYS.get("inquiry.case.title"));
    }

    private static void assign(Browser officer, String loginId) {
        officer.choose(SAYS.get("field.assignTo"), loginId);
        officer.press(SAYS.get("inquiry.assign.submit"));
        assertThat(officer.pageText()).contains(MessageFormat.format(SAYS.get("inquiry.assigned"), loginId));
        assertThat(officer.textOf("assigned-to")).isEqualTo(loginId);
        assertThat(officer.textOf("case-state")).isEqualTo(SAYS.get("inquiry.state.ASSIGNED"));
    }

    private static void close(Browser officer) {
        officer.press(SAYS.get("inquiry.close.submit"));
        assertThat(officer.pageText()).contains(SAYS.get("inquiry.closed"));
        assertThat(officer.textOf("case-state")).isEqualTo(SAYS.get("inquiry.state.CLOSED"));
    }

    /** How many access records of the category INQUIRY with this task the actor has. */
    private static long inquiryRecordsOf(String actor, String task) throws SQLException {
        return AUDIT_LOG.recordsOf(actor).stream()
                .filter(record ->
                        record.task().equals(task) && record.categories().contains("INQUIRY"))
                .count();
    }

    private static String unique(String subject) {
        return subject + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MimeMessage mailTo(String address) throws Exception {
        return mailTo(address, "[PIMS]");
    }

    /** The first mail GreenMail caught for this address whose subject starts so, waiting for it a little. */
    private static MimeMessage mailTo(String address, String subjectStart) throws Exception {
        long deadline = System.nanoTime() + MAIL_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : MAIL.getReceivedMessagesForDomain(address)) {
                if (String.valueOf(message.getSubject()).startsWith(subjectStart)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail '" + subjectStart + "…' reached " + address);
    }
}
