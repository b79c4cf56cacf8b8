package dev.pims.membership.internal;

import dev.pims.mail.MailKind;
import dev.pims.membership.domain.ApplicationForm;
import dev.pims.membership.domain.BasicProfile;
import dev.pims.membership.domain.LegalRepresentatives;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.OptionalSettings;
import dev.pims.membership.domain.SeparatedStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Brings a dormant account back (policy §4C, LIFECYCLE "login + e-mail link"). A login with the right password sends a
 * one-time link to the address typed, which the stub's hash proved to be the member's, through the outbox in the
 * login's transaction; the stub keeps only the token's SHA-256 and its expiry. Following the link moves the data back
 * from the separated store in one transaction over both stores (XA), and the account is active again; a child's legal
 * representative comes back with it (policy §9), without a link: they ask for a new one to act for the child.
 */
@ApplicationScoped
class Restorations {

    static final Duration LINK_VALIDITY = Duration.ofHours(24);

    @Inject
    private Members members;

    @Inject
    private LegalRepresentatives representatives;

    @Inject
    private SeparatedStore separatedStore;

    @Inject
    private MemberDataSeparation separation;

    @Inject
    private AccountMail mail;

    /**
     * However often the member logs in, one mail in this time: a login soon after the last link finds it still valid
     * and sends none, so nobody who knows the password can fill the member's mailbox.
     */
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);

    /** A new link replaces any earlier one, so only the latest mail's link works; none within {@link #RESEND_AFTER}. */
    void sendLink(MemberAccount stub, String address, LocalDateTime now) {
        if (stub.mayRestore(now.plus(LINK_VALIDITY).minus(RESEND_AFTER))) {
            return;
        }
        String token = OneTimeTokens.newToken();
        stub.awaitRestore(OneTimeTokens.hashOf(token), now.plus(LINK_VALIDITY));
        mail.send(
                MailKind.RESTORE_LINK,
                "restore",
                address,
                stub.getLanguage(),
                stub.getId(),
                AccountMail.link("/restore", token, stub.getLanguage()));
    }

    /** The member whose data came back, and whether a legal representative's came back with it. */
    record Restored(long memberId, boolean withLegalRepresentative) {}

    /** @return the member whose data came back; empty when the link is unknown, used or expired */
    Optional<Restored> restore(String token, LocalDateTime now) {
        return members.accountByRestoreToken(OneTimeTokens.hashOf(token))
                .filter(account -> account.mayRestore(now))
                .map(stub -> moveBack(stub, address -> stub.restore(address, now)));
    }

    /**
     * Moves a dormant member's data back only for the member to be withdrawn at once, in the same transaction: the
     * replay of a withdrawal made after the member came back ({@link WithdrawalReplay}).
     */
    void bringBackToBeWithdrawn(MemberAccount stub) {
        moveBack(stub, stub::returnToBeWithdrawn);
    }

    /** Moves the dormant member's data back from the separated store; {@code activate} gives the stub its address. */
    private Restored moveBack(MemberAccount stub, Consumer<String> activate) {
        long memberId = stub.getId();
        MemberDataJson.Restored data = separation.open(separatedStore
                .dormant(memberId)
                .orElseThrow(() -> new IllegalStateException("Dormant member " + memberId + " has no data kept")));
        activate.accept(data.email());
        members.addCategories(
                new BasicProfile(memberId, data.details()),
                new OptionalSettings(memberId, data.details()),
                new ApplicationForm(memberId, data.details()));
        if (data.representative() != null) {
            representatives.add(data.representative().toRow(memberId));
        }
        separatedStore.releaseDormant(memberId);
        return new Restored(memberId, data.representative() != null);
    }
}
