package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.audit.testing.AuditStore.Access;
import dev.pims.payments.PaymentEvent;
import dev.pims.payments.PaymentMethodRules;
import dev.pims.payments.testing.PaymentStore;
import dev.pims.payments.testing.PaymentStore.StoredMethod;
import dev.pims.retention.RetentionOverview;
import dev.pims.retention.testing.DestructionLedgerStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Payment information (policy §2A(3), §1C, §7A, §4B): a card is checked, sealed and shown masked on every page, is in
 * no file of the store nor in the server's log, and goes when the member removes it; a handler within the PAYMENT
 * scope opens a method's number for a reason, one without it is refused with a DENIED record; payment records are
 * destroyed five years after the payment and not a day earlier. The main service reports a payment through the
 * internal API and the member sees it in their history; a withdrawal destroys the methods and keeps the payments. Each
 * run adds a card number of its own (a random middle
 * and its Luhn check digit), so that a scan for it means something.
 */
class PaymentsIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels("en");
    private static final Labels SAYS_KO = new Labels("ko");
    private static final Path RUN =
            Path.of(System.getProperty("it.run.dir", "target/it-run")).toAbsolutePath();
    private static final PaymentStore PAYMENTS = new PaymentStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final DestructionLedgerStore LEDGER = new DestructionLedgerStore(StoreConnections.operational());
    private static final String STAFF_PASSWORD = "Payment-care-2026";
    private static final String SEALED_PREFIX = "pims-kr1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REPORT_OPERATION = "POST /api/internal/payments";

    @Test
    void aCardIsRefusedWhenItsNumberIsWrongAndOtherwiseKeptSealedShownMaskedLoggedNowhereAndRemoved() throws Exception {
        String number = newCardNumber();
        String lastFour = number.substring(number.length() - 4);
        String masked = "••••-••••-••••-" + lastFour;
        String wrong = number.substring(0, 15) + (char) ('0' + (number.charAt(15) - '0' + 1) % 10);
        long member;
        try (Browser browser = new Browser(base, "en")) {
            String email = MemberSteps.newEmail("payments-card");
            member = MemberSteps.join(browser, MAIL, email, "Pak Payment");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);

            browser.open("/my/payments?lang=ko");
            addCard(browser, SAYS_KO, wrong);
            assertThat(browser.messageFor(SAYS_KO.get("payments.number.CARD")))
                    .isEqualTo(SAYS_KO.get("payments.refused.CARD_NUMBER_INVALID"));
            browser.open("/my/payments?lang=en");
            addCard(browser, SAYS, wrong);
            assertThat(browser.messageFor(SAYS.get("payments.number.CARD")))
                    .isEqualTo(SAYS.get("payments.refused.CARD_NUMBER_INVALID"));
            assertThat(browser.pageText())
                    .as("the page never shows a typed number back")
                    .doesNotContain(wrong);
            assertThat(PAYMENTS.methodsOf(member))
                    .as("nothing stored of a refused card")
                    .isEmpty();

            addCard(browser, SAYS, formatted(number));
            assertThat(browser.pageText()).contains(SAYS.get("payments.added")).doesNotContain(number);
            assertThat(browser.textOf("methods:list")).contains(masked, "Test Card");

            List<StoredMethod> stored = PAYMENTS.methodsOf(member);
            assertThat(stored).singleElement().satisfies(method -> {
                assertThat(method.label()).isEqualTo(masked);
                assertThat(method.sealedNumber()).startsWith(SEALED_PREFIX);
                assertThat(method.sealedNumber()).doesNotContain(number.substring(0, 6), number.substring(6, 12));
            });

            String handler = STAFF.createScopedStaff(
                    "payment-viewer", STAFF_PASSWORD, Set.of("HANDLER"), Set.of("ACCOUNT", "BASIC_PROFILE", "PAYMENT"));
            try (Browser staff = new Browser(base, "en")) {
                StaffSteps.logIn(staff, handler, STAFF_PASSWORD);
                staff.open("/admin/members/detail?id=" + member);
                assertThat(staff.textOf("paymentMethods")).contains(masked).doesNotContain(number);
            }

            StoreConnections.operational().checkpoint();
            assertThat(StoreFiles.holding(RUN.resolve("data"), number))
                    .as("no store file holds the number")
                    .isEmpty();
            assertThat(StoreFiles.holding(RUN.resolve("data"), formatted(number)))
                    .isEmpty();
            assertThat(Files.readString(RUN.resolve("shared-pims.log"), StandardCharsets.ISO_8859_1))
                    .as("the server's log names neither number typed")
                    .doesNotContain(number, formatted(number), wrong);

            browser.open("/my/payments?lang=en");
            browser.press(SAYS.get("payments.remove"));
            assertThat(browser.pageText()).contains(SAYS.get("payments.remove.confirm"));
            assertThat(PAYMENTS.methodsOf(member))
                    .as("nothing removed before the member confirms")
                    .hasSize(1);
            browser.press(SAYS.get("payments.remove.yes"));
            assertThat(browser.pageText()).contains(SAYS.get("payments.removed"));
            assertThat(browser.textOf("methods:list"))
                    .doesNotContain(masked)
                    .contains(SAYS.get("payments.methods.none"));
        }
        assertThat(PAYMENTS.methodsOf(member)).isEmpty();
        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsNaming(member))
                .as("the removal is a DELETE of PAYMENT by the member, and no record holds the number")
                .anySatisfy(access -> {
                    assertThat(access.task()).isEqualTo("DELETE");
                    assertThat(access.categories()).contains("PAYMENT");
                })
                .allSatisfy(access -> assertThat(String.valueOf(access.detail()) + access.reason())
                        .doesNotContain(number));
    }

    @Test
    void aHandlerWithThePaymentScopeOpensANumberForAReasonAndOneWithoutItIsRefusedAndRecorded() throws Exception {
        String number = newCardNumber();
        String reason = "Member asked by phone which card is on file " + UUID.randomUUID();
        long member;
        try (Browser browser = new Browser(base, "en")) {
            String email = MemberSteps.newEmail("payments-unmask");
            member = MemberSteps.join(browser, MAIL, email, "Yun Unmask");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/payments?lang=en");
            addCard(browser, SAYS, number);
            assertThat(browser.pageText()).contains(SAYS.get("payments.added"));
        }

        String handler = STAFF.createScopedStaff(
                "payment-care", STAFF_PASSWORD, Set.of("HANDLER"), Set.of("ACCOUNT", "BASIC_PROFILE", "PAYMENT"));
        try (Browser staff = new Browser(base, "en")) {
            StaffSteps.logIn(staff, handler, STAFF_PASSWORD);
            staff.open("/admin/members/detail?id=" + member);
            assertThat(staff.pageText())
                    .contains(SAYS.get("care.payments.title"))
                    .doesNotContain(number);
            staff.follow(SAYS.get("care.payments.unmask.link"));
            staff.press(SAYS.get("care.payments.unmask.submit"));
            assertThat(staff.messageFor(SAYS.get("care.reason"))).isEqualTo(SAYS.get("care.reason.required"));
            assertThat(staff.pageText()).doesNotContain(number);
            staff.type(SAYS.get("care.reason"), reason);
            staff.press(SAYS.get("care.payments.unmask.submit"));
            assertThat(staff.textOf("number")).isEqualTo(number);
        }
        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsOf("staff:" + handler))
                .filteredOn(access -> "DefaultPaymentCare.unmask".equals(access.operation()))
                .singleElement()
                .satisfies(access -> {
                    assertThat(access.task()).isEqualTo("VIEW");
                    assertThat(access.outcome()).isEqualTo("SUCCESS");
                    assertThat(access.categories()).contains("PAYMENT");
                    assertThat(access.reason()).isEqualTo(reason);
                    assertThat(AUDIT_LOG.subjectsOf(access.id())).containsExactly(member);
                });

        String unscoped = STAFF.createScopedStaff(
                "payment-less", STAFF_PASSWORD, Set.of("HANDLER"), Set.of("ACCOUNT", "BASIC_PROFILE"));
        try (Browser staff = new Browser(base, "en")) {
            StaffSteps.logIn(staff, unscoped, STAFF_PASSWORD);
            staff.open("/admin/members/detail?id=" + member);
            assertThat(staff.pageText())
                    .as("the member's page opens, without the section")
                    .contains(SAYS.get("care.detail.held"))
                    .doesNotContain(SAYS.get("care.payments.title"));
            assertThat(staff.driver().findElements(By.id("paymentMethods"))).isEmpty();
            staff.open("/admin/members/payment-numbers?id=" + member);
            assertThat(staff.status()).isEqualTo(403);
            assertThat(staff.pageText()).doesNotContain(number);
        }
        AUDIT_LOG.awaitSealed();
        List<Access> refused = AUDIT_LOG.recordsOf("staff:" + unscoped).stream()
                .filter(access -> access.categories().contains("PAYMENT"))
                .toList();
        assertThat(refused)
                .as("only the page that asks the service leaves a record: DENIED, naming the member")
                .singleElement()
                .satisfies(access -> {
                    assertThat(access.outcome()).isEqualTo("DENIED");
                    assertThat(access.operation()).isEqualTo("DefaultPaymentCare.of");
                    assertThat(AUDIT_LOG.subjectsOf(access.id())).containsExactly(member);
                });
    }

    @Test
    void paymentRecordsAreDestroyedFiveYearsAfterThePaymentAndNotADayEarlier() throws Exception {
        long member;
        try (Browser browser = new Browser(base, "en")) {
            member = MemberSteps.join(browser, MAIL, MemberSteps.newEmail("payments-retention"), "Ryu Retention");
        }
        // The server's clock is real time here (every class puts it back); the payments are placed in the past
        // instead of moving the clock years ahead, where the ledger's tick would run every daily job for those years.
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        PAYMENTS.paidAsOf(member, now.minusYears(5).minusDays(1), "due");
        PAYMENTS.paidAsOf(member, now.minusYears(5).plusDays(1), "kept");
        int chunksBefore = LEDGER.chunksOf("payments.payment-records").size();

        String run = ServerControls.runJob(base, RetentionOverview.ENGINE_JOB);

        assertThat(run).startsWith("SUCCEEDED");
        assertThat(PAYMENTS.itemsPaidBy(member)).containsExactly("kept");
        assertThat(LEDGER.chunksOf("payments.payment-records"))
                .as("the destruction ledger has the rule's entry")
                .hasSizeGreaterThan(chunksBefore)
                .last()
                .satisfies(chunk -> assertThat(chunk.records()).isPositive());
    }

    @Test
    void theMainServiceReportsAPaymentThroughTheInternalApiAndTheMemberSeesItInTheirHistory() throws Exception {
        String item = "Pro plan, one month " + UUID.randomUUID().toString().substring(0, 8);
        long other;
        long othersCard;
        try (Browser browser = new Browser(base, "en")) {
            String email = MemberSteps.newEmail("payments-other");
            other = MemberSteps.join(browser, MAIL, email, "Oh Other");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/payments?lang=en");
            addCard(browser, SAYS, newCardNumber());
            othersCard = PAYMENTS.methodsOf(other).getFirst().id();
        }
        String number = newCardNumber();
        String masked = "••••-••••-••••-" + number.substring(number.length() - 4);
        long member;
        try (Browser browser = new Browser(base, "en")) {
            String email = MemberSteps.newEmail("payments-reported");
            member = MemberSteps.join(browser, MAIL, email, "Bae Billing");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/payments?lang=en");
            addCard(browser, SAYS, number);
            long card = PAYMENTS.methodsOf(member).getFirst().id();
            long refusalsBefore = AUDIT_LOG.recordCount(REPORT_OPERATION, "DENIED");

            assertThat(reportPayment("wrong-token", member, card, 12_900, item).statusCode())
                    .as("a wrong token")
                    .isEqualTo(403);
            assertThat(AUDIT_LOG.recordCount(REPORT_OPERATION, "DENIED"))
                    .as("the refused request is recorded")
                    .isEqualTo(refusalsBefore + 1);
            HttpResponse<String> notTheirs = reportPayment(InternalApi.TOKEN, member, othersCard, 12_900, item);
            assertThat(notTheirs.statusCode()).as("another member's method").isEqualTo(422);
            assertThat(notTheirs.body()).contains("\"methodId\"");
            HttpResponse<String> tooMuch =
                    reportPayment(InternalApi.TOKEN, member, card, PaymentEvent.AMOUNT_MAX + 1, item);
            assertThat(tooMuch.statusCode()).as("an amount beyond the bound").isEqualTo(422);
            assertThat(tooMuch.body()).contains("\"amount\"");
            assertThat(reportPayment(InternalApi.TOKEN, Long.MAX_VALUE, card, 12_900, item)
                            .statusCode())
                    .as("no such member")
                    .isEqualTo(404);
            assertThat(PAYMENTS.itemsPaidBy(member))
                    .as("nothing stored by a refused call")
                    .isEmpty();
            assertThat(PAYMENTS.itemsPaidBy(other)).isEmpty();

            assertThat(reportPayment(InternalApi.TOKEN, member, card, 12_900, item)
                            .statusCode())
                    .isEqualTo(204);
            assertThat(PAYMENTS.itemsPaidBy(member)).containsExactly(item);

            browser.open("/my/payments?lang=en");
            assertThat(browser.textOf("history:payments")).contains(item, "12,900", masked);
        }
        AUDIT_LOG.awaitSealed();
        List<AuditStore.Access> reports = AUDIT_LOG.recordsNaming(member).stream()
                .filter(access -> "DefaultPaymentRecording.record".equals(access.operation()))
                .toList();
        assertThat(reports)
                .as("the report of another member's method refused (ERROR), the right one recorded (SUCCESS)")
                .extracting(AuditStore.Access::outcome)
                .containsExactly("ERROR", "SUCCESS");
        assertThat(reports).allSatisfy(access -> {
            assertThat(access.task()).isEqualTo("INPUT");
            assertThat(access.categories()).contains("PAYMENT");
        });
    }

    @Test
    void aWithdrawalDestroysTheMembersPaymentMethodsAndKeepsTheirPayments() throws Exception {
        String item =
                "Paid before the withdrawal " + UUID.randomUUID().toString().substring(0, 8);
        long member;
        try (Browser browser = new Browser(base, "en")) {
            String email = MemberSteps.newEmail("payments-withdrawn");
            member = MemberSteps.join(browser, MAIL, email, "Seo Withdrawn");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/payments?lang=en");
            addCard(browser, SAYS, newCardNumber());
            assertThat(PAYMENTS.methodsOf(member)).hasSize(1);
            PAYMENTS.paidAsOf(member, LocalDateTime.now(ZoneOffset.UTC).minusDays(3), item);

            browser.open("/my/withdraw?lang=en");
            browser.type(SAYS.get("withdraw.password"), MemberSteps.PASSWORD);
            browser.press(SAYS.get("withdraw.confirm"));
            assertThat(browser.path()).as(browser.pageText()).startsWith("/withdrawn");
        }

        assertThat(PAYMENTS.methodsOf(member))
                .as("the withdrawal destroyed the method")
                .isEmpty();
        assertThat(PAYMENTS.itemsPaidBy(member))
                .as("the payment records stay, five years from each payment")
                .containsExactly(item);
        AUDIT_LOG.awaitSealed();
        assertThat(AUDIT_LOG.recordsNaming(member))
                .filteredOn(access -> "MethodsOfWithdrawnMembers.destroyAllOf".equals(access.operation()))
                .singleElement()
                .satisfies(access -> {
                    assertThat(access.task()).isEqualTo("DESTROY");
                    assertThat(access.outcome()).isEqualTo("SUCCESS");
                    assertThat(access.categories()).contains("PAYMENT");
                    assertThat(AUDIT_LOG.subjectsOf(access.id())).containsExactly(member);
                });
    }

    private HttpResponse<String> reportPayment(String token, long member, long method, long amount, String item)
            throws Exception {
        return InternalApi.report(
                base,
                "payments",
                token,
                "{\"memberId\":" + member + ",\"methodId\":" + method + ",\"amount\":" + amount + ",\"item\":\"" + item
                        + "\"}");
    }

    private static void addCard(Browser browser, Labels says, String number) {
        browser.type(says.get("payments.provider.CARD"), "Test Card");
        browser.type(says.get("payments.number.CARD"), number);
        browser.choose(says.get("payments.expiryMonth"), "12");
        browser.choose(
                says.get("payments.expiryYear"),
                String.valueOf(LocalDateTime.now(ZoneOffset.UTC).getYear() + 2));
        browser.press(says.get("payments.add.submit"));
    }

    /** A card number of 16 digits no network issues (prefix 9), a random middle and its Luhn check digit. */
    private static String newCardNumber() {
        StringBuilder partial = new StringBuilder("9");
        for (int d = 0; d < 14; d++) {
            partial.append(RANDOM.nextInt(10));
        }
        String number = partial.toString() + PaymentMethodRules.luhnCheckDigit(partial.toString());
        assertThat(PaymentMethodRules.isCardNumber(number)).isTrue();
        return number;
    }

    /** As a card shows it: four groups of four. */
    private static String formatted(String number) {
        return String.join(
                " ", number.substring(0, 4), number.substring(4, 8), number.substring(8, 12), number.substring(12));
    }
}
