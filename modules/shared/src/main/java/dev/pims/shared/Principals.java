package dev.pims.shared;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How callers are named to the security layer. A member's principal is {@code member:<id>}, so that the
 * member's own id, never a name they typed, decides whose data a self-service call reaches; a member of staff's is
 * {@code staff:<login id>}. The role names are the security roles of web.xml and {@code @PersonalDataAccess}.
 */
public final class Principals {

    public static final String MEMBER_ROLE = "MEMBER";
    public static final String HANDLER_ROLE = "HANDLER";
    public static final String PRIVACY_OFFICER_ROLE = "PRIVACY_OFFICER";
    public static final String AUDITOR_ROLE = "AUDITOR";
    public static final String ADMIN_ROLE = "ADMIN";
    /** The staff roles, most specific to personal data first: an actor is recorded in the first one they hold. */
    public static final List<String> STAFF_ROLES =
            List.of(HANDLER_ROLE, PRIVACY_OFFICER_ROLE, AUDITOR_ROLE, ADMIN_ROLE);

    private static final String MEMBER_PREFIX = "member:";
    private static final String STAFF_PREFIX = "staff:";
    private static final String SCOPE_PREFIX = "SCOPE_";

    private Principals() {}

    public static String ofMember(long memberId) {
        return MEMBER_PREFIX + memberId;
    }

    public static String ofStaff(String loginId) {
        return STAFF_PREFIX + loginId;
    }

    /**
     * The security group of a handler granted one data category (safety-measures standard Art. 5: least privilege),
     * e.g. {@code SCOPE_BASIC_PROFILE}.
     */
    public static String scopeRole(DataCategory category) {
        return SCOPE_PREFIX + category.name();
    }

    /** The login id of a staff principal, e.g. {@code kim} of {@code staff:kim}. */
    public static Optional<String> staffLoginIdOf(String principalName) {
        return isStaff(principalName) ? Optional.of(principalName.substring(STAFF_PREFIX.length())) : Optional.empty();
    }

    public static boolean isStaff(String principalName) {
        return principalName != null
                && principalName.startsWith(STAFF_PREFIX)
                && principalName.length() > STAFF_PREFIX.length();
    }

    public static OptionalLong memberIdOf(String principalName) {
        if (principalName == null || !principalName.startsWith(MEMBER_PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(principalName.substring(MEMBER_PREFIX.length())));
        } catch (NumberFormatException notAMember) {
            return OptionalLong.empty();
        }
    }
}
