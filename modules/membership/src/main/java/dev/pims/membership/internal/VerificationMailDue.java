package dev.pims.membership.internal;

/** A verification e-mail to send once the sign-up has committed. */
record VerificationMailDue(String email, String token, String language, String baseUrl) {}
