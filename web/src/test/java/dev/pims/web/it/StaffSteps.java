package dev.pims.web.it;

/** What a member of staff does in the browser, as the steps of several tests. */
final class StaffSteps {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);

    private StaffSteps() {
    }

    static void logIn(Browser browser, String loginId, String password) {
        browser.open("/admin/login?lang=en");
        browser.type(SAYS.get("field.loginId"), loginId);
        browser.type(SAYS.get("field.password"), password);
        browser.press(SAYS.get("login.submit"));
    }
}
