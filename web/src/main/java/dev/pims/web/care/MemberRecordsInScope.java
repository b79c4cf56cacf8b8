package dev.pims.web.care;

import dev.pims.membership.MemberCare;
import dev.pims.membership.Visit;
import dev.pims.partners.CaredProvision;
import dev.pims.partners.ProvisionCare;
import dev.pims.payments.CaredPayments;
import dev.pims.payments.PaymentCare;
import dev.pims.shared.DataCategory;
import dev.pims.usage.UsageCare;
import dev.pims.usage.UsageEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The records about one member that {@code /admin/members/detail} shows a handler only within a scope (policy §7B):
 * the recent visits (VISIT_RECORD, §2A(2)), the latest service use, masked (SERVICE_USAGE), and the latest provisions
 * to third parties the member may be told of (PROVISION, §3), so that a handler can answer the member who asks who
 * received their data, and the payment methods, masked, with the latest payments (PAYMENT, §2A(3)). Each is asked only within its scope, because asking outside it would leave a DENIED record at
 * every visit; each read is one access record. A list left null is a section the page does not show.
 */
@Named
@ViewScoped
public class MemberRecordsInScope implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberCare care;

    @Inject
    private UsageCare usageCare;

    @Inject
    private ProvisionCare provisionCare;

    @Inject
    private PaymentCare paymentCare;

    private List<Visit> visits;
    private List<UsageEntry> usage;
    private List<CaredProvision> provisions;
    private CaredPayments payments;

    /** @throws dev.pims.membership.MembershipRefusal when the member is not there, e.g. withdrawn */
    void load(long memberId) {
        if (HandlerScope.holds(DataCategory.VISIT_RECORD)) {
            visits = care.recentVisits(memberId);
        }
        if (HandlerScope.holds(DataCategory.SERVICE_USAGE)) {
            usage = usageCare.latestOf(memberId);
        }
        if (HandlerScope.holds(DataCategory.PROVISION)) {
            provisions = provisionCare.latestOf(memberId);
        }
        if (HandlerScope.holds(DataCategory.PAYMENT)) {
            payments = paymentCare.of(memberId);
        }
    }

    /** Null unless the handler is granted the records of visits. */
    public List<Visit> getVisits() {
        return visits;
    }

    /** The latest uses, masked; null unless the handler holds the SERVICE_USAGE scope. */
    public List<UsageEntry> getUsage() {
        return usage;
    }

    /** The latest provisions, an authority's legal basis masked; null unless the handler holds the PROVISION scope. */
    public List<CaredProvision> getProvisions() {
        return provisions;
    }

    /** The payment methods, masked, and the latest payments; null unless the handler holds the PAYMENT scope. */
    public CaredPayments getPayments() {
        return payments;
    }
}
