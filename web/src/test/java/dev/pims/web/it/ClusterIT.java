package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.pims.audit.records.AccessChain;
import dev.pims.audit.testing.AuditStore;
import dev.pims.jobs.testing.JobLedgerStore;
import dev.pims.jobs.testing.JobLedgerStore.LedgerRow;
import dev.pims.jobs.testing.crash.ChunkedCrashProbe;
import dev.pims.jobs.testing.crash.ChunkedCrashProbe.Done;
import dev.pims.mail.MailOutbox;
import dev.pims.membership.testing.MemberStore;
import dev.pims.store.testing.StoreConnections;
import dev.pims.store.testing.held.HeldUntilKilled;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/**
 * Issue 19: PIMS as a cluster of two Payara Micro nodes on PostgreSQL behind HAProxy ({@code ./pims cluster start}).
 * Through the balancer, a member and a handler keep their sessions and their roles when the node serving them is
 * killed; every job runs once per scheduled time whichever node claims it, and a run held by a killed node is finished
 * by the other; a mail is sent once; either node gives the same answers; the access-log chain verifies after both
 * nodes wrote and sealed into it. The tests that kill a node come last, and the last of them does not start the cluster
 * again: a node's start is half a minute of this class.
 */
@ExtendWith(PreviousServerGone.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final Path RUN =
            Path.of(System.getProperty("it.run.dir", "target/it-run")).toAbsolutePath();
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final JobLedgerStore LEDGER = new JobLedgerStore(StoreConnections.operational());
    /**
     * Short leases and ticks, so that a run held by a killed node is taken over by the other's runner within seconds,
     * not five minutes.
     */
    private static final Map<String, String> EVERY_NODE =
            Map.of("pims.jobs.lease-seconds", "10", "pims.jobs.tick-seconds", "5");

    private static final int ITEMS_BEFORE_THE_KILL = 4;

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    private static PimsCluster cluster;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        cluster = PimsCluster.start(
                RUN.resolve("cluster"),
                PimsDeployment.war()
                        .addPackages(false, ChunkedCrashProbe.class.getPackage(), HeldUntilKilled.class.getPackage()),
                2,
                EVERY_NODE);
        StoreConnections.onPostgresOf(cluster.dataDir());
    }

    @AfterAll
    static void stop() throws Exception {
        StoreConnections.onDerby();
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * A member and a handler signed in through the balancer, both on one node; that node is killed (SIGKILL). Their
     * next requests are served by the other node from the replicated sessions: no new login, the handler's roles and
     * scopes intact (payara/Payara#6342 does not happen with Jakarta Security's {@code @AutoApplySession} on Payara
     * Micro 7.2026.11), the session cookie Secure behind TLS, HSTS sent, the visit recorded with the
     * address the balancer saw, and the access-log chain intact.
     */
    @Test
    @Order(3)
    void aMemberAndAHandlerStaySignedInWhenTheNodeServingThemIsKilled() throws Exception {
        String email = MemberSteps.newEmail("cluster");
        long memberId = MEMBERS.insertVerifiedMember(email, "Failover Kim", "010-5555-0101");
        MEMBERS.setPasswordHashedAsBefore(memberId, MemberSteps.PASSWORD);
        try (Browser member = new Browser(cluster.base(), MemberSteps.LANGUAGE);
                Browser handler = new Browser(cluster.base(), MemberSteps.LANGUAGE)) {
            MemberSteps.logIn(member, email, MemberSteps.PASSWORD);
            member.open("/my/profile");
            assertThat(member.pageText()).contains("Failover Kim");
            String node = member.driver().manage().getCookieNamed("PIMS_NODE").getValue();
            Cookie session = member.driver().manage().getCookieNamed(RawVisitor.SESSION_COOKIE);
            assertThat(session.isSecure())
                    .as("the session cookie behind TLS is Secure")
                    .isTrue();
            // The handler's browser asks for the member's node, as the balancer's sticky cookie would.
            handler.open("/admin/login");
            handler.driver().manage().addCookie(new Cookie("PIMS_NODE", node, "/"));
            StaffSteps.logIn(handler, StaffSteps.HANDLER, StaffSteps.HANDLER_PASSWORD);
            handler.open("/admin/members");
            assertThat(handler.pageText()).contains(SAYS.get("care.search.title"));
            assertThat(handler.driver().manage().getCookieNamed("PIMS_NODE").getValue())
                    .isEqualTo(node);

            cluster.kill(PimsCluster.nodeNamed(node));

            member.open("/my/profile");
            assertThat(member.path()).as("no new login").startsWith("/my/profile");
            assertThat(member.pageText()).contains("Failover Kim");
            handler.open("/admin/members");
            assertThat(handler.path()).as("no new login").startsWith("/admin/members");
            assertThat(handler.pageText())
                    .as("the handler's roles survived the failover")
                    .contains(SAYS.get("care.search.title"));
            assertThat(member.driver().manage().getCookieNamed("PIMS_NODE").getValue())
                    .as("served by the other node")
                    .isNotEqualTo(node);
        }
        assertThat(MEMBERS.visitsOf(memberId))
                .as("the login's visit, with the address the balancer saw")
                .isNotEmpty()
                .allSatisfy(visit -> assertThat(visit.clientIp()).isEqualTo("127.0.0.1"));
        assertThat(throughTheBalancer("/").headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThatTheChainVerifies();
        cluster.startWhatIsDown();
    }

    /**
     * A run of the crash probe claimed by node 1 and held there after four of its ten items; node 1 is killed. Node 2
     * takes the run over once its lease has expired, as its second attempt, and does only what was left: every item
     * exactly once. Over the whole life of the cluster, each scheduled time of each job has one run in the ledger,
     * although both nodes' runners claimed runs.
     */
    @Test
    @Order(4)
    void aRunHeldByAKilledNodeIsFinishedByTheOtherAndEveryRunIsClaimedOnce() throws Exception {
        Path items = RUN.resolve("cluster-crash-probe");
        LaunchedPims.deleteRecursively(items);
        Files.createDirectories(items);
        Path signal = items.resolve(ChunkedCrashProbe.SIGNAL_FILE);
        for (int node = 1; node <= 2; node++) {
            ServerControls.setSystemProperty(cluster.node(node), ChunkedCrashProbe.DIR, items.toString());
        }
        ServerControls.setSystemProperty(
                cluster.node(1), ChunkedCrashProbe.PAUSE_AFTER, Integer.toString(ITEMS_BEFORE_THE_KILL));
        // A run of this second, claimed by node 1 as a page's "run now" claims it; the answer comes when it ends.
        HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(
                                        URI.create(cluster.node(1) + "test/job-run?name=" + ChunkedCrashProbe.NAME))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        ServerLifecycleIT.awaitFile(signal, Duration.ofSeconds(90), "the probe stopped on node 1");
        Instant scheduledFor = Instant.parse(Files.readString(signal).trim());
        LocalDateTime due = LocalDateTime.ofInstant(scheduledFor, ZoneOffset.UTC);
        assertThat(LEDGER.run(ChunkedCrashProbe.NAME, due))
                .hasValueSatisfying(row -> assertThat(row.outcome()).isEqualTo("RUNNING"));

        cluster.kill(1);
        LedgerRow ended = ServerLifecycleIT.awaitEndedRunOf(ChunkedCrashProbe.NAME, due);

        assertThat(ended.outcome()).as(ended.summary()).isEqualTo("SUCCEEDED");
        assertThat(ended.attempts())
                .as("taken over by node 2 after the lease expired")
                .isEqualTo(2);
        List<Done> recorded = ChunkedCrashProbe.recordedIn(items, scheduledFor);
        assertThat(recorded)
                .as("every item done exactly once: none lost, none done twice")
                .extracting(Done::item)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(recorded)
                .as("the items before the kill by node 1's attempt, the rest by node 2's")
                .allSatisfy(done -> assertThat(done.attempt()).isEqualTo(done.item() <= ITEMS_BEFORE_THE_KILL ? 1 : 2));
        assertThat(LEDGER.scheduledTimesRunTwice())
                .as("no scheduled time of any job run twice")
                .isZero();
        assertThat(LEDGER.claimingRunners())
                .as("runs were claimed by both nodes' runners")
                .isGreaterThanOrEqualTo(2);
        assertThatTheChainVerifies();
    }

    /**
     * A sign-up through the balancer gets one verification mail, although the outbox sweeps of both nodes run every
     * minute and once more on each node after it went out; a handler's member search and an auditor's integrity page
     * give the same answers on either node.
     */
    @Test
    @Order(1)
    void aMailIsSentOnceAndEitherNodeGivesTheSameAnswers() throws Exception {
        String email = MemberSteps.newEmail("cluster-mail");
        try (Browser visitor = new Browser(cluster.base(), MemberSteps.LANGUAGE)) {
            MemberSteps.openFilledSignUpForm(visitor, email, "Once Lee");
            MemberSteps.submitSignUp(visitor);
            MemberSteps.verify(visitor, MAIL, email);
        }
        for (int node = 1; node <= 2; node++) {
            assertThat(ServerControls.runJob(cluster.node(node), MailOutbox.SWEEP_JOB))
                    .as("a sweep on node " + node + " after the mail went out")
                    .startsWith("SUCCEEDED");
        }
        assertThat(MAIL.getReceivedMessagesForDomain(email))
                .as("one verification mail")
                .hasSize(1);
        long memberId = MEMBERS.memberIdOf(email);

        List<String> searches = new ArrayList<>();
        List<String> verifications = new ArrayList<>();
        for (String node : List.of("node-1", "node-2")) {
            try (Browser handler = onNode(node, StaffSteps.HANDLER, StaffSteps.HANDLER_PASSWORD)) {
                handler.open("/admin/members?lang=en");
                handler.choose(SAYS.get("care.search.by"), SAYS.get("care.search.by.EMAIL"));
                handler.type(SAYS.get("care.search.text"), email);
                handler.press(SAYS.get("care.search.submit"));
                searches.add(handler.textOf("export:members"));
            }
            try (Browser auditor = onNode(node, StaffSteps.AUDITOR, StaffSteps.AUDITOR_PASSWORD)) {
                auditor.open("/audit/integrity?lang=en");
                verifications.add(auditor.textOf("integrity:verifications"));
            }
        }
        assertThat(searches.get(0)).as("node 1 finds the member").contains(Long.toString(memberId));
        assertThat(searches.get(1)).as("node 2's search").isEqualTo(searches.get(0));
        assertThat(verifications.get(1)).as("node 2's integrity page").isEqualTo(verifications.get(0));
    }

    /**
     * A client that writes an X-Forwarded-For of its own is not believed: HAProxy sets the header to the address it saw,
     * so that the login's visit names that address. Had the balancer appended to the client's header, PIMS would take
     * the client's entry, the right-most one left of the trusted balancer's.
     */
    @Test
    @Order(2)
    void aClientsOwnForwardedForHeaderIsNotTakenForItsAddress() throws Exception {
        String email = MemberSteps.newEmail("cluster-forwarded");
        long memberId = MEMBERS.insertVerifiedMember(email, "Forwarded Park", "010-5555-0102");
        MEMBERS.setPasswordHashedAsBefore(memberId, MemberSteps.PASSWORD);
        RawVisitor visitor =
                RawVisitor.overTls(cluster.base(), balancerTls(), Map.of("X-Forwarded-For", "203.0.113.9"));

        visitor.logIn(visitor.get("/login?lang=en"), email, MemberSteps.PASSWORD);

        assertThat(visitor.get("/my/profile").body()).contains("Forwarded Park");
        assertThat(MEMBERS.visitsOf(memberId))
                .as("the login's visit, with the address the balancer saw")
                .isNotEmpty()
                .allSatisfy(visit -> assertThat(visit.clientIp()).isEqualTo("127.0.0.1"));
    }

    /** A staff member signed in through the balancer on the node named, as its sticky cookie would keep them. */
    private static Browser onNode(String node, String loginId, String password) throws Exception {
        Browser staff = new Browser(cluster.base(), MemberSteps.LANGUAGE);
        staff.open("/admin/login");
        staff.driver().manage().addCookie(new Cookie("PIMS_NODE", node, "/"));
        StaffSteps.logIn(staff, loginId, password);
        assertThat(staff.driver().manage().getCookieNamed("PIMS_NODE").getValue())
                .isEqualTo(node);
        return staff;
    }

    /** Every record written so far sealed, and the chain's verification, run now on a node, finds it intact. */
    private static void assertThatTheChainVerifies() throws Exception {
        AUDIT_LOG.awaitSealed(Duration.ofSeconds(30));
        String liveNode = cluster.node(1) + "";
        String outcome;
        try {
            outcome = ServerControls.runJob(cluster.node(1), AccessChain.VERIFICATION_JOB);
        } catch (java.io.IOException node1IsDown) {
            liveNode = cluster.node(2) + "";
            outcome = ServerControls.runJob(cluster.node(2), AccessChain.VERIFICATION_JOB);
        }
        assertThat(outcome).as("the verification on " + liveNode).startsWith("SUCCEEDED");
        assertThat(AUDIT_LOG.verificationsRequestedBy("job:" + AccessChain.VERIFICATION_JOB))
                .last()
                .satisfies(verification -> assertThat(verification.outcome()).isEqualTo("INTACT"));
    }

    /** A GET through the balancer, trusting the certificate the launcher made for it. */
    private static HttpResponse<String> throughTheBalancer(String path) throws Exception {
        URL base = cluster.base();
        return HttpClient.newBuilder()
                .sslContext(balancerTls())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** TLS that trusts the certificate the launcher made for the balancer. */
    private static SSLContext balancerTls() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (var pem = Files.newInputStream(cluster.dataDir().resolve("tls/pims.crt"))) {
            trusted.setCertificateEntry(
                    "pims", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }
}
