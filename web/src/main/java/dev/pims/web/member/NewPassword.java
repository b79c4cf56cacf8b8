package dev.pims.web.member;

import dev.pims.membership.FieldRules;
import dev.pims.web.Messages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A member's new password typed twice, by the rules of the sign-up: what every page that sets one ({@code
 * pims:newPassword}) binds to.
 */
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{pims.field.required}")
    @Size(min = FieldRules.PASSWORD_MIN, max = FieldRules.PASSWORD_MAX, message = "{pims.field.passwordLength}")
    @Pattern(regexp = FieldRules.PASSWORD, message = "{pims.field.passwordClasses}")
    private String password;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = FieldRules.PASSWORD_MAX, message = "{pims.field.tooLong}")
    private String again;

    /**
     * Whether both entries are the same; if not, says so at the second field of the form {@code formId}, the
     * {@code pims:newPassword} tag's.
     */
    boolean typedTheSameIn(String formId) {
        if (password.equals(again)) {
            return true;
        }
        Messages.fieldError(formId + ":newPasswordAgain", "signup.passwordMismatch");
        return false;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getAgain() {
        return again;
    }

    public void setAgain(String again) {
        this.again = again;
    }
}
