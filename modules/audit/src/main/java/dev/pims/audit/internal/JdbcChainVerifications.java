package dev.pims.audit.internal;

import dev.pims.audit.domain.ChainVerifications;
import dev.pims.audit.records.ChainOutcome;
import dev.pims.audit.records.ChainVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;

/**
 * The verifications' results over plain JDBC. A verification runs outside any transaction, so its result commits on
 * its own.
 */
@ApplicationScoped
class JdbcChainVerifications implements ChainVerifications {

    private static final int ATTEMPTS = 5;

    @Inject
    private Sql sql;

    /**
     * Two results saved at the same moment (the daily job and an auditor) can meet in Derby's identity generator, which
     * then answers "lock not obtained" at once; the result is too important to lose for that, so the insert is tried
     * again a few times.
     */
    @Override
    public void save(ChainVerification result) {
        for (int attempt = 1; ; attempt++) {
            try {
                insert(result);
                return;
            } catch (IllegalStateException contention) {
                if (attempt == ATTEMPTS
                        || !(contention.getCause() instanceof SQLException failure)
                        || !failure.getSQLState().startsWith("40")) {
                    throw contention;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw contention;
                }
            }
        }
    }

    private void insert(ChainVerification result) {
        sql.update(
                "INSERT INTO ACCESS_CHAIN_VERIFICATION (STARTED_AT, ENDED_AT, REQUESTED_BY, FROM_POSITION, "
                        + "TO_POSITION, RECORDS_CHECKED, OUTCOME, BROKEN_POSITION, BROKEN_RECORD_ID, PROBLEM, HEAD_HASH) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                result.startedAt(),
                result.endedAt(),
                result.requestedBy(),
                result.fromPosition(),
                result.toPosition(),
                result.recordsChecked(),
                result.outcome().name(),
                result.brokenPosition(),
                result.brokenRecordId(),
                result.problem(),
                result.headHash());
    }

    @Override
    public List<ChainVerification> latest(int max) {
        return sql.list(
                "SELECT ID, STARTED_AT, ENDED_AT, REQUESTED_BY, FROM_POSITION, TO_POSITION, RECORDS_CHECKED, "
                        + "OUTCOME, BROKEN_POSITION, BROKEN_RECORD_ID, PROBLEM, HEAD_HASH FROM ACCESS_CHAIN_VERIFICATION "
                        + "ORDER BY ID DESC FETCH FIRST " + max + " ROWS ONLY",
                row -> new ChainVerification(
                        row.getLong(1),
                        row.getTimestamp(2).toLocalDateTime(),
                        row.getTimestamp(3).toLocalDateTime(),
                        row.getString(4),
                        row.getLong(5),
                        row.getLong(6),
                        row.getLong(7),
                        ChainOutcome.valueOf(row.getString(8)),
                        row.getObject(9, Long.class),
                        row.getObject(10, Long.class),
                        row.getString(11),
                        row.getString(12)));
    }
}
