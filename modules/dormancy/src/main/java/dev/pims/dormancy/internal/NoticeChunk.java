package dev.pims.dormancy.internal;

import dev.pims.dormancy.domain.DormancyNotice;
import dev.pims.dormancy.domain.NoticeRecords;
import dev.pims.jobs.ChunkedWalk;
import dev.pims.mail.AddressHash;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.TemplatedMail;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One chunk, one transaction: the audited read of the candidates (its VIEW access record), and for each one not told
 * in this cycle yet, the mail in the outbox and the notice record, all committed together or not at all; a few
 * statements a chunk, not a few a member (one query for who was told, one batch of mails, one of records). So a crash
 * anywhere leaves every notice either wholly sent-to-be and recorded or not there, and a retry tells exactly those
 * still untold; two runs racing for one member meet at DORMANCY_NOTICE_ONCE_A_CYCLE, and the loser's chunk, mails
 * included, rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NoticeChunk {

    /** What a chunk did: where the next starts, how many candidates it read, how many it told. */
    @Inject
    private DormancyCandidates candidates;

    @Inject
    private NoticeRecords records;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    public ChunkedWalk.Chunk<Cursor> notice(LocalDateTime at, NoticeSettings settings, Cursor after) {
        Chunk chunk = candidates.dormantBefore(settings.dormantBefore(at), after, settings.chunkSize());
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Set<Long> told = records.noticedInCycle(
                chunk.candidates().stream().collect(Collectors.toMap(Candidate::memberId, Candidate::lastActiveAt)));
        List<Candidate> untold = chunk.candidates().stream()
                .filter(member -> !told.contains(member.memberId()))
                .toList();
        List<LocalDateTime> dates = untold.stream()
                .map(member -> settings.announced(member.dormantFrom(), at))
                .toList();
        List<TemplatedMail> mails = new ArrayList<>();
        for (int index = 0; index < untold.size(); index++) {
            mails.add(NoticeMail.to(untold.get(index), dates.get(index)));
        }
        List<Long> mailIds = outbox.enqueueAllTemplated(mails);
        List<DormancyNotice> notices = new ArrayList<>();
        for (int index = 0; index < untold.size(); index++) {
            Candidate member = untold.get(index);
            notices.add(new DormancyNotice(
                    member.memberId(),
                    member.lastActiveAt(),
                    dates.get(index),
                    now,
                    AddressHash.of(member.email()),
                    mailIds.get(index),
                    DormancyNotice.Outcome.QUEUED));
        }
        records.add(notices);
        int noticed = notices.size();
        return new ChunkedWalk.Chunk<>(chunk.next(after), chunk.candidates().size(), noticed);
    }
}
