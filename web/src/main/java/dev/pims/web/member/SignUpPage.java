package dev.pims.web.member;

import dev.pims.membership.MemberSelfService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.SignUpForm;
import dev.pims.web.Messages;
import dev.pims.web.i18n.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /signup}: the items of policy §2A(1) and the consents of §2B, then "check your e-mail". */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberSelfService members;

    @Inject
    private LanguageSelection language;

    private final SignUpForm form = new SignUpForm();
    private String passwordAgain;
    private boolean submitted;

    public void signUp() {
        if (!form.getPassword().equals(passwordAgain)) {
            Messages.fieldError("signup:passwordAgain", "signup.passwordMismatch");
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
}
