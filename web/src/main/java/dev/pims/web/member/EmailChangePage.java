package dev.pims.web.member;

import dev.pims.membership.AccountSelfService;
import dev.pims.membership.CurrentPasswordRefused;
import dev.pims.membership.FieldRules;
import dev.pims.membership.MembershipRefusal;
import dev.pims.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code /my/account/email}: the new address and the current password; the new address gets a link that makes it the
 * account's. The answer is the same when the address is another member's (that member is told by mail instead).
 */
@Named
@RequestScoped
public class EmailChangePage {

    @Inject
    private AccountSelfService accounts;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 254, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.EMAIL, message = "{pims.field.email}")
    private String newEmail;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = FieldRules.PASSWORD_MAX, message = "{pims.field.tooLong}")
    private String password;

    private boolean sent;

    public void change() {
        try {
            accounts.changeOwnEmail(password, newEmail);
            sent = true;
        } catch (MembershipRefusal refusal) {
            String field = refusal instanceof CurrentPasswordRefused ? "password" : "newEmail";
            Messages.fieldError("email:" + field, refusal.reason().messageKey());
        }
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSent() {
        return sent;
    }
}
