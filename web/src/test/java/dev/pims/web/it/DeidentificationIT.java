package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.audit.testing.AuditStore.Access;
import dev.pims.deidentification.testing.DatasetStore;
import dev.pims.deidentification.testing.DatasetStore.Stored;
import dev.pims.membership.testing.MemberStore;
import dev.pims.retention.RetentionOverview;
import dev.pims.retention.testing.DestructionLedgerStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import dev.pims.usage.testing.UsageStore;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * De-identified data for improving the AI service (policy §1A, §3D). Six designers at Seoul Style and one account
 * executive at Nuri Media use the service on one day; a privacy officer builds a dataset of that day with k = 5 at
 * {@code /admin/deidentification}. Its download is refused before the sign-off and the builder's own sign-off is
 * refused; a second officer signs it off and downloads it with a reason. The file holds no direct identifier, every
 * class at least five distinct pseudonyms, one pseudonym per member, none shared with a second dataset; an attacker
 * who knows a member's job title, company and day finds five people or none, and the lone account executive is not in
 * the file at all. The download is a DOWNLOAD record with the reason and the dataset, naming no member.
 *
 * <p>An auditor reads the reports but gets no form, and a download forged for the form they do not get is not served;
 * a handler is forbidden the page. A discarding (with a reason) deletes the rows and the key and leaves the report; the
 * retention rule does the same a year after the building, and not a day earlier. The build form says what is missing
 * in Korean as in English.
 */
class DeidentificationIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels("en");
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final UsageStore USAGE = new UsageStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final DatasetStore DATASETS = new DatasetStore(StoreConnections.operational());
    private static final DestructionLedgerStore LEDGER = new DestructionLedgerStore(StoreConnections.operational());
    private static final String RETENTION_RULE = "deidentification.datasets";
    private static final String STAFF_PASSWORD = "Deidentified-data-2026";
    private static final Pattern BUILT = Pattern.compile("Dataset (\\d+) is built: k reached (\\d+)");

    /** A day of its own, away from the uses other tests record today. */
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(9);

    private record Person(long id, String email, String name, String phone) {}

    @Test
    void aSignedOffDatasetHoldsNoIdentifierAndNobodyCanBeSingledOutOfIt() throws Exception {
        String officerId = StaffSteps.newOfficer("deidentification-officer");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Person> designers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            designers.add(member("deid-designer-" + i, "Designer " + run + i, "Product Designer", "Seoul Style"));
        }
        Person lone = member("deid-lone", "Lone " + run, "Account Executive", "Nuri Media");
        for (Person designer : designers) {
            USAGE.insertUse(designer.id(), DAY.atTime(9, 15), "SEARCH_RUN", "linen shirt for " + designer.name());
            USAGE.insertUse(designer.id(), DAY.atTime(16, 40), "IMAGE_SUBMITTED", "image-" + designer.id());
        }
        USAGE.insertUse(lone.id(), DAY.atTime(11, 0), "RECOMMENDATION_CLICKED", "item-" + lone.id());

        String secondOfficer =
                STAFF.createScopedStaff("deid-officer", STAFF_PASSWORD, Set.of("PRIVACY_OFFICER"), Set.of());
        String reason = "Retraining the image tagger " + run;
        long first;
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            first = build(officer, "Improving image recognition with one day of uses " + run);

            act(officer, first, "deid.downloadButton", "Too early " + run);
            assertThat(officer.pageText())
                    .as("no download before a second officer signs the report off")
                    .contains(SAYS.get("deid.refused.NOT_SIGNED_OFF"));
            act(officer, first, "deid.signOffButton", null);
            assertThat(officer.pageText())
                    .as("the builder cannot sign off their own dataset")
                    .contains(SAYS.get("deid.refused.SIGNED_OFF_BY_BUILDER"))
                    .contains(SAYS.get("deid.status.awaiting"));
        }

        String csv;
        long second;
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, secondOfficer, STAFF_PASSWORD);
            act(officer, first, "deid.signOffButton", null);
            assertThat(officer.pageText()).contains(MessageFormat.format(SAYS.get("deid.signedOff"), first));
            csv = download(officer, first, reason);
            second = build(officer, "A second dataset of the same day, for comparison " + run);
        }
        String secondCsv;
        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            act(officer, second, "deid.signOffButton", null);
            secondCsv = download(officer, second, reason);
        }

        List<String[]> rows = rowsOf(csv);
        assertThat(csv).startsWith("pseudonym,job_family,industry,period,usage_kind");
        Map<String, Set<String>> pseudonymsByClass = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> row[1] + "|" + row[2] + "|" + row[3],
                        Collectors.mapping(row -> row[0], Collectors.toSet())));
        assertThat(pseudonymsByClass)
                .as("every class holds at least five distinct pseudonyms")
                .allSatisfy(
                        (quasiIdentifiers, pseudonyms) -> assertThat(pseudonyms).hasSizeGreaterThanOrEqualTo(5));

        List<Person> everyone = new ArrayList<>(designers);
        everyone.add(lone);
        for (Person person : everyone) {
            assertThat(csv)
                    .as("no direct identifier of %s", person.email())
                    .doesNotContain(person.email(), person.name(), person.phone(), "Seoul Style", "Nuri Media");
            assertThat(rows)
                    .as("no member id as a value")
                    .noneMatch(row -> Arrays.asList(row).contains(String.valueOf(person.id())));
        }
        assertThat(csv).doesNotContain("linen shirt", "Product Designer", "Account Executive");

        // The attacker knows a designer's job title, company and the day they used the service.
        String designersClass = "DESIGN|FASHION|" + DAY;
        List<String[]> designersRows = rows.stream()
                .filter(row -> (row[1] + "|" + row[2] + "|" + row[3]).equals(designersClass))
                .toList();
        Map<String, Long> rowsPerPseudonym =
                designersRows.stream().collect(Collectors.groupingBy(row -> row[0], Collectors.counting()));
        assertThat(rowsPerPseudonym)
                .as("the attacker finds six people, not one, each of their two uses under one pseudonym")
                .hasSize(6)
                .allSatisfy((pseudonym, count) -> assertThat(count).isEqualTo(2));
        assertThat(rows)
                .as("the account executive, alone in their class, is not in the file at all")
                .noneMatch(row -> row[1].equals("SALES") && row[2].equals("MEDIA") && row[3].equals(DAY.toString()));

        Set<String> secondDesigners = rowsOf(secondCsv).stream()
                .filter(row -> (row[1] + "|" + row[2] + "|" + row[3]).equals(designersClass))
                .map(row -> row[0])
                .collect(Collectors.toSet());
        assertThat(secondDesigners)
                .as("a second dataset, under its own key, gives the same six members other pseudonyms")
                .hasSize(6)
                .doesNotContainAnyElementsOf(rowsPerPseudonym.keySet());

        AUDIT_LOG.awaitSealed();
        List<Access> downloads = AUDIT_LOG.recordsOf("staff:" + secondOfficer).stream()
                .filter(access -> access.operation().equals("DefaultDatasetCustody.download"))
                .toList();
        assertThat(downloads).singleElement().satisfies(download -> {
            assertThat(download.task()).isEqualTo("DOWNLOAD");
            assertThat(download.outcome()).isEqualTo("SUCCESS");
            assertThat(download.reason()).isEqualTo(reason);
            assertThat(download.detail()).contains("de-identified dataset " + first);
            assertThat(download.categories()).contains("SERVICE_USAGE", "BASIC_PROFILE");
            assertThat(AUDIT_LOG.subjectsOf(download.id()))
                    .as("the download names no member")
                    .isEmpty();
        });
        assertThat(AUDIT_LOG.recordsOf("staff:" + officerId).stream()
                        .filter(access -> access.operation().equals("DefaultDatasetCustody.download"))
                        .filter(access -> ("Too early " + run).equals(access.reason())))
                .as("the download before the sign-off is recorded as DENIED")
                .singleElement()
                .satisfies(refused -> assertThat(refused.outcome()).isEqualTo("DENIED"));
        for (Person designer : designers) {
            assertThat(AUDIT_LOG.recordsNaming(designer.id()))
                    .as("the building read the designer's uses and job on the audited road")
                    .extracting(Access::operation)
                    .contains("DefaultUsageForImprovement.usesBetween", "DefaultWorkAttributes.ofMembers");
        }
    }

    @Test
    void anAuditorReadsTheReportsButGetsNoFormAndAForgedDownloadIsNotServed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String purpose = "A dataset the auditor reads about " + run;
        long dataset = DATASETS.placeBuiltAt(LocalDateTime.now(ZoneOffset.UTC).minusHours(2), purpose);
        DATASETS.signOff(dataset, "deid-second-officer");
        String auditor = STAFF.createScopedStaff("deid-auditor", STAFF_PASSWORD, Set.of("AUDITOR"), Set.of());

        try (Browser browser = new Browser(base, "en")) {
            StaffSteps.logIn(browser, auditor, STAFF_PASSWORD);
            browser.open("/admin/deidentification?lang=en");
            assertThat(browser.status()).isEqualTo(200);
            assertThat(reportRow(browser, purpose))
                    .as("the auditor reads the report")
                    .contains(String.valueOf(dataset))
                    .contains(MessageFormat.format(SAYS.get("deid.keptAndSuppressed"), 5, 0));
            assertThat(browser.pageText())
                    .contains(SAYS.get("deid.officerOnly"))
                    .doesNotContain(
                            SAYS.get("deid.buildButton"),
                            SAYS.get("deid.signOffButton"),
                            SAYS.get("deid.downloadButton"),
                            SAYS.get("deid.discardButton"));
            assertThat(browser.driver().findElements(By.id("deid")))
                    .as("no build form")
                    .isEmpty();
            assertThat(browser.driver().findElements(By.id("actions")))
                    .as("no sign-off, download or discard form")
                    .isEmpty();

            // The fields the officer's download button would post, with the view state of the page's own
            // (logout) form: the form they belong to is not in the auditor's view, so nothing decodes them.
            Map<String, String> answer = browser.headersOfForgedPost(Map.of(
                    "actions",
                    "actions",
                    "actions:datasetId",
                    String.valueOf(dataset),
                    "actions:reason",
                    "Forged by an auditor " + run,
                    "actions:download",
                    ""));
            assertThat(answer)
                    .as("no file is served: %s", answer)
                    .doesNotContainKey("content-disposition")
                    .doesNotContainKey(":error");
            assertThat(answer.getOrDefault("content-type", "")).doesNotContain("csv");
        }
        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsOf("staff:" + auditor))
                .as("the auditor downloaded nothing")
                .noneMatch(access -> access.operation().equals("DefaultDatasetCustody.download")
                        && access.outcome().equals("SUCCESS"));
    }

    @Test
    void aHandlerIsForbiddenThePage() throws Exception {
        String handlerId = StaffSteps.newHandler("deidentification-handler");
        try (Browser browser = new Browser(base, "en")) {
            StaffSteps.logIn(browser, handlerId, StaffSteps.HANDLER_PASSWORD);
            browser.open("/admin/deidentification?lang=en");
            assertThat(browser.status()).isEqualTo(403);
            assertThat(browser.pageText())
                    .contains(SAYS.get("error.forbidden.text"))
                    .doesNotContain(SAYS.get("deid.list"));
        }
    }

    @Test
    void anOfficerDiscardsASignedOffDatasetWithAReasonAndOnlyItsReportStays() throws Exception {
        String officerId = StaffSteps.newOfficer("deidentification-officer");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String purpose = "A dataset to be discarded " + run;
        long dataset = DATASETS.placeBuiltAt(LocalDateTime.now(ZoneOffset.UTC).minusHours(2), purpose);
        DATASETS.signOff(dataset, "deid-second-officer");
        assertThat(DATASETS.of(dataset).rows()).isEqualTo(5);
        String reason = "The retraining is cancelled " + run;

        try (Browser officer = new Browser(base, "en")) {
            StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
            act(officer, dataset, "deid.discardButton", "");
            assertThat(officer.messageFor(SAYS.get("deid.reason")))
                    .as("a discarding needs a reason")
                    .isEqualTo(MessageFormat.format(SAYS.get("deid.reason.invalid"), 200));
            assertThat(DATASETS.of(dataset).rows()).isEqualTo(5);

            act(officer, dataset, "deid.discardButton", reason);
            assertThat(officer.pageText()).contains(MessageFormat.format(SAYS.get("deid.discarded"), dataset));
            assertThat(reportRow(officer, purpose))
                    .as("the report stays and says it was destroyed")
                    .contains("Destroyed by " + officerId + " at");

            act(officer, dataset, "deid.downloadButton", "Too late " + run);
            assertThat(officer.pageText())
                    .as("a discarded dataset is not downloaded")
                    .contains(SAYS.get("deid.refused.DESTROYED"));
        }

        Stored stored = DATASETS.of(dataset);
        assertThat(stored.rows()).as("its rows are gone").isZero();
        assertThat(stored.keyHeld()).as("its key is gone").isFalse();
        assertThat(stored.destroyedBy()).isEqualTo(officerId);
        assertThat(stored.destroyedAt()).isNotNull();

        AUDIT_LOG.awaitSealed();
        List<Access> mine = AUDIT_LOG.recordsOf("staff:" + officerId);
        assertThat(mine.stream().filter(access -> reason.equals(access.reason())))
                .as("the discarding is a DESTROY record with its reason, naming the dataset and no member")
                .singleElement()
                .satisfies(destroy -> {
                    assertThat(destroy.operation()).isEqualTo("DefaultDatasetCustody.discard");
                    assertThat(destroy.task()).isEqualTo("DESTROY");
                    assertThat(destroy.outcome()).isEqualTo("SUCCESS");
                    assertThat(destroy.detail()).isEqualTo("de-identified dataset " + dataset);
                    assertThat(destroy.categories()).contains("SERVICE_USAGE", "BASIC_PROFILE");
                    assertThat(AUDIT_LOG.subjectsOf(destroy.id())).isEmpty();
                });
        assertThat(mine.stream().filter(access -> ("Too late " + run).equals(access.reason())))
                .as("the download after the discarding is recorded as DENIED")
                .singleElement()
                .satisfies(refused -> assertThat(refused.outcome()).isEqualTo("DENIED"));
    }

    @Test
    void retentionDestroysADatasetAYearAfterItsBuildingAndNotADayEarlier() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // The server's clock is real time (as in PaymentsIT): the datasets are placed in the past instead.
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long due = DATASETS.placeBuiltAt(now.minusYears(1).minusDays(1), "Built a year and a day ago " + run);
        long kept = DATASETS.placeBuiltAt(now.minusYears(1).plusDays(1), "Built a year less a day ago " + run);
        int chunksBefore = LEDGER.chunksOf(RETENTION_RULE).size();

        String result = ServerControls.runJob(base, RetentionOverview.ENGINE_JOB);

        assertThat(result).startsWith("SUCCEEDED");
        Stored destroyed = DATASETS.of(due);
        assertThat(destroyed.rows()).as("the rows of the dataset due").isZero();
        assertThat(destroyed.keyHeld()).as("the key of the dataset due").isFalse();
        assertThat(destroyed.destroyedBy()).isEqualTo("retention");
        Stored held = DATASETS.of(kept);
        assertThat(held.rows()).as("the rows of the dataset a day from due").isEqualTo(5);
        assertThat(held.keyHeld()).isTrue();
        assertThat(held.destroyedAt()).isNull();
        assertThat(LEDGER.chunksOf(RETENTION_RULE))
                .as("the destruction ledger has the rule's entry")
                .hasSizeGreaterThan(chunksBefore)
                .last()
                .satisfies(chunk -> assertThat(chunk.records()).isPositive());
    }

    @Test
    void theBuildFormSaysAPurposeIsMissingInKoreanAsInEnglish() throws Exception {
        String officerId = StaffSteps.newOfficer("deidentification-officer");
        for (String language : List.of("ko", "en")) {
            Labels says = new Labels(language);
            try (Browser officer = new Browser(base, language)) {
                StaffSteps.logIn(officer, officerId, StaffSteps.OFFICER_PASSWORD);
                officer.open("/admin/deidentification?lang=" + language);
                officer.type(says.get("deid.purpose"), "");
                officer.type(says.get("deid.k"), "3");
                officer.press(says.get("deid.buildButton"));
                assertThat(officer.messageFor(says.get("deid.purpose")))
                        .as("the missing purpose in %s", language)
                        .isEqualTo(says.validation("pims.deid.purpose.required"));
                assertThat(officer.messageFor(says.get("deid.k")))
                        .as("k under the floor in %s", language)
                        .isEqualTo(says.validation("pims.deid.k.range"));
            }
        }
    }

    /** The text of the list's row whose purpose this is. */
    private static String reportRow(Browser browser, String purpose) {
        return browser.driver()
                .findElement(By.xpath("//*[@id='reports']//tr[td[contains(., '" + purpose + "')]]"))
                .getText();
    }

    private static Person member(String purpose, String name, String jobTitle, String company) throws Exception {
        String email = MemberSteps.newEmail(purpose);
        String phone = String.format(
                java.util.Locale.ROOT, "010-%04d-%04d", (int) (Math.random() * 10_000), (int) (Math.random() * 10_000));
        return new Person(MEMBERS.insertVerifiedMember(email, name, phone, jobTitle, company), email, name, phone);
    }

    /** Builds a dataset of the day with k = 5 and answers its number, checking that k was reached. */
    private static long build(Browser officer, String purpose) {
        officer.open("/admin/deidentification?lang=en");
        officer.type(SAYS.get("deid.purpose"), purpose);
        officer.type(SAYS.get("deid.firstDay"), DAY.toString());
        officer.type(SAYS.get("deid.lastDay"), DAY.toString());
        officer.press(SAYS.get("deid.buildButton"));
        Matcher built = BUILT.matcher(officer.pageText());
        assertThat(built.find())
                .as("the dataset is built: %s", officer.pageText())
                .isTrue();
        assertThat(Integer.parseInt(built.group(2))).as("k reached").isGreaterThanOrEqualTo(5);
        return Long.parseLong(built.group(1));
    }

    private static void act(Browser officer, long dataset, String buttonKey, String reason) {
        officer.open("/admin/deidentification?lang=en");
        officer.type(SAYS.get("deid.id"), String.valueOf(dataset));
        if (reason != null) {
            officer.type(SAYS.get("deid.reason"), reason);
        }
        officer.press(SAYS.get(buttonKey));
    }

    /** The answer is a file, not a page: the button's page stays, so it is clicked rather than pressed. */
    private static String download(Browser officer, long dataset, String reason) throws Exception {
        officer.open("/admin/deidentification?lang=en");
        officer.type(SAYS.get("deid.id"), String.valueOf(dataset));
        officer.type(SAYS.get("deid.reason"), reason);
        officer.driver().findElement(By.id("actions:download")).click();
        return officer.downloaded("deidentified-dataset-" + dataset + ".csv").replace("\uFEFF", "");
    }

    /** The data lines of the file, each split into its fields (no field of this file is quoted). */
    private static List<String[]> rowsOf(String csv) {
        return csv.lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1))
                .toList();
    }
}
