package dev.pims.inquiry.internal;

import dev.pims.inquiry.domain.InquiryCase;
import dev.pims.inquiry.domain.InquiryCases;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Cases through JPA; their retention by plain JDBC ({@link RecordTable} on the closing time), in the caller's
 * transaction. A case's replies go with it (the foreign key cascades).
 */
@ApplicationScoped
class JpaInquiryCases implements InquiryCases {

    static final RecordTable CLOSED_CASES =
            new RecordTable(ClosedInquiryRetention.NAME, "INQUIRY_CASE", "ID", "CLOSED_AT", "MEMBER_ID");

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @Override
    public void add(InquiryCase inquiry) {
        entityManager.persist(inquiry);
        // The number is told to the sender at once.
        entityManager.flush();
    }

    @Override
    public Optional<InquiryCase> byId(long id) {
        return Optional.ofNullable(entityManager.find(InquiryCase.class, id));
    }

    @Override
    public List<InquiryCase> ofMember(long memberId) {
        return entityManager
                .createNamedQuery("InquiryCase.findByMember", InquiryCase.class)
                .setParameter("memberId", memberId)
                .getResultList();
    }

    @Override
    public List<InquiryCase> queue() {
        return openThenClosed(
                entityManager.createNamedQuery("InquiryCase.findOpenOldestFirst", InquiryCase.class),
                entityManager.createNamedQuery("InquiryCase.findClosedNewestFirst", InquiryCase.class));
    }

    @Override
    public List<InquiryCase> assignedTo(String staffLoginId) {
        return openThenClosed(
                entityManager
                        .createNamedQuery("InquiryCase.findOpenAssignedOldestFirst", InquiryCase.class)
                        .setParameter("staff", staffLoginId),
                entityManager
                        .createNamedQuery("InquiryCase.findClosedAssignedNewestFirst", InquiryCase.class)
                        .setParameter("staff", staffLoginId));
    }

    private static List<InquiryCase> openThenClosed(TypedQuery<InquiryCase> open, TypedQuery<InquiryCase> closed) {
        List<InquiryCase> cases = new ArrayList<>(open.getResultList());
        cases.addAll(closed.getResultList());
        return cases;
    }

    @Override
    public long countClosedBefore(LocalDateTime threshold) {
        return CLOSED_CASES.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyClosedBefore(LocalDateTime threshold, int max) {
        return CLOSED_CASES.destroyBefore(store, threshold, max);
    }
}
