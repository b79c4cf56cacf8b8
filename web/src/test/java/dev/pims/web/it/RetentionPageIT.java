package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The privacy officer's retention page, {@code /admin/retention} (policy §4, §6): every rule with its period in words,
 * "Run now" with the run's progress polled to its end, the latest runs and the destruction ledger with its CSV file.
 * The auditors read the same page without the button; a handler may not open it. Each test logs in as an account of
 * its own ({@link StaffStore#createScopedStaff}), so that the demo staff keep theirs.
 */
class RetentionPageIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final String PASSWORD = "retention-pass-2026";
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());

    @Test
    void theOfficerRunsTheDestructionNowAndSeesTheRunAndTheLedger() throws Exception {
        String officerId = STAFF.createScopedStaff("retention-po", PASSWORD, Set.of("PRIVACY_OFFICER"), Set.of());
        try (Browser officer = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(officer, officerId, PASSWORD);
            officer.open("/admin/index?lang=en");
            officer.driver().findElement(By.id("nav-retention")).click();
            new WebDriverWait(officer.driver(), Duration.ofSeconds(15))
                    .until(page -> officer.path().startsWith("/admin/retention"));
            assertThat(officer.heading()).isEqualTo(SAYS.get("retention.title"));
            assertThat(officer.textOf("retention:rules"))
                    .as("the membership module's rules by their records, their periods in words")
                    .contains("Member information after withdrawal (separated store)", "1 year", "5 years")
                    .doesNotContain("membership.separated-members");

            WebElement beforeTheRun = officer.driver().findElement(By.id("retention:run"));
            officer.driver().findElement(By.id("retention:run-now")).click();
            new WebDriverWait(officer.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.stalenessOf(beforeTheRun));
            // The form is re-rendered while it polls: the bar and the result are read together, again if the poll
            // replaced them meanwhile.
            String ended = new WebDriverWait(officer.driver(), Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class)
                    .until(page -> {
                        var latest = page.findElements(By.id("retention:latest-run"));
                        var bars = page.findElements(By.id("retention:progress"));
                        return !latest.isEmpty() && !bars.isEmpty()
                                ? bars.get(0).getAttribute("aria-valuenow") + " "
                                        + bars.get(0).getText() + " | "
                                        + latest.get(0).getText()
                                : null;
                    });
            assertThat(ended).as("the bar at its end").contains("100%").contains("| The latest run ended at");
            assertThat(officer.driver().findElements(By.id("retention:progress-count")))
                    .as("no count once the run has ended")
                    .isEmpty();
            assertThat(officer.textOf("retention:runs")).contains(SAYS.get("retention.outcome.SUCCEEDED"));

            officer.driver().findElement(By.id("retention:download-ledger")).click();
            List<String> lines =
                    officer.downloaded("destruction-ledger.csv").lines().toList();
            assertThat(lines.get(0)).endsWith("job run,rule,records,oldest,newest,destroyed at");
        }
    }

    @Test
    void anAuditorReadsThePageWithoutTheRunButton() throws Exception {
        String auditorId = STAFF.createScopedStaff("retention-auditor", PASSWORD, Set.of("AUDITOR"), Set.of());
        try (Browser auditor = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(auditor, auditorId, PASSWORD);
            auditor.open("/audit/index?lang=en");
            auditor.driver().findElement(By.id("nav-retention")).click();
            new WebDriverWait(auditor.driver(), Duration.ofSeconds(15))
                    .until(page -> auditor.path().startsWith("/admin/retention"));
            assertThat(auditor.heading()).isEqualTo(SAYS.get("retention.title"));
            assertThat(auditor.driver().findElements(By.id("retention:run-now")))
                    .isEmpty();
            assertThat(auditor.textOf("retention:read-only")).isEqualTo(SAYS.get("retention.run.officerOnly"));
            assertThat(auditor.textOf("retention:rules")).contains("1 year");
            assertThat(auditor.driver().findElements(By.id("retention:download-ledger")))
                    .hasSize(1);
        }
    }

    @Test
    void aHandlerMayNotOpenTheRetentionPage() throws Exception {
        String handlerId = StaffSteps.newHandler("retention-handler");
        try (Browser handler = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(handler, handlerId, StaffSteps.HANDLER_PASSWORD);
            assertThat(handler.driver().findElements(By.id("nav-retention"))).isEmpty();
            handler.open("/admin/retention?lang=en");
            assertThat(handler.pageText()).contains(SAYS.get("error.forbidden.text"));
        }
    }
}
