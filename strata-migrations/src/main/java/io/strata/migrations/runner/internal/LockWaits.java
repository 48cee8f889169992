package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.strata.migrations.runner.BlockingSession;

/**
 * How one database bounds the time a revision's statements wait for locks (the lock budget's
 * per-attempt timeout), recognizes that a statement gave up waiting, and names who held the lock.
 * Implemented in each database's package, handed out by its {@code DatabaseSupport}.
 */
public interface LockWaits {

    /** A database with no way to bound lock waits: statements wait as the database decides; nothing is retried. */
    LockWaits NONE = new LockWaits() {
        @Override
        public void bound(Connection connection, Duration timeout) {
        }

        @Override
        public void restore(Connection connection) {
        }

        @Override
        public boolean isLockTimeout(SQLException e) {
            return false;
        }
    };

    /**
     * Makes every statement of the revision about to run wait at most {@code timeout} for a lock;
     * called right after the revision's unit of work began (a zero timeout is never passed).
     */
    void bound(Connection connection, Duration timeout) throws SQLException;

    /** How long {@link #bound} really makes statements wait for {@code timeout} (a database may round it). */
    default Duration effective(Duration timeout) {
        return timeout;
    }

    /**
     * Runs one of the revision's statements under the bound. A database whose DDL, queued for a table's
     * lock, would make the application's transactions on that table deadlock victims (MariaDB's metadata
     * locks) asks for the lock without queueing and tries again until the bound instead.
     */
    default void execute(Statement statement, String sql) throws SQLException {
        statement.execute(sql);
    }

    /** Undoes {@link #bound} once the revision ended (committed or rolled back); never throws. */
    void restore(Connection connection);

    /** Whether this error means a statement gave up waiting for a lock (and so the revision may be retried). */
    boolean isLockTimeout(SQLException e);

    /**
     * The session's id, read before a revision runs so that {@link #blockers} can ask about it, or
     * {@code null} where the database cannot name who blocks a session.
     */
    default Object sessionId(Connection connection) throws SQLException {
        return null;
    }

    /** The sessions that block {@code sessionId} now, asked from another connection {@code other}. */
    default List<BlockingSession> blockers(Connection other, Object sessionId) throws SQLException {
        return List.of();
    }

    /** The walk-through of an exception chain for {@link #isLockTimeout}: whether any SQL error in it is one. */
    static boolean anyInChain(Throwable e, java.util.function.Predicate<SQLException> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (test.test(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
