package dev.pims.staff;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a staff password must meet (policy §7B; safety-measures standard Art. 5): a minimum length, characters
 * from a minimum number of the four classes (upper case, lower case, digits, others), never the login id inside it,
 * none of the last passwords again, and a change after a maximum age. The numbers come from configuration.
 *
 * @param minLength         fewest characters
 * @param minClasses        fewest character classes of upper case, lower case, digits and others (1 to 4)
 * @param rememberedPasswords how many of the latest passwords, the current one included, may not come back
 * @param maxAgeDays        days after which a password must be changed at the next login
 */
public record StaffPasswordRules(int minLength, int minClasses, int rememberedPasswords, int maxAgeDays) {

    /** The problems a new password has by itself, apart from the history of the account. */
    public Set<StaffPasswordProblem> problemsOf(String loginId, String password) {
        Set<StaffPasswordProblem> problems = EnumSet.noneOf(StaffPasswordProblem.class);
        if (password.codePointCount(0, password.length()) < minLength) {
            problems.add(StaffPasswordProblem.TOO_SHORT);
        }
        if (characterClassesOf(password) < minClasses) {
            problems.add(StaffPasswordProblem.TOO_FEW_CHARACTER_CLASSES);
        }
        if (!loginId.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(loginId.trim().toLowerCase(Locale.ROOT))) {
            problems.add(StaffPasswordProblem.CONTAINS_LOGIN_ID);
        }
        return problems;
    }

    static int characterClassesOf(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int c : password.codePoints().toArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
