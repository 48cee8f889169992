package io.strata.migrations.dialect.internal.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.strata.migrations.runner.internal.LockWaits;

/**
 * MariaDB/MySQL: row locks wait the session's {@code innodb_lock_wait_timeout}, whole seconds (the
 * per-attempt timeout rounded up to a second). Metadata locks, which DDL takes on its table, are asked
 * for without queueing ({@code lock_wait_timeout = 0}) and a statement refused one is tried again every
 * few milliseconds until the per-attempt timeout: a DDL statement queued for a table's metadata lock
 * makes an application transaction that read the table and then writes it the deadlock victim (error
 * 1213), as MariaDB queues the write behind the DDL and picks the DML to roll back. Both timeouts are
 * error 1205 ({@code ER_LOCK_WAIT_TIMEOUT}). Restored when the revision ends. DDL is not transactional:
 * a revision is retried only when none of its statements had run.
 */
final class MariaDBLockWaits implements LockWaits {

    /** The shortest pause between two tries of a statement refused a metadata lock, and the longest. */
    private static final long FIRST_PAUSE_MS = 5;
    private static final long LONGEST_PAUSE_MS = 100;

    private long metadata = -1;
    private long rows = -1;
    /** While bound: how long a statement refused a metadata lock is tried again. */
    private Duration polling;

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
            s.execute("SET SESSION lock_wait_timeout = 0, innodb_lock_wait_timeout = " + seconds);
        }
        polling = effective(timeout);
    }

    @Override
    public void execute(Statement statement, String sql) throws SQLException {
        if (polling == null) {
            statement.execute(sql);
            return;
        }
        long start = System.nanoTime();
        long deadline = start + polling.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            long tried = System.nanoTime();
            try {
                statement.execute(sql);
                return;
            } catch (SQLException e) {
                // Refused at once: a metadata lock (a row lock wait lasts innodb_lock_wait_timeout, the whole bound).
                boolean refusedAtOnce = isLockTimeout(e) && System.nanoTime() - tried < polling.toNanos() / 2;
                if (!refusedAtOnce || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while waiting for the metadata lock of: " + sql, interrupted);
            }
            pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
        }
    }

    @Override
    public Duration effective(Duration timeout) {
        return Duration.ofSeconds(Math.max(1, (timeout.toMillis() + 999) / 1000));
    }

    @Override
    public void restore(Connection connection) {
        polling = null;
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
