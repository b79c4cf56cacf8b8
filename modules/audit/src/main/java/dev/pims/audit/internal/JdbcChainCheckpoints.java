package dev.pims.audit.internal;

import dev.pims.audit.domain.ChainCheckpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/** The checkpoints over plain JDBC, in the caller's transaction if it has one. */
@ApplicationScoped
class JdbcChainCheckpoints implements ChainCheckpoints {

    @Inject
    private Sql sql;

    @Override
    public Checkpoint latest() {
        return sql.first(
                        "SELECT POSITION, CHAIN_HASH FROM ACCESS_CHAIN_CHECKPOINT ORDER BY POSITION DESC "
                                + "FETCH FIRST 1 ROWS ONLY",
                        row -> new Checkpoint(row.getLong(1), row.getString(2)))
                .orElse(Checkpoint.NONE);
    }

    @Override
    public void add(
            Checkpoint checkpoint,
            LocalDateTime lastOccurredAt,
            LocalDateTime cutoff,
            long destroyed,
            LocalDateTime createdAt) {
        sql.update(
                "INSERT INTO ACCESS_CHAIN_CHECKPOINT (POSITION, CHAIN_HASH, LAST_OCCURRED_AT, CUTOFF, DESTROYED, "
                        + "CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)",
                checkpoint.position(),
                checkpoint.hash(),
                lastOccurredAt,
                cutoff,
                destroyed,
                createdAt);
    }
}
