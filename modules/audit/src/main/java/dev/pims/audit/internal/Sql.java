package dev.pims.audit.internal;

import dev.pims.store.StoreVendor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC on the operational store ({@code jdbc/pims}), written once for the audit module's JDBC repositories:
 * connections, statements and result sets closed, parameters bound, rows mapped by a lambda. Access records are written
 * and the chain is sealed, walked and cut this way rather than through JPA because the audited road, the sealer and a
 * verification handle thousands of rows a second and need no entities.
 * <p>
 * It takes no part in transactions: a statement runs in the caller's JTA transaction if there is one (the container
 * hands every connection of one transaction the same physical connection), and commits on its own otherwise. Several
 * statements that must share one connection even outside a transaction run in {@link #onOneConnection}. Every SQL
 * failure is an {@link IllegalStateException} caused by the {@link SQLException}. The store's product
 * ({@link StoreVendor}), for the statements whose form differs, is asked once, on the first connection.
 */
@ApplicationScoped
class Sql {

    @Resource(lookup = "jdbc/pims")
    private DataSource store;

    private volatile StoreVendor vendor;

    Sql() {}

    /** Outside a server: the repositories made for the tests' fixtures, on a store of their choosing. */
    Sql(DataSource store) {
        this.store = store;
    }

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Takes the current row of a result set. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /** Takes the current row of a result set; returns whether to read on. */
    @FunctionalInterface
    interface RowReader {
        boolean read(ResultSet row) throws SQLException;
    }

    /** Statements that run on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Statements statements) throws SQLException;
    }

    /** Every row, mapped. */
    <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return onOneConnection("run " + sql, statements -> statements.list(sql, row, parameters));
    }

    /** The first row, mapped, if there is one. */
    <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
        return onOneConnection("run " + sql, statements -> statements.first(sql, row, parameters));
    }

    /** Hands the rows one by one to the reader until there are no more or it asks for no more. */
    void readWhile(String sql, RowReader reader, Object... parameters) {
        onOneConnection("run " + sql, statements -> {
            statements.readWhile(sql, reader, parameters);
            return null;
        });
    }

    /** @return the number of rows changed */
    int update(String sql, Object... parameters) {
        return onOneConnection("run " + sql, statements -> statements.update(sql, parameters));
    }

    /**
     * Runs the work's statements on one connection, closed afterwards.
     *
     * @param what what the work does, for the failure's message ("seal access records")
     */
    <T> T onOneConnection(String what, Work<T> work) {
        try (Connection connection = store.getConnection()) {
            return work.run(new Statements(connection, vendorOf(connection)));
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not " + what + ": " + failure.getMessage(), failure);
        }
    }

    private StoreVendor vendorOf(Connection connection) throws SQLException {
        StoreVendor known = vendor;
        if (known == null) {
            known = StoreVendor.of(connection);
            vendor = known;
        }
        return known;
    }

    /** The statements of one connection, each closed before the next begins. */
    static final class Statements {

        private final Connection connection;
        private final StoreVendor vendor;

        private Statements(Connection connection, StoreVendor vendor) {
            this.connection = connection;
            this.vendor = vendor;
        }

        /** The product of the store, for a statement whose form differs between them. */
        StoreVendor vendor() {
            return vendor;
        }

        /** The next value of a sequence. */
        long nextValueOf(String sequence) throws SQLException {
            return first(vendor.nextValueOf(sequence), row -> row.getLong(1)).orElseThrow();
        }

        <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
            List<T> rows = new ArrayList<>();
            forEach(sql, current -> rows.add(row.map(current)), parameters);
            return rows;
        }

        <T> Optional<T> first(String sql, Row<T> row, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepared(sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(row.map(rows)) : Optional.empty();
            }
        }

        void forEach(String sql, RowConsumer consumer, Object... parameters) throws SQLException {
            readWhile(
                    sql,
                    row -> {
                        consumer.accept(row);
                        return true;
                    },
                    parameters);
        }

        /** Hands the rows one by one to the reader until there are no more or it asks for no more. */
        void readWhile(String sql, RowReader reader, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepared(sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next() && reader.read(rows)) {
                    // The reader took the row.
                }
            }
        }

        int update(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepared(sql, parameters)) {
                return statement.executeUpdate();
            }
        }

        /** Runs the statement once for each row of parameters, in one JDBC batch; nothing at all for no rows. */
        void batch(String sql, List<Object[]> parameterRows) throws SQLException {
            if (parameterRows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Binder binder = new Binder(statement);
                for (Object[] parameters : parameterRows) {
                    binder.bind(parameters);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        private PreparedStatement prepared(String sql, Object... parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                new Binder(statement).bind(parameters);
                return statement;
            } catch (SQLException | RuntimeException failure) {
                statement.close();
                throw failure;
            }
        }
    }

    /**
     * Binds parameters by their types: times as JDBC timestamps, and a null as the SQL type of its parameter,
     * which the statement knows (asked once per statement, and only for a null).
     */
    private static final class Binder {

        private final PreparedStatement statement;
        private ParameterMetaData types;

        Binder(PreparedStatement statement) {
            this.statement = statement;
        }

        void bind(Object... parameters) throws SQLException {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter == null) {
                    types = types == null ? statement.getParameterMetaData() : types;
                    statement.setNull(i + 1, types.getParameterType(i + 1));
                } else if (parameter instanceof LocalDateTime time) {
                    statement.setTimestamp(i + 1, Timestamp.valueOf(time));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
        }
    }
}
