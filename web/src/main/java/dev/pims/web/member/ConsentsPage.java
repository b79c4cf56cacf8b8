package dev.pims.web.member;

import dev.pims.consent.ConsentRefusal;
import dev.pims.consent.ConsentService;
import dev.pims.consent.MyConsents;
import dev.pims.shared.ConsentPurpose;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /my/consents}: the consents as they stand and their history; optional ones can be given or withdrawn. */
@Named
@ViewScoped
public class ConsentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsentService consents;

    private MyConsents mine;

    @PostConstruct
    void load() {
        mine = consents.viewMyConsents();
    }

    public void give(ConsentPurpose purpose) {
        try {
            consents.giveMyConsent(purpose);
            Messages.info("consents.given");
        } catch (ConsentRefusal refusal) {
            Messages.error(refusal.getMessage());
        }
        load();
    }

    public void withdraw(ConsentPurpose purpose) {
        try {
            consents.withdrawMyConsent(purpose);
            Messages.info("consents.withdrawn");
        } catch (ConsentRefusal refusal) {
            Messages.error(refusal.getMessage());
        }
        load();
    }

    public MyConsents getMine() {
        return mine;
    }
}
