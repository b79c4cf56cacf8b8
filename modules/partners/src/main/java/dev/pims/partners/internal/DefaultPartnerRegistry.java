package dev.pims.partners.internal;

import dev.pims.partners.PartnerForm;
import dev.pims.partners.PartnerRefusal;
import dev.pims.partners.PartnerRegistry;
import dev.pims.partners.PartnerView;
import dev.pims.partners.domain.Partner;
import dev.pims.partners.domain.Partners;
import dev.pims.shared.Principals;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The registry of partners (policy §3A, §3B). It holds no member's data, so the container checks the roles: the
 * privacy officer keeps it, the auditors read it, and the active partners are for anyone (the sign-up page).
 */
@Stateless
public class DefaultPartnerRegistry implements PartnerRegistry {

    @Inject
    private Partners partners;

    @Inject
    private PartnersClock clock;

    @Override
    @RolesAllowed({Principals.PRIVACY_OFFICER_ROLE, Principals.AUDITOR_ROLE})
    public List<PartnerView> all() {
        return partners.all().stream().map(Partner::toView).toList();
    }

    @Override
    @PermitAll
    public List<PartnerView> active() {
        return partners.active().stream().map(Partner::toView).toList();
    }

    @Override
    @PermitAll
    public Optional<PartnerView> activePartner(long id) {
        return partners.byId(id).filter(Partner::isActive).map(Partner::toView);
    }

    @Override
    @RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
    public long register(PartnerForm form) {
        if (partners.byName(form.getName().trim()).isPresent()) {
            throw new PartnerRefusal(PartnerRefusal.Reason.NAME_TAKEN);
        }
        Partner partner = new Partner(form, clock.now());
        partners.add(partner);
        return partner.id();
    }

    @Override
    @RolesAllowed(Principals.PRIVACY_OFFICER_ROLE)
    public void setActive(long id, boolean active) {
        partners.byId(id)
                .orElseThrow(() -> new PartnerRefusal(PartnerRefusal.Reason.NO_SUCH_PARTNER))
                .setActive(active);
    }
}
