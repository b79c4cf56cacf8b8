package dev.pims.dormancy.internal;

import dev.pims.dormancy.domain.DormancyNotice.Outcome;
import dev.pims.dormancy.domain.NoticeRecords;
import dev.pims.dormancy.domain.NoticeRecords.Due;
import dev.pims.membership.DormantAccounts;
import dev.pims.membership.DormantAccounts.Separation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One chunk, one transaction over both stores (XA, as a withdrawal): the due notices read, the members' data moved by
 * membership's audited SEPARATE, and each notice settled as SEPARATED or LAPSED, all committed together or not at all.
 * A crash leaves each member wholly in the operational store with the notice QUEUED, or wholly in the dormant area
 * with the notice SEPARATED; a retry reads only the notices still QUEUED, and membership passes over a member no longer
 * active, so nobody moves twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SeparationChunk {

    /** What a chunk did: how many notices it settled, and how many of their members it separated. */
    public record Done(int settled, int separated) {}

    @Inject
    private NoticeRecords records;

    @Inject
    private DormantAccounts accounts;

    public Done separate(LocalDateTime at, int max) {
        List<Due> due = records.dueForSeparation(at, max);
        if (due.isEmpty()) {
            return new Done(0, 0);
        }
        Separation separation = accounts.separate(
                due.stream()
                        .map(notice -> new DormantAccounts.Due(notice.memberId(), notice.idleSince()))
                        .toList(),
                at);
        Set<Long> separated = new HashSet<>(separation.separated());
        Map<Boolean, List<Long>> noticesBySeparation = due.stream()
                .collect(Collectors.partitioningBy(
                        notice -> separated.contains(notice.memberId()),
                        Collectors.mapping(Due::noticeId, Collectors.toList())));
        records.settle(noticesBySeparation.get(true), Outcome.SEPARATED);
        records.settle(noticesBySeparation.get(false), Outcome.LAPSED);
        return new Done(due.size(), separated.size());
    }
}
