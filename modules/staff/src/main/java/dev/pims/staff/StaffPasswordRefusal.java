package dev.pims.staff;

import jakarta.ejb.ApplicationException;
import java.util.EnumSet;
import java.util.Set;

/**
 * A new staff password was refused, for the reasons given. The transaction still commits, so that a wrong current
 * password counts towards the lockout like a failed login.
 */
@ApplicationException(rollback = false)
public class StaffPasswordRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final Set<StaffPasswordProblem> problems;

    public StaffPasswordRefusal(Set<StaffPasswordProblem> problems) {
        super("Staff password refused: " + problems);
        this.problems = EnumSet.copyOf(problems);
    }

    public Set<StaffPasswordProblem> problems() {
        return EnumSet.copyOf(problems);
    }
}
