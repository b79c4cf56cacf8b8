package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.pims.membership.testing.MemberStore;
import dev.pims.store.testing.StoreConnections;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps by which a person becomes a member and signs in, taken on the real English pages: the sign-up form
 * filled in with valid values in every field, the link of the verification e-mail that GreenMail caught, the login
 * page.
 */
final class MemberSteps {

    static final String LANGUAGE = "en";
    static final String PASSWORD = "correct-horse-42";

    private static final Labels SAYS = new Labels(LANGUAGE);
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final Pattern VERIFICATION_LINK = Pattern.compile("https?://\\S+/verify\\?token=[A-Za-z0-9_%-]+");
    private static final Pattern RESTORE_LINK = Pattern.compile("https?://\\S+/restore\\?token=[A-Za-z0-9_%-]+");

    private MemberSteps() {}

    /** An address that no earlier run used: the stores outlive a run. */
    static String newEmail(String purpose) {
        return purpose + "-" + UUID.randomUUID() + "@example.com";
    }

    /**
     * Opens the sign-up page, fills in every text field with a valid value as the browser's autofill does, chooses an
     * industry, and ticks the two required consents.
     */
    static void openFilledSignUpForm(Browser browser, String email, String name) {
        browser.open("/signup?lang=" + LANGUAGE);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SAYS.get("field.email"), email);
        values.put(SAYS.get("field.password"), PASSWORD);
        values.put(SAYS.get("field.passwordAgain"), PASSWORD);
        values.put(SAYS.get("field.name"), name);
        values.put(SAYS.get("field.mobilePhone"), "010-2345-6789");
        values.put(SAYS.get("field.companyPhone"), "02-123-4567");
        values.put(SAYS.get("field.company"), "OMNIOUS");
        values.put(SAYS.get("field.department"), "Data Platform");
        values.put(SAYS.get("field.jobTitle"), "Engineer");
        values.put(SAYS.get("field.intendedUse"), "Visual search for our catalogue.");
        values.put(SAYS.get("field.monthlyImageVolume"), "20000");
        browser.autofill(values);
        browser.choose(SAYS.get("field.industry"), SAYS.get("industry.FASHION"));
        browser.pick(SAYS.get("signup.age.yes"));
        browser.tick(SAYS.get("consent.TERMS_OF_USE") + " " + SAYS.get("consent.required"));
        browser.tick(SAYS.get("consent.PERSONAL_INFORMATION_COLLECTION") + " " + SAYS.get("consent.required"));
    }

    static void submitSignUp(Browser browser) {
        browser.press(SAYS.get("signup.submit"));
    }

    /** Signs up with valid values everywhere and opens the link of the verification e-mail. */
    static long join(Browser browser, GreenMailExtension mail, String email, String name) throws Exception {
        openFilledSignUpForm(browser, email, name);
        submitSignUp(browser);
        assertThat(browser.pageText()).contains(SAYS.get("signup.checkMail"));
        verify(browser, mail, email);
        return MEMBERS.memberIdOf(email);
    }

    /** Opens the link of the verification e-mail sent to this address. */
    static void verify(Browser browser, GreenMailExtension mail, String email) throws Exception {
        browser.open(verificationLinkSentTo(mail, email).replaceFirst("https?://[^/]+", ""));
        assertThat(browser.pageText()).contains(SAYS.get("verify.done"));
    }

    static void logIn(Browser browser, String email, String password) {
        browser.open("/login?lang=" + LANGUAGE);
        browser.type(SAYS.get("field.email"), email);
        browser.type(SAYS.get("field.password"), password);
        browser.press(SAYS.get("login.submit"));
        assertThat(browser.path()).as(browser.pageText()).startsWith("/my/profile");
    }

    /** The link of the verification e-mail GreenMail caught for this address, waiting for it a little. */
    static String verificationLinkSentTo(GreenMailExtension mail, String email) throws Exception {
        return linkSentTo(mail, email, VERIFICATION_LINK, "verification");
    }

    /** The link of the restore e-mail of a dormant account GreenMail caught for this address, waiting a little. */
    static String restoreLinkSentTo(GreenMailExtension mail, String email) throws Exception {
        return linkSentTo(mail, email, RESTORE_LINK, "restore");
    }

    private static String linkSentTo(GreenMailExtension mail, String email, Pattern wanted, String kind)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : mail.getReceivedMessagesForDomain(email)) {
                Matcher link = wanted.matcher(String.valueOf(message.getContent()));
                if (link.find()) {
                    return link.group();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No " + kind + " e-mail reached " + email);
    }
}
