package io.strata.core.internal.boot;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;

import io.strata.core.internal.database.ConnectionGuard;

/**
 * Connections from a HikariCP pool, with the database's {@link ConnectionGuard}: a connection an error left in an
 * uncertain transaction state is closed, never lent again.
 */
final class PooledConnections implements Connections {

    private final HikariDataSource pool;

    private PooledConnections(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * The pool over {@code config}, validated now and started by the first connection asked for: after the
     * guard's {@link ConnectionGuard#beforeLending} ran, so the pool's background fill never opens a
     * connection before it (a SQLite file the guard creates), and a command that never connects starts no
     * pool.
     */
    static PooledConnections start(HikariConfig config, ConnectionGuard guard, boolean overrideSet) {
        if (guard != ConnectionGuard.NONE && !overrideSet) {
            config.setExceptionOverride(new SQLExceptionOverride() {
                @java.lang.Override
                public SQLExceptionOverride.Override adjudicate(SQLException e) {
                    return guard.leavesStateUncertain(e) ? SQLExceptionOverride.Override.MUST_EVICT
                            : SQLExceptionOverride.Override.CONTINUE_EVICT;
                }
            });
        }
        config.validate();
        HikariDataSource pool = new HikariDataSource();
        config.copyStateTo(pool);
        return new PooledConnections(pool);
    }

    @Override
    public Connection get() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void evict(Connection connection) {
        pool.evictConnection(connection);
    }

    @Override
    public void evictAll() {
        if (pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Override
    public int active() {
        return pool.getHikariPoolMXBean() == null ? 0 : pool.getHikariPoolMXBean().getActiveConnections();
    }

    @Override
    public long connectTimeoutMillis() {
        return pool.getConnectionTimeout();
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
