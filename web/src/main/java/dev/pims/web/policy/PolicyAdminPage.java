package dev.pims.web.policy;

import dev.pims.consent.PolicyArchive;
import dev.pims.consent.PolicyDraft;
import dev.pims.consent.PolicyPublishing;
import dev.pims.consent.PolicyRefusal;
import dev.pims.consent.PolicyVersionView;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/policy}: the privacy officer drafts a new version of the privacy policy (the texts start as those in
 * force) and publishes a draft, which PIMS refuses when it would take effect less than 7 days after today, or 30 for a
 * change marked as reducing members' rights or adding items or recipients (policy §13). web.xml lets only the privacy
 * officer in; {@link PolicyPublishing} checks the role again.
 */
@Named
@ViewScoped
public class PolicyAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyPublishing publishing;

    @Inject
    private PolicyArchive archive;

    private PolicyDraft draft;
    private List<PolicyVersionView> drafts;
    private List<PolicyVersionView> published;

    @PostConstruct
    void load() {
        PolicyVersionView inForce = archive.inForce();
        draft = new PolicyDraft();
        draft.setTextKo(inForce.textKo());
        draft.setTextEn(inForce.textEn());
        refresh();
    }

    private void refresh() {
        drafts = publishing.drafts();
        published = archive.published();
    }

    public void saveDraft() {
        long id = publishing.draft(draft);
        Messages.info("policy.admin.drafted.done", String.valueOf(id));
        refresh();
    }

    public void publish(long draftId) {
        try {
            PolicyVersionView version = publishing.publish(draftId);
            Messages.info(
                    "policy.admin.published.done",
                    String.valueOf(version.id()),
                    version.effectiveOn().toString());
        } catch (PolicyRefusal refusal) {
            if (refusal.earliest() == null) {
                Messages.error(refusal.getMessage());
            } else {
                Messages.error(
                        refusal.getMessage(),
                        String.valueOf(refusal.daysOfNotice()),
                        refusal.earliest().toString());
            }
        }
        refresh();
    }

    public PolicyDraft getDraft() {
        return draft;
    }

    public List<PolicyVersionView> getDrafts() {
        return drafts;
    }

    public List<PolicyVersionView> getPublished() {
        return published;
    }
}
