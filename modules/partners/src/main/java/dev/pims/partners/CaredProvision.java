package dev.pims.partners;

import dev.pims.membership.CareField;
import dev.pims.shared.FreeTextMasking;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One provision of a member's data as a handler sees it (policy §3, §7B): when, to whom, for what purpose or on which
 * legal basis, which items, how long the recipient keeps them. A partner's purpose and retention are the registry's,
 * the same for every member, and shown whole. An authority's legal basis is free text the privacy officer typed, which
 * could name the member, so it is masked ({@link FreeTextMasking}); its document reference (a warrant's or a case's
 * number) is of no use to a handler and stays on the officer's page.
 *
 * @param retainedByRecipient the partner's retention as the registry words it; null for an authority
 */
public record CaredProvision(
        LocalDateTime providedAt,
        RecipientKind kind,
        String recipient,
        String purpose,
        List<CareField> items,
        String retainedByRecipient)
        implements Serializable {

    public CaredProvision {
        items = List.copyOf(items);
    }

    /** The provision as a handler sees it: an authority's legal basis masked, its document left out. */
    public static CaredProvision of(ProvisionView provision) {
        return new CaredProvision(
                provision.providedAt(),
                provision.kind(),
                provision.recipient(),
                provision.kind() == RecipientKind.AUTHORITY
                        ? FreeTextMasking.firstLetters(provision.purpose())
                        : provision.purpose(),
                provision.items(),
                provision.retainedByRecipient());
    }
}
