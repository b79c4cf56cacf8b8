package dev.pims.store.testing;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A test's way into one of PIMS's stores, a new connection each time: into the running PIMS ({@link StoreConnections}), or, inside the server, its DataSource ({@code dataSource::getConnection}). Each
 * module's fixtures read and write their own tables through it; the JDBC plumbing they all need is here once.
 */
@FunctionalInterface
public interface StoreConnection {

    Connection open() throws SQLException;

    /** Every row of the query, each made into a value by the row reader, in the query's order. */
    default <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        try (Connection connection = open();
                PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (result.next()) {
                values.add(reader.read(result));
            }
            return values;
        }
    }

    /** Every row of the query, each as column label → value, in order; a CLOB as its text. */
    default List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        return query(
                sql,
                result -> {
                    ResultSetMetaData columns = result.getMetaData();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        Object value = result.getObject(c);
                        if (value instanceof Clob text) {
                            value = text.getSubString(1, (int) text.length());
                        }
                        // PostgreSQL names the columns of unquoted identifiers in lower case, Derby in upper case.
                        row.put(columns.getColumnLabel(c).toUpperCase(Locale.ROOT), value);
                    }
                    return row;
                },
                parameters);
    }

    /** What a {@code SELECT COUNT(*)} query counts. */
    default long count(String sql, Object... parameters) throws SQLException {
        return query(sql, result -> result.getLong(1), parameters).get(0);
    }

    /** Runs one INSERT, UPDATE, DELETE or DDL statement with its parameters; the number of rows it changed. */
    default int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = open();
                PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Runs the statements one after the other on one connection, each committed on its own. */
    default void execute(String... statements) throws SQLException {
        try (Connection connection = open();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    /**
     * Has the store write the pages it holds in memory to its files (Derby's {@code seg0}, PostgreSQL's {@code base}),
     * so that a test that reads the files finds there everything committed.
     */
    default void checkpoint() throws SQLException {
        StoreConnections.checkpoint(this);
    }

    /** A TIMESTAMP column as the local date and time it holds, or null. */
    static LocalDateTime localDateTime(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, statement.getParameterMetaData().getParameterType(i + 1));
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
        return statement;
    }

    /** Makes one row of a result into a value; reads the current row only. */
    @FunctionalInterface
    interface RowReader<T> {

        T read(ResultSet row) throws SQLException;
    }
}
