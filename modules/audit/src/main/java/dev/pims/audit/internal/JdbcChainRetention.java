package dev.pims.audit.internal;

import dev.pims.audit.domain.ChainRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Optional;

/** Retention's reads and deletes over plain JDBC, in the caller's transaction (one per batch). */
@ApplicationScoped
class JdbcChainRetention implements ChainRetention {

    /** The records linked in a range of positions, for the deletes. */
    private static final String LINKED =
            " IN (SELECT RECORD_ID FROM ACCESS_CHAIN_LINK WHERE POSITION > ? " + "AND POSITION <= ?)";

    @Inject
    private Sql sql;

    @Override
    public Optional<Long> firstPositionNotBefore(long after, long upTo, LocalDateTime cutoff) {
        return sql.first(
                "SELECT POSITION FROM ACCESS_CHAIN_LINK WHERE POSITION > ? AND POSITION <= ? "
                        + "AND OCCURRED_AT >= ? ORDER BY POSITION FETCH FIRST 1 ROWS ONLY",
                row -> row.getLong(1),
                after,
                upTo,
                cutoff);
    }

    @Override
    public Optional<Boundary> boundaryAt(long position) {
        return sql.first(
                "SELECT CHAIN_HASH, OCCURRED_AT FROM ACCESS_CHAIN_LINK WHERE POSITION = ?",
                row -> new Boundary(row.getString(1), row.getTimestamp(2).toLocalDateTime()),
                position);
    }

    @Override
    public long linksBetween(long after, long upTo) {
        return sql.first(
                        "SELECT COUNT(*) FROM ACCESS_CHAIN_LINK WHERE POSITION > ? AND POSITION <= ?",
                        row -> row.getLong(1),
                        after,
                        upTo)
                .orElseThrow();
    }

    @Override
    public void destroyBetween(long after, long upTo) {
        sql.update("DELETE FROM ACCESS_RECORD_SUBJECT WHERE RECORD_ID" + LINKED, after, upTo);
        sql.update("DELETE FROM ACCESS_RECORD WHERE ID" + LINKED, after, upTo);
        sql.update("DELETE FROM ACCESS_CHAIN_LINK WHERE POSITION > ? AND POSITION <= ?", after, upTo);
    }
}
