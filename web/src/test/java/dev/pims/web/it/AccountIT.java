package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.mail.PublicUrl;
import dev.pims.membership.testing.MemberStore;
import dev.pims.retention.RetentionOverview;
import dev.pims.store.testing.StoreConnections;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member's own account (issue 17), on the real pages in Korean and English: a new e-mail address counts only once
 * the link sent to it is followed, and the old one is told; a changed password ends the member's other sessions; a
 * forgotten password's link works once and for 30 minutes, and ends every session; a lost verification mail is sent
 * again; a sign-up with a member's address answers as any other and tells the member; and the links in mails start
 * with the configured public address, whatever Host header the request carried.
 */
class AccountIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels("en");
    private static final Labels SAYS_KO = new Labels("ko");
    private static final ResourceBundle MAILS = ResourceBundle.getBundle("dev.pims.membership.mail", Locale.ENGLISH);
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final String NEW_PASSWORD = "new-horse-2027";
    private static final Pattern CONFIRM_LINK = link("/confirm-email");
    private static final Pattern RESET_LINK = link("/reset-password");
    private static final Pattern VERIFICATION_LINK = link("/verify");
    /** Beyond the time within which an address gets one mail of a kind only. */
    private static final Duration AFTER_RESEND_WAIT = Duration.ofMinutes(4);
    /** Long enough for a mail that someone waits for, sent right after its commit, to reach GreenMail. */
    private static final Duration MAIL_SETTLES = Duration.ofSeconds(3);

    private static Browser browser;
    private static Browser other;

    @BeforeEach
    void strangers() throws Exception {
        if (browser == null) {
            browser = new Browser(base, MemberSteps.LANGUAGE);
            other = new Browser(base, MemberSteps.LANGUAGE);
        }
        browser.forgetSession();
        other.forgetSession();
        // The harness chooses the server's port: mails link to this server, as an operator configures it.
        ServerControls.setSystemProperty(base, PublicUrl.PROPERTY, root());
    }

    @AfterEach
    void clockBack() throws Exception {
        ServerControls.moveClock(base, Duration.ZERO);
    }

    @AfterAll
    static void closeBrowsers() {
        for (Browser open : new Browser[] {browser, other}) {
            if (open != null) {
                open.close();
            }
        }
    }

    @Test
    void aNewAddressCountsOnceItsLinkIsFollowedAndTheOldAddressIsTold() throws Exception {
        String old = MemberSteps.newEmail("email-old");
        String changed = MemberSteps.newEmail("email-new");
        long member = MemberSteps.join(browser, MAIL, old, "Email Changer");
        MemberSteps.logIn(browser, old, MemberSteps.PASSWORD);

        askForNewAddress(changed, MemberSteps.PASSWORD);
        assertThat(browser.pageText()).contains(SAYS.get("account.email.sent"));
        assertThat(MEMBERS.storedEmailOf(member)).as("not before the link").isEqualTo(old);

        browser.open(pathOf(linksSentTo(changed, CONFIRM_LINK, 1).getFirst()));
        assertThat(browser.pageText()).contains(SAYS.get("account.confirm.done"));
        assertThat(MEMBERS.storedEmailOf(member)).isEqualTo(changed);
        MimeMessage notice = mailWithSubject(old, MAILS.getString("emailChanged.subject"));
        assertThat(String.valueOf(notice.getContent())).contains(changed);

        browser.forgetSession();
        MemberSteps.logIn(browser, changed, MemberSteps.PASSWORD);
    }

    @Test
    void anAddressOfAnotherMemberIsNotTakenAndItsOwnerIsTold() throws Exception {
        String mine = MemberSteps.newEmail("email-mine");
        String theirs = MemberSteps.newEmail("email-theirs");
        long member = MemberSteps.join(browser, MAIL, mine, "Would Take");
        browser.forgetSession();
        MemberSteps.join(browser, MAIL, theirs, "Already Has");
        browser.forgetSession();
        MemberSteps.logIn(browser, mine, MemberSteps.PASSWORD);

        browser.open("/my/account/email?lang=ko");
        browser.type(SAYS_KO.get("account.email.new"), theirs);
        browser.type(SAYS_KO.get("withdraw.password"), MemberSteps.PASSWORD);
        browser.press(SAYS_KO.get("account.email.submit"));

        assertThat(browser.pageText()).as("the same answer").contains(SAYS_KO.get("account.email.sent"));
        mailWithSubject(theirs, MAILS.getString("emailTaken.subject"));
        assertThat(MEMBERS.storedEmailOf(member)).isEqualTo(mine);
    }

    @Test
    void aChangedPasswordEndsEveryOtherSession() throws Exception {
        String email = MemberSteps.newEmail("password-change");
        MemberSteps.join(browser, MAIL, email, "Password Changer");
        MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
        MemberSteps.logIn(other, email, MemberSteps.PASSWORD);

        browser.open("/my/account/password?lang=ko");
        browser.type(SAYS_KO.get("withdraw.password"), "not-the-password-1");
        browser.type(SAYS_KO.get("account.password.new"), NEW_PASSWORD);
        browser.type(SAYS_KO.get("account.password.newAgain"), NEW_PASSWORD);
        browser.press(SAYS_KO.get("account.password.submit"));
        assertThat(browser.messageFor(SAYS_KO.get("withdraw.password")))
                .isEqualTo(SAYS_KO.get("membership.refused.WRONG_PASSWORD"));

        browser.type(SAYS_KO.get("withdraw.password"), MemberSteps.PASSWORD);
        browser.type(SAYS_KO.get("account.password.new"), NEW_PASSWORD);
        browser.type(SAYS_KO.get("account.password.newAgain"), NEW_PASSWORD);
        browser.press(SAYS_KO.get("account.password.submit"));
        assertThat(browser.pageText()).contains(SAYS_KO.get("account.password.changed"));

        browser.open("/my/profile");
        assertThat(browser.path()).as("this session stays").startsWith("/my/profile");
        other.open("/my/profile");
        assertThat(other.path()).as("the other session ended").startsWith("/login");
        assertThat(other.pageText()).contains(SAYS.get("login.sessionEnded"));
        MemberSteps.logIn(other, email, NEW_PASSWORD);
    }

    /**
     * Policy §7A: the current password that the address change asks for counts as a login's does, so a session left
     * open cannot be used to guess it: five wrong ones in a row lock the address for the form and the login alike, even
     * with the right password, the member is told by mail, and no address is changed.
     */
    @Test
    void wrongCurrentPasswordsLockTheAddressForTheFormAndTheLoginAndTellTheMember() throws Exception {
        String email = MemberSteps.newEmail("session-left-open");
        String wanted = MemberSteps.newEmail("guesser-wants");
        long member = MemberSteps.join(browser, MAIL, email, "Session Left Open");
        MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);

        for (int attempt = 1; attempt <= 5; attempt++) {
            askForNewAddress(wanted, "not-the-password-" + attempt);
            assertThat(browser.messageFor(SAYS.get("withdraw.password")))
                    .as("attempt %d", attempt)
                    .isEqualTo(SAYS.get(
                            attempt < 5 ? "membership.refused.WRONG_PASSWORD" : "membership.refused.ADDRESS_LOCKED"));
        }
        askForNewAddress(wanted, MemberSteps.PASSWORD);
        assertThat(browser.messageFor(SAYS.get("withdraw.password")))
                .as("locked even for the right password")
                .isEqualTo(SAYS.get("membership.refused.ADDRESS_LOCKED"));

        other.open("/login?lang=en");
        other.type(SAYS.get("field.email"), email);
        other.type(SAYS.get("field.password"), MemberSteps.PASSWORD);
        other.press(SAYS.get("login.submit"));
        assertThat(other.path()).as("the login is locked too").startsWith("/login");
        assertThat(other.pageText()).contains(MessageFormat.format(SAYS.get("login.locked"), "15"));

        mailWithSubject(email, MAILS.getString("locked.subject"));
        assertThat(MEMBERS.storedEmailOf(member)).isEqualTo(email);
        Thread.sleep(MAIL_SETTLES.toMillis());
        assertThat(MAIL.getReceivedMessagesForDomain(wanted))
                .as("no link to the address asked for")
                .isEmpty();
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        String email = MemberSteps.newEmail("reset");
        MemberSteps.join(browser, MAIL, email, "Forgetful Member");
        MemberSteps.logIn(other, email, MemberSteps.PASSWORD);

        askForReset(email);
        String link = pathOf(linksSentTo(email, RESET_LINK, 1).getFirst());
        setNewPassword(link);
        assertThat(browser.pageText()).contains(SAYS.get("account.reset.done"));

        other.open("/my/profile");
        assertThat(other.path()).as("every session ended").startsWith("/login");
        MemberSteps.logIn(browser, email, NEW_PASSWORD);

        browser.forgetSession();
        setNewPassword(link);
        assertThat(browser.pageText()).as("used once").contains(SAYS.get("membership.refused.INVALID_RESET_LINK"));
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutes() throws Exception {
        String email = MemberSteps.newEmail("reset-late");
        MemberSteps.join(browser, MAIL, email, "Late Member");
        browser.forgetSession();

        askForReset(email);
        String link = pathOf(linksSentTo(email, RESET_LINK, 1).getFirst());
        ServerControls.moveClock(base, Duration.ofMinutes(31));
        setNewPassword(link);

        assertThat(browser.pageText()).contains(SAYS.get("membership.refused.INVALID_RESET_LINK"));
        MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
    }

    @Test
    void aLostVerificationMailIsSentAgainAndAnyAddressHearsTheSame() throws Exception {
        String email = MemberSteps.newEmail("resend");
        MemberSteps.openFilledSignUpForm(browser, email, "Waiting Member");
        MemberSteps.submitSignUp(browser);
        linksSentTo(email, VERIFICATION_LINK, 1);

        ServerControls.moveClock(base, AFTER_RESEND_WAIT);
        askForVerification(email);
        askForVerification(MemberSteps.newEmail("resend-nobody"));
        List<String> links = linksSentTo(email, VERIFICATION_LINK, 2);

        browser.open(pathOf(links.getFirst()));
        assertThat(browser.pageText()).as("replaced").contains(SAYS.get("verify.invalid"));
        browser.open(pathOf(links.getLast()));
        assertThat(browser.pageText()).contains(SAYS.get("verify.done"));
    }

    @Test
    void anUnverifiedSignUpIsDestroyedSevenDaysAfterItAndNotADayEarlier() throws Exception {
        String due = MemberSteps.newEmail("unverified-due");
        MemberSteps.openFilledSignUpForm(browser, due, "Never Verified");
        MemberSteps.submitSignUp(browser);
        assertThat(browser.pageText()).contains(SAYS.get("signup.checkMail"));
        ServerControls.moveClock(base, Duration.ofDays(6));
        browser.forgetSession();
        String kept = MemberSteps.newEmail("unverified-kept");
        MemberSteps.openFilledSignUpForm(browser, kept, "Recently Signed");
        MemberSteps.submitSignUp(browser);
        assertThat(browser.pageText()).contains(SAYS.get("signup.checkMail"));
        assertThat(MEMBERS.memberIdOf(due)).isNotNull();

        ServerControls.moveClock(base, Duration.ofDays(7).plusHours(1));
        assertThat(ServerControls.runJob(base, RetentionOverview.ENGINE_JOB)).startsWith("SUCCEEDED");

        assertThat(MEMBERS.memberIdOf(due)).as("7 days and an hour after").isNull();
        assertThat(MEMBERS.memberIdOf(kept)).as("a day and an hour after").isNotNull();
    }

    @Test
    void aSignUpWithAMembersAddressAnswersTheSameAndTellsTheMember() throws Exception {
        String email = MemberSteps.newEmail("signup-twice");
        MemberSteps.join(browser, MAIL, email, "First Of Two");
        browser.forgetSession();

        MemberSteps.openFilledSignUpForm(browser, email, "Second Of Two");
        MemberSteps.submitSignUp(browser);

        assertThat(browser.pageText()).contains(SAYS.get("signup.checkMail"));
        assertThat(MEMBERS.accountCount(email)).isEqualTo(1);
        MimeMessage told = mailWithSubject(email, MAILS.getString("signUpAttempt.subject"));
        assertThat(String.valueOf(told.getContent())).contains(root() + "/forgot-password");

        // A third try a moment later: the same answer, and no second mail to fill the member's mailbox.
        MemberSteps.openFilledSignUpForm(browser, email, "Third Of Two");
        MemberSteps.submitSignUp(browser);
        assertThat(browser.pageText()).contains(SAYS.get("signup.checkMail"));
        Thread.sleep(MAIL_SETTLES.toMillis());
        assertThat(MAIL.getReceivedMessagesForDomain(email))
                .filteredOn(message -> MAILS.getString("signUpAttempt.subject").equals(subjectOf(message)))
                .hasSize(1);
    }

    @Test
    void aForgedHostHeaderDoesNotReachTheVerificationMail() throws Exception {
        String email = MemberSteps.newEmail("forged-host");
        MemberSteps.openFilledSignUpForm(browser, email, "Forged Host");
        MemberSteps.submitSignUp(browser);
        linksSentTo(email, VERIFICATION_LINK, 1);
        ServerControls.moveClock(base, AFTER_RESEND_WAIT);

        String page = exchangeWithHost("GET /resend-verification?lang=en HTTP/1.0\r\n", "", null);
        String form = "resend=resend&resend%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&resend%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(RawVisitor.viewStateIn(page), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(RawVisitor.nonceIn(page), StandardCharsets.UTF_8);
        String answer = exchangeWithHost("POST /resend-verification HTTP/1.0\r\n", form, sessionCookiesOf(page));
        assertThat(answer).contains(SAYS.get("account.resend.sent"));

        List<String> links = linksSentTo(email, VERIFICATION_LINK, 2);
        assertThat(links).allSatisfy(link -> assertThat(link).startsWith(root() + "/verify?token="));
        for (MimeMessage mail : MAIL.getReceivedMessagesForDomain(email)) {
            assertThat(String.valueOf(mail.getContent())).doesNotContain("evil.example");
        }
    }

    private static void askForNewAddress(String newEmail, String currentPassword) {
        browser.open("/my/account/email?lang=en");
        browser.type(SAYS.get("account.email.new"), newEmail);
        browser.type(SAYS.get("withdraw.password"), currentPassword);
        browser.press(SAYS.get("account.email.submit"));
    }

    private static void askForReset(String email) {
        browser.open("/forgot-password?lang=ko");
        browser.type(SAYS_KO.get("field.email"), email);
        browser.press(SAYS_KO.get("account.forgot.submit"));
        assertThat(browser.pageText()).contains(SAYS_KO.get("account.forgot.sent"));
    }

    private static void askForVerification(String email) {
        browser.forgetSession();
        browser.open("/resend-verification?lang=ko");
        browser.type(SAYS_KO.get("field.email"), email);
        browser.press(SAYS_KO.get("account.resend.submit"));
        assertThat(browser.pageText()).contains(SAYS_KO.get("account.resend.sent"));
    }

    /** Opens the reset link (its page in the member's language, English) and sets the new password twice. */
    private static void setNewPassword(String link) {
        browser.open(link);
        browser.type(SAYS.get("account.password.new"), NEW_PASSWORD);
        browser.type(SAYS.get("account.password.newAgain"), NEW_PASSWORD);
        browser.press(SAYS.get("account.reset.submit"));
    }

    /**
     * One HTTP/1.0 exchange over a plain socket with a forged Host header, which Java's HTTP client does not let a
     * caller set; HTTP/1.0, so that the answer comes whole, without chunks.
     */
    private String exchangeWithHost(String requestLine, String form, String sessionCookie) throws Exception {
        StringBuilder request =
                new StringBuilder(requestLine).append("Host: evil.example\r\n").append("Accept-Language: en\r\n");
        if (sessionCookie != null) {
            request.append("Cookie: ").append(sessionCookie).append("\r\n");
        }
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        if (body.length > 0) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ")
                    .append(body.length)
                    .append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * The cookies of the session the answer made, as a Cookie header's value: the session's id and, as the web
     * application is distributable, the version of its replicated state (without it the session is not found).
     */
    private static String sessionCookiesOf(String answer) {
        Matcher cookie = Pattern.compile(
                        "(?im)^Set-Cookie:\\s*(" + RawVisitor.SESSION_COOKIE + "(?:VERSION)?=[^;\\s]+)")
                .matcher(answer);
        List<String> cookies = new ArrayList<>();
        while (cookie.find()) {
            cookies.add(cookie.group(1));
        }
        assertThat(cookies).as("a session cookie in:%n%s", answer).isNotEmpty();
        return String.join("; ", cookies);
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

    /** The links of this kind in the mails GreenMail caught for this address, oldest first, at least {@code count}. */
    private static List<String> linksSentTo(String email, Pattern kind, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> links = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            links.clear();
            for (MimeMessage message : MAIL.getReceivedMessagesForDomain(email)) {
                Matcher link = kind.matcher(String.valueOf(message.getContent()));
                if (link.find()) {
                    links.add(link.group());
                }
            }
            if (links.size() >= count) {
                return List.copyOf(links);
            }
            Thread.sleep(200);
        }
        throw new AssertionError(count + " mails of " + kind + " did not reach " + email + "; found " + links);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static MimeMessage mailWithSubject(String email, String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : MAIL.getReceivedMessagesForDomain(email)) {
                if (subject.equals(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail '" + subject + "' reached " + email);
    }
}
