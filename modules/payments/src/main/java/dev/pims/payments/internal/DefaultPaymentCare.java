package dev.pims.payments.internal;

import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessReason;
import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingStaff;
import dev.pims.audit.DataSubject;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.keyring.KeyRing;
import dev.pims.membership.MemberStanding;
import dev.pims.membership.MemberStandings;
import dev.pims.payments.CaredPayments;
import dev.pims.payments.PaymentCare;
import dev.pims.payments.PaymentMethodView;
import dev.pims.payments.PaymentRefusal;
import dev.pims.payments.UnmaskedMethod;
import dev.pims.payments.domain.PaymentMethod;
import dev.pims.payments.domain.PaymentMethods;
import dev.pims.payments.domain.PaymentRecord;
import dev.pims.payments.domain.PaymentRecords;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A handler's view of a member's payment information (policy §7B). The audit road checks the HANDLER role and this
 * bean the PAYMENT scope, so that a refusal is recorded too; the container lets every caller through. A dormant
 * member's methods are hidden (policy §4C: kept apart until the member comes back), and cannot be unmasked.
 */
@Stateless
@PermitAll
@DeclareRoles({Principals.HANDLER_ROLE, "SCOPE_PAYMENT"})
public class DefaultPaymentCare implements PaymentCare {

    @Inject
    private PaymentMethods methods;

    @Inject
    private PaymentRecords records;

    @Inject
    private MemberStandings standings;

    @Inject
    private KeyRing keys;

    @Inject
    private CallingStaff caller;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.PAYMENT, roles = Principals.HANDLER_ROLE)
    public CaredPayments of(@DataSubject long memberId) {
        requireScope();
        List<PaymentMethodView> shown = isDormant(memberId)
                ? List.of()
                : methods.ofMember(memberId).stream()
                        .map(PaymentMethod::toMaskedView)
                        .toList();
        return new CaredPayments(
                shown,
                records.newestOf(memberId, 0, LATEST).stream()
                        .map(PaymentRecord::toEntry)
                        .toList());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.PAYMENT, roles = Principals.HANDLER_ROLE)
    public UnmaskedMethod unmask(@DataSubject long memberId, long methodId, @AccessReason String reason) {
        requireScope();
        PaymentMethod method = isDormant(memberId)
                ? null
                : methods.ofMember(memberId, methodId).orElse(null);
        if (method == null) {
            throw new PaymentRefusal(PaymentRefusal.Reason.NO_SUCH_METHOD);
        }
        return new UnmaskedMethod(
                methodId,
                keys.open(method.sealedNumber()),
                method.sealedApproval() == null ? null : keys.open(method.sealedApproval()));
    }

    private void requireScope() {
        if (!caller.mayReach(DataCategory.PAYMENT)) {
            throw new AccessDeniedException("The caller is not granted the category " + DataCategory.PAYMENT);
        }
    }

    private boolean isDormant(long memberId) {
        return standings.of(memberId) == MemberStanding.DORMANT;
    }
}
