package dev.pims.web.member;

import dev.pims.membership.MemberSelfService;
import dev.pims.membership.ProfileDetails;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /my/profile/edit}: the form that modifies the member's data (policy §5); once saved, the member is back on
 * {@code /my/profile}, which shows what is now held.
 */
@Named
@ViewScoped
public class ProfileEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberSelfService members;

    private ProfileDetails change;

    @PostConstruct
    void load() {
        change = members.viewOwnProfile().details();
    }

    public String save() {
        members.modifyOwnProfile(change);
        Messages.info("profile.saved");
        Messages.keepForNextPage();
        return "/my/profile?faces-redirect=true";
    }

    public ProfileDetails getChange() {
        return change;
    }
}
