package io.strata.core.internal.boot;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executor;

import io.strata.core.internal.database.DelegatingDataSource;
import io.strata.core.internal.database.StatementBound;

/**
 * The pool's connections as the migrations get them: without the application's statement bound (no
 * statement timeout, no socket timeout), which is put back when the connection is closed. A connection
 * whose bound cannot be put back is evicted, never lent to a request unbounded.
 */
final class MigrationConnections extends DelegatingDataSource {

    private static final Executor DIRECT = Runnable::run;

    private final ConnectionPool pool;
    private final StatementBound bound;

    MigrationConnections(ConnectionPool pool, StatementBound bound) {
        super(pool);
        this.pool = pool;
        this.bound = bound;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = pool.getConnection();
        try {
            // HikariCP sets the network timeout back when the connection is returned.
            connection.setNetworkTimeout(DIRECT, 0);
            run(connection, bound.lift());
        } catch (SQLException | RuntimeException e) {
            pool.evict(connection);
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        close(connection);
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void close(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                // What the migration left uncommitted goes, as the pool would discard it, so the restore's
                // commit commits nothing of it.
                connection.rollback();
            }
            run(connection, bound.restore());
        } catch (SQLException | RuntimeException e) {
            pool.evict(connection);
            return;
        }
        connection.close();
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
