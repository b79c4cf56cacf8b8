package dev.pims.notices.internal;

import dev.pims.jobs.ChunkedWalk;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.OutgoingMail;
import dev.pims.mail.PublicUrl;
import dev.pims.membership.MemberAddresses;
import dev.pims.membership.MemberAddresses.Addressee;
import dev.pims.membership.MemberAddresses.Chunk;
import dev.pims.notices.TransferNotice;
import dev.pims.notices.domain.TransferDeliveries;
import dev.pims.notices.domain.TransferDelivery;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One chunk of active members, one transaction: the audited read of their addresses (its VIEW access record), and for
 * each transfer and each member not mailed about it yet, the mail in the outbox and the delivery record, all committed
 * together or not at all. So a crash anywhere leaves each member's notice either queued and recorded or not there, and
 * a retry mails exactly those still unmailed; two runs racing for one member meet at TRANSFER_NOTICE_ONCE_A_MEMBER, and
 * the loser's chunk, mails included, rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TransferMailChunk {

    @Inject
    private MemberAddresses addresses;

    @Inject
    private TransferDeliveries deliveries;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    /** One chunk: where the next begins (the last member id read), how many members it read, how many mails it queued. */
    public ChunkedWalk.Chunk<Long> mail(List<TransferNotice> transfers, long afterMember, int max) {
        Chunk chunk = addresses.activeAfter(afterMember, max);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<Long> memberIds = chunk.dataSubjectIds().stream().toList();
        TransferMail render = new TransferMail(PublicUrl.base());
        List<OutgoingMail> mails = new ArrayList<>();
        List<TransferDelivery> unsent = new ArrayList<>();
        for (TransferNotice transfer : transfers) {
            Set<Long> mailed = deliveries.mailedAmong(transfer.id(), memberIds);
            for (Addressee member : chunk.members()) {
                if (!mailed.contains(member.memberId())) {
                    mails.add(render.to(member, transfer));
                    unsent.add(new TransferDelivery(transfer.id(), member.memberId(), now, 0));
                }
            }
        }
        List<Long> mailIds = mails.isEmpty() ? List.of() : outbox.enqueueAll(mails);
        List<TransferDelivery> records = new ArrayList<>();
        for (int index = 0; index < unsent.size(); index++) {
            TransferDelivery delivery = unsent.get(index);
            records.add(new TransferDelivery(
                    delivery.transferId(), delivery.memberId(), delivery.mailedAt(), mailIds.get(index)));
        }
        deliveries.add(records);
        return new ChunkedWalk.Chunk<>(chunk.next(afterMember), chunk.members().size(), records.size());
    }
}
