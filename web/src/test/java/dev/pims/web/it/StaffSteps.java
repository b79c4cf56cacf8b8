package dev.pims.web.it;

/**
 * What a member of staff does in the browser, and the staff the tests log in as: the demo staff of
 * {@code pims.demo.staff=true} (server-config/test.properties), whose passwords need no change. Log in as one of
 * them, not as the first privacy officer: {@link StaffAuthenticationIT} walks through the officer's first login.
 */
final class StaffSteps {

    static final String HANDLER = "handler";
    static final String HANDLER_PASSWORD = "Pims-demo-2026-h";
    static final String AUDITOR = "auditor";
    static final String AUDITOR_PASSWORD = "Pims-demo-2026-a";
    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);

    private StaffSteps() {
    }

    static void logIn(Browser browser, String loginId, String password) {
        browser.open("/admin/login?lang=" + MemberSteps.LANGUAGE);
        browser.type(SAYS.get("field.loginId"), loginId);
        browser.type(SAYS.get("field.password"), password);
        browser.press(SAYS.get("login.submit"));
    }

    /** Fills the password change page and sends it. */
    static void changePassword(Browser browser, String current, String newPassword, String again) {
        browser.type(SAYS.get("field.currentPassword"), current);
        browser.type(SAYS.get("field.newPassword"), newPassword);
        browser.type(SAYS.get("field.newPasswordAgain"), again);
        browser.press(SAYS.get("staff.password.submit"));
    }
}
