package dev.pims.partners;

import dev.pims.membership.ItemProvision;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A provision of members' data to a partner by their consent (policy §3A, §3B), by the privacy officer, who answers for
 * the provision of personal information (§13): a handler's scope covers member care, not handing data out. For each
 * member whose consent to the partner stands, the partner's registered items go into one CSV file, read as one PROVIDE
 * access record naming the partner, the members and the categories, and a provision record is written; for each member
 * without that consent nothing is provided and a DENIED PROVIDE record names them.
 */
public interface Provisions {

    /** @throws PartnerRefusal {@code NO_SUCH_PARTNER}, {@code PARTNER_INACTIVE} */
    ProvisionResult provide(
            long partnerId, @NotNull @NotEmpty @Size(max = ItemProvision.MEMBERS_MAX) List<Long> memberIds);
}
