package dev.pims.dormancy.internal;

import dev.pims.dormancy.domain.DormancyNotice;
import dev.pims.dormancy.domain.NoticeRecords;
import dev.pims.mail.MailOutbox;
import dev.pims.membership.DormancyCandidates;
import dev.pims.membership.DormancyCandidates.Candidate;
import dev.pims.membership.DormancyCandidates.Chunk;
import dev.pims.membership.DormancyCandidates.Cursor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One chunk, one transaction: the audited read of the candidates (its VIEW access record), and for each one not told
 * in this cycle yet, the mail in the outbox and the notice record, all committed together or not at all. So a crash
 * anywhere leaves every notice either wholly sent-to-be and recorded or not there, and a retry tells exactly those
 * still untold; two runs racing for one member meet at DORMANCY_NOTICE_ONCE_A_CYCLE, and the loser's chunk, mails
 * included, rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NoticeChunk {

    /** What a chunk did: where the next starts, how many candidates it read, how many it told. */
    public record Done(Cursor next, int read, int noticed) {}

    @Inject
    private DormancyCandidates candidates;

    @Inject
    private NoticeRecords records;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    public Done notice(LocalDateTime at, NoticeSettings settings, Cursor after) {
        Chunk chunk = candidates.dormantBefore(settings.dormantBefore(at), after, settings.chunkSize());
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        int noticed = 0;
        for (Candidate member : chunk.candidates()) {
            if (records.noticed(member.memberId(), member.lastActiveAt())) {
                continue;
            }
            LocalDateTime dormantFrom = settings.announced(member.dormantFrom(), at);
            long mailId = outbox.enqueue(NoticeMail.to(member, dormantFrom, settings.publicBaseUrl()));
            records.add(new DormancyNotice(
                    member.memberId(),
                    member.lastActiveAt(),
                    dormantFrom,
                    now,
                    AddressHash.of(member.email()),
                    mailId,
                    DormancyNotice.Outcome.QUEUED));
            noticed++;
        }
        return new Done(chunk.next(after), chunk.candidates().size(), noticed);
    }
}
