package dev.pims.payments.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.payments.MyPayments;
import dev.pims.payments.PaymentEntry;
import dev.pims.payments.PaymentHistoryPage;
import dev.pims.payments.PaymentMethodForm;
import dev.pims.payments.PaymentMethodView;
import dev.pims.payments.PaymentRefusal;
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
 * A member's own payment information: the member comes from the security context, never from the page. The audit road
 * checks the MEMBER role, so the container lets every caller through to it.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultMyPayments implements MyPayments {

    @Inject
    private PaymentMethods methods;

    @Inject
    private PaymentRecords records;

    @Inject
    private PaymentBook book;

    @Inject
    private CallingMember caller;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.PAYMENT, roles = Principals.MEMBER_ROLE)
    public List<PaymentMethodView> viewMyMethods() {
        return methods.ofMember(caller.id()).stream().map(PaymentMethod::toView).toList();
    }

    @Override
    @PersonalDataAccess(task = AccessTask.INPUT, categories = DataCategory.PAYMENT, roles = Principals.MEMBER_ROLE)
    public PaymentMethodView addMethod(PaymentMethodForm form) {
        return book.keep(caller.id(), form, book.now()).toView();
    }

    @Override
    @PersonalDataAccess(task = AccessTask.DELETE, categories = DataCategory.PAYMENT, roles = Principals.MEMBER_ROLE)
    public void removeMethod(long methodId) {
        if (!methods.remove(caller.id(), methodId)) {
            throw new PaymentRefusal(PaymentRefusal.Reason.NO_SUCH_METHOD);
        }
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.PAYMENT, roles = Principals.MEMBER_ROLE)
    public PaymentHistoryPage viewMyHistory(int page) {
        // One row more than a page tells whether an older page follows, without counting the member's records.
        List<PaymentRecord> found = records.newestOf(caller.id(), page * PAGE_SIZE, PAGE_SIZE + 1);
        return new PaymentHistoryPage(
                found.stream().limit(PAGE_SIZE).map(PaymentRecord::toEntry).toList(), page, found.size() > PAGE_SIZE);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.PAYMENT, roles = Principals.MEMBER_ROLE)
    public List<PaymentEntry> viewAllMyHistory() {
        return records.newestOf(caller.id(), 0, Integer.MAX_VALUE).stream()
                .map(PaymentRecord::toEntry)
                .toList();
    }
}
