package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.MemberStore.StoredVisit;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import dev.pims.usage.testing.UsageStore;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The records generated while the service is used (policy §2A(2)), each in the module that owns it: visits written on
 * the login path and shown to the member and, masked, to a handler granted them; bad use recorded by a handler, after
 * which a sign-up with the member's mobile number is refused; service use reported by the main service through the
 * internal API and shown to the member.
 */
class RecordsOfUseIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final String STAFF_PASSWORD = "Records-test-2026";
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final UsageStore USAGE = new UsageStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());

    @Test
    void loginsAndLogoutsAreVisitRecordsTheMemberSeesAndAHandlerSeesMasked() throws Exception {
        String email = MemberSteps.newEmail("visits");
        long member;
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            member = MemberSteps.join(browser, MAIL, email, "Visit Kim");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.press(SAYS.get("nav.logout"));
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/visits");

            assertThat(MEMBERS.visitsOf(member))
                    .extracting(StoredVisit::kind)
                    .containsExactly("LOGIN", "LOGOUT", "LOGIN");
            assertThat(MEMBERS.visitsOf(member)).allSatisfy(visit -> {
                assertThat(visit.clientIp()).isEqualTo("127.0.0.1");
                assertThat(visit.userAgent()).contains("Chrome");
            });
            assertThat(browser.textOf("visits"))
                    .contains(SAYS.get("visits.kind.LOGIN"), SAYS.get("visits.kind.LOGOUT"), "127.0.0.1");
        }

        String handler = STAFF.createScopedStaff(
                "visits", STAFF_PASSWORD, Set.of("HANDLER"), Set.of("ACCOUNT", "BASIC_PROFILE", "VISIT_RECORD"));
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(browser, handler, STAFF_PASSWORD);
            browser.open("/admin/members/detail?id=" + member);
            assertThat(browser.textOf("visits")).contains("127.0.***.1").doesNotContain("127.0.0.1");
        }
        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsOf("staff:" + handler))
                .as("the handler's reading of the visits, naming the member")
                .anySatisfy(access -> {
                    assertThat(access.task()).isEqualTo("VIEW");
                    assertThat(access.categories()).contains("VISIT_RECORD");
                });
    }

    @Test
    void aHandlerRecordsBadUseAndASignUpWithTheSameMobileIsRefused() throws Exception {
        // A mobile number no other test uses: while the record lasts, it keeps anyone from signing up with it.
        Random random = new Random();
        String mobile = String.format(Locale.ROOT, "010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
        long member = MEMBERS.insertVerifiedMember(MemberSteps.newEmail("bad-use"), "Bad Lee", mobile);
        String handler = STAFF.createScopedStaff(
                "bad-use", STAFF_PASSWORD, Set.of("HANDLER"), Set.of("ACCOUNT", "BASIC_PROFILE", "BAD_USE"));
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(browser, handler, STAFF_PASSWORD);
            browser.open("/admin/members/detail?id=" + member);
            browser.press(SAYS.get("care.badUse.submit"));
            assertThat(browser.pageText()).contains(SAYS.get("care.badUse.reason.required"));
            assertThat(MEMBERS.badUseOf(member))
                    .as("nothing recorded without a reason")
                    .isEmpty();

            browser.type(SAYS.get("care.badUse.reason"), "Resold search results to a third party");
            browser.press(SAYS.get("care.badUse.submit"));
            assertThat(browser.pageText()).contains(SAYS.get("care.badUse.recorded"));
        }
        assertThat(MEMBERS.badUseOf(member)).singleElement().satisfies(record -> {
            assertThat(record.recordedBy()).isEqualTo(handler);
            assertThat(record.reason()).isEqualTo("Resold search results to a third party");
            assertThat(record.emailHashed()).isTrue();
            assertThat(record.mobileHashed()).isTrue();
        });

        String another = MemberSteps.newEmail("bad-use-again");
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            MemberSteps.openFilledSignUpForm(browser, another, "Bad Lee");
            browser.type(SAYS.get("field.mobilePhone"), mobile.replace("-", ""));
            MemberSteps.submitSignUp(browser);
            assertThat(browser.pageText()).contains(SAYS.get("membership.refused.SIGN_UP_NOT_ACCEPTED"));
        }
        assertThat(MEMBERS.memberIdOf(another))
                .as("no account for the refused sign-up")
                .isNull();
    }

    @Test
    void theMainServiceReportsUseThroughTheInternalApiAndTheMemberSeesIt() throws Exception {
        String email = MemberSteps.newEmail("usage");
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            long member = MemberSteps.join(browser, MAIL, email, "Usage Park");

            assertThat(reportUse(null, member, "SEARCH_RUN", "linen shirt").statusCode())
                    .as("no token")
                    .isEqualTo(403);
            assertThat(reportUse("wrong-token", member, "SEARCH_RUN", "linen shirt")
                            .statusCode())
                    .as("a wrong token")
                    .isEqualTo(403);
            assertThat(reportUse(InternalApi.TOKEN, member, "DANCED", "linen shirt")
                            .statusCode())
                    .as("an unknown kind")
                    .isEqualTo(422);
            assertThat(reportUse(InternalApi.TOKEN, 1, "SEARCH_RUN", "linen shirt")
                            .statusCode())
                    .as("no such member")
                    .isEqualTo(404);
            assertThat(USAGE.detailsOf(member))
                    .as("nothing stored by a refused call")
                    .isEmpty();

            assertThat(reportUse(InternalApi.TOKEN, member, "SEARCH_RUN", "linen shirt")
                            .statusCode())
                    .isEqualTo(204);
            assertThat(USAGE.detailsOf(member)).containsExactly("linen shirt");

            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/usage");
            assertThat(browser.pageText()).contains(SAYS.get("usage.kind.SEARCH_RUN"), "linen shirt");
        }
    }

    private HttpResponse<String> reportUse(String token, long member, String kind, String detail) throws Exception {
        return InternalApi.report(
                base,
                "usage",
                token,
                "{\"memberId\":" + member + ",\"kind\":\"" + kind + "\",\"detail\":\"" + detail + "\"}");
    }
}
