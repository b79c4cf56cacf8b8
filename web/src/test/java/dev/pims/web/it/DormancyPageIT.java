package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.testing.MemberStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The privacy officer's dormancy page, {@code /admin/dormancy} (policy §4C): counts of members and notices, never a
 * member; the settings in force; "Send the due notices now" with the run followed by its id to its end, and the run
 * listed among the latest. The auditors read the page without the button; a handler may not open it. The test server
 * is shared, so counts are compared before and after the members this test adds, not with fixed numbers.
 */
class DormancyPageIT extends PimsInBrowserTest {

    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final String AUDITOR_PASSWORD = "Dormancy-audit-2026";
    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    /** The test server keeps the defaults: dormant after a year, told 30 days before. */
    private static final int AFTER_DAYS = 365;

    private static final int NOTICE_DAYS = 30;

    @Test
    void theOfficerSeesCountsAndSettingsOnlyAndSendsTheDueNoticesNowFollowingTheRunToItsEnd() throws Exception {
        String officerId = StaffSteps.newOfficer("dormancy-officer");
        try (Browser officer = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            officer.open("/admin/index?lang=en");
            officer.driver().findElement(By.id("nav-dormancy")).click();
            new WebDriverWait(officer.driver(), Duration.ofSeconds(15))
                    .until(page -> officer.path().startsWith("/admin/dormancy"));
            assertThat(officer.heading()).isEqualTo(SAYS.get("dormancy.title"));
            assertThat(officer.textOf("dormancy:after-days")).isEqualTo(days(AFTER_DAYS));
            assertThat(officer.textOf("dormancy:notice-days")).isEqualTo(days(NOTICE_DAYS));
            long inNoticePeriod = count(officer, "dormancy:in-notice-period");
            long dueWithin7Days = count(officer, "dormancy:due-within-7-days");
            long dueWithin30Days = count(officer, "dormancy:due-within-30-days");
            long active = count(officer, "standing-ACTIVE");

            // One member dormant in 3 days (in the notice period: told by the run), one in 33 (notice due in 3 days),
            // one in 50 (notice due in 20 days).
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
            String toldEmail = MemberSteps.newEmail("dormancy-page-told");
            String toldName = "Counted Seo";
            long told = MEMBERS.insertVerifiedMember(toldEmail, toldName, "010-5678-9012");
            MEMBERS.setLastActiveAt(told, now.minusDays(AFTER_DAYS - 3));
            String soonEmail = MemberSteps.newEmail("dormancy-page-soon");
            String soonName = "Counted Choi";
            long soon = MEMBERS.insertVerifiedMember(soonEmail, soonName, "010-6789-0123");
            MEMBERS.setLastActiveAt(soon, now.minusDays(AFTER_DAYS - NOTICE_DAYS - 3));
            String laterEmail = MemberSteps.newEmail("dormancy-page-later");
            long later = MEMBERS.insertVerifiedMember(laterEmail, "Counted Jung", "010-7890-1234");
            MEMBERS.setLastActiveAt(later, now.minusDays(AFTER_DAYS - NOTICE_DAYS - 20));

            officer.open("/admin/dormancy?lang=en");
            assertThat(count(officer, "standing-ACTIVE")).isEqualTo(active + 3);
            assertThat(count(officer, "dormancy:in-notice-period")).isEqualTo(inNoticePeriod + 1);
            assertThat(count(officer, "dormancy:due-within-7-days")).isEqualTo(dueWithin7Days + 1);
            assertThat(count(officer, "dormancy:due-within-30-days")).isEqualTo(dueWithin30Days + 2);
            long sent = count(officer, "dormancy:sent-last-30-days");

            WebElement beforeTheRun = officer.driver().findElement(By.id("dormancy:run"));
            officer.driver().findElement(By.id("dormancy:run-now")).click();
            new WebDriverWait(officer.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.stalenessOf(beforeTheRun));
            String runId = settledTextOf(officer, "dormancy:run-id").replaceAll("\\D", "");
            assertThat(officer.pageText())
                    .contains(MessageFormat.format(SAYS.get("dormancy.started"), Long.parseLong(runId)));
            // The run is re-rendered while it polls: the bar and the result are read together, again if the poll
            // replaced them meanwhile.
            String ended = new WebDriverWait(officer.driver(), Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class)
                    .until(page -> {
                        var latest = page.findElements(By.id("dormancy:latest-run"));
                        var bars = page.findElements(By.id("dormancy:progress"));
                        return !latest.isEmpty() && !bars.isEmpty()
                                ? bars.get(0).getText() + " | " + latest.get(0).getText()
                                : null;
                    });
            String endedSays = SAYS.get("dormancy.latest.SUCCEEDED");
            assertThat(ended)
                    .as("the bar at its end")
                    .contains("100%")
                    .contains("| " + endedSays.substring(0, endedSays.indexOf('{')));
            assertThat(settledTextOf(officer, "dormancy:run-id"))
                    .as("the run it started")
                    .endsWith(runId);
            assertThat(officer.driver().findElements(By.id("dormancy:progress-count")))
                    .as("no count once the run has ended")
                    .isEmpty();
            assertThat(officer.textOf("dormancy:runs"))
                    .as("the run among the latest")
                    .contains(SAYS.get("dormancy.runs.dormancy.notices"))
                    .contains(runId)
                    .contains(SAYS.get("dormancy.outcome.SUCCEEDED"));
            assertThat(count(officer, "dormancy:sent-last-30-days"))
                    .as("at least the notice of the member in the notice period")
                    .isGreaterThanOrEqualTo(sent + 1);

            assertThat(officer.textOf("dormancy"))
                    .as("counts only: no address at all")
                    .doesNotContain("@");
            assertThat(officer.pageText())
                    .as("and no member by name or address")
                    .doesNotContain(toldEmail, soonEmail, laterEmail, toldName, soonName);
        }
    }

