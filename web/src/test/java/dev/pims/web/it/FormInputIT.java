package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.consent.testing.ConsentStore;
import dev.pims.membership.testing.MemberStore;
import dev.pims.store.testing.StoreConnections;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input in every field of the sign-up form and of the profile form, each time in one field of an otherwise valid
 * form, in a real browser. A value the field's rules forbid comes back on the same form, with the bundle's message
 * next to that very field, and nothing is stored. A value the rules allow, because it is only unusual text, is stored
 * exactly as typed and shown back as text. The browser's own checks are switched off: PIMS must refuse what any
 * client sends.
 */
class FormInputIT extends PimsInBrowserTest {

    private static final Labels SAYS = new Labels(MemberSteps.LANGUAGE);
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SQL = "'; DROP TABLE MEMBER_ACCOUNT; --";
    private static final String BEYOND_BMP = "😀𠜎";
    private static final int OVERLONG = 10_000;
    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    private static final ConsentStore CONSENTS = new ConsentStore(StoreConnections.operational());

    /** Signs up, again and again, as new visitors. */
    private static Browser visitor;
    /** Stays logged in as the member whose profile the profile cases modify. */
    private static Browser owner;

    private static long ownerId;

    /**
     * Each case starts as a new visitor. One browser serves all cases, because Chromium starts slowly.
     */
    @BeforeEach
    void newVisitor() throws Exception {
        if (visitor == null) {
            visitor = new Browser(base, MemberSteps.LANGUAGE);
        }
        visitor.forgetSession();
    }

