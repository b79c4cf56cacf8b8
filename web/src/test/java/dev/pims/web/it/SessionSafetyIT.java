package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.store.testing.StoreConnections;
import dev.pims.web.CookieRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a visitor cannot do, however the requests are made: post a form with a forged, missing or foreign view state,
 * reach another member's data, open member pages or page sources without logging in, or keep a session id across
 * login. Also the browser protections that every response carries. Forged requests are sent with plain HTTP; the
 * member's own view is checked in a real browser.
 */
class SessionSafetyIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final Path RUN =
            Path.of(System.getProperty("it.run.dir", "target/it-run")).toAbsolutePath();
    private static final List<String> MEMBER_PAGES =
            List.of("/my/profile", "/my/profile/edit", "/my/consents", "/my/withdraw");
    /** What Payara Micro would serve by default beside the application: monitoring and API descriptions. */
    private static final List<String> SERVER_ENDPOINTS = List.of(
            "/metrics",
            "/metrics/base",
            "/health",
            "/health/ready",
            "/health/live",
            "/health/started",
            "/openapi",
            "/openapi-ui",
            "/jolokia");

    private static Browser browser;

    /** Every test starts as a stranger. */
    @BeforeEach
    void newVisitor() throws Exception {
        if (browser == null) {
            browser = new Browser(base, MemberSteps.LANGUAGE);
        }
        browser.forgetSession();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aForgedViewStateIsRefusedAndNothingIsStored() throws Exception {
        RawVisitor visitor = new RawVisitor(base);
        SignUpPage page = SignUpPage.openedBy(visitor);
        String email = MemberSteps.newEmail("forged-view-state");

        for (String forged : List.of("-1234567890123456789:-987654321", "forged", "")) {
            assertThePageExpired(visitor, visitor.post("/signup", page.form(email, forged, page.nonce())));
            assertThat(MEMBERS.memberIdOf(email))
                    .as("stored with view state '%s'", forged)
                    .isNull();
        }
        assertTheFormIsTaken(visitor, page, email);
    }

    @Test
    void aFormWithoutViewStateStoresNothing() throws Exception {
        RawVisitor visitor = new RawVisitor(base);
        SignUpPage page = SignUpPage.openedBy(visitor);
        String email = MemberSteps.newEmail("no-view-state");

        // Without a view state the post is no postback: Faces shows the empty form again and runs no action.
        HttpResponse<String> answer = visitor.post("/signup", page.form(email, null, page.nonce()));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"signup\"").doesNotContain(SAYS.get("signup.checkMail"));
        assertThat(MEMBERS.memberIdOf(email)).isNull();

        assertTheFormIsTaken(visitor, page, email);
    }

    @Test
    void aPostWithoutTheScriptNonceIsTurnedAwayBeforeAnythingIsStored() throws Exception {
        RawVisitor visitor = new RawVisitor(base);
        SignUpPage page = SignUpPage.openedBy(visitor);
        String email = MemberSteps.newEmail("no-nonce");

        // A browser without JavaScript, or a forger, posts the page's own view state but no PrimeFaces nonce.
        assertThePageExpired(visitor, visitor.post("/signup", page.form(email, page.viewState(), null)));
        assertThat(MEMBERS.memberIdOf(email)).isNull();
    }

    @Test
    void aCrossSitePostWithoutTheSessionCookieIsRefused() throws Exception {
        RawVisitor visitor = new RawVisitor(base);
        SignUpPage page = SignUpPage.openedBy(visitor);
        String email = MemberSteps.newEmail("cross-site");

        // Another site's page makes the visitor's browser post: SameSite=Strict keeps the session cookie back. The
        // post carries the page's view state and even its nonce, so that only the missing cookie can refuse it.
        RawVisitor otherSite = new RawVisitor(base);
        assertThePageExpired(otherSite, otherSite.post("/signup", page.form(email, page.viewState(), page.nonce())));
        assertThat(MEMBERS.memberIdOf(email)).isNull();

        assertTheFormIsTaken(visitor, page, email);
    }

    @Test
    void aFormLeftOpenUntilTheSessionEndedIsAnsweredWithThePageExpired() throws Exception {
        String email = MemberSteps.newEmail("left-open");
        MemberSteps.openFilledSignUpForm(browser, email, "Jane Doe");
        browser.forgetSession();
        MemberSteps.submitSignUp(browser);

        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.heading()).isEqualTo(SAYS.get("error.expired.title"));
        assertThat(browser.pageText()).contains(SAYS.get("error.expired.text"));
        assertThat(MEMBERS.memberIdOf(email)).isNull();
    }

    @Test
    void aMemberSeesOnlyTheirOwnDataWhateverTheAddressNames() throws Exception {
        String aliceEmail = MemberSteps.newEmail("alice");
        long alice = MemberSteps.join(browser, MAIL, aliceEmail, "Alice Able");
        String bobEmail = MemberSteps.newEmail("bob");
        MemberSteps.openFilledSignUpForm(browser, bobEmail, "Bob Baker");
        browser.tick(SAYS.get("consent.MARKETING_EMAIL") + " " + SAYS.get("consent.optional"));
        MemberSteps.submitSignUp(browser);
        MemberSteps.verify(browser, MAIL, bobEmail);
        long bob = MEMBERS.memberIdOf(bobEmail);

        MemberSteps.logIn(browser, aliceEmail, MemberSteps.PASSWORD);
        for (String naming : List.of("?memberId=" + bob, "?id=" + bob)) {
            browser.open("/my/profile" + naming);
            assertThat(browser.textOf("held-email")).isEqualTo(aliceEmail);
            assertThat(browser.textOf("held-name")).isEqualTo("Alice Able");
            assertThat(browser.pageText()).doesNotContain(bobEmail, "Bob Baker");

            // Bob gave the marketing consent, Alice did not: Alice's page offers to give it.
            browser.open("/my/consents" + naming);
            assertThat(browser.pageText())
                    .contains(SAYS.get("consents.give"))
                    .doesNotContain(SAYS.get("consents.withdraw"));
        }

        String actor = "member:" + alice;
        List<AuditStore.Access> byAlice = AUDIT_LOG.recordsOf(actor);
        assertThat(byAlice)
                .extracting(AuditStore.Access::operation)
                .filteredOn("DefaultMemberSelfService.viewOwnProfile"::equals)
                .as("the view after login, then one per page opened")
                .hasSize(3);
        assertThat(byAlice)
                .extracting(AuditStore.Access::operation)
                .filteredOn("DefaultConsentService.viewMyConsents"::equals)
                .hasSize(2);
        assertThat(byAlice)
                .isNotEmpty()
                .allSatisfy(record -> assertThat(AUDIT_LOG.subjectsOf(record.id()))
                        .as("the subjects of %s", record.operation())
                        .containsOnly(alice));
        assertThat(AUDIT_LOG.recordsNaming(bob))
                .extracting(AuditStore.Access::actorId)
                .doesNotContain(actor);
    }

    @Test
    void strangersAreSentToTheLoginPageAndReachNoMemberService() throws Exception {
        long deniedBefore = deniedAccesses();
        for (String page : MEMBER_PAGES) {
            HttpResponse<String> answer = new RawVisitor(base).get(page);
            assertThat(answer.statusCode()).as(page).isIn(302, 303);
            assertThat(answer.headers().firstValue("Location"))
                    .as(page)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        for (String disguised : List.of(
                "/my/profile.xhtml",
                "/my/./profile",
                "/my//profile",
                "/MY/profile",
                "/my;x=y/profile",
                "/%6Dy/profile",
                "/my/profile/",
                "/my/%70rofile")) {
            HttpResponse<String> answer = new RawVisitor(base).get(disguised);
            assertThat(answer.statusCode()).as(disguised).isNotIn(200, 500);
            assertThat(answer.body()).as(disguised).doesNotContain(SAYS.get("profile.held"));
        }
        // A request that got past the web constraint would be refused by the service, and recorded as denied.
        assertThat(deniedAccesses()).isEqualTo(deniedBefore);
    }

    @Test
    void pageSourcesAreNotServed() throws Exception {
        for (String source : List.of(
                "/WEB-INF/web.xml",
                "/WEB-INF/./web.xml",
                "/web-inf/web.xml",
                "/WEB-INF/includes/profile-fields.xhtml",
                "/jakarta.faces.resource/web.xml.xhtml?ln=../WEB-INF",
                "/jakarta.faces.resource/web.xml.xhtml?ln=..%2FWEB-INF")) {
            HttpResponse<String> answer = new RawVisitor(base).get(source);
            assertThat(answer.statusCode()).as(source).isIn(403, 404);
            assertThat(answer.body()).as(source).doesNotContain("<web-app", "<ui:composition");
        }
    }

    @Test
    void everyResponseCarriesTheBrowserProtections() throws Exception {
        // The container's own redirect of a stranger from /my/* to /login is left out: it is sent before any filter
        // of PIMS runs, and a browser follows it without showing it.
        for (String path : List.of(
                "/signup?lang=en",
                "/jakarta.faces.resource/css/pims.css.xhtml?ln=pims",
                "/error/expired",
                "/WEB-INF/web.xml",
                "/no-such-page")) {
            HttpResponse<String> answer = new RawVisitor(base).get(path);
            assertThat(answer.headers().allValues("Content-Security-Policy"))
                    .as(path)
                    .singleElement()
                    .asString()
                    .contains("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    @Test
    void theSessionCookieIsOutOfReachOfScriptsAndOtherSites() throws Exception {
        HttpResponse<String> page = new RawVisitor(base).get("/signup?lang=en");
        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith(RawVisitor.SESSION_COOKIE + "="))
                .singleElement()
                .asString()
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Strict");
        // The first answer of a session is the one a container that tracks sessions in URLs would rewrite.
        assertThat(page.body()).as("links of the page").doesNotContainIgnoringCase(";jsessionid=");
    }

    /**
     * Policy §8: every cookie a browser receives on a whole journey — sign-up, login, the member's pages, a download,
     * logout, and a staff login with its pages — is one of {@link CookieRegistry#COOKIES}. The browser's whole cookie
     * jar is read after each step (Chromium's DevTools {@code Network.getAllCookies}, whatever its path).
     */
    @Test
    void everyCookieOfABrowserJourneyIsInTheCookieRegistry() throws Exception {
        String officerId = StaffSteps.newOfficer("session-officer");
        Set<String> seen = new TreeSet<>();
        String email = MemberSteps.newEmail("cookies");
        try (Browser journey = new Browser(base, MemberSteps.LANGUAGE)) {
            for (String page : List.of("/", "/policy", "/signup", "/inquiry")) {
                journey.open(page);
                seen.addAll(cookiesOf(journey));
            }
            MemberSteps.join(journey, MAIL, email, "Cookie Moon");
            seen.addAll(cookiesOf(journey));
            MemberSteps.logIn(journey, email, MemberSteps.PASSWORD);
            seen.addAll(cookiesOf(journey));
            for (String page : List.of("/my/profile", "/my/consents", "/my/visits", "/my/access", "/my/data")) {
                journey.open(page);
                seen.addAll(cookiesOf(journey));
            }
            journey.driver().findElement(By.id("mydata:download")).click();
            journey.downloadedBytes("pims-my-data.zip");
            seen.addAll(cookiesOf(journey));
            journey.open("/my/profile");
            journey.press(SAYS.get("nav.logout"));
            seen.addAll(cookiesOf(journey));

            StaffSteps.logIn(journey, officerId, StaffSteps.OFFICER_PASSWORD);
            seen.addAll(cookiesOf(journey));
            for (String page : List.of("/admin/index", "/admin/newsletters", "/admin/inquiries", "/admin/dormancy")) {
                journey.open(page);
                seen.addAll(cookiesOf(journey));
            }
            journey.press(SAYS.get("nav.logout"));
            seen.addAll(cookiesOf(journey));
        }

        assertThat(seen).as("the journey received the session cookie").contains(RawVisitor.SESSION_COOKIE);
        try (Browser reader = new Browser(base, MemberSteps.LANGUAGE)) {
            for (String language : List.of("ko", "en")) {
                Labels says = new Labels(language);
                reader.open("/policy?lang=" + language);
                assertThat(reader.textOf("cookies"))
                        .as("the registry as a table on /policy, in " + language)
                        .contains(says.get("policy.cookies.purpose"))
                        .contains(says.get("cookie.JSESSIONID.purpose"))
                        .contains(says.get("cookie.JSESSIONID.lifetime"))
                        .contains(says.get("policy.cookies.essential"));
                for (CookieRegistry.RegisteredCookie registered : CookieRegistry.COOKIES) {
                    assertThat(reader.textOf("cookies")).contains(registered.name());
                }
            }
        }
        assertThat(CookieRegistry.unregistered(seen, CookieRegistry.COOKIES))
                .as("cookies set that the registry (and so /policy) does not name")
                .isEmpty();
    }

    /** The names of every cookie in the browser's jar, of any path. */
    @SuppressWarnings("unchecked")
    private static Set<String> cookiesOf(Browser browser) {
        Set<String> names = new TreeSet<>();
        browser.driver().manage().getCookies().forEach(cookie -> names.add(cookie.getName()));
        Map<String, Object> all =
                ((ChromeDriver) browser.driver()).executeCdpCommand("Network.getAllCookies", Map.of());
        for (Map<String, Object> cookie : (List<Map<String, Object>>) all.get("cookies")) {
            names.add(String.valueOf(cookie.get("name")));
        }
        return names;
    }

    @Test
    void loggingInGivesANewSessionId() throws Exception {
        String email = MemberSteps.newEmail("fixation");
        MemberSteps.join(browser, MAIL, email, "Jane Doe");
        RawVisitor visitor = new RawVisitor(base);
        HttpResponse<String> loginPage = visitor.get("/login?lang=en");
        String before = visitor.sessionId().orElseThrow();

        visitor.logIn(loginPage, email, MemberSteps.PASSWORD);

        assertThat(visitor.sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(visitor.get("/my/profile").body()).contains(email);
        HttpResponse<String> withTheOldId = RawVisitor.withSession(base, before).get("/my/profile");
        assertThat(withTheOldId.statusCode()).isIn(302, 303);
        assertThat(withTheOldId.body()).doesNotContain(email);
    }

    /**
     * web.xml is {@code <distributable/>} for a cluster; a single server keeps its sessions in memory instead of
     * handing each to a Hazelcast store it does not run, which fails at every request (Payara's "AS-WEB-HA" warnings).
     */
    @Test
    void aSingleServerKeepsItsSessionsWithoutASessionStore() throws Exception {
        String email = MemberSteps.newEmail("session-store");
        RawVisitor visitor = joinedAndLoggedIn(email);
        for (int request = 0; request < 3; request++) {
            assertThat(visitor.get("/my/profile").body()).contains(email);
        }

        assertThat(Files.readString(RUN.resolve("shared-pims.log"), StandardCharsets.ISO_8859_1))
                .as("the server's log")
                .doesNotContain("AS-WEB-HA", "Hazelcast is not enabled");
    }

    /** A new member Jane Doe, joined in the browser and logged in without one. */
    private RawVisitor joinedAndLoggedIn(String email) throws Exception {
        MemberSteps.join(browser, MAIL, email, "Jane Doe");
        RawVisitor visitor = new RawVisitor(base);
        visitor.logIn(visitor.get("/login?lang=en"), email, MemberSteps.PASSWORD);
        return visitor;
    }

    @Test
    void theProfilePageKeepsNoViewStateAndHoldsNoDataForm() throws Exception {
        String email = MemberSteps.newEmail("stateless");
        RawVisitor visitor = joinedAndLoggedIn(email);

        String profile = visitor.get("/my/profile").body();
        assertThat(profile).contains(email, "Jane Doe");
        assertThat(RawVisitor.viewStateOf(visitor.get("/my/profile"))).isEqualTo("stateless");
        assertThat(profile).doesNotContain("id=\"profile\"", "profile:name");
        assertThat(visitor.get("/my/profile/edit").body()).contains("id=\"profile\"", "profile:name");
    }

    @Test
    void noServerEndpointBesideThePagesIsServed() throws Exception {
        RawVisitor visitor = new RawVisitor(base);
        for (String endpoint : SERVER_ENDPOINTS) {
            HttpResponse<String> answer = visitor.get(endpoint);
            assertThat(answer.statusCode()).as(endpoint).isEqualTo(404);
            assertThat(answer.body())
                    .as(endpoint)
                    .contains(SAYS.get("error.notFound.text"))
                    .doesNotContain("# TYPE", "openapi:", "\"status\"");
        }
    }

    @Test
    void anOversizedFormIsRefusedWithTheTooLargePageAndNothingIsStored() throws Exception {
        RawVisitor visitor = new RawVisitor(base);
        SignUpPage page = SignUpPage.openedBy(visitor);
        String email = MemberSteps.newEmail("oversized");
        Map<String, String> form = page.form(email, page.viewState(), page.nonce());
        form.put("signup:intendedUse", "x".repeat(20 * 1024 * 1024));

        HttpResponse<String> answer = visitor.post("/signup", form);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains(SAYS.get("error.tooLarge.text"));
        assertThat(MEMBERS.memberIdOf(email)).isNull();
    }

    /** Logs in on the login page this visitor opened, as the browser posts it, and checks where it leads. */
    /** What a visitor's GET of the sign-up page handed out: the view state of its form and its script nonce. */
    private record SignUpPage(String viewState, String nonce) {

        static SignUpPage openedBy(RawVisitor visitor) throws Exception {
            HttpResponse<String> page = visitor.get("/signup?lang=en");
            return new SignUpPage(RawVisitor.viewStateOf(page), RawVisitor.nonceOf(page));
        }

        /** A complete, valid sign-up form as the browser posts it; a null view state or nonce is left out. */
        Map<String, String> form(String email, String viewState, String nonce) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("signup", "signup");
            form.put("signup:email", email);
            form.put("signup:password", MemberSteps.PASSWORD);
            form.put("signup:passwordAgain", MemberSteps.PASSWORD);
            form.put("signup:name", "Jane Doe");
            form.put("signup:mobilePhone", "010-2345-6789");
            form.put("signup:fourteenOrOlder", "true");
            form.put("signup:acceptsTermsOfUse", "on");
            form.put("signup:acceptsCollection", "on");
            form.put("signup:submit", "");
            if (viewState != null) {
                form.put("jakarta.faces.ViewState", viewState);
            }
            if (nonce != null) {
                form.put("primefaces.nonce", nonce);
            }
            return form;
        }
    }

    /** Refused without an HTTP 500: the answer is, or leads to, the "page expired" page. */
    private static void assertThePageExpired(RawVisitor visitor, HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isNotEqualTo(500);
        HttpResponse<String> page = visitor.followed(answer);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(SAYS.get("error.expired.text"));
    }

    /** The very form that was refused is taken with the page's own view state: only that was wrong before. */
    private static void assertTheFormIsTaken(RawVisitor visitor, SignUpPage page, String email) throws Exception {
        assertThat(visitor.post("/signup", page.form(email, page.viewState(), page.nonce()))
                        .body())
                .contains(SAYS.get("signup.checkMail"));
        assertThat(MEMBERS.memberIdOf(email)).isNotNull();
    }

    private static long deniedAccesses() throws SQLException {
        return AUDIT_LOG.recordCount("DENIED");
    }
}
