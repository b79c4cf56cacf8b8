package dev.pims.marketing.internal;

import dev.pims.consent.MarketingConsents;
import dev.pims.consent.MarketingConsents.Chunk;
import dev.pims.consent.MarketingConsents.LiveConsent;
import dev.pims.jobs.ChunkedWalk;
import dev.pims.mail.AddressHash;
import dev.pims.mail.MailOutbox;
import dev.pims.mail.OutgoingMail;
import dev.pims.mail.PublicUrl;
import dev.pims.marketing.domain.Newsletter;
import dev.pims.marketing.domain.NewsletterBook;
import dev.pims.marketing.domain.NewsletterSend;
import dev.pims.marketing.domain.NewsletterSends;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One chunk of a newsletter, one transaction: which members' marketing consent is live <em>now</em> (the audited read
 * of consent records), their addresses (the audited read of accounts), and for each not written to yet, the mail in
 * the outbox and the send record, committed together or not at all. The consent is read in the transaction that
 * writes the mails, so a withdrawal committed before it wins; a retried chunk skips the members a committed one wrote
 * to (NEWSLETTER_SEND_ONCE refuses a second row).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NewsletterChunk {

    @Inject
    private MarketingConsents consents;

    @Inject
    private MemberAddresses addresses;

    @Inject
    private NewsletterSends sends;

    @Inject
    private NewsletterBook book;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    /** One chunk: where the next starts, how many live consents it read, how many members it wrote to. */
    public ChunkedWalk.Chunk<Long> send(Newsletter newsletter, int chunkSize, long afterMemberId) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Chunk chunk = consents.liveGivenBefore(now, afterMemberId, chunkSize);
        Map<Long, LiveConsent> byMember =
                chunk.consents().stream().collect(Collectors.toMap(LiveConsent::memberId, Function.identity()));
        Set<Long> sentAlready = sends.sentTo(newsletter.id(), byMember.keySet());
        List<Long> unsent = byMember.keySet().stream()
                .filter(member -> !sentAlready.contains(member))
                .toList();
        List<Addressee> active =
                unsent.isEmpty() ? List.of() : addresses.activeAmong(unsent).members();
        NewsletterMail mail = new NewsletterMail(PublicUrl.base());
        List<OutgoingMail> mails = new ArrayList<>();
        for (Addressee member : active) {
            mails.add(
                    mail.of(newsletter, member, byMember.get(member.memberId()).givenAt()));
        }
        List<Long> mailIds = outbox.enqueueAll(mails);
        List<NewsletterSend> records = new ArrayList<>();
        for (int index = 0; index < active.size(); index++) {
            Addressee member = active.get(index);
            records.add(new NewsletterSend(
                    newsletter.id(),
                    member.memberId(),
                    byMember.get(member.memberId()).givenAt(),
                    now,
                    AddressHash.of(member.email()),
                    mailIds.get(index)));
        }
        if (!records.isEmpty()) {
            sends.add(records);
        }
        return new ChunkedWalk.Chunk<>(
                chunk.next(afterMemberId), chunk.consents().size(), records.size());
    }

    /** Marks the newsletter sent, to as many members as its send records name. */
    public int finish(Newsletter newsletter) {
        int count = sends.countOf(newsletter.id());
        book.sent(newsletter.id(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), count);
        return count;
    }

    /** The newsletters asked to be sent and not sent yet. */
    public List<Newsletter> sending() {
        return book.sending();
    }
}
