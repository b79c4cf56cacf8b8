package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.keyring.testing.KeyRingStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.membership.testing.SeparatedStore;
import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Secrets at rest are sealed by the key ring (safety-measures standard Art. 7): after a checkpoint, which writes what
 * Derby holds in memory to the files, the bytes of a staff member's TOTP secret are in no file of the operational
 * store, nor those of a withdrawn member's data in any file of the separated store; yet the staff member logs in with a
 * code from that secret, and the separated data opens. A live member's profile, which is not sealed, is found in the
 * operational store's files by the same scan, so that the scan is shown to see what is there.
 */
class KeyRingIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final Path DATA =
            Path.of(System.getProperty("it.run.dir", "target/it-run"), "data").toAbsolutePath();
    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final SeparatedStore SEPARATED = new SeparatedStore(StoreConnections.separated());
    private static final KeyRingStore KEYS = KeyRingStore.ofTheTestServer(StoreConnections.operational());

    @BeforeEach
    void emptyMailbox() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void aTotpSecretIsInNoFileOfTheOperationalStoreAndItsCodesStillLogIn() throws Exception {
        StaffStore.Account handler = STAFF.accountOf(StaffSteps.HANDLER).orElseThrow();
        String secret = handler.totpSecret();
        assertThat(secret).as("the demo handler is enrolled").isNotBlank();
        assertThat(KEYS.isSealed(handler.totpSecretAsStored())).isTrue();

        StoreConnections.operational().checkpoint();

        assertThat(StoreFiles.holding(StoreConnections.files(DATA, "operational"), secret))
                .isEmpty();
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            StaffSteps.logIn(browser, StaffSteps.HANDLER, StaffSteps.HANDLER_PASSWORD);
            assertThat(browser.path()).as(browser.pageText()).startsWith("/admin/");
        }
    }

    @Test
    void aWithdrawnMembersDataIsInNoFileOfTheSeparatedStoreAndStillOpens() throws Exception {
        String company = "Sealed Marker " + UUID.randomUUID();
        String email = MemberSteps.newEmail("keyring-withdrawn");
        long member;
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            member = joinWithCompany(browser, email, company);
            MemberSteps.logIn(browser, email, MemberSteps.PASSWORD);
            browser.open("/my/withdraw");
            browser.type(SAYS.get("withdraw.password"), MemberSteps.PASSWORD);
            browser.press(SAYS.get("withdraw.confirm"));
            assertThat(browser.path()).as(browser.pageText()).startsWith("/withdrawn");
        }

        StoreConnections.separated().checkpoint();

        assertThat(StoreFiles.holding(StoreConnections.files(DATA, "separated"), company))
                .isEmpty();
        assertThat(StoreFiles.holding(StoreConnections.files(DATA, "separated"), email))
                .isEmpty();
        SeparatedStore.Separated separated = SEPARATED.separatedOf(member).orElseThrow();
        assertThat(KEYS.isSealed(separated.dataAsStored())).isTrue();
        assertThat(separated.personalData(KEYS)).contains(company, email);
    }

    /** The control: what is kept in clear, a live member's company, the same scan finds. */
    @Test
    void theScanFindsWhatIsKeptInClear() throws Exception {
        String company = "Clear Marker " + UUID.randomUUID();
        try (Browser browser = new Browser(base, MemberSteps.LANGUAGE)) {
            joinWithCompany(browser, MemberSteps.newEmail("keyring-clear"), company);
        }

        StoreConnections.operational().checkpoint();

        assertThat(StoreFiles.holding(StoreConnections.files(DATA, "operational"), company))
                .isNotEmpty();
    }

    private long joinWithCompany(Browser browser, String email, String company) throws Exception {
        MemberSteps.openFilledSignUpForm(browser, email, "Kim Keyring");
        browser.type(SAYS.get("field.company"), company);
        MemberSteps.submitSignUp(browser);
        assertThat(browser.pageText()).contains(SAYS.get("signup.checkMail"));
        MemberSteps.verify(browser, MAIL, email);
        return MEMBERS.memberIdOf(email);
    }
}
