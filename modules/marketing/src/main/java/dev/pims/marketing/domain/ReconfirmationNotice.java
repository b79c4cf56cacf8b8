package dev.pims.marketing.domain;

import java.time.LocalDateTime;

/**
 * That a member was told, two years on, of their consent to marketing e-mail (policy §1D, Network Act Art. 50(8)):
 * proof of the notice, holding a hash of the address written to rather than the address.
 *
 * @param consentGivenAt when the member gave the consent the notice is about
 * @param cycleFrom      where the two years counted from: the consent, or the notice before
 * @param addressHash    SHA-256 of the address, trimmed and in lower case, in hex ({@code mail.AddressHash})
 * @param mailId         the notice's mail in the outbox
 */
public record ReconfirmationNotice(
        long memberId,
        LocalDateTime consentGivenAt,
        LocalDateTime cycleFrom,
        LocalDateTime noticedAt,
        String addressHash,
        long mailId) {

    /** What became of the notice when it was recorded: in the mail outbox, delivered by it with retries. */
    public static final String QUEUED = "QUEUED";
}
