package dev.pims.web.member;

import dev.pims.membership.MemberProfile;
import dev.pims.membership.MemberSelfService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /my/profile}: all the member's data by category, read only (policy §5). One audited read per request and no
 * view state: the page is the one members open most, and modifying is on {@link ProfileEditPage}.
 */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    private MemberSelfService members;

    private MemberProfile profile;

    public MemberProfile getProfile() {
        if (profile == null) {
            profile = members.viewOwnProfile();
        }
        return profile;
    }
}
