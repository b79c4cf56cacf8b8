package dev.pims.staff;

import java.util.OptionalInt;

/**
 * Ends a staff session as soon as the person's rights change (safety-measures standard Art. 5): each change of an
 * account's rights counts up its rights version, and a session remembers the version it began with.
 */
public interface StaffSessions {

    /** The account's rights version now; empty when the account is gone. One indexed lookup. */
    OptionalInt rightsVersionOf(String loginId);
}