    @AfterAll
    static void closeBrowsers() {
        for (Browser browser : new Browser[] {visitor, owner}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    /** The fields that take typed text, with the datum of the stored profile that keeps the value and the one shown. */
    enum Field {
        EMAIL("field.email", null, null),
        PASSWORD("field.password", null, null),
        PASSWORD_AGAIN("field.passwordAgain", null, null),
        NAME("field.name", MemberStore.Profile::name, "held-name"),
        MOBILE_PHONE("field.mobilePhone", MemberStore.Profile::mobilePhone, "held-mobilePhone"),
        COMPANY_PHONE("field.companyPhone", MemberStore.Profile::companyPhone, "held-companyPhone"),
        COMPANY("field.company", MemberStore.Profile::company, "held-company"),
        DEPARTMENT("field.department", MemberStore.Profile::department, "held-department"),
        JOB_TITLE("field.jobTitle", MemberStore.Profile::jobTitle, "held-jobTitle"),
        INTENDED_USE("field.intendedUse", MemberStore.Profile::intendedUse, "held-intendedUse"),
        MONTHLY_IMAGE_VOLUME(
                "field.monthlyImageVolume", MemberStore.Profile::monthlyImageVolume, "held-monthlyImageVolume");

        final String labelKey;
        final Function<MemberStore.Profile, Object> stored;
        final String shownAs;

        Field(String labelKey, Function<MemberStore.Profile, Object> stored, String shownAs) {
            this.labelKey = labelKey;
            this.stored = stored;
            this.shownAs = shownAs;
        }

        String label() {
            return SAYS.get(labelKey);
        }

        /** A field of the profile, which the member may modify later; the others belong to the account. */
        boolean onProfile() {
            return stored != null;
        }

        Object storedFor(long memberId) throws SQLException {
            return stored.apply(profileOf(memberId));
        }
    }

    /**
     * One value in one field, and the messages of which PIMS must show one next to it (a value that breaks two rules
     * may be answered with either); no message means that the rules allow the value.
     */
    record Input(Field field, String kind, String value, List<String> messages) {

        boolean refused() {
            return !messages.isEmpty();
        }

        @Override
        public String toString() {
            return field + ", " + kind + (refused() ? ": refused" : ": kept as typed");
        }
    }

    private static final String REQUIRED = SAYS.validation("pims.field.required");
    private static final String PLAIN_TEXT = SAYS.validation("pims.field.plainText");
    private static final String EMAIL_FORMAT = SAYS.validation("pims.field.email");
    private static final String PASSWORD_LENGTH = SAYS.validation("pims.field.passwordLength");
    private static final String PASSWORD_CLASSES = SAYS.validation("pims.field.passwordClasses");
    private static final String PASSWORDS_DIFFER = SAYS.get("signup.passwordMismatch");
    private static final String MOBILE_FORMAT = SAYS.validation("pims.field.mobilePhone");
    private static final String COMPANY_PHONE_FORMAT = SAYS.validation("pims.field.companyPhone");
    private static final String VOLUME_RANGE = SAYS.validation("pims.field.volume");
    private static final String WHOLE_NUMBER = SAYS.faces("jakarta.faces.converter.IntegerConverter.INTEGER_detail");

    private static Input refused(Field field, String kind, String value, String... messages) {
        return new Input(field, kind, value, List.of(messages));
    }

    private static Input kept(Field field, String kind, String value) {
        return new Input(field, kind, value, List.of());
    }

    private static String atMost(int characters) {
        return SAYS.validation("pims.field.tooLong", "max", characters);
    }

    /** Every field, each with empty, overlong, wrongly formed, HTML, SQL and beyond-BMP input where it applies. */
    static Stream<Input> everyField() {
        return Stream.of(
                refused(Field.EMAIL, "empty", "", REQUIRED),
                refused(Field.EMAIL, "overlong", "a".repeat(OVERLONG - 12) + "@example.com", atMost(254)),
                refused(Field.EMAIL, "without @", "jane.example.com", EMAIL_FORMAT),
                refused(Field.EMAIL, "HTML", SCRIPT, EMAIL_FORMAT),
                refused(Field.EMAIL, "SQL", SQL, EMAIL_FORMAT),
                refused(Field.EMAIL, "beyond BMP", BEYOND_BMP, EMAIL_FORMAT),
                refused(Field.PASSWORD, "empty", "", REQUIRED),
                refused(Field.PASSWORD, "overlong", "a1".repeat(OVERLONG / 2), PASSWORD_LENGTH),
                refused(Field.PASSWORD, "without digit", "only-letters-here", PASSWORD_CLASSES),
                // A password is never shown and only its hash is stored: markup is as good a secret as any.
                kept(Field.PASSWORD, "HTML", SCRIPT),
                refused(Field.PASSWORD, "SQL, which has no digit", SQL, PASSWORD_CLASSES),
                refused(Field.PASSWORD, "beyond BMP", BEYOND_BMP, PASSWORD_LENGTH, PASSWORD_CLASSES),
                refused(Field.PASSWORD_AGAIN, "empty", "", PASSWORDS_DIFFER),
                refused(Field.PASSWORD_AGAIN, "overlong", "a1".repeat(OVERLONG / 2), PASSWORDS_DIFFER),
                refused(Field.PASSWORD_AGAIN, "HTML", SCRIPT, PASSWORDS_DIFFER),
                refused(Field.PASSWORD_AGAIN, "SQL", SQL, PASSWORDS_DIFFER),
                refused(Field.PASSWORD_AGAIN, "beyond BMP", BEYOND_BMP, PASSWORDS_DIFFER),
                refused(Field.NAME, "empty", "", REQUIRED),
                refused(Field.NAME, "overlong", "a".repeat(OVERLONG), atMost(50)),
                refused(Field.NAME, "with a tab", "Jane\tDoe", PLAIN_TEXT),
                refused(Field.NAME, "HTML", SCRIPT, PLAIN_TEXT),
                // Free text refuses only markup brackets and control characters: an SQL fragment or characters beyond
                // the BMP are ordinary text there, in the name as in company, department, job title and intended use.
                kept(Field.NAME, "SQL", SQL),
                kept(Field.NAME, "beyond BMP", BEYOND_BMP),
                refused(Field.MOBILE_PHONE, "empty", "", REQUIRED),
                // The phone formats allow at most 13 characters: a longer value breaks the length rule as well.
                refused(Field.MOBILE_PHONE, "overlong", "0".repeat(OVERLONG), atMost(20), MOBILE_FORMAT),
                refused(Field.MOBILE_PHONE, "a landline", "02-123-4567", MOBILE_FORMAT),
                refused(Field.MOBILE_PHONE, "HTML", SCRIPT, atMost(20), MOBILE_FORMAT),
                refused(Field.MOBILE_PHONE, "SQL", SQL, atMost(20), MOBILE_FORMAT),
                refused(Field.MOBILE_PHONE, "beyond BMP", BEYOND_BMP, MOBILE_FORMAT),
                refused(Field.COMPANY_PHONE, "overlong", "0".repeat(OVERLONG), atMost(20), COMPANY_PHONE_FORMAT),
                refused(Field.COMPANY_PHONE, "too few digits", "1234", COMPANY_PHONE_FORMAT),
                refused(Field.COMPANY_PHONE, "HTML", SCRIPT, atMost(20), COMPANY_PHONE_FORMAT),
                refused(Field.COMPANY_PHONE, "SQL", SQL, atMost(20), COMPANY_PHONE_FORMAT),
                refused(Field.COMPANY_PHONE, "beyond BMP", BEYOND_BMP, COMPANY_PHONE_FORMAT),
                refused(Field.COMPANY, "overlong", "a".repeat(OVERLONG), atMost(100)),
                refused(Field.COMPANY, "with a tab", "OMNI\tOUS", PLAIN_TEXT),
                refused(Field.COMPANY, "HTML", SCRIPT, PLAIN_TEXT),
                kept(Field.COMPANY, "SQL", SQL),
                kept(Field.COMPANY, "beyond BMP", BEYOND_BMP),
                refused(Field.DEPARTMENT, "overlong", "a".repeat(OVERLONG), atMost(100)),
                refused(Field.DEPARTMENT, "with a tab", "Data\tPlatform", PLAIN_TEXT),
                refused(Field.DEPARTMENT, "HTML", SCRIPT, PLAIN_TEXT),
                kept(Field.DEPARTMENT, "SQL", SQL),
                kept(Field.DEPARTMENT, "beyond BMP", BEYOND_BMP),
                refused(Field.JOB_TITLE, "overlong", "a".repeat(OVERLONG), atMost(100)),
                refused(Field.JOB_TITLE, "with a tab", "Lead\tEngineer", PLAIN_TEXT),
                refused(Field.JOB_TITLE, "HTML", SCRIPT, PLAIN_TEXT),
                kept(Field.JOB_TITLE, "SQL", SQL),
                kept(Field.JOB_TITLE, "beyond BMP", BEYOND_BMP),
                refused(Field.INTENDED_USE, "overlong", "a".repeat(OVERLONG), atMost(1000)),
                refused(Field.INTENDED_USE, "with a control character", "Visual\u0007search", PLAIN_TEXT),
                refused(Field.INTENDED_USE, "HTML", SCRIPT, PLAIN_TEXT),
                kept(Field.INTENDED_USE, "SQL", SQL),
                kept(Field.INTENDED_USE, "beyond BMP", BEYOND_BMP),
                refused(Field.MONTHLY_IMAGE_VOLUME, "overlong", "9".repeat(OVERLONG), WHOLE_NUMBER),
                refused(Field.MONTHLY_IMAGE_VOLUME, "words", "twenty thousand", WHOLE_NUMBER),
                refused(Field.MONTHLY_IMAGE_VOLUME, "negative", "-1", VOLUME_RANGE),
                refused(Field.MONTHLY_IMAGE_VOLUME, "above 100,000,000", "100000001", VOLUME_RANGE),
                refused(Field.MONTHLY_IMAGE_VOLUME, "HTML", SCRIPT, WHOLE_NUMBER),
                refused(Field.MONTHLY_IMAGE_VOLUME, "SQL", SQL, WHOLE_NUMBER),
                refused(Field.MONTHLY_IMAGE_VOLUME, "beyond BMP", BEYOND_BMP, WHOLE_NUMBER));
    }

    static Stream<Input> everyProfileField() {
        return everyField().filter(input -> input.field().onProfile());
    }

    @ParameterizedTest(name = "sign-up: {0}")
    @MethodSource("everyField")
    void theSignUpFormAnswersEveryInput(Input input) throws Exception {
        long accountsBefore = accounts();
        String validEmail = MemberSteps.newEmail("input");
        MemberSteps.openFilledSignUpForm(visitor, validEmail, "Jane Doe");
        visitor.type(input.field().label(), input.value());
        if (input.field() == Field.PASSWORD) {
            // A person types a new password twice.
            visitor.type(Field.PASSWORD_AGAIN.label(), input.value());
        }
        String email = input.field() == Field.EMAIL ? input.value() : validEmail;
        String password = input.field() == Field.PASSWORD ? input.value() : MemberSteps.PASSWORD;
        visitor.skipBrowserChecks();
        MemberSteps.submitSignUp(visitor);

        if (input.refused()) {
            assertTheSameFormAnswers(visitor, "signup.title", input);
            assertThat(MEMBERS.memberIdOf(email.trim().toLowerCase(Locale.ROOT)))
                    .isNull();
            assertThat(accounts()).as("no account is stored").isEqualTo(accountsBefore);
            return;
        }
        assertThat(visitor.pageText()).as(input.toString()).contains(SAYS.get("signup.checkMail"));
        Long memberId = MEMBERS.memberIdOf(email);
        assertThat(memberId).as("the account is stored").isNotNull();
        if (input.field() == Field.PASSWORD) {
            assertThat(String.valueOf(MEMBERS.passwordHashOf(memberId))).doesNotContain(input.value());
        } else {
            assertThat(input.field().storedFor(memberId)).isEqualTo(input.value());
        }
        MemberSteps.verify(visitor, MAIL, email);
        MemberSteps.logIn(visitor, email, password);
        if (input.field().onProfile()) {
            assertThat(visitor.textOf(input.field().shownAs))
                    .as("shown as text")
                    .isEqualTo(input.value());
        }
    }

    @ParameterizedTest(name = "profile: {0}")
    @MethodSource("everyProfileField")
    void theProfileFormAnswersEveryInput(Input input) throws Exception {
        Browser browser = ownerOnTheProfileForm();
        MemberStore.Profile storedBefore = profileOf(ownerId);
        browser.type(input.field().label(), input.value());
        browser.press(SAYS.get("profile.save"));

        if (input.refused()) {
            assertTheSameFormAnswers(browser, "profile.modify", input);
            assertThat(profileOf(ownerId)).as("the stored profile is unchanged").isEqualTo(storedBefore);
            return;
        }
        assertThat(browser.pageText()).as(input.toString()).contains(SAYS.get("profile.saved"));
        assertThat(browser.path()).as("back on the read-only page").isEqualTo("/my/profile");
        assertThat(input.field().storedFor(ownerId)).isEqualTo(input.value());
        assertThat(browser.textOf(input.field().shownAs)).as("shown as text").isEqualTo(input.value());
    }

    @Test
    void aForgedIndustryIsRefused() throws Exception {
        String email = MemberSteps.newEmail("forged-industry");
        MemberSteps.openFilledSignUpForm(visitor, email, "Jane Doe");
        visitor.forge(SAYS.get("field.industry"), "NUCLEAR");
        MemberSteps.submitSignUp(visitor);

        assertThat(visitor.status()).isEqualTo(200);
        assertThat(visitor.heading()).isEqualTo(SAYS.get("signup.title"));
        assertThat(visitor.messageFor(SAYS.get("field.industry")))
                .isIn(
                        SAYS.faces("jakarta.faces.converter.EnumConverter.ENUM_detail"),
                        SAYS.faces("jakarta.faces.component.UISelectOne.INVALID"));
        assertThat(MEMBERS.memberIdOf(email)).isNull();
    }

    @Test
    void aForgedTickIsNoRequiredConsent() throws Exception {
        String email = MemberSteps.newEmail("forged-consent");
        String termsOfUse = SAYS.get("consent.TERMS_OF_USE") + " " + SAYS.get("consent.required");
        MemberSteps.openFilledSignUpForm(visitor, email, "Jane Doe");
        visitor.forge(termsOfUse, "maybe");
        MemberSteps.submitSignUp(visitor);

        assertThat(visitor.status()).isEqualTo(200);
        assertThat(visitor.heading()).isEqualTo(SAYS.get("signup.title"));
        assertThat(visitor.messageFor(termsOfUse)).isEqualTo(SAYS.validation("pims.consent.required"));
        assertThat(MEMBERS.memberIdOf(email)).isNull();
    }

    @Test
    void aForgedTickIsNoOptionalConsent() throws Exception {
        String email = MemberSteps.newEmail("forged-marketing");
        MemberSteps.openFilledSignUpForm(visitor, email, "Jane Doe");
        visitor.forge(SAYS.get("consent.MARKETING_EMAIL") + " " + SAYS.get("consent.optional"), "maybe");
        MemberSteps.submitSignUp(visitor);

        assertThat(visitor.pageText()).contains(SAYS.get("signup.checkMail"));
        assertThat(CONSENTS.recordsOf(MEMBERS.memberIdOf(email)))
                .extracting(ConsentStore.Consent::purpose)
                .containsExactlyInAnyOrder("TERMS_OF_USE", "PERSONAL_INFORMATION_COLLECTION");
    }

    /** The form came back as it was (no error page), with one of the input's messages next to its field. */
    private static void assertTheSameFormAnswers(Browser browser, String titleKey, Input input) {
        assertThat(browser.status()).as(input.toString()).isEqualTo(200);
        assertThat(browser.heading()).as(input.toString()).isEqualTo(SAYS.get(titleKey));
        assertThat(browser.messageFor(input.field().label()))
                .as(input.toString())
                .isIn(input.messages());
    }

    /** The owner's browser on /my/profile/edit, reached from /my/profile; the owner joins the first time. */
    private Browser ownerOnTheProfileForm() throws Exception {
        if (owner == null) {
            owner = new Browser(base, MemberSteps.LANGUAGE);
            String ownerEmail = MemberSteps.newEmail("profile-owner");
            ownerId = MemberSteps.join(owner, MAIL, ownerEmail, "Jane Doe");
            MemberSteps.logIn(owner, ownerEmail, MemberSteps.PASSWORD);
        }
        owner.open("/my/profile?lang=" + MemberSteps.LANGUAGE);
        owner.follow(SAYS.get("profile.modify"));
        assertThat(owner.path()).startsWith("/my/profile/edit");
        return owner;
    }

    private static long accounts() throws SQLException {
        return MEMBERS.accountCount();
    }

    /** Every modifiable datum of the member, as stored. */
    private static MemberStore.Profile profileOf(long memberId) throws SQLException {
        return MEMBERS.profileOf(memberId).orElseThrow();
    }
}
