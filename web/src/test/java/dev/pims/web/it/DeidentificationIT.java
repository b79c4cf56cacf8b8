package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.audit.testing.AuditStore.Access;
import dev.pims.membership.testing.MemberStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import dev.pims.usage.testing.UsageStore;
import java.text.MessageFormat;
import java.time.LocalDate;
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
 */
class DeidentificationIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels("en");
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final UsageStore USAGE = new UsageStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final String STAFF_PASSWORD = "Deidentified-data-2026";
    private static final Pattern BUILT = Pattern.compile("Dataset (\\d+) is built: k reached (\\d+)");

    /** A day of its own, away from the uses other tests record today. */
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(9);

    private record Person(long id, String email, String name, String phone) {}

    @Test
    void aSignedOffDatasetHoldsNoIdentifierAndNobodyCanBeSingledOutOfIt() throws Exception {
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
            StaffSteps.logIn(officer, StaffSteps.OFFICER, StaffSteps.OFFICER_PASSWORD);
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
            StaffSteps.logIn(officer, StaffSteps.OFFICER, StaffSteps.OFFICER_PASSWORD);
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
        assertThat(AUDIT_LOG.recordsOf("staff:" + StaffSteps.OFFICER).stream()
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
