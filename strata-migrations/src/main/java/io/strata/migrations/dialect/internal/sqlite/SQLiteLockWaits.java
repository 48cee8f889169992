package io.strata.migrations.dialect.internal.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.strata.migrations.runner.internal.LockWaits;

/**
 * SQLite: the connection's busy timeout ({@code PRAGMA busy_timeout}) during each revision, restored
 * when it ends; {@code SQLITE_BUSY} is the lock timeout. SQLite locks the whole file, and the runner
 * takes its write lock ({@code BEGIN IMMEDIATE}) before the first revision, waiting the migration
 * lock's timeout: a revision's statements then wait only where the database must (a cache spill that
 * needs readers gone). Each revision is a savepoint, so a retried one was undone completely.
 */
final class SQLiteLockWaits implements LockWaits {

    private int previous = -1;

    @Override
    public void bound(Connection connection, Duration timeout) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (previous < 0) {
                try (ResultSet rs = s.executeQuery("PRAGMA busy_timeout")) {
                    previous = rs.next() ? rs.getInt(1) : 0;
                }
            }
            s.execute("PRAGMA busy_timeout = " + Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        }
    }

    @Override
    public void restore(Connection connection) {
        if (previous < 0) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + previous);
        } catch (SQLException ignored) {
            // a broken connection is closed by the caller, and the setting with it
        }
    }

    @Override
    public boolean isLockTimeout(SQLException e) {
        return LockWaits.anyInChain(e, SQLiteProtocol::isBusy);
    }
}
