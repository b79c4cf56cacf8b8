package dev.pims.marketing.domain;

import java.time.LocalDateTime;

/**
 * That a newsletter was written to a member whose consent to marketing e-mail was live at that moment (policy §1D).
 *
 * @param consentGivenAt when the member gave the consent that was live
 * @param addressHash    SHA-256 of the address, trimmed and in lower case, in hex ({@code mail.AddressHash})
 * @param mailId         the mail in the outbox
 */
public record NewsletterSend(
        long newsletterId,
        long memberId,
        LocalDateTime consentGivenAt,
        LocalDateTime queuedAt,
        String addressHash,
        long mailId) {}
