package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff log in apart from members (policy §7B): their own page, their own store. A member's credentials open
 * nothing of the staff console, and a member of staff's open nothing of the member pages.
 */
class StaffLoginIT extends PimsInBrowserTest {

    /** Set for the tests in server-config/test.properties, as PIMS_OFFICER_PASSWORD would be. */
    private static final String OFFICER_PASSWORD = "officer-test-2026";

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(base, MemberSteps.LANGUAGE);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void staffLogInOnTheStaffLoginPage() {
        browser.open("/admin/");
        assertThat(browser.path()).startsWith("/admin/login");

        staffLogIn(StaffSteps.HANDLER, StaffSteps.HANDLER_PASSWORD);
        assertThat(browser.path()).startsWith("/admin/");
        assertThat(browser.pageText()).contains(SAYS.get("staff.home.signedInAs") + " staff:handler");
    }

    @Test
    void aWrongPasswordOrAnUnknownLoginGetsOneMessage() {
        staffLogIn("officer", "not-the-password-1");
        assertThat(browser.pageText()).contains(SAYS.get("staff.login.failed"));
        staffLogIn("nobody", OFFICER_PASSWORD);
        assertThat(browser.pageText()).contains(SAYS.get("staff.login.failed"));
    }

    @Test
    void aMemberCanNeverActAsStaff() throws Exception {
        // Short enough for the staff login field, so that the answer is about the credential, not its length.
        String email = "m" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        MemberSteps.join(browser, MAIL, email, "Jane Doe");

        staffLogIn(email, MemberSteps.PASSWORD);
        assertThat(browser.pageText()).contains(SAYS.get("staff.login.failed"));

        MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
        browser.open("/admin/");
        assertThat(browser.pageText()).contains(SAYS.get("error.forbidden.text"));
    }

    @Test
    void staffCannotUseTheMemberLogin() {
        // The demo handler's password is one no other test changes, so the refusal is about the login page alone.
        browser.open("/login?lang=en");
        browser.skipBrowserChecks();
        browser.type(SAYS.get("field.email"), StaffSteps.HANDLER);
        browser.type(SAYS.get("field.password"), StaffSteps.HANDLER_PASSWORD);
        browser.press(SAYS.get("login.submit"));
        assertThat(browser.pageText()).contains(SAYS.get("login.failed"));

        staffLogIn(StaffSteps.HANDLER, StaffSteps.HANDLER_PASSWORD);
        assertThat(browser.path()).as("the same credential at the staff login").startsWith("/admin/");
    }

    private void staffLogIn(String loginId, String password) {
        StaffSteps.logIn(browser, loginId, password);
    }
}
