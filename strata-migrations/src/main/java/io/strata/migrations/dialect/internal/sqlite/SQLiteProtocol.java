package io.strata.migrations.dialect.internal.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.strata.migrations.runner.LockTimeoutException;
import io.strata.migrations.runner.internal.Deadline;
import io.strata.migrations.runner.internal.RunProtocol;

/**
 * SQLite: the lock is a write transaction ({@code BEGIN IMMEDIATE}) on the working connection, held
 * for the whole command so that no other process starts between two revisions; each revision is a
 * savepoint in it, rolled back alone when it fails, and what completed is committed at the end. A
 * process that dies leaves a journal that the next opener rolls back, so it never blocks the next run.
 * Foreign keys are checked at the end of each revision, since the dialect defers their enforcement.
 */
final class SQLiteProtocol implements RunProtocol {

    private static final String SAVEPOINT = "strata_revision";

    @Override
    public void lock(Connection connection, Duration timeout) throws SQLException {
        Deadline deadline = Deadline.after(timeout);
        int busyTimeout = pragmaInt(connection, "busy_timeout");
        try {
            while (true) {
                // SQLite's own busy handler waits, for at most what is left of the timeout
                execute(connection, "PRAGMA busy_timeout = " + Math.max(1, Math.min(deadline.millisLeft(), 1000)));
                try {
                    execute(connection, "BEGIN IMMEDIATE");
                    return;
                } catch (SQLException e) {
                    if (!isBusy(e)) {
                        throw e;
                    }
                    if (deadline.passed() || Thread.currentThread().isInterrupted()) {
                        throw new LockTimeoutException("BEGIN IMMEDIATE, the database's write lock", timeout);
                    }
                }
            }
        } finally {
            execute(connection, "PRAGMA busy_timeout = " + busyTimeout);
        }
    }

    private static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static boolean isBusy(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return e.getErrorCode() == 5 || e.getErrorCode() == 6 || message.contains("SQLITE_BUSY")
                || message.contains("database is locked");
    }

    @Override
    public boolean commitsAtUnlock() {
        return true;
    }

    @Override
    public void unlock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        } catch (SQLException e) {
            try (Statement s = connection.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        execute(connection, "SAVEPOINT " + SAVEPOINT);
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("foreign key violation: a row of table " + rs.getString(1) + " (rowid "
                        + rs.getString(2) + ") references a missing row of table " + rs.getString(3)
                        + " (constraint " + rs.getString(4) + ")");
            }
        }
        execute(connection, "RELEASE " + SAVEPOINT);
    }

    @Override
    public void commitVersionOnly(Connection connection) throws SQLException {
        // The version table has no foreign keys: the database-wide check is skipped.
        execute(connection, "RELEASE " + SAVEPOINT);
    }

    @Override
    public void rollback(Connection connection) {
        try {
            execute(connection, "ROLLBACK TO " + SAVEPOINT);
            execute(connection, "RELEASE " + SAVEPOINT);
        } catch (SQLException ignored) {
            // the connection is broken; closing it rolls the whole transaction back
        }
    }

    @Override
    public boolean rollsBack() {
        return true;
    }

    /** Commits the command's write transaction: other connections may write between batches, and take the lock. */
    @Override
    public void releaseForBatches(Connection connection) throws SQLException {
        unlock(connection);
    }

    @Override
    public void retakeAfterBatches(Connection connection, Duration timeout) throws SQLException {
        lock(connection, timeout);
    }

    @Override
    public boolean releasesLockForBatches() {
        return true;
    }

    /** {@code BEGIN IMMEDIATE}: takes the write lock at once, so the batch never fails upgrading a read lock. */
    @Override
    public void beginBatch(Connection connection) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
    }

    @Override
    public void commitBatch(Connection connection) throws SQLException {
        execute(connection, "COMMIT");
    }

    @Override
    public void rollbackBatch(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open, or the connection is broken: nothing of the batch is kept
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
