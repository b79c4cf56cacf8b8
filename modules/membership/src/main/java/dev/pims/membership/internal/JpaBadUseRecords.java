package dev.pims.membership.internal;

import dev.pims.membership.domain.BadUseRecord;
import dev.pims.membership.domain.BadUseRecords;
import dev.pims.retention.DestroyedRecords;
import dev.pims.retention.RecordTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

@ApplicationScoped
class JpaBadUseRecords implements BadUseRecords {

    static final RecordTable BAD_USE_RECORDS =
            new RecordTable(BadUseRecordRetention.NAME, "BAD_USE_RECORD", "ID", "RECORDED_AT", "MEMBER_ID");

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public BadUseRecord add(BadUseRecord record) {
        entityManager.persist(record);
        // Written now, not at commit: a refusal then fails the audited call, which records it as an error.
        entityManager.flush();
        return record;
    }

    @Override
    public boolean anyRecordedSince(LocalDateTime since, String emailHmac, String mobileHmac) {
        // Two lookups rather than one OR: each walks its own HMAC index.
        return found("BadUseRecord.findLiveByEmail", emailHmac, since)
                || (mobileHmac != null && found("BadUseRecord.findLiveByMobile", mobileHmac, since));
    }

    private boolean found(String query, String hmac, LocalDateTime since) {
        return !entityManager
                .createNamedQuery(query, Long.class)
                .setParameter("hmac", hmac)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<BadUseRecord> ofMember(long memberId) {
        return entityManager
                .createNamedQuery("BadUseRecord.findOfMember", BadUseRecord.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public long countBefore(LocalDateTime threshold) {
        return BAD_USE_RECORDS.countBefore(store, threshold);
    }

    @Override
    public DestroyedRecords destroyBefore(LocalDateTime threshold, int max) {
        return BAD_USE_RECORDS.destroyBefore(store, threshold, max);
    }
}
