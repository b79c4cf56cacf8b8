package dev.pims.store.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One transaction on a store outside a server, as the container gives one to a repository: every connection the
 * repository asks the transaction's data source for is the same connection, whose closing ends nothing, so that all
 * its statements run in the transaction, which ends when the test commits it or closes it (a rollback then).
 */
public final class OneTransaction implements AutoCloseable {

    private final Connection connection;
    private final DataSource dataSource;
    private boolean ended;

    private OneTransaction(Connection connection) {
        this.connection = connection;
        Connection kept = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
        this.dataSource = new TheConnection(kept);
    }

    /** Begins a transaction on a new connection to the store. */
    public static OneTransaction begin(DataSource store) throws SQLException {
        Connection connection = store.getConnection();
        connection.setAutoCommit(false);
        return new OneTransaction(connection);
    }

    /** The data source to hand the repository: its every connection is the transaction's. */
    public DataSource dataSource() {
        return dataSource;
    }

    public void commit() throws SQLException {
        connection.commit();
        ended = true;
        connection.close();
    }

    /** Rolls back what was not committed, and closes the connection. */
    @Override
    public void close() throws SQLException {
        if (!ended) {
            ended = true;
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }

    /** A data source of one connection. */
    private record TheConnection(Connection connection) implements DataSource {

        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return connection;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // Nothing is logged.
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // The connection is open already.
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
