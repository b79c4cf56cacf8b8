package dev.pims.staff.internal;

import dev.pims.staff.StaffLoginAddresses.NewAddressLogin;
import dev.pims.staff.StaffLoginOutcome;
import dev.pims.staff.domain.StaffLoginRecord;
import dev.pims.staff.domain.StaffLoginRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
class JpaStaffLoginRecords implements StaffLoginRecords {

    @PersistenceContext(unitName = "pims")
    private EntityManager entityManager;

    @Override
    public void append(StaffLoginRecord record) {
        entityManager.persist(record);
    }

    @Override
    public List<NewAddressLogin> newAddressLogins(LocalDateTime from, LocalDateTime to) {
        // Served by STAFF_LOGIN_RECORD_ADDRESS (V10): login id, address, outcome, time.
        return entityManager
                .createQuery(
                        "SELECT r.loginId, r.clientIp, MIN(r.occurredAt) FROM StaffLoginRecord r "
                                + "WHERE r.outcome = :success AND r.occurredAt >= :from AND r.occurredAt < :to AND NOT EXISTS ("
                                + "SELECT e.id FROM StaffLoginRecord e WHERE e.loginId = r.loginId AND e.clientIp = r.clientIp "
                                + "AND e.outcome = :success AND e.occurredAt < :from) GROUP BY r.loginId, r.clientIp",
                        Object[].class)
                .setParameter("success", StaffLoginOutcome.SUCCESS)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(row -> new NewAddressLogin((String) row[0], (String) row[1], (LocalDateTime) row[2]))
                .sorted(Comparator.comparing(NewAddressLogin::at).thenComparing(NewAddressLogin::loginId))
                .toList();
    }
}
