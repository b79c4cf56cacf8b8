package dev.pims.web.member;

import dev.pims.payments.MyPayments;
import dev.pims.payments.PaymentHistoryPage;
import dev.pims.payments.PaymentKind;
import dev.pims.payments.PaymentMethodForm;
import dev.pims.payments.PaymentMethodRules;
import dev.pims.payments.PaymentMethodView;
import dev.pims.payments.PaymentRefusal;
import dev.pims.web.Dates;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code /my/payments}: the member's payment methods, masked; adding one (one form, its fields following the kind
 * chosen); removing one after the member confirms; the payments, newest first, {@value MyPayments#PAGE_SIZE} a page
 * (policy §2A(3), §5). Each read and change is an access record of PAYMENT. The numbers typed are forgotten after
 * every attempt, so that the page never shows them back.
 */
@Named
@ViewScoped
public class MyPaymentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Cards are issued for at most five years; the years offered leave room for a longer one. */
    private static final int EXPIRY_YEARS_OFFERED = 10;

    /** Not "method": a form's field of that name would hide the form's own method from the browser's scripts. */
    private static final String FORM = "adding:";

    @Inject
    private MyPayments payments;

    private List<PaymentMethodView> methods;
    private PaymentHistoryPage history;
    private PaymentMethodForm form = new PaymentMethodForm();
    private Long removing;

    @PostConstruct
    void load() {
        methods = payments.viewMyMethods();
        history = payments.viewMyHistory(0);
    }

    public void add() {
        List<PaymentMethodRules.Problem> problems = PaymentMethodRules.problemsOf(form, Dates.today());
        try {
            if (problems.isEmpty()) {
                payments.addMethod(form);
                Messages.info("payments.added");
                form = new PaymentMethodForm();
                methods = payments.viewMyMethods();
                return;
            }
            problems.forEach(problem ->
                    Messages.fieldError(FORM + problem.field(), problem.reason().messageKey()));
        } catch (PaymentRefusal refused) {
            Messages.error(refused.reason().messageKey());
        } finally {
            form.forgetNumbers();
        }
    }

    /** The first step of a removal: the page asks the member to confirm. */
    public void askToRemove(long methodId) {
        removing = methodId;
    }

    public void keep() {
        removing = null;
    }

    public void remove() {
        if (removing == null) {
            return;
        }
        try {
            payments.removeMethod(removing);
            Messages.info("payments.removed");
        } catch (PaymentRefusal gone) {
            Messages.error(gone.reason().messageKey());
        }
        removing = null;
        methods = payments.viewMyMethods();
    }

    public void older() {
        if (history.hasNext()) {
            history = payments.viewMyHistory(history.page() + 1);
        }
    }

    public void newer() {
        if (history.hasPrevious()) {
            history = payments.viewMyHistory(history.page() - 1);
        }
    }

    /** Whether the page asks the member to confirm the removal of this method. */
    public boolean removing(long methodId) {
        return removing != null && removing == methodId;
    }

    public PaymentKind[] getKinds() {
        return PaymentKind.values();
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public List<Integer> getYears() {
        int year = Dates.today().getYear();
        return IntStream.rangeClosed(year, year + EXPIRY_YEARS_OFFERED).boxed().toList();
    }

    public List<PaymentMethodView> getMethods() {
        return methods;
    }

    public PaymentHistoryPage getHistory() {
        return history;
    }

    public PaymentMethodForm getForm() {
        return form;
    }
}
