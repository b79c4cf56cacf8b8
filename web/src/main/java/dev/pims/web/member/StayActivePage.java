package dev.pims.web.member;

import dev.pims.membership.MemberSelfService;
import dev.pims.membership.StayActivePeriod;
import dev.pims.web.Dates;
import dev.pims.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code /my/profile/stay-active}: the member agrees to keep the account active for one, three or five years however
 * long they are away (policy §4C, second sentence); the agreement is a consent record, and the member is back on
 * {@code /my/profile}, which shows until when.
 */
@Named
@RequestScoped
public class StayActivePage {

    @Inject
    private MemberSelfService members;

    @Inject
    private Dates dates;

    @NotNull(message = "{pims.field.required}")
    private StayActivePeriod period;

    public String agree() {
        LocalDateTime until = members.agreeToStayActive(period);
        Messages.info("stayActive.agreed", dates.format(until));
        Messages.keepForNextPage();
        return "/my/profile?faces-redirect=true";
    }

    public List<StayActivePeriod> getPeriods() {
        return List.of(StayActivePeriod.values());
    }

    public StayActivePeriod getPeriod() {
        return period;
    }

    public void setPeriod(StayActivePeriod period) {
        this.period = period;
    }
}
