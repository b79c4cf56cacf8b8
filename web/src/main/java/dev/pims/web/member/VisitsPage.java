package dev.pims.web.member;

import dev.pims.membership.MemberSelfService;
import dev.pims.membership.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /my/visits}: the member's own latest logins and logouts (policy §2A(2), §5), one audited read per request. */
@Named
@RequestScoped
public class VisitsPage {

    @Inject
    private MemberSelfService members;

    private List<Visit> visits;

    public List<Visit> getVisits() {
        if (visits == null) {
            visits = members.viewOwnVisits();
        }
        return visits;
    }
}
