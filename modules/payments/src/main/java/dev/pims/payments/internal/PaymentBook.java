package dev.pims.payments.internal;

import dev.pims.keyring.KeyRing;
import dev.pims.membership.MemberStanding;
import dev.pims.membership.MemberStandings;
import dev.pims.payments.PaymentEvent;
import dev.pims.payments.PaymentKind;
import dev.pims.payments.PaymentMasking;
import dev.pims.payments.PaymentMethodForm;
import dev.pims.payments.PaymentMethodRules;
import dev.pims.payments.PaymentRefusal;
import dev.pims.payments.PaymentRefusal.Reason;
import dev.pims.payments.domain.PaymentMethod;
import dev.pims.payments.domain.PaymentMethods;
import dev.pims.payments.domain.PaymentRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes methods and payments, for the member's, the main service's and the synthetic calls alike, inside the caller's
 * audited call: only of a member who is there and active; a method only once {@link PaymentMethodRules} finds nothing
 * wrong, its numbers sealed by the key ring before they go anywhere, its masked label made from the digits first.
 */
@ApplicationScoped
class PaymentBook {

    @Inject
    private PaymentMethods methods;

    @Inject
    private PaymentRecords records;

    @Inject
    private MemberStandings standings;

    @Inject
    private KeyRing keys;

    @Inject
    private Clock clock;

    PaymentMethod keep(long memberId, PaymentMethodForm form, LocalDateTime at) {
        requireActive(memberId);
        List<PaymentMethodRules.Problem> problems = PaymentMethodRules.problemsOf(form, at.toLocalDate());
        if (!problems.isEmpty()) {
            throw new PaymentRefusal(problems.get(0).reason());
        }
        PaymentKind kind = form.getKind();
        String digits = PaymentMethodRules.digitsOf(form.getNumber());
        PaymentMethod method = new PaymentMethod(
                0,
                memberId,
                kind,
                kind == PaymentKind.MOBILE ? null : form.getProvider().strip(),
                kind == PaymentKind.CARD ? null : form.getHolderName().strip(),
                kind == PaymentKind.CARD ? YearMonth.of(form.getExpiryYear(), form.getExpiryMonth()) : null,
                PaymentMasking.label(kind, digits),
                keys.seal(digits),
                kind == PaymentKind.MOBILE ? keys.seal(PaymentMethodRules.digitsOf(form.getApprovalNumber())) : null,
                at);
        long id = methods.add(method);
        return methods.ofMember(memberId, id).orElseThrow();
    }

    void pay(long memberId, long methodId, PaymentEvent event, LocalDateTime at) {
        requireActive(memberId);
        PaymentMethod method =
                methods.ofMember(memberId, methodId).orElseThrow(() -> new PaymentRefusal(Reason.NO_SUCH_METHOD));
        records.add(method.paid(event.amount(), event.item().strip(), at));
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private void requireActive(long memberId) {
        MemberStanding standing = standings.of(memberId);
        if (standing == MemberStanding.UNKNOWN) {
            throw new PaymentRefusal(Reason.NO_SUCH_MEMBER);
        }
        if (standing != MemberStanding.ACTIVE) {
            throw new PaymentRefusal(Reason.MEMBER_NOT_ACTIVE);
        }
    }
}
