package dev.pims.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The staff password rules of policy §7B with the defaults: 10 characters, 3 of the 4 character classes. */
class StaffPasswordRulesTest {

    private static final StaffPasswordRules DEFAULTS = new StaffPasswordRules(10, 3, 5, 90);

    @Test
    void aLongPasswordOfThreeClassesWithoutTheLoginIdPasses() {
        assertThat(DEFAULTS.problemsOf("officer", "Blue-horse-42")).isEmpty();
        assertThat(DEFAULTS.problemsOf("officer", "bluehorse42!")).isEmpty();
    }

    @Test
    void nineCharactersAreTooShortAndTenAreEnough() {
        assertThat(DEFAULTS.problemsOf("officer", "Abcdefg1!")).containsExactly(StaffPasswordProblem.TOO_SHORT);
        assertThat(DEFAULTS.problemsOf("officer", "Abcdefgh1!")).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(DEFAULTS.problemsOf("officer", "Ab1😀😀😀😀😀😀")).containsExactly(StaffPasswordProblem.TOO_SHORT);
    }

    @Test
    void twoCharacterClassesAreTooFew() {
        assertThat(DEFAULTS.problemsOf("officer", "lowercase1234"))
                .containsExactly(StaffPasswordProblem.TOO_FEW_CHARACTER_CLASSES);
        assertThat(DEFAULTS.problemsOf("officer", "ONLYUPPERandlower"))
                .containsExactly(StaffPasswordProblem.TOO_FEW_CHARACTER_CLASSES);
    }

    @Test
    void koreanLettersCountAsTheOtherClass() {
        assertThat(StaffPasswordRules.characterClassesOf("비밀번호abc1")).isEqualTo(3);
    }

    @Test
    void theLoginIdMayNotBeInsideInAnyCase() {
        assertThat(DEFAULTS.problemsOf("officer", "my-OFFICER-2026"))
                .containsExactly(StaffPasswordProblem.CONTAINS_LOGIN_ID);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(DEFAULTS.problemsOf("abc", "abc"))
                .containsExactlyInAnyOrder(
                        StaffPasswordProblem.TOO_SHORT,
                        StaffPasswordProblem.TOO_FEW_CHARACTER_CLASSES,
                        StaffPasswordProblem.CONTAINS_LOGIN_ID);
    }

    @Test
    void theNumbersComeFromConfiguration() {
        StaffPasswordRules stricter = new StaffPasswordRules(16, 4, 5, 90);
        assertThat(stricter.problemsOf("officer", "Bluehorse42"))
                .containsExactlyInAnyOrder(
                        StaffPasswordProblem.TOO_SHORT, StaffPasswordProblem.TOO_FEW_CHARACTER_CLASSES);
    }
}
