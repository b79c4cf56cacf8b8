package dev.pims.shared;

import java.util.OptionalLong;

/**
 * How callers are named to the security layer. A member's principal is {@code member:<id>}, so that the
 * member's own id, never a name they typed, decides whose data a self-service call reaches.
 */
public final class Principals {

    public static final String MEMBER_ROLE = "MEMBER";
    private static final String MEMBER_PREFIX = "member:";

    private Principals() {
    }

    public static String ofMember(long memberId) {
        return MEMBER_PREFIX + memberId;
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
