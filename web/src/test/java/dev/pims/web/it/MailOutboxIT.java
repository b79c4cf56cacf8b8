package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.testing.MailOutboxStore;
import dev.pims.mail.testing.MailOutboxStore.DeliveryAttempt;
import dev.pims.mail.testing.MailOutboxStore.OutboxMail;
import dev.pims.store.testing.StoreConnections;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail outbox keeps its promise when the mail server is down: a sign-up commits with its verification mail in the
 * outbox, the attempt right after the commit fails and is recorded, and once the mail server is back the sweep (the
 * minute job, run at once here as "run now" runs it) delivers the mail exactly once, with the outbox's Message-ID, and
 * a sweep after that sends nothing more. Not a {@link PimsInBrowserTest}: GreenMail must
 * not listen on 127.0.0.1:3025 until the test says so.
 */
@ExtendWith(SharedPims.class)
class MailOutboxIT {

    private static final MailOutboxStore OUTBOX = new MailOutboxStore(StoreConnections.operational());
    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    /** How long the attempt right after the commit may take: the mail server's timeouts, with room to spare. */
    private static final Duration ATTEMPT_PATIENCE = Duration.ofMinutes(1);

    private final URL base = SharedPims.base();

    @Test
    void aMailWrittenWhileTheMailServerIsDownIsSentOnceItIsBackWithEveryAttemptRecorded() throws Exception {
        String email = MemberSteps.newEmail("outbox");
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            MemberSteps.openFilledSignUpForm(browser, email, "Outbox Lee");
            MemberSteps.submitSignUp(browser);
            assertThat(browser.pageText())
                    .as("the sign-up commits although no mail server answers")
                    .contains(SAYS.get("signup.checkMail"));
        }

        long mailId = await(
                        () -> OUTBOX.mailsTo(email),
                        mails -> mails.size() == 1 && mails.get(0).attempts() >= 1)
                .get(0)
                .id();
        // An attempt is counted when it is claimed, and recorded once the mail server has answered.
        await(() -> OUTBOX.attemptsAt(mailId), attempts -> !attempts.isEmpty());
        OutboxMail pending = OUTBOX.mailsTo(email).get(0);
        assertThat(OUTBOX.attemptsAt(mailId)).hasSize(pending.attempts());
        assertThat(pending.kind()).isEqualTo("VERIFICATION");
        assertThat(pending.state()).isEqualTo("PENDING");
        assertThat(pending.sentAt()).isNull();
        assertThat(OUTBOX.attemptsAt(pending.id())).allSatisfy(attempt -> {
            assertThat(attempt.outcome()).isEqualTo("FAILED");
            assertThat(attempt.error()).as("why it failed").isNotBlank();
        });

        GreenMail mailServer = new GreenMail(new ServerSetup(3025, "127.0.0.1", "smtp"));
        mailServer.start();
        try {
            // The retry is due a minute after the failed attempt: the server's clock goes past it, not the test's.
            ServerControls.moveClock(base, Duration.ofMinutes(2));
            assertThat(ServerControls.runJob(base, MailOutbox.SWEEP_JOB)).startsWith("SUCCEEDED");

            OutboxMail sent = OUTBOX.mailsTo(email).get(0);
            assertThat(sent.state()).isEqualTo("SENT");
            List<DeliveryAttempt> attempts = OUTBOX.attemptsAt(sent.id());
            assertThat(attempts)
                    .as("one row per attempt, the failed ones first, the last one sent")
                    .hasSize(sent.attempts())
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(attempts.subList(0, attempts.size() - 1))
                    .extracting(DeliveryAttempt::outcome)
                    .containsOnly("FAILED");
            assertThat(attempts.get(attempts.size() - 1).outcome()).isEqualTo("SENT");
            assertThat(sent.sentAt()).isNotNull();

            await(() -> List.of(mailServer.getReceivedMessagesForDomain(email)), messages -> !messages.isEmpty());
            assertThat(ServerControls.runJob(base, MailOutbox.SWEEP_JOB))
                    .as("a sweep after the mail was sent, which would send it again were it due")
                    .startsWith("SUCCEEDED");
            MimeMessage[] received = mailServer.getReceivedMessagesForDomain(email);
            assertThat(received).as("nothing lost, nothing doubled").hasSize(1);
            assertThat(received[0].getMessageID()).isEqualTo(sent.messageId());
            assertThat(String.valueOf(received[0].getContent())).contains("/verify?token=");
            assertThat(OUTBOX.mailsTo(email).get(0).attempts())
                    .as("a sent mail is attempted no more")
                    .isEqualTo(sent.attempts());
        } finally {
            ServerControls.moveClock(base, Duration.ZERO);
            mailServer.stop();
        }
    }

    private static <T> T await(Callable<T> read, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + ATTEMPT_PATIENCE.toNanos();
        T value = read.call();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not as expected after " + ATTEMPT_PATIENCE + ": " + value);
            }
            Thread.sleep(500);
            value = read.call();
        }
        return value;
    }
}
