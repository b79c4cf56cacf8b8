package dev.pims.web.member;

import dev.pims.membership.MemberProfile;
import dev.pims.membership.MemberSelfService;
import dev.pims.membership.ProfileDetails;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /my/profile}: all the member's data by category, and the form to modify it (policy §5). */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberSelfService members;

    private MemberProfile profile;
    private ProfileDetails change;

    @PostConstruct
    void load() {
        profile = members.viewOwnProfile();
        change = profile.getDetails();
    }

    public void save() {
        members.modifyOwnProfile(change);
        Messages.info("profile.saved");
        load();
    }

    public MemberProfile getProfile() {
        return profile;
    }

    public ProfileDetails getChange() {
        return change;
    }
}
