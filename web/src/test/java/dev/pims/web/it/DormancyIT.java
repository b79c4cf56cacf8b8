package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AuditStore;
import dev.pims.consent.testing.ConsentStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.store.testing.StoreConnections;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dormant accounts (policy §4C): a year without activity makes an account dormant, so PIMS knows each member's latest
 * activity — noted at each login and at the first of the member's pages each day, never at every request — and a
 * member may agree to keep the account active for a longer period, as a consent record.
 */
class DormancyIT extends PimsInBrowserTest {

    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final AuditStore AUDIT_LOG = new AuditStore(StoreConnections.operational());
    private static final ConsentStore CONSENTS = new ConsentStore(StoreConnections.operational());
    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);

    /** Arquillian 1.8 injects {@link #base} while a {@code @BeforeEach} runs. */
    @BeforeEach
    void serverIsUp() {
        assertThat(base).isNotNull();
    }

    @Test
    void aLoginAndTheFirstPageOfEachDayAreTheMembersLatestActivity() throws Exception {
        String email = MemberSteps.newEmail("activity");
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            long member = MemberSteps.join(browser, MAIL, email, "Active Han");
            LocalDateTime beforeLogin = LocalDateTime.now(ZoneOffset.UTC);
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            LocalDateTime atLogin = MEMBERS.lastActiveAtOf(member);
            assertThat(atLogin).as("the login").isAfterOrEqualTo(beforeLogin.withNano(0));

            browser.open("/my/profile");
            browser.open("/my/visits");
            assertThat(MEMBERS.lastActiveAtOf(member))
                    .as("pages on the day of the login write nothing")
                    .isEqualTo(atLogin);
            assertThat(activityNotesOf(member)).isZero();

            try {
                ServerControls.moveClock(base, Duration.ofDays(1));
                browser.open("/my/profile");
                LocalDateTime nextDay = MEMBERS.lastActiveAtOf(member);
                assertThat(nextDay).as("the first page of the next day").isAfterOrEqualTo(atLogin.plusDays(1));
                browser.open("/my/visits");
                assertThat(MEMBERS.lastActiveAtOf(member))
                        .as("and no later page of that day")
                        .isEqualTo(nextDay);
                assertThat(activityNotesOf(member))
                        .as("one access record of the note, by the member")
                        .isEqualTo(1);
            } finally {
                ServerControls.moveClock(base, Duration.ZERO);
            }
        }
    }

    @Test
    void aMemberAgreesToStayActiveForThreeYearsAndTheAgreementIsAConsentRecordThatMovesTheDormancyDate()
            throws Exception {
        String email = MemberSteps.newEmail("stay-active");
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            long member = MemberSteps.join(browser, MAIL, email, "Staying Yoon");
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/profile");
            assertThat(browser.textOf("keepActiveUntil")).isEqualTo(SAYS.get("profile.keepActiveUntil.none"));
            String dormantAfterAYear = browser.textOf("dormantFrom");

            browser.follow(SAYS.get("profile.stayActive"));
            browser.press(SAYS.get("stayActive.agree"));
            assertThat(browser.messageFor(SAYS.get("stayActive.period")))
                    .as("no period chosen")
                    .isEqualTo(SAYS.validation("pims.field.required"));
            assertThat(CONSENTS.recordsOf(member))
                    .extracting(ConsentStore.Consent::purpose)
                    .doesNotContain("KEEP_ACCOUNT_ACTIVE");

            LocalDateTime beforeAgreeing = LocalDateTime.now(ZoneOffset.UTC);
            browser.pick(SAYS.get("stayActive.period.THREE_YEARS"));
            browser.press(SAYS.get("stayActive.agree"));

            assertThat(browser.path()).startsWith("/my/profile");
            LocalDateTime until = MEMBERS.keepActiveUntilOf(member);
            assertThat(until)
                    .isAfterOrEqualTo(beforeAgreeing.withNano(0).plusYears(3))
                    .isBefore(beforeAgreeing.plusYears(3).plusMinutes(1));
            assertThat(browser.pageText())
                    .contains(MessageFormat.format(SAYS.get("stayActive.agreed"), browser.textOf("keepActiveUntil")));
            assertThat(browser.textOf("dormantFrom"))
                    .as("dormant no sooner than the agreement ends")
                    .isEqualTo(browser.textOf("keepActiveUntil"))
                    .isNotEqualTo(dormantAfterAYear);
            assertThat(CONSENTS.agreementsOf(member)).singleElement().satisfies(agreement -> {
                assertThat(agreement.method()).isEqualTo("PROFILE_PAGE");
                assertThat(agreement.agreedUntil()).isEqualTo(until);
            });

            browser.open("/my/consents");
            assertThat(browser.pageText())
                    .contains(SAYS.get("consent.KEEP_ACCOUNT_ACTIVE"), SAYS.get("consents.onTheProfilePage"));
        }
    }

    /** The member's own MODIFY records of their account: only the note of activity writes one without a form. */
    private static long activityNotesOf(long member) throws Exception {
        return AUDIT_LOG.recordsOf("member:" + member).stream()
                .filter(access ->
                        access.task().equals("MODIFY") && access.categories().equals("ACCOUNT"))
                .count();
    }
}
