package dev.pims.membership.internal;

/** A verification e-mail to put in the outbox, in the sign-up's (or the re-send's) transaction. */
record VerificationMailDue(long memberId, String email, String token, String language) {}
