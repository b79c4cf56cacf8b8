package dev.pims.web.member;

import dev.pims.membership.CollectionNotice;
import dev.pims.membership.GuardianDetails;
import dev.pims.membership.GuardianRelationship;
import dev.pims.membership.MemberSelfService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.SignUpForm;
import dev.pims.partners.PartnerRegistry;
import dev.pims.partners.PartnerView;
import dev.pims.web.Messages;
import dev.pims.web.i18n.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /signup}: the items of policy §2A(1) and the consents of §2B, whether the person is 14 or older and, if not,
 * the legal representative who must consent (§9), then "check your e-mail".
 */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberSelfService members;

    @Inject
    private LanguageSelection language;

    // The partners offered for consent (policy §3A, §3B), each an unticked box of its own.
    @Inject
    private PartnerRegistry partnerRegistry;

    private transient List<PartnerView> partners;

    private final SignUpForm form = new SignUpForm();
    private String passwordAgain;
    private boolean submitted;

    public void signUp() {
        if (!form.getPassword().equals(passwordAgain)) {
            Messages.fieldError("signup:passwordAgain", "signup.passwordMismatch");
            return;
        }
        if (!guardianGivenIfAsked()) {
            return;
        }
        form.setLanguage(language.getLanguage());
        try {
            members.signUp(form);
            submitted = true;
        } catch (MembershipRefusal refusal) {
            if (refusal.reason() == MembershipRefusal.Reason.SIGN_UP_NOT_ACCEPTED) {
                // On no field: the message must not tell which of the e-mail address or the mobile number matched.
                Messages.error(refusal.reason().messageKey());
            } else {
                Messages.fieldError("signup:email", refusal.reason().messageKey());
            }
        }
    }

    /**
     * A child under 14 names the legal representative, each item required, at an address other than the child's
     * (policy §9); the form's own constraints say the same to any other caller of the service.
     */
    private boolean guardianGivenIfAsked() {
        if (!form.underFourteen()) {
            return true;
        }
        GuardianDetails guardian = form.getGuardian();
        boolean complete = true;
        if (guardian.getName() == null || guardian.getName().isBlank()) {
            Messages.fieldError("signup:guardianName", "signup.guardian.required");
            complete = false;
        }
        if (guardian.getEmail() == null || guardian.getEmail().isBlank()) {
            Messages.fieldError("signup:guardianEmail", "signup.guardian.required");
            complete = false;
        } else if (!form.isGuardianAddressNotTheChilds()) {
            Messages.fieldError("signup:guardianEmail", "signup.guardian.ownAddress");
            complete = false;
        }
        if (guardian.getRelationship() == null) {
            Messages.fieldError("signup:guardianRelationship", "signup.guardian.required");
            complete = false;
        }
        return complete;
    }

    /** What the sign-up collects and why, as the legal representative of a child under 14 reads it in their mail. */
    public List<String> getCollectionNotice() {
        return CollectionNotice.lines(CollectionNotice.ofSignUp(), language.getLanguage());
    }

    public GuardianRelationship[] getRelationships() {
        return GuardianRelationship.values();
    }

    public SignUpForm getForm() {
        return form;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public List<PartnerView> getPartners() {
        if (partners == null) {
            partners = partnerRegistry.active();
        }
        return partners;
    }
}
