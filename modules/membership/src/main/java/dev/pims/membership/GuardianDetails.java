package dev.pims.membership;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The legal representative of a child under 14 as the sign-up form gives them (policy §9): name, e-mail address and
 * relationship, all three required when the child is under 14 ({@link SignUpForm#isGuardianGivenWhenUnderFourteen}),
 * none asked of anyone else. No birth date: §2A(1) lists none.
 */
public class GuardianDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 50, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.PLAIN_LINE, message = "{pims.field.plainText}")
    private String name;

    @Size(max = 254, message = "{pims.field.tooLong}")
    @Pattern(regexp = "(" + FieldRules.EMAIL + ")?", message = "{pims.field.email}")
    private String email;

    private GuardianRelationship relationship;

    /** Whether every item is given. */
    public boolean isComplete() {
        return name != null && !name.isBlank() && email != null && !email.isBlank() && relationship != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public GuardianRelationship getRelationship() {
        return relationship;
    }

    public void setRelationship(GuardianRelationship relationship) {
        this.relationship = relationship;
    }
}
