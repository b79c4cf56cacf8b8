package dev.pims.partners;

import dev.pims.membership.CareField;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One provision of one member's data (policy §3): when, to whom, for what purpose or on which legal basis, which
 * items, how long the recipient keeps them; for an authority the document and whether, and from when, the member may
 * be told.
 */
public record ProvisionView(
        long memberId,
        LocalDateTime providedAt,
        RecipientKind kind,
        String recipient,
        String purpose,
        List<CareField> items,
        String retainedByRecipient,
        String documentReference,
        boolean memberMayBeTold,
        LocalDateTime withheldUntil)
        implements Serializable {

    public ProvisionView {
        items = List.copyOf(items);
    }

    /** The items' names, comma-separated, as the CSV and the ZIP write them. */
    public String itemNames() {
        return items.stream().map(CareField::name).collect(Collectors.joining(","));
    }

    /** The data categories of the items, comma-separated, as the ZIP of /my/data writes them. */
    public String categoryNames() {
        return items.stream().map(item -> item.category().name()).distinct().collect(Collectors.joining(","));
    }

    /** Whether the member may be told of it at {@code now}: always for a partner; for an authority as the law allows. */
    public boolean toldAt(LocalDateTime now) {
        return kind == RecipientKind.PARTNER
                || (memberMayBeTold && (withheldUntil == null || !withheldUntil.isAfter(now)));
    }
}
