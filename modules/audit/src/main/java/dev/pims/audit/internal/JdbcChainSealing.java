package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.domain.ChainSealing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The head and the sealing over plain JDBC, in the caller's transaction (one per batch: {@link SealingBatches}). The
 * links and the subject rows go as two statement batches on one connection, so that sealing a thousand records costs a
 * handful of statements. A sealing first locks the head's row in the database ({@code SELECT … FOR UPDATE}, in the
 * store's own form); on PostgreSQL the lock holds until the sealing's transaction ends, so that the sealers of several
 * servers take turns there, each taking the position and hash the one before it committed.
 */
@ApplicationScoped
public class JdbcChainSealing implements ChainSealing {

    private static final String DUPLICATE_KEY = "23505";

    @Inject
    private Sql sql;

    JdbcChainSealing() {}

    /** Outside a server, on a store of the caller's choosing: the tests' fixtures. */
    public JdbcChainSealing(DataSource operational) {
        this.sql = new Sql(operational);
    }

    /** The head's position and hash, as locked. */
    private record End(long position, String hash) {}

    @Override
    public Head head() {
        return sql.first(
                        "SELECT LAST_POSITION, LAST_HASH, LEGACY_MAX_ID FROM ACCESS_CHAIN_HEAD WHERE ID = 1",
                        row -> new Head(row.getLong(1), row.getString(2), row.getLong(3)))
                .orElseThrow(() -> new IllegalStateException("ACCESS_CHAIN_HEAD has no row"));
    }

    /** @throws SealedElsewhere when, not skipping, a record has a link already */
    @Override
    public int seal(List<AccessChainHashing.Fields> records, LocalDateTime sealedAt, boolean skipSealed) {
        return sql.onOneConnection("seal access records into the chain", statements -> {
            End locked = statements
                    .first(
                            "SELECT LAST_POSITION, LAST_HASH FROM ACCESS_CHAIN_HEAD WHERE ID = 1"
                                    + statements.vendor().forUpdateOf("LAST_POSITION"),
                            row -> new End(row.getLong(1), row.getString(2)))
                    .orElseThrow(() -> new SQLException("ACCESS_CHAIN_HEAD has no row"));
            long position = locked.position();
            String previous = locked.hash();
            Set<Long> sealedBefore = skipSealed
                    ? sealedAmong(
                            statements,
                            records.stream().map(AccessChainHashing.Fields::id).toList())
                    : new HashSet<>();
            List<Object[]> links = new ArrayList<>(records.size());
            List<Object[]> furtherSubjects = new ArrayList<>();
            for (AccessChainHashing.Fields unplaced : records) {
                if (!sealedBefore.add(unplaced.id())) {
                    continue;
                }
                AccessChainHashing.Fields record = unplaced.at(++position);
                previous = AccessChainHashing.hash(previous, record);
                long[] subjects = record.sortedSubjects();
                links.add(new Object[] {
                    position,
                    record.id(),
                    record.occurredAt(),
                    previous,
                    sealedAt,
                    subjects.length == 0 ? null : subjects[0]
                });
                for (int further = 1; further < subjects.length; further++) {
                    furtherSubjects.add(new Object[] {record.id(), subjects[further]});
                }
            }
            if (links.isEmpty()) {
                return 0;
            }
            try {
                statements.batch(
                        "INSERT INTO ACCESS_CHAIN_LINK (POSITION, RECORD_ID, OCCURRED_AT, CHAIN_HASH, "
                                + "SEALED_AT, SUBJECT_ID) VALUES (?, ?, ?, ?, ?, ?)",
                        links);
            } catch (SQLException duplicate) {
                if (!skipSealed && isDuplicateKey(duplicate)) {
                    throw new SealedElsewhere(duplicate);
                }
                throw duplicate;
            }
            statements.batch(
                    "INSERT INTO ACCESS_RECORD_SUBJECT (RECORD_ID, SUBJECT_ID) VALUES (?, ?)", furtherSubjects);
            statements.update(
                    "UPDATE ACCESS_CHAIN_HEAD SET LAST_POSITION = ?, LAST_HASH = ? WHERE ID = 1", position, previous);
            return links.size();
        });
    }

    /** Whether a batch failed on a duplicate key: its exception may carry its element's state or only chain it. */
    private static boolean isDuplicateKey(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException state
                    && (DUPLICATE_KEY.equals(state.getSQLState())
                            || state.getNextException() != null
                                    && DUPLICATE_KEY.equals(
                                            state.getNextException().getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Which of these record ids already have a link, read from the link's unique index in ranges of neighbours. */
    private static Set<Long> sealedAmong(Sql.Statements statements, List<Long> recordIds) throws SQLException {
        Set<Long> sealed = new HashSet<>();
        for (IdRange range : IdRange.around(recordIds)) {
            statements.forEach(
                    "SELECT RECORD_ID FROM ACCESS_CHAIN_LINK WHERE RECORD_ID BETWEEN ? AND ?",
                    row -> sealed.add(row.getLong(1)),
                    range.first(),
                    range.last());
        }
        return sealed;
    }
}
