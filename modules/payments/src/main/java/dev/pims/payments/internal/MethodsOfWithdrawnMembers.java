package dev.pims.payments.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.membership.MemberWithdrew;
import dev.pims.payments.domain.PaymentMethods;
import dev.pims.shared.DataCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A payment method serves the member's contract only (policy §2A(3)): when the membership ends, its methods are
 * destroyed in the withdrawal's transaction, as one audited DESTROY of PAYMENT naming the member (none when the member
 * kept no method). The payment records stay, kept five years from each payment (§4B).
 */
@ApplicationScoped
class MethodsOfWithdrawnMembers {

    @Inject
    private PaymentMethods methods;

    @Inject
    private MethodsOfWithdrawnMembers self;

    void destroy(@Observes MemberWithdrew withdrawal) {
        if (!methods.ofMember(withdrawal.memberId()).isEmpty()) {
            self.destroyAllOf(withdrawal.memberId());
        }
    }

    /** Called through the bean's proxy, so that the audited road records it. */
    @PersonalDataAccess(task = AccessTask.DESTROY, categories = DataCategory.PAYMENT)
    public void destroyAllOf(@DataSubject long memberId) {
        methods.removeAllOf(memberId);
    }
}
