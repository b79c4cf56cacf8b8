package dev.pims.membership;

import dev.pims.shared.ConsentPurpose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a person gives when signing up: exactly the items of policy §2A(1), and the consents of §2B. The required
 * consents are separate from the optional one, and none is given unless ticked. A child under 14 names the legal
 * representative who must consent for them (§9).
 */
public class SignUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{pims.field.required}")
    @Size(max = 254, message = "{pims.field.tooLong}")
    @Pattern(regexp = FieldRules.EMAIL, message = "{pims.field.email}")
    private String email;

    @NotBlank(message = "{pims.field.required}")
    @Size(min = FieldRules.PASSWORD_MIN, max = FieldRules.PASSWORD_MAX, message = "{pims.field.passwordLength}")
    @Pattern(regexp = FieldRules.PASSWORD, message = "{pims.field.passwordClasses}")
    private String password;

    @NotNull
    @Valid
    private ProfileDetails details = new ProfileDetails();

    @AssertTrue(message = "{pims.consent.required}")
    private boolean acceptsTermsOfUse;

    @AssertTrue(message = "{pims.consent.required}")
    private boolean acceptsCollection;

    private boolean acceptsMarketingEmail;

    /**
     * The partners of the registry the person consents to provide their data to (policy §3A, §3B), by id: each an
     * optional box, never ticked before the person ticks it. Membership knows them by id only.
     */
    @NotNull
    @Size(max = 100)
    private List<Long> partnerConsents = new ArrayList<>();

    /** Whether the person signing up is 14 or older (policy §9); no answer is no sign-up. */
    @NotNull(message = "{pims.signup.age.required}")
    private Boolean fourteenOrOlder;

    /** The legal representative of a child under 14; ignored for anyone 14 or older. */
    @NotNull
    @Valid
    private GuardianDetails guardian = new GuardianDetails();

    /** The language the member signed up in; their e-mails are written in it. */
    @Pattern(regexp = "ko|en", message = "{pims.field.language}")
    private String language = "ko";

    public Set<ConsentPurpose> consentsGiven() {
        Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
        if (acceptsTermsOfUse) {
            given.add(ConsentPurpose.TERMS_OF_USE);
        }
        if (acceptsCollection) {
            given.add(ConsentPurpose.PERSONAL_INFORMATION_COLLECTION);
        }
        if (acceptsMarketingEmail) {
            given.add(ConsentPurpose.MARKETING_EMAIL);
        }
        return given;
    }

    /**
     * The partners consented to. A child under 14 gives none: the legal representative's consent (policy §9) is asked
     * for the consents of §2B only, so a provision of a child's data to a partner waits for a consent given later.
     */
    public Set<Long> partnersConsented() {
        return underFourteen() || partnerConsents == null ? Set.of() : Set.copyOf(partnerConsents);
    }

    public List<Long> getPartnerConsents() {
        return partnerConsents;
    }

    public void setPartnerConsents(List<Long> partnerConsents) {
        this.partnerConsents = partnerConsents == null ? new ArrayList<>() : new ArrayList<>(partnerConsents);
    }

    /** Whether the person said they are under 14: then the legal representative must consent (policy §9). */
    public boolean underFourteen() {
        return Boolean.FALSE.equals(fourteenOrOlder);
    }

    /** A child under 14 names the legal representative completely; nobody else needs to. */
    @AssertTrue(message = "{pims.guardian.required}")
    public boolean isGuardianGivenWhenUnderFourteen() {
        return !underFourteen() || guardian.isComplete();
    }

    /** The representative is asked at an address of their own, not at the child's. */
    @AssertTrue(message = "{pims.guardian.ownAddress}")
    public boolean isGuardianAddressNotTheChilds() {
        return !underFourteen()
                || guardian.getEmail() == null
                || email == null
                || !guardian.getEmail().trim().equalsIgnoreCase(email.trim());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public ProfileDetails getDetails() {
        return details;
    }

    public void setDetails(ProfileDetails details) {
        this.details = details;
    }

    public boolean isAcceptsTermsOfUse() {
        return acceptsTermsOfUse;
    }

    public void setAcceptsTermsOfUse(boolean acceptsTermsOfUse) {
        this.acceptsTermsOfUse = acceptsTermsOfUse;
    }

    public boolean isAcceptsCollection() {
        return acceptsCollection;
    }

    public void setAcceptsCollection(boolean acceptsCollection) {
        this.acceptsCollection = acceptsCollection;
    }

    public boolean isAcceptsMarketingEmail() {
        return acceptsMarketingEmail;
    }

    public void setAcceptsMarketingEmail(boolean acceptsMarketingEmail) {
        this.acceptsMarketingEmail = acceptsMarketingEmail;
    }

    public Boolean getFourteenOrOlder() {
        return fourteenOrOlder;
    }

    public void setFourteenOrOlder(Boolean fourteenOrOlder) {
        this.fourteenOrOlder = fourteenOrOlder;
    }

    public GuardianDetails getGuardian() {
        return guardian;
    }

    public void setGuardian(GuardianDetails guardian) {
        this.guardian = guardian;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