    @Test
    void anAuditorReadsThePageWithoutTheRunButton() throws Exception {
        // An auditor of this test's own: StaffAuthenticationIT changes the demo auditor's password.
        String auditorId = STAFF.createScopedStaff("dormancy-auditor", AUDITOR_PASSWORD, Set.of("AUDITOR"), Set.of());
        try (Browser auditor = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(auditor, auditorId, AUDITOR_PASSWORD);
            auditor.open("/audit/index?lang=en");
            auditor.driver().findElement(By.id("nav-dormancy")).click();
            new WebDriverWait(auditor.driver(), Duration.ofSeconds(15))
                    .until(page -> auditor.path().startsWith("/admin/dormancy"));
            assertThat(auditor.heading()).isEqualTo(SAYS.get("dormancy.title"));
            assertThat(auditor.driver().findElements(By.id("dormancy:run-now"))).isEmpty();
            assertThat(auditor.textOf("dormancy:read-only")).isEqualTo(SAYS.get("dormancy.run.officerOnly"));
            assertThat(auditor.textOf("dormancy:notice-days")).isEqualTo(days(NOTICE_DAYS));
        }
    }

    @Test
    void aHandlerMayNotOpenTheDormancyPage() throws Exception {
        String handlerId = StaffSteps.newHandler("dormancy-handler");
        try (Browser handler = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(handler, handlerId, StaffSteps.HANDLER_PASSWORD);
            assertThat(handler.driver().findElements(By.id("nav-dormancy"))).isEmpty();
            handler.open("/admin/dormancy?lang=en");
            assertThat(handler.pageText()).contains(SAYS.get("error.forbidden.text"));
            assertThat(handler.driver().findElements(By.id("dormancy"))).isEmpty();
        }
    }

    /** The text of an element the poll may replace while it is read: read again until it stays put. */
    private static String settledTextOf(Browser browser, String id) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElement(By.id(id)).getText());
    }

    private static String days(int days) {
        return new MessageFormat(SAYS.get("dormancy.terms.days"), Locale.ENGLISH).format(new Object[] {days});
    }

    /** A count of the page, as a number (the page writes it without grouping). */
    private static long count(Browser browser, String id) {
        return Long.parseLong(browser.textOf(id).trim());
    }
}
