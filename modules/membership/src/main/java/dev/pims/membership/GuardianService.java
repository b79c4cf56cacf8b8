package dev.pims.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The road of the legal representative of a child under 14 (policy §9, §11). At the child's sign-up the representative
 * gets a mail listing what is collected and why, with a link to consent and one to refuse; the account stays pending
 * until they consent, and a refusal destroys the sign-up's data at once. Later the representative asks, by their
 * address, for a link to view, correct or withdraw for the child. Every link is random, kept only as its SHA-256 with
 * an expiry. The representative is never signed in: the access records' actor is the visitor holding the link, and
 * their detail names the representative ({@link CareOfLegalRepresentative}).
 */
public interface GuardianService {

    /** How long a link to act for a child works. */
    int ACCESS_LINK_MINUTES = 30;

    /**
     * What the consent link asks: the child and the consents of the sign-up.
     *
     * @throws MembershipRefusal {@code INVALID_GUARDIAN_LINK} when the link is unknown, answered already or expired
     */
    GuardianRequest viewRequest(@NotBlank @Size(max = 100) String token);

    /**
     * The representative consents: the consents are recorded as theirs, and the child's account is active once its
     * address is verified too.
     *
     * @throws MembershipRefusal {@code INVALID_GUARDIAN_LINK}
     */
    GuardianAction consent(@NotBlank @Size(max = 100) String token);

    /**
     * The representative refuses: the sign-up's account and every category of its data, the representative's
     * included, are destroyed at once; the refusal is recorded without the representative's name or address.
     *
     * @throws MembershipRefusal {@code INVALID_GUARDIAN_LINK}
     */
    GuardianAction refuse(@NotBlank @Size(max = 100) String token);

    /**
     * A representative asks for a link to act for their child: each child for whom this address consented gets one,
     * valid {@value #ACCESS_LINK_MINUTES} minutes, sent to this address; any other address gets nothing, and the
     * caller cannot tell the two apart. At most one link per child in a few minutes.
     */
    GuardianAction requestAccess(
            @NotBlank @Size(max = 254) @Pattern(regexp = FieldRules.EMAIL) String email,
            @NotBlank @Pattern(regexp = "ko|en") String language);

    /**
     * The child's data, by the access link.
     *
     * @throws MembershipRefusal {@code INVALID_GUARDIAN_LINK} when the link is unknown or expired
     */
    ChildProfile viewChild(@NotBlank @Size(max = 100) String token);

    /**
     * Corrects the child's data as the member's own profile page may, by the access link.
     *
     * @throws MembershipRefusal {@code INVALID_GUARDIAN_LINK}
     */
    GuardianAction correctChild(@NotBlank @Size(max = 100) String token, @NotNull @Valid ProfileDetails change);

    /**
     * Withdraws the child's membership, as the member's own withdrawal does: the data goes to the separated store, a
     * withdrawal record names the legal representative as the channel, and the representative's data is destroyed.
     *
     * @throws MembershipRefusal {@code INVALID_GUARDIAN_LINK}
     */
    GuardianAction withdrawChild(@NotBlank @Size(max = 100) String token);
}
