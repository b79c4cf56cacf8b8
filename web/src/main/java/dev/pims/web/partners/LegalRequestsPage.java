package dev.pims.web.partners;

import dev.pims.membership.CareField;
import dev.pims.partners.LegalProvisionResult;
import dev.pims.partners.LegalProvisions;
import dev.pims.partners.LegalRequestForm;
import dev.pims.partners.PartnerRefusal;
import dev.pims.partners.ProvidableItems;
import dev.pims.partners.ProvisionView;
import dev.pims.web.FileDownload;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /admin/partners/legal}: the privacy officer records a provision the law requires (policy §3C): authority,
 * legal basis, document, the member and the items, whether and from when the member may be told; the file for the
 * authority is downloaded from here. Below, the latest such provisions (a VIEW access record naming their members).
 */
@Named
@ViewScoped
public class LegalRequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 50;

    @Inject
    private LegalProvisions legal;

    private LegalRequestForm form = new LegalRequestForm();
    private LegalProvisionResult result;
    private transient List<ProvisionView> recent;

    public void record() {
        try {
            result = legal.record(form);
            Messages.info("legal.recorded", String.valueOf(result.memberId()));
            form = new LegalRequestForm();
            recent = null;
        } catch (PartnerRefusal refusal) {
            result = null;
            Messages.fieldError("legal:memberId", refusal.getMessage());
        }
    }

    public void download() throws IOException {
        if (result != null) {
            FileDownload.csv(result.fileName(), result.csv());
        }
    }

    public List<CareField> getProvidableItems() {
        return Stream.of(CareField.values()).filter(ProvidableItems::includes).toList();
    }

    public List<ProvisionView> getRecent() {
        if (recent == null) {
            recent = legal.recent(SHOWN).provisions();
        }
        return recent;
    }

    public LegalRequestForm getForm() {
        return form;
    }

    public LegalProvisionResult getResult() {
        return result;
    }
}
