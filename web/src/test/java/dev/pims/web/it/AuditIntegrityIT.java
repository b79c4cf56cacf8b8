package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An auditor verifies the access log's chain from {@code /audit/integrity}: "Verify now" starts the verification in
 * the background, the page polls the progress bar to its end and shows the result, which is recorded with the
 * auditor's name. The page also lists the starts of auditing. The auditor is an account of this test's own
 * ({@link StaffStore#createScopedStaff}) with the AUDITOR role alone: {@link StaffAuthenticationIT} changes the demo
 * auditor's password, so a test running after it cannot log in as the demo auditor.
 */
class AuditIntegrityIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final String PASSWORD = "integrity-pass-2026";
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());

    @Test
    void theAuditorVerifiesTheChainNowAndSeesTheResult() throws Exception {
        String auditorId = STAFF.createScopedStaff("integrity-auditor", PASSWORD, Set.of("AUDITOR"), Set.of());
        String byAuditor = "staff:" + auditorId;
        long before = AUDIT_LOG.verificationsRequestedBy(byAuditor).size();
        try (Browser auditor = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(auditor, auditorId, PASSWORD);
            auditor.open("/audit/index?lang=en");
            auditor.driver().findElement(By.id("nav-integrity")).click();
            new WebDriverWait(auditor.driver(), Duration.ofSeconds(15))
                    .until(page -> auditor.path().startsWith("/audit/integrity"));
            assertThat(auditor.heading()).isEqualTo(SAYS.get("integrity.title"));
            assertThat(auditor.textOf("auditing")).contains(SAYS.get("integrity.event.started"));

            auditor.driver().findElement(By.id("integrity:verify-now")).click();
            // Until the page lists the auditor's own verification: an earlier one's outcome and bar are there before.
            WebElement bar = new WebDriverWait(auditor.driver(), Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class)
                    .until(page -> {
                        var done = page.findElements(By.id("latest-outcome"));
                        var bars = page.findElements(By.id("integrity:progress"));
                        var listed = page.findElements(By.id("integrity:verifications"));
                        return !done.isEmpty()
                                        && !bars.isEmpty()
                                        && !listed.isEmpty()
                                        && listed.get(0).getText().contains(byAuditor)
                                        && verificationsQuietly(byAuditor) > before
                                ? bars.get(0)
                                : null;
                    });
            assertThat(bar.getAttribute("aria-valuenow") + " " + bar.getText())
                    .as("the bar at its end")
                    .contains("100");
            assertThat(auditor.textOf("latest-outcome")).isEqualTo(SAYS.get("integrity.outcome.INTACT"));
            assertThat(auditor.textOf("integrity:verifications")).contains("staff:" + auditorId);
        }
        assertThat(AUDIT_LOG.verificationsRequestedBy(byAuditor))
                .filteredOn(verification -> verification.outcome().equals("INTACT"))
                .hasSizeGreaterThan((int) before);
    }

    /** How many verifications this actor asked for, for a wait's condition; -1 if the store cannot answer just now. */
    private static long verificationsQuietly(String requestedBy) {
        try {
            return AUDIT_LOG.verificationsRequestedBy(requestedBy).size();
        } catch (SQLException notNow) {
            return -1;
        }
    }

    @Test
    void aHandlerMayNotOpenTheIntegrityPage() throws Exception {
        String handlerId = StaffSteps.newHandler("audit-integrity-handler");
        try (Browser handler = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(handler, handlerId, StaffSteps.HANDLER_PASSWORD);
            handler.open("/audit/integrity?lang=en");
            assertThat(handler.pageText()).contains(SAYS.get("error.forbidden.text"));
        }
    }
}
