package dev.pims.web.guardian;

import dev.pims.membership.FieldRules;
import dev.pims.membership.GuardianService;
import dev.pims.web.i18n.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code /guardian/access}: a child's legal representative gives their address and asks for a link to view, correct or
 * withdraw for the child (policy §9, §11). The answer is the same whether or not the address is a representative's.
 */
@Named
@RequestScoped
public class GuardianAccessPage {

    @Inject
    private GuardianService guardians;

    @Inject
    private LanguageSelection language;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 254, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.EMAIL, message = "{pims.field.email}")
    private String email;

    private boolean sent;

    public void requestLink() {
        guardians.requestAccess(email, language.getLanguage());
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
