package dev.pims.audit;

/**
 * The signed-in member on whose behalf a self-service call runs. Self-service methods take the data subject from
 * here, never from a parameter, so that a member can reach no one's data but their own.
 */
public interface CallingMember {

    /** @throws AccessDeniedException when the caller is not a signed-in member */
    long id();
}
