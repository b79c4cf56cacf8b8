package dev.pims.audit;

import jakarta.validation.constraints.NotBlank;

/**
 * Records a request the web container refused before it reached any service (a page outside the caller's roles), as
 * a DENIED access record: a refused attempt on personal data is recorded like an allowed one (policy §7).
 */
public interface RefusedRequests {

    /** @param operation what was asked for, e.g. {@code GET /admin/members} */
    void record(@NotBlank String operation);
}
