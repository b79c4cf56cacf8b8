package dev.pims.notices.internal;

import dev.pims.membership.MemberWithdrew;
import dev.pims.notices.domain.BoardVisits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A withdrawn member's last look at the board serves nothing more: forgotten in the withdrawal's transaction. */
@ApplicationScoped
class BoardVisitsOnWithdrawal {

    @Inject
    private BoardVisits visits;

    void forget(@Observes MemberWithdrew withdrawal) {
        visits.forget(withdrawal.memberId());
    }
}
