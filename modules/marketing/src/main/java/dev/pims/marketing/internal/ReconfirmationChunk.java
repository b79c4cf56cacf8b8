package dev.pims.marketing.internal;

import dev.pims.consent.MarketingConsents;
import dev.pims.consent.MarketingConsents.Chunk;
import dev.pims.consent.MarketingConsents.LiveConsent;
import dev.pims.jobs.ChunkedWalk;
import dev.pims.mail.AddressHash;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.OutgoingMail;
import dev.pims.mail.PublicUrl;
import dev.pims.marketing.domain.ReconfirmationNotice;
import dev.pims.marketing.domain.ReconfirmationRecords;
import dev.pims.membership.MemberAddresses;
import dev.pims.membership.MemberAddresses.Addressee;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One chunk, one transaction, as dormancy's notice chunks: the audited reads of the live consents and of the members'
 * addresses (their VIEW access records), and for each member whose cycle has ended and who was not told in it yet, the
 * mail in the outbox and the notice record, all committed together or not at all. A crash leaves every notice wholly
 * queued and recorded or not there, and a retry finds the cycle of a told member begun anew by the notice; two runs
 * racing for one member meet at MARKETING_RECONFIRMATION_ONCE_A_CYCLE, and the loser's chunk, mails included, rolls
 * back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconfirmationChunk {

    @Inject
    private MarketingConsents consents;

    @Inject
    private MemberAddresses addresses;

    @Inject
    private ReconfirmationRecords records;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    /** One chunk: where the next starts, how many consents it read, how many members it told. */
    public ChunkedWalk.Chunk<Long> notice(LocalDateTime at, MarketingSettings settings, long afterMemberId) {
        Chunk chunk = consents.liveGivenBefore(settings.cycleBeganBy(at), afterMemberId, settings.chunkSize());
        Map<Long, LiveConsent> byMember =
                chunk.consents().stream().collect(Collectors.toMap(LiveConsent::memberId, Function.identity()));
        Map<Long, LocalDateTime> latest = records.latestNotices(
                byMember.values().stream().collect(Collectors.toMap(LiveConsent::memberId, LiveConsent::givenAt)));
        List<Long> due = byMember.values().stream()
                .filter(consent -> settings.due(latest.getOrDefault(consent.memberId(), consent.givenAt()), at))
                .map(LiveConsent::memberId)
                .toList();
        List<Addressee> told =
                due.isEmpty() ? List.of() : addresses.activeAmong(due).members();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        ReconfirmationMail mail = new ReconfirmationMail(PublicUrl.base());
        List<OutgoingMail> mails = new ArrayList<>();
        for (Addressee member : told) {
            mails.add(mail.to(member, byMember.get(member.memberId()).givenAt()));
        }
        List<Long> mailIds = outbox.enqueueAll(mails);
        List<ReconfirmationNotice> notices = new ArrayList<>();
        for (int index = 0; index < told.size(); index++) {
            Addressee member = told.get(index);
            LiveConsent consent = byMember.get(member.memberId());
            notices.add(new ReconfirmationNotice(
                    member.memberId(),
                    consent.givenAt(),
                    latest.getOrDefault(member.memberId(), consent.givenAt()),
                    now,
                    AddressHash.of(member.email()),
                    mailIds.get(index)));
        }
        if (!notices.isEmpty()) {
            records.add(notices);
        }
        return new ChunkedWalk.Chunk<>(
                chunk.next(afterMemberId), chunk.consents().size(), notices.size());
    }
}
