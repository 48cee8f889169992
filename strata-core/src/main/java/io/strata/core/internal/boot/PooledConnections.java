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

    /** Starts the pool over {@code config} (without connecting when its fail timeout says so). */
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
        return new PooledConnections(new HikariDataSource(config));
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
