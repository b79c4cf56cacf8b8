package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pims.audit.testing.AuditStore;
import dev.pims.audit.testing.SyntheticAccess;
import dev.pims.inspection.testing.InspectionStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The auditors' workspace (safety-measures standard Art. 8) in the browser, as an auditor: the access records
 * filtered, opened and exported for a reason (the export itself a DOWNLOAD record), the dashboard's charts, and a
 * monthly inspection over a month of synthetic activity, reviewed, signed off and downloaded; a handler is refused.
 * The auditor is an account of this test's own ({@link StaffStore#createScopedStaff}): StaffAuthenticationIT changes
 * the demo auditor's password, so in a full run the demo auditor's may no longer be the one {@link StaffSteps} knows.
 */
class AuditorWorkspaceIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final String PASSWORD = "Audit-test-2026";

    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final InspectionStore INSPECTIONS = new InspectionStore(StoreConnections.operational());

    private final SyntheticAccess access = new SyntheticAccess(StoreConnections.operational());
    private Browser browser;
    private String tag;
    private String auditor;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(base, MemberSteps.LANGUAGE);
        tag = UUID.randomUUID().toString().substring(0, 8);
        auditor = STAFF.createScopedStaff("auditor", PASSWORD, Set.of("AUDITOR"), Set.of());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAuditorFiltersOpensAndExportsTheAccessRecords() throws Exception {
        String kim = "staff:kim-" + tag;
        String lee = "staff:lee-" + tag;
        long subject = 900_000_000L + Math.abs(tag.hashCode() % 1_000_000);
        long kimViews = access.record(
                LocalDateTime.of(2025, 6, 10, 1, 0),
                kim,
                "HANDLER",
                "VIEW",
                "ACCOUNT,BASIC_PROFILE",
                "SUCCESS",
                null,
                List.of(subject));
        long kimSearches = access.record(
                LocalDateTime.of(2025, 6, 11, 2, 0),
                kim,
                "HANDLER",
                "SEARCH",
                "ACCOUNT,BASIC_PROFILE",
                "SUCCESS",
                null,
                List.of(subject + 1, subject + 2));
        long kimDownloads = access.record(
                LocalDateTime.of(2025, 6, 12, 3, 0),
                kim,
                "HANDLER",
                "DOWNLOAD",
                "ACCOUNT,BASIC_PROFILE",
                "SUCCESS",
                "Member asked for a copy",
                List.of(subject));
        long leeViews = access.record(
                LocalDateTime.of(2025, 6, 10, 4, 0),
                lee,
                "HANDLER",
                "VIEW",
                "BASIC_PROFILE",
                "SUCCESS",
                null,
                List.of(subject));

        StaffSteps.logIn(browser, auditor, PASSWORD);
        browser.open("/audit/records?lang=en");
        assertThat(browser.heading()).isEqualTo(SAYS.get("audit.records.title"));

        filter(kim, null, null, null, null);
        assertThat(shownIds()).containsExactly(kimDownloads, kimSearches, kimViews);

        filter(null, subject, null, null, null);
        assertThat(shownIds()).containsExactly(kimDownloads, leeViews, kimViews);

        filter(null, null, "audit.task.DOWNLOAD", "2025-06-01 00:00", "2025-07-01 00:00");
        assertThat(shownIds()).containsExactly(kimDownloads);

        filter(kim, null, null, "2025-06-10 00:00", "2025-06-11 00:00");
        assertThat(shownIds()).containsExactly(kimViews);

        browser.driver().findElement(By.linkText(Long.toString(kimViews))).click();
        assertThat(browser.heading()).isEqualTo(SAYS.get("audit.record.title"));
        assertThat(browser.textOf("record-actor")).isEqualTo(kim);
        assertThat(browser.textOf("record-subjects")).isEqualTo(Long.toString(subject));
        assertThat(browser.textOf("record-categories")).isEqualTo("ACCOUNT,BASIC_PROFILE");
        assertThat(browser.textOf("record-ip")).isEqualTo("10.0.0.7");

        browser.open("/audit/records?lang=en");
        filter(kim, null, null, null, null);
        browser.type(SAYS.get("audit.export.reason"), "Quarterly review of handler " + tag);
        // The answer is a file, not a page: the button's page stays, so it is clicked rather than pressed.
        browser.driver().findElement(By.id("export:download")).click();
        List<String> lines = browser.downloaded("access-records.csv")
                .replace("\uFEFF", "")
                .lines()
                .toList();
        assertThat(lines.get(0)).startsWith("ID,OCCURRED_AT_UTC,ACTOR_ID");
        assertThat(lines.subList(1, lines.size()))
                .extracting(line -> Long.parseLong(line.split(",")[0]))
                .containsExactly(kimDownloads, kimSearches, kimViews);
        assertThat(lines.get(1)).contains("Member asked for a copy");

        List<AuditStore.Access> downloads = AUDIT_LOG.recordsOf("staff:" + auditor).stream()
                .filter(record -> record.task().equals("DOWNLOAD"))
                .toList();
        assertThat(downloads).isNotEmpty();
        AuditStore.Access export = downloads.get(downloads.size() - 1);
        assertThat(export.reason()).isEqualTo("Quarterly review of handler " + tag);
        assertThat(export.actorRole()).isEqualTo("AUDITOR");
        assertThat(export.outcome()).isEqualTo("SUCCESS");
        assertThat(export.operation()).isEqualTo("DefaultAccessLog.export");
        assertThat(export.detail()).contains("3 access records").contains("actor=" + kim);
    }

    /** A file is an answer like a page: the export of access records keeps every protection of the filter. */
    @Test
    void anExportedFileCarriesTheBrowserProtections() throws Exception {
        StaffSteps.logIn(browser, auditor, PASSWORD);
        browser.open("/audit/records?lang=en");
        browser.type(SAYS.get("audit.export.reason"), "Header check " + tag);
        Map<String, String> headers = browser.headersOfPost("export", "export:download");
        assertThat(headers)
                .containsEntry(":status", "200")
                .containsEntry("content-disposition", "attachment; filename=\"access-records.csv\"")
                .containsEntry("cache-control", "no-store")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "no-referrer");
        assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void theDashboardDrawsItsCharts() throws Exception {
        StaffSteps.logIn(browser, auditor, PASSWORD);
        browser.open("/audit/dashboard?lang=en");
        assertThat(browser.heading()).isEqualTo(SAYS.get("audit.dashboard.title"));
        for (String chart : List.of("by-task", "top-actors", "downloads", "denied")) {
            WebElement canvas = browser.driver().findElement(By.cssSelector("[id='" + chart + "'] canvas"));
            assertThat(canvas.getSize().getWidth()).as(chart).isPositive();
            // Chart.js drew a chart on the canvas, with the data sets the page sent.
            Object datasets = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript(
                            "const drawn = window.Chart && Chart.getChart(arguments[0]);"
                                    + "return drawn ? drawn.data.datasets.length : -1;",
                            canvas);
            assertThat(((Number) datasets).intValue()).as(chart).isPositive();
        }
        // The auditor's own login and page views are today's records, so today's bar is not empty.
        assertThat(browser.textOf("totals")).contains(SAYS.get("audit.dashboard.total"));

        browser.type(SAYS.get("audit.dashboard.from"), "2025-06-01");
        browser.type(SAYS.get("audit.dashboard.to"), "2025-06-30");
        browser.press(SAYS.get("audit.dashboard.show"));
        assertThat(browser.driver().findElements(By.cssSelector(".chart-panel canvas")))
                .hasSize(4);
    }

    @Test
    void aMonthlyInspectionFlagsExactlyWhatItShouldAndKeepsReviewsAndSignOff() throws Exception {
        String login = "insp-" + tag;
        String handler = "staff:" + login;
        // March 2025 in Seoul (UTC+9). Tuesday the 4th, 10:00: one search showing 101 members (bulk).
        access.record(
                LocalDateTime.of(2025, 3, 4, 1, 0),
                handler,
                "HANDLER",
                "SEARCH",
                "ACCOUNT,BASIC_PROFILE",
                "SUCCESS",
                null,
                LongStream.rangeClosed(1, 101)
                        .map(i -> 800_000_000L + i)
                        .boxed()
                        .toList());
        // Wednesday the 5th, 22:00: a view after office hours.
        access.record(
                LocalDateTime.of(2025, 3, 5, 13, 0),
                handler,
                "HANDLER",
                "VIEW",
                "BASIC_PROFILE",
                "SUCCESS",
                null,
                List.of(800_000_001L));
        // Thursday the 6th, 11:00: a download with its reason.
        long download = access.record(
                LocalDateTime.of(2025, 3, 6, 2, 0),
                handler,
                "HANDLER",
                "DOWNLOAD",
                "ACCOUNT",
                "SUCCESS",
                "Member asked for a copy",
                List.of(800_000_002L));
        // Friday the 7th, 14:00: five denied attempts.
        for (int i = 0; i < 5; i++) {
            access.record(
                    LocalDateTime.of(2025, 3, 7, 5, i), handler, "HANDLER", "VIEW", "", "DENIED", null, List.of());
        }
        // Logins: a known address in February and March, a new one on Monday the 10th.
        STAFF.recordLogin(login, LocalDateTime.of(2025, 2, 20, 0, 30), "10.1.1.1", "SUCCESS");
        STAFF.recordLogin(login, LocalDateTime.of(2025, 3, 4, 0, 30), "10.1.1.1", "SUCCESS");
        STAFF.recordLogin(login, LocalDateTime.of(2025, 3, 10, 1, 0), "10.2.2.2", "SUCCESS");
        STAFF.recordLogin(login, LocalDateTime.of(2025, 3, 11, 1, 0), "10.3.3.3", "BAD_CREDENTIALS");

        StaffSteps.logIn(browser, auditor, PASSWORD);
        browser.open("/audit/inspections?lang=en");
        browser.type(SAYS.get("inspection.month"), "2025-03");
        browser.press(SAYS.get("inspection.submit"));
        assertThat(browser.pageText()).contains(SAYS.get("inspection.kind.BULK_ACCESS"));

        List<InspectionStore.Flag> flags = INSPECTIONS.flagsOf("2025-03");
        assertThat(flags)
                .extracting(
                        InspectionStore.Flag::kind,
                        InspectionStore.Flag::actorId,
                        InspectionStore.Flag::day,
                        InspectionStore.Flag::observed,
                        InspectionStore.Flag::detail)
                .containsExactlyInAnyOrder(
                        tuple("BULK_ACCESS", handler, LocalDate.of(2025, 3, 4), 101L, null),
                        tuple("OFF_HOURS", handler, LocalDate.of(2025, 3, 5), 1L, null),
                        tuple("DOWNLOAD", handler, LocalDate.of(2025, 3, 6), 1L, "Member asked for a copy"),
                        tuple("REPEATED_DENIED", handler, LocalDate.of(2025, 3, 7), 5L, null),
                        tuple("NEW_ADDRESS", handler, LocalDate.of(2025, 3, 10), 1L, "10.2.2.2"));
        assertThat(flags)
                .filteredOn(flag -> "DOWNLOAD".equals(flag.kind()))
                .extracting(flag -> flag.recordId().longValue())
                .containsExactly(download);
        assertThat(INSPECTIONS.countsOf("2025-03", handler))
                .extracting(count -> count.task() + " " + count.records())
                .containsExactly("DOWNLOAD 1", "SEARCH 1", "VIEW 6");

        // Made once: asking again shows the same report.
        browser.type(SAYS.get("inspection.month"), "2025-03");
        browser.press(SAYS.get("inspection.submit"));
        assertThat(INSPECTIONS.reportCount("2025-03")).isEqualTo(1);
        assertThat(INSPECTIONS.flagsOf("2025-03")).hasSize(5);

        browser.press(SAYS.get("inspection.signOff.submit"));
        assertThat(browser.pageText()).contains(SAYS.get("inspection.refused.FLAGS_NOT_REVIEWED"));

        for (int index = 0; index < 5; index++) {
            int row = index;
            browser.driver()
                    .findElement(By.id("report:flags:" + row + ":note"))
                    .sendKeys("Checked with the team " + row);
            WebElement button = browser.driver().findElement(By.id("report:flags:" + row + ":review"));
            button.click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .until(page -> !page.findElements(By.id("report:flags:" + row + ":reviewed"))
                            .isEmpty());
        }
        browser.type(SAYS.get("inspection.signOff.note"), "March inspected; the download reason confirmed");
        browser.press(SAYS.get("inspection.signOff.submit"));
        assertThat(browser.pageText()).contains(SAYS.get("inspection.signedOff"));

        assertThat(INSPECTIONS.flagsOf("2025-03")).allSatisfy(flag -> {
            assertThat(flag.reviewedBy()).isEqualTo("staff:" + auditor);
            assertThat(flag.reviewNote()).startsWith("Checked with the team ");
            assertThat(flag.reviewedAt()).isNotNull();
        });
        InspectionStore.Report report = INSPECTIONS.reportOf("2025-03").orElseThrow();
        assertThat(report.signedOffBy()).isEqualTo("staff:" + auditor);
        assertThat(report.signedOffAt()).isNotNull();
        assertThat(report.signOffNote()).isEqualTo("March inspected; the download reason confirmed");
        assertThat(report.createdBy()).isEqualTo("staff:" + auditor);

        browser.driver().findElement(By.id("download:csv")).click();
        String csv = browser.downloaded("inspection-2025-03.csv");
        assertThat(csv)
                .contains("REPORT,2025-03,Asia/Seoul")
                // VIEW, SEARCH, INPUT, MODIFY, DELETE, PRINT, DOWNLOAD, DESTROY, SEPARATE, RESTORE, PROVIDE, TOTAL
                .contains(handler + ",6,1,0,0,0,0,1,0,0,0,0,8")
                .contains("BULK_ACCESS")
                .contains("NEW_ADDRESS")
                .contains("10.2.2.2")
                .contains("Checked with the team 0")
                .contains("March inspected");
        browser.driver().findElement(By.id("download:pdf")).click();
        byte[] pdf = browser.downloadedBytes("inspection-2025-03.pdf");
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
    }

    @Test
    void aHandlerOpeningTheAccessRecordsGetsTheForbiddenPageAndADeniedRecord() throws Exception {
        String handlerId = StaffSteps.newHandler("auditor-workspace-handler");
        StaffSteps.logIn(browser, handlerId, StaffSteps.HANDLER_PASSWORD);
        browser.open("/audit/records?lang=en");
        assertThat(browser.status()).isEqualTo(403);
        assertThat(browser.pageText()).contains(SAYS.get("error.forbidden.text"));
        List<AuditStore.Access> denied = AUDIT_LOG.recordsOf("staff:" + handlerId).stream()
                .filter(record ->
                        record.outcome().equals("DENIED") && record.operation().equals("GET /audit/records"))
                .toList();
        assertThat(denied).isNotEmpty();
        assertThat(denied.get(0).actorRole()).isEqualTo("HANDLER");
    }

    private void filter(String actor, Long subject, String taskKey, String from, String to) {
        browser.type(SAYS.get("audit.filter.actor"), actor == null ? "" : actor);
        browser.type(SAYS.get("audit.filter.subject"), subject == null ? "" : subject.toString());
        browser.choose(
                SAYS.get("audit.filter.task"), taskKey == null ? SAYS.get("audit.filter.any") : SAYS.get(taskKey));
        browser.type(SAYS.get("audit.filter.from"), from == null ? "" : from);
        browser.type(SAYS.get("audit.filter.to"), to == null ? "" : to);
        browser.press(SAYS.get("audit.filter.submit"));
    }

    /** The record ids in the table, top to bottom. */
    private List<Long> shownIds() {
        List<Long> ids = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("[id='export:records'] tbody tr a"))) {
            ids.add(Long.parseLong(link.getText().trim()));
        }
        return ids;
    }
}
