package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.pims.audit.testing.AuditStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.SeparatedStore;
import dev.pims.membership.testing.pause.WithdrawalPause;
import dev.pims.store.testing.StoreConnections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PIMS as {@code ./pims start --demo} runs it, started, killed and started again on one data dir: the access records of
 * a busy start are sealed without anyone asking, and a withdrawal killed in the middle of its two-store commit is
 * whole in exactly one store after the restart (ADR 0005).
 */
@ExtendWith(PreviousServerGone.class)
class ServerLifecycleIT {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final Duration SEALING_PATIENCE = Duration.ofSeconds(10);
    private static final Path RUN =
            Path.of(System.getProperty("it.run.dir", "target/it-run")).toAbsolutePath();
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final SeparatedStore SEPARATED = new SeparatedStore(StoreConnections.separated());

    private static LaunchedPims pims;

    @BeforeAll
    static void startWithDemoData() throws Exception {
        pims = LaunchedPims.start(
                RUN.resolve("launched"), PimsDeployment.war().addPackages(false, WithdrawalPause.class.getPackage()));
    }

    @AfterAll
    static void stop() throws Exception {
        pims.close();
    }

    @Test
    void everyAccessRecordOfABusyStartIsSealedWithinSecondsWithoutAnyoneAsking() throws Exception {
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
        assertThat(AUDIT_LOG.recordCount())
                .as("the demo members were enrolled through the audited road")
                .isGreaterThan(40);

        // Written after the start, so only the running sealer can seal them (not the start's sealing of leftovers).
        try (Browser browser = new Browser(pims.base(), MemberSteps.LANGUAGE)) {
            String email = MemberSteps.newEmail("sealed-while-running");
            MemberSteps.join(browser, MAIL, email, "Jane Doe");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
        }
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
    }

    @Test
    void aWithdrawalKilledAfterItsDecisionIsWholeInTheSeparatedStoreAfterARestart() throws Exception {
        long member = withdrawAndKillIn("commit");

        assertThat(MEMBERS.statusOf(member))
                .as("gone from the operational store: the account")
                .isEmpty();
        assertThat(MEMBERS.profileOf(member))
                .as("gone from the operational store: the profile")
                .isEmpty();
        assertThat(MEMBERS.withdrawalChannelsOf(member)).hasSize(1);
        assertThat(SEPARATED.separatedOf(member))
                .as("whole in the separated store")
                .isPresent();
    }

    @Test
    void aWithdrawalKilledBeforeItsDecisionIsWholeInTheOperationalStoreAfterARestart() throws Exception {
        long member = withdrawAndKillIn("prepare");

        assertThat(MEMBERS.statusOf(member)).contains("ACTIVE");
        assertThat(MEMBERS.profileOf(member)).isPresent();
        assertThat(MEMBERS.withdrawalChannelsOf(member)).isEmpty();
        assertThat(SEPARATED.separatedOf(member))
                .as("nothing in the separated store")
                .isEmpty();
    }

    /** Art. 8: a clean stop leaves its record in the chain, between the start before it and the start after it. */
    @Test
    void aCleanStopIsRecordedBetweenTwoStarts() throws Exception {
        long starts = auditingRecords("Auditing.started");
        long stops = auditingRecords("Auditing.stopped");

        pims.close();
        pims.startAgain();
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);

        assertThat(auditingRecords("Auditing.stopped")).isEqualTo(stops + 1);
        assertThat(auditingRecords("Auditing.started")).isEqualTo(starts + 1);
        List<String> events = AUDIT_LOG.auditingEvents();
        assertThat(events.subList(Math.max(0, events.size() - 2), events.size()))
                .containsExactly("Auditing.stopped", "Auditing.started");
    }

    private static long auditingRecords(String operation) throws Exception {
        return Collections.frequency(AUDIT_LOG.auditingEvents(), operation);
    }

    /**
     * A new member withdraws on /my/withdraw while the test's participant holds the commit in this phase; the server
     * is killed there and started again on the same data dir. Returns the member's id.
     */
    private long withdrawAndKillIn(String phase) throws Exception {
        Path signal = RUN.resolve("withdrawal-paused-in-" + phase);
        Files.deleteIfExists(signal);
        long member;
        try (Browser browser = new Browser(pims.base(), MemberSteps.LANGUAGE)) {
            String email = MemberSteps.newEmail("killed-" + phase);
            member = MemberSteps.join(browser, MAIL, email, "Jane Doe");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            ServerControls.setSystemProperty(pims.base(), WithdrawalPause.SIGNAL, signal.toString());
            ServerControls.setSystemProperty(pims.base(), WithdrawalPause.PHASE, phase);
            browser.open("/my/withdraw");
            browser.type(SAYS.get("withdraw.password"), MemberSteps.PASSWORD);
            CompletableFuture<Void> pressed =
                    CompletableFuture.runAsync(() -> browser.press(SAYS.get("withdraw.confirm")));
            awaitFile(signal);
            pims.kill();
            pressed.exceptionally(serverGone -> null).join();
        }
        pims.startAgain();
        AUDIT_LOG.awaitSealed(SEALING_PATIENCE);
        return member;
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(file)) {
            assertThat(System.nanoTime()).as("the withdrawal reached its pause").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
