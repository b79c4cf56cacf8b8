package dev.pims.membership.internal;

import dev.pims.membership.MemberWithdrew;
import dev.pims.membership.Withdrawal;
import dev.pims.membership.domain.LegalRepresentative;
import dev.pims.membership.domain.LegalRepresentatives;
import dev.pims.membership.domain.MemberAccount;
import dev.pims.membership.domain.Members;
import dev.pims.membership.domain.SeparatedStore;
import dev.pims.membership.domain.WithdrawalRecord;
import dev.pims.shared.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * Ends a membership, however it was asked for (policy §4B, §6A, §11): the personal data moves to the separated
 * store to be destroyed after the retention period, leaves the operational store, and a withdrawal record stays
 * naming the channel. The member's own withdrawal, a handler's on the member's request and a child's legal
 * representative's for the child all end here; a child's representative goes with the child's data into the separated
 * store (kept the same year, for disputes) and their row leaves the operational store with the account (policy §9).
 * Each withdrawal is journaled outside the stores before it commits ({@link WithdrawalJournal}), for a restore.
 */
@ApplicationScoped
class Withdrawals {

    @Inject
    private Members members;

    @Inject
    private LegalRepresentatives representatives;

    @Inject
    private SeparatedStore separatedStore;

    @Inject
    private MemberDataSeparation separation;

    @Inject
    private Enrolment enrolment;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Event<MemberWithdrew> withdrew;

    @Inject
    private WithdrawalJournal journal;

    Withdrawal withdraw(MemberAccount account, WithdrawalRecord.Channel channel) {
        return withdrawAsOf(account, channel, enrolment.now());
    }

    /** A withdrawal stamped with another time than now: the history of synthetic members. */
    Withdrawal withdrawAsOf(MemberAccount account, WithdrawalRecord.Channel channel, LocalDateTime now) {
        long memberId = account.getId();
        LegalRepresentative representative = representatives.ofMember(memberId).orElse(null);
        separatedStore.keep(separation.separate(account, members.detailsOf(memberId), representative, now));
        members.remove(memberId);
        members.recordWithdrawal(new WithdrawalRecord(memberId, now, channel, origin.clientAddress()));
        withdrew.fire(new MemberWithdrew(memberId, now));
        journal.append(new WithdrawalJournal.Line(memberId, channel, now));
        return new Withdrawal(memberId, representative != null);
    }
}
