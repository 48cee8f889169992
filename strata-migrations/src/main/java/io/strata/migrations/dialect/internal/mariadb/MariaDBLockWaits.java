package io.strata.migrations.dialect.internal.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.strata.migrations.runner.internal.LockWaits;

/**
 * MariaDB/MySQL: the session's {@code lock_wait_timeout} (metadata locks, what DDL waits for behind an
 * open transaction that read the table) and {@code innodb_lock_wait_timeout} (row locks), both whole
 * seconds, so the per-attempt timeout is rounded up to a second; restored when the revision ends.
 * Both errors are 1205 ({@code ER_LOCK_WAIT_TIMEOUT}). DDL is not transactional: a revision is retried
 * only when none of its statements had run.
 */
final class MariaDBLockWaits implements LockWaits {

    private long metadata = -1;
    private long rows = -1;

    @Override
    public void bound(Connection connection, Duration timeout) throws SQLException {
        long seconds = effective(timeout).toSeconds();
        try (Statement s = connection.createStatement()) {
            if (metadata < 0) {
                try (ResultSet rs = s.executeQuery("SELECT @@SESSION.lock_wait_timeout, @@SESSION.innodb_lock_wait_timeout")) {
                    rs.next();
                    metadata = rs.getLong(1);
                    rows = rs.getLong(2);
                }
            }
            s.execute("SET SESSION lock_wait_timeout = " + seconds + ", innodb_lock_wait_timeout = " + seconds);
        }
    }

    @Override
    public Duration effective(Duration timeout) {
        return Duration.ofSeconds(Math.max(1, (timeout.toMillis() + 999) / 1000));
    }

    @Override
    public void restore(Connection connection) {
        if (metadata < 0) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION lock_wait_timeout = " + metadata + ", innodb_lock_wait_timeout = " + rows);
        } catch (SQLException ignored) {
            // a broken connection is closed by the caller, and the setting with it
        }
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return LockWaits.anyInChain(e, s -> s.getErrorCode() == 1205);
    }
}
