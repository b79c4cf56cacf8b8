package dev.pims.membership.internal;

import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.mail.MailKind;
import dev.pims.membership.AccountRequest;
import dev.pims.membership.AccountSelfService;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.MembershipRefusal.Reason;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PasswordHashing;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The account's address and password, changed by the member or recovered by mail. The audit road checks each method's
 * role, so the container lets every caller through to it; the requests of a visitor (reset, re-send) are MODIFY
 * records that name the member only when the address was one.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultAccountSelfService implements AccountSelfService {

    static final Duration EMAIL_CHANGE_VALIDITY = Duration.ofHours(24);
    static final Duration RESET_VALIDITY = Duration.ofMinutes(RESET_LINK_MINUTES);
    /** However often an address asks, one reset mail in this time. */
    static final Duration RESEND_AFTER = Enrolment.RESEND_AFTER;

    @Inject
    private Members members;

    @Inject
    private Enrolment enrolment;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private CallingMember caller;

    @Inject
    private AccountMail mail;

    @Inject
    private CurrentPasswordCheck currentPasswordCheck;

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT, roles = Principals.MEMBER_ROLE)
    public AccountRequest changeOwnEmail(String currentPassword, String newEmail) {
        MemberAccount account = signedInWith(currentPassword);
        String address = Enrolment.normalized(newEmail);
        if (address.equals(account.getEmail())) {
            throw new MembershipRefusal(Reason.EMAIL_UNCHANGED);
        }
        Optional<MemberAccount> owner = members.accountByEmail(address);
        if (owner.isPresent()) {
            // The new address's owner hears of it; the caller hears what they would have heard anyway.
            mail.send(
                    MailKind.ADDRESS_TAKEN_NOTICE,
                    "emailTaken",
                    address,
                    owner.get().getLanguage(),
                    owner.get().getId(),
                    AccountMail.page("/forgot-password", owner.get().getLanguage()));
            return new AccountRequest(account.getId());
        }
        String token = OneTimeTokens.newToken();
        account.awaitEmailChange(address, OneTimeTokens.hashOf(token), now().plus(EMAIL_CHANGE_VALIDITY));
        mail.send(
                MailKind.EMAIL_CHANGE_LINK,
                "emailChange",
                address,
                account.getLanguage(),
                account.getId(),
                AccountMail.link("/confirm-email", token, account.getLanguage()));
        return new AccountRequest(account.getId());
    }

    /** Followed before any login, like a verification link; the record names the member as its subject. */
    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT)
    public AccountRequest confirmEmailChange(String token) {
        MemberAccount account = members.accountByEmailChangeToken(OneTimeTokens.hashOf(token))
                .orElseThrow(() -> new MembershipRefusal(Reason.INVALID_EMAIL_CHANGE_LINK));
        String newAddress = account.getPendingEmail();
        if (newAddress == null || members.accountByEmail(newAddress).isPresent()) {
            throw new MembershipRefusal(Reason.INVALID_EMAIL_CHANGE_LINK);
        }
        String oldAddress = account.confirmEmailChange(now())
                .orElseThrow(() -> new MembershipRefusal(Reason.INVALID_EMAIL_CHANGE_LINK));
        mail.send(
                MailKind.EMAIL_CHANGED_NOTICE,
                "emailChanged",
                oldAddress,
                account.getLanguage(),
                account.getId(),
                newAddress,
                AccountMail.page("/forgot-password", account.getLanguage()));
        return new AccountRequest(account.getId());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT, roles = Principals.MEMBER_ROLE)
    public int changeOwnPassword(String currentPassword, String newPassword) {
        return signedInWith(currentPassword).changePassword(passwords.hash(newPassword));
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT)
    public AccountRequest requestPasswordReset(String email) {
        Optional<MemberAccount> found =
                members.accountByEmail(Enrolment.normalized(email)).filter(MemberAccount::isActive);
        if (found.isEmpty()) {
            return AccountRequest.nobody();
        }
        MemberAccount account = found.get();
        String token = OneTimeTokens.newToken();
        if (account.awaitReset(OneTimeTokens.hashOf(token), now(), RESET_VALIDITY, RESEND_AFTER)) {
            mail.send(
                    MailKind.PASSWORD_RESET_LINK,
                    "reset",
                    account.getEmail(),
                    account.getLanguage(),
                    account.getId(),
                    AccountMail.link("/reset-password", token, account.getLanguage()),
                    Long.toString(RESET_VALIDITY.toMinutes()));
        }
        return new AccountRequest(account.getId());
    }

    /** Followed before any login; the record names the member whose password the link set. */
    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT)
    public AccountRequest resetPassword(String token, String newPassword) {
        MemberAccount account = members.accountByResetToken(OneTimeTokens.hashOf(token))
                .filter(found -> found.mayReset(now()))
                .orElseThrow(() -> new MembershipRefusal(Reason.INVALID_RESET_LINK));
        account.changePassword(passwords.hash(newPassword));
        return new AccountRequest(account.getId());
    }

    @Override
    @PersonalDataAccess(task = AccessTask.MODIFY, categories = DataCategory.ACCOUNT)
    public AccountRequest resendVerification(String email) {
        return members.accountByEmail(Enrolment.normalized(email))
                .map(account -> {
                    enrolment.resendVerification(account);
                    return new AccountRequest(account.getId());
                })
                .orElseGet(AccountRequest::nobody);
    }

    /** The signed-in member's account, once the current password is right ({@link CurrentPasswordCheck}). */
    private MemberAccount signedInWith(String currentPassword) {
        MemberAccount account = members.account(caller.id()).orElseThrow(IllegalStateException::new);
        currentPasswordCheck.require(account, currentPassword);
        return account;
    }

    private LocalDateTime now() {
        return enrolment.now();
    }
}
