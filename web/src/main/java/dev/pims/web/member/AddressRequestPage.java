package dev.pims.web.member;

import dev.pims.membership.AccountSelfService;
import dev.pims.membership.FieldRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code /forgot-password} and {@code /resend-verification}: a visitor gives an address and asks for a link by mail.
 * Both answer the same whether or not the address is a member's, so that nobody learns which addresses are.
 */
@Named
@RequestScoped
public class AddressRequestPage {

    @Inject
    private AccountSelfService accounts;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 254, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.EMAIL, message = "{pims.field.email}")
    private String email;

    private boolean sent;

    public void requestReset() {
        accounts.requestPasswordReset(email);
        sent = true;
    }

    public void resendVerification() {
        accounts.resendVerification(email);
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
