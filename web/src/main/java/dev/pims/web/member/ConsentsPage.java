package dev.pims.web.member;

import dev.pims.consent.ConsentRefusal;
import dev.pims.consent.ConsentService;
import dev.pims.consent.MyConsents;
import dev.pims.consent.MyPartnerConsents;
import dev.pims.consent.PartnerConsents;
import dev.pims.partners.PartnerRegistry;
import dev.pims.partners.PartnerView;
import dev.pims.shared.ConsentPurpose;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /my/consents}: the consents as they stand and their history; optional ones can be given or withdrawn. */
@Named
@ViewScoped
public class ConsentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsentService consents;

    private MyConsents mine;

    // Consents to partners (policy §3A, §3B): one per active partner of the registry, each its own optional consent.
    @Inject
    private PartnerConsents partnerConsents;

    @Inject
    private PartnerRegistry registry;

    private MyPartnerConsents minePerPartner;
    private List<PartnerView> partners;
    private Map<Long, String> partnerNames;

    @PostConstruct
    void load() {
        mine = consents.viewMyConsents();
        minePerPartner = partnerConsents.viewMine();
        partners = registry.active();
        partnerNames = new HashMap<>();
        partners.forEach(partner -> partnerNames.put(partner.id(), partner.name()));
    }

    /** Consents only to a partner that is on the registry and offered now; a withdrawal from any partner. */
    public void giveToPartner(long partnerId) {
        if (registry.activePartner(partnerId).isEmpty()) {
            Messages.error(ConsentRefusal.NO_SUCH_PARTNER_MESSAGE_KEY);
        } else {
            partnerConsents.giveMine(partnerId);
            Messages.info("consents.given");
        }
        load();
    }

    public void withdrawFromPartner(long partnerId) {
        partnerConsents.withdrawMine(partnerId);
        Messages.info("consents.withdrawn");
        load();
    }

    public MyPartnerConsents getMinePerPartner() {
        return minePerPartner;
    }

    public List<PartnerView> getPartners() {
        return partners;
    }

    /** The partner's name for the history; the id of a partner no longer offered, whose name the page does not hold. */
    public String partnerName(Long partnerId) {
        return partnerNames.getOrDefault(partnerId, "#" + partnerId);
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
