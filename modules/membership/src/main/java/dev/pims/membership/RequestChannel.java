package dev.pims.membership;

/** How a member asked member care for something, e.g. to withdraw (policy §5: requests by phone or e-mail). */
public enum RequestChannel {
    PHONE,
    EMAIL
}
