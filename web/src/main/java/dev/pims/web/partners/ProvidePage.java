package dev.pims.web.partners;

import dev.pims.membership.ItemProvision;
import dev.pims.partners.PartnerRefusal;
import dev.pims.partners.PartnerRegistry;
import dev.pims.partners.PartnerView;
import dev.pims.partners.ProvisionResult;
import dev.pims.partners.Provisions;
import dev.pims.web.FileDownload;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /admin/partners/provide}: the privacy officer provides a partner's registered items of members to it (policy
 * §3A, §3B), the members by id. The page says who was provided, who was refused for want of a live consent (each a
 * DENIED access record) and who has no account to provide; the file for the partner is downloaded from here.
 */
@Named
@ViewScoped
public class ProvidePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerRegistry registry;

    @Inject
    private Provisions provisions;

    private Long partnerId;
    private String memberIds;
    private ProvisionResult result;
    private transient List<PartnerView> partners;

    public void provide() {
        List<Long> ids = idsIn(memberIds);
        if (ids == null || ids.isEmpty() || ids.size() > ItemProvision.MEMBERS_MAX) {
            Messages.fieldError("provide:memberIds", "provide.memberIds.invalid", ItemProvision.MEMBERS_MAX);
            return;
        }
        try {
            result = provisions.provide(partnerId, ids);
            Messages.info(
                    "provide.done",
                    result.provided().size(),
                    result.refusedWithoutConsent().size());
        } catch (PartnerRefusal refusal) {
            result = null;
            Messages.fieldError("provide:partner", refusal.getMessage());
        }
    }

    public void download() throws IOException {
        if (result != null && result.hasFile()) {
            FileDownload.csv(result.fileName(), result.csv());
        }
    }

    /** Member ids separated by commas, spaces or lines; null when any is not a positive number. */
    static List<Long> idsIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String token : text.trim().split("[\\s,;]+")) {
            try {
                long id = Long.parseLong(token);
                if (id <= 0) {
                    return null;
                }
                ids.add(id);
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return new ArrayList<>(ids);
    }

    public List<PartnerView> getPartners() {
        if (partners == null) {
            partners = registry.active();
        }
        return partners;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(String memberIds) {
        this.memberIds = memberIds;
    }

    public ProvisionResult getResult() {
        return result;
    }
}
