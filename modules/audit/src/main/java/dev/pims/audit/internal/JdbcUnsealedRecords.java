package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.domain.SealedIds;
import dev.pims.audit.domain.UnsealedRecords;
import dev.pims.audit.records.AccessRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records without a link, found over plain JDBC by their ids, in the caller's transaction if it has one. */
@ApplicationScoped
class JdbcUnsealedRecords implements UnsealedRecords {

    /**
     * How far below the newest sealed record's id a start-up looks for records a stop left unsealed: records committed
     * while the last sealings ran (a batch is at most 1 000), with room to spare; every id in it costs each start a
     * look-up.
     */
    private static final long RECOVERY_WINDOW = 10_000;
    /** Unsealed ids a verification looks at one by one, at most (records written while it ran are among them). */
    private static final int MAX_UNMET = 10_000;

    @Inject
    private Sql sql;

    @Override
    public List<AccessChainHashing.Fields> nearTheEnd(long legacyMaxId) {
        return sql.list(
                "SELECT " + JdbcChainLinks.RECORD_COLUMNS + ", r.SUBJECT_IDS FROM ACCESS_RECORD r "
                        + "WHERE r.ID > ? AND r.ID > COALESCE((SELECT MAX(l.RECORD_ID) FROM ACCESS_CHAIN_LINK l), 0) - "
                        + RECOVERY_WINDOW
                        + " AND NOT EXISTS (SELECT 1 FROM ACCESS_CHAIN_LINK l WHERE l.RECORD_ID = r.ID) ORDER BY r.ID",
                row -> JdbcChainLinks.fields(row, AccessRecord.subjectsOf(row.getString(12))),
                legacyMaxId);
    }

    @Override
    public Optional<Long> firstInserted(SealedIds met, LocalDateTime olderThan) {
        List<Long> unmet = new ArrayList<>();
        sql.readWhile(
                "SELECT ID FROM ACCESS_RECORD WHERE ID > ? ORDER BY ID",
                row -> {
                    long id = row.getLong(1);
                    if (!met.contains(id)) {
                        unmet.add(id);
                    }
                    return unmet.size() < MAX_UNMET;
                },
                met.legacyMaxId());
        for (long id : unmet) {
            boolean inserted = sql.first(
                            "SELECT 1 FROM ACCESS_RECORD r WHERE r.ID = ? AND r.OCCURRED_AT < ? AND NOT "
                                    + "EXISTS (SELECT 1 FROM ACCESS_CHAIN_LINK l WHERE l.RECORD_ID = r.ID)",
                            row -> true,
                            id,
                            olderThan)
                    .isPresent();
            if (inserted) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
