package dev.pims.web.it;

import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * What a member of staff does in the browser, and the staff the tests log in as: the demo staff of
 * {@code pims.demo.staff=true} (server-config/test.properties), whose passwords need no change and whose second
 * factor is enrolled (the tests read its secret from the store, as the demo start prints it), or an officer or
 * handler a test makes for itself ({@link #newOfficer}, {@link #newHandler}). Log in as one of them, not as the first
 * privacy officer: {@link StaffAuthenticationIT} walks through the officer's first login. A test that changes the
 * rights of an account creates accounts of its own ({@link StaffStore#createStaff}), so that the demo staff keep
 * theirs.
 */
final class StaffSteps {

    static final String HANDLER = "handler";
    static final String HANDLER_PASSWORD = "Pims-demo-2026-h";
    static final String OFFICER_PASSWORD = "Pims-demo-2026-o";
    static final String AUDITOR = "auditor";
    static final String AUDITOR_PASSWORD = "Pims-demo-2026-a";

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());

    private StaffSteps() {}

    /**
     * A privacy officer of the calling test's own, enrolled, with the demo officer's password. A code is good once and
     * the server takes the codes of the step before, now and the next, so one account logs in about once a half-minute
     * at length: the tests that all logged in as the demo officer waited minutes in all for its next code, where an
     * account of a test's own takes three logins at once.
     */
    static String newOfficer(String purpose) {
        return newStaff(purpose, OFFICER_PASSWORD, Set.of("PRIVACY_OFFICER"), Set.of());
    }

    /** A handler of the calling test's own, with the demo handler's password and scope ({@link #newOfficer} says why). */
    static String newHandler(String purpose) {
        return newStaff(purpose, HANDLER_PASSWORD, Set.of("HANDLER"), demoHandlersScope());
    }

    /** A handler like {@link #newHandler} whose scope lacks one category of the demo handler's. */
    static String newHandlerWithout(String purpose, String category) {
        Set<String> categories = new HashSet<>(demoHandlersScope());
        categories.remove(category);
        return newStaff(purpose, HANDLER_PASSWORD, Set.of("HANDLER"), categories);
    }

    private static Set<String> demoHandlersScope() {
        try {
            return Set.copyOf(STAFF.categoriesOf(STAFF.idOf(HANDLER)));
        } catch (SQLException unreadable) {
            throw new IllegalStateException("No scope of the demo handler", unreadable);
        }
    }

    private static String newStaff(String purpose, String password, Set<String> roles, Set<String> categories) {
        try {
            return STAFF.createScopedStaff(purpose, password, roles, categories);
        } catch (SQLException notMade) {
            throw new IllegalStateException("No account for " + purpose, notMade);
        }
    }

    /**
     * Logs in with the password and, when the login asks for it, the code of the account's enrolled second factor,
     * as the person would type it from their app. A login that asks for something else (a password change, an
     * enrolment) or fails stays on the page it reached.
     */
    static void logIn(Browser browser, String loginId, String password) {
        logInWithPassword(browser, loginId, password);
        if (browser.path().startsWith("/admin/code")) {
            enterCode(browser, loginId);
        }
    }

    static void logInWithPassword(Browser browser, String loginId, String password) {
        browser.open("/admin/login?lang=" + MemberSteps.LANGUAGE);
        browser.type(SAYS.get("field.loginId"), loginId);
        browser.type(SAYS.get("field.password"), password);
        browser.press(SAYS.get("login.submit"));
    }

    /** Types the next code of the account's authenticator app on the code or enrolment page. */
    static void enterCode(Browser browser, String loginId) {
        try {
            enterCode(browser, loginId, Totp.nextCodeFor(loginId));
        } catch (SQLException | InterruptedException noCode) {
            throw new IllegalStateException("No code for " + loginId, noCode);
        }
    }

    static void enterCode(Browser browser, String loginId, String code) {
        browser.type(SAYS.get("field.code"), code);
        browser.press(SAYS.get("staff.code.submit"));
    }

    /** Fills the password change page and sends it. */
    static void changePassword(Browser browser, String current, String newPassword, String again) {
        browser.type(SAYS.get("field.currentPassword"), current);
        browser.type(SAYS.get("field.newPassword"), newPassword);
        browser.type(SAYS.get("field.newPasswordAgain"), again);
        browser.press(SAYS.get("staff.password.submit"));
    }
}
