package dev.pims.partners;

import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * A handler's view of a member's provisions to third parties (policy §3, §5, §7B), to answer the member who asks who
 * received their data: only with the PROVISION scope, the latest {@value #LATEST}, newest first, each as
 * {@link CaredProvision} shows it. A provision to an authority the member may not be told of (yet) is left out, as on
 * the member's own page: the handler is the one who answers the member, and only the privacy officer sees it.
 */
public interface ProvisionCare {

    int LATEST = 20;

    /** @throws dev.pims.audit.AccessDeniedException for a handler without the PROVISION scope */
    List<CaredProvision> latestOf(@Positive long memberId);
}
