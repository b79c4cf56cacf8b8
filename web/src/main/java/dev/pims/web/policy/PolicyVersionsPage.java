package dev.pims.web.policy;

import dev.pims.consent.PolicyArchive;
import dev.pims.consent.PolicyVersionView;
import dev.pims.web.i18n.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /policy/versions}: every version of the privacy policy ever published, the latest effective date first, with
 * its announcement and summary of changes; any two are chosen for {@code /policy/compare}.
 */
@Named
@ViewScoped
public class PolicyVersionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyArchive archive;

    @Inject
    private LanguageSelection languageSelection;

    private List<PolicyVersionView> versions;
    private Long from;
    private Long to;

    @PostConstruct
    void load() {
        versions = archive.published();
        if (versions.size() > 1) {
            to = versions.get(0).id();
            from = versions.get(1).id();
        }
    }

    /** To the comparison of the two versions chosen, the earlier effective date on the left. */
    public String compare() {
        return "/policy/compare?faces-redirect=true&from=" + from + "&to=" + to;
    }

    public String summary(PolicyVersionView version) {
        return version.summary(languageSelection.getLanguage());
    }

    public List<PolicyVersionView> getVersions() {
        return versions;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }
}
