package dev.pims.web.member;

import dev.pims.consent.PolicyArchive;
import dev.pims.consent.PolicyVersionView;
import dev.pims.consent.Reconsent;
import dev.pims.web.Messages;
import dev.pims.web.i18n.LanguageSelection;
import dev.pims.web.security.ReconsentFilter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * {@code /my/reconsent}: a policy version in force changed the items, purposes or recipients of a required consent
 * (policy §13), so the member agrees to it (a consent record for each required purpose under that version) or withdraws
 * from membership. Until then {@link ReconsentFilter} keeps every other page closed except those that show the
 * member's data.
 */
@Named
@ViewScoped
public class ReconsentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Reconsent reconsent;

    @Inject
    private PolicyArchive archive;

    @Inject
    private LanguageSelection languageSelection;

    private PolicyVersionView owed;
    private Long previous;

    @PostConstruct
    void load() {
        Optional<PolicyVersionView> asked = reconsent.owedByMe();
        owed = asked.orElse(null);
        if (owed != null) {
            List<PolicyVersionView> published = archive.published();
            previous = published.stream()
                    .filter(version -> version.effectiveOn().isBefore(owed.effectiveOn()))
                    .map(PolicyVersionView::id)
                    .findFirst()
                    .orElse(null);
        }
    }

    public String agree() {
        reconsent.agreeToTheVersionInForce();
        ReconsentFilter.answered((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
        Messages.info("reconsent.agreed");
        Messages.keepForNextPage();
        return "/my/profile?faces-redirect=true";
    }

    /** Whether the member is asked to agree to a version now. */
    public boolean isAsked() {
        return owed != null;
    }

    public PolicyVersionView getOwed() {
        return owed;
    }

    public String getSummary() {
        return owed == null ? "" : owed.summary(languageSelection.getLanguage());
    }

    /** The version before the one asked about, for the comparison; null if there is none. */
    public Long getPrevious() {
        return previous;
    }
}
