package dev.pims.membership.domain;

import dev.pims.membership.Visit;
import dev.pims.membership.VisitKind;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A record of a visit (policy §2A(2)): a member logged in or out, when, from which address, with which user agent.
 * Kept three months after the visit (Protection of Communications Secrets Act, §4B), also after the account is gone.
 */
@PersonalData(DataCategory.VISIT_RECORD)
@Entity
@Table(name = "VISIT_RECORD")
@NamedQuery(
        name = "VisitRecord.findRecentByMember",
        query = "SELECT v FROM VisitRecord v WHERE v.memberId = :memberId ORDER BY v.visitedAt DESC, v.id DESC")
public class VisitRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Column(name = "VISITED_AT", nullable = false)
    private LocalDateTime visitedAt;

    @Column(name = "KIND", nullable = false, length = 16)
    private String kind;

    @Column(name = "CLIENT_IP", nullable = false, length = 64)
    private String clientIp;

    @Column(name = "USER_AGENT", length = 500)
    private String userAgent;

    protected VisitRecord() {}

    public VisitRecord(long memberId, LocalDateTime visitedAt, VisitKind kind, String clientIp, String userAgent) {
        this.memberId = memberId;
        this.visitedAt = visitedAt;
        this.kind = kind.name();
        this.clientIp = clientIp;
        this.userAgent = userAgent;
    }

    public Visit toView() {
        return new Visit(visitedAt, VisitKind.valueOf(kind), clientIp, userAgent);
    }
}
