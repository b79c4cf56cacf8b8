package dev.pims.web.partners;

import dev.pims.membership.CareField;
import dev.pims.partners.PartnerForm;
import dev.pims.partners.PartnerRefusal;
import dev.pims.partners.PartnerRegistry;
import dev.pims.partners.PartnerView;
import dev.pims.partners.ProvidableItems;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /admin/partners}: the registry of partners (policy §3A, §3B): each partner's purpose, items and retention,
 * and whether it is offered for consent. The privacy officer registers partners and takes them off the offer; the
 * auditors read (the registry holds no member's data).
 */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerRegistry registry;

    private PartnerForm form = new PartnerForm();
    private List<PartnerView> partners;

    @PostConstruct
    void load() {
        partners = registry.all();
    }

    public void register() {
        try {
            registry.register(form);
            Messages.info("partners.registered", form.getName());
            form = new PartnerForm();
        } catch (PartnerRefusal refusal) {
            Messages.fieldError("partner:name", refusal.getMessage());
        }
        load();
    }

    public void setActive(long id, boolean active) {
        try {
            registry.setActive(id, active);
            Messages.info(active ? "partners.activated" : "partners.deactivated");
        } catch (PartnerRefusal refusal) {
            Messages.error(refusal.getMessage());
        }
        load();
    }

    /** The member's fields a partner may receive: never the legal representative's. */
    public List<CareField> getProvidableItems() {
        return Stream.of(CareField.values()).filter(ProvidableItems::includes).toList();
    }

    public PartnerForm getForm() {
        return form;
    }

    public List<PartnerView> getPartners() {
        return partners;
    }
}
