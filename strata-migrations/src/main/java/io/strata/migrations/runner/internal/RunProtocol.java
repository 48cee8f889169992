package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * How one database holds the migration lock and brackets each revision. The runner calls
 * {@code lock}, then for the setup and for each revision {@code begin} … {@code commit} (or
 * {@code rollback}), then {@code unlock}, all on one connection in auto-commit mode.
 */
public interface RunProtocol {

    /** Takes the lock, waiting at most {@code timeout}; throws {@link io.strata.migrations.runner.LockTimeoutException}. */
    void lock(Connection connection, Duration timeout) throws SQLException;

    /** Releases the lock (a process that dies releases it with its connection). */
    void unlock(Connection connection) throws SQLException;

    /** Starts the unit of work of one revision. */
    void begin(Connection connection) throws SQLException;

    /** Makes the revision's work and its version table update permanent. */
    void commit(Connection connection) throws SQLException;

    /** Ends a unit that touched only the version table (no data checks needed). */
    default void commitVersionOnly(Connection connection) throws SQLException {
        commit(connection);
    }

    /** Undoes what the revision did, where the database can; never throws. */
    void rollback(Connection connection);

    /** Whether {@link #rollback} undoes DDL. */
    boolean rollsBack();

    /**
     * Whether what a revision's {@link #commit} keeps becomes durable only at {@link #unlock} (one
     * transaction holds the lock for the whole command), rather than at the commit itself.
     */
    default boolean commitsAtUnlock() {
        return false;
    }

    /** Whether reading the version table inside a unit should lock its rows ({@code FOR UPDATE}). */
    default boolean lockVersionRows() {
        return false;
    }

    /**
     * Before a backfill's batches, once the revision's unit so far was committed: makes it durable and
     * lets other sessions write between batches. Nothing by default (the lock is a session lock that
     * stays held); where the lock is the write transaction itself (SQLite), it ends, and with it the lock.
     */
    default void releaseForBatches(Connection connection) throws SQLException {
    }

    /** After a backfill's batches: takes back what {@link #releaseForBatches} let go, waiting at most {@code timeout}. */
    default void retakeAfterBatches(Connection connection, Duration timeout) throws SQLException {
    }

    /** Whether {@link #releaseForBatches} lets the migration lock go (so the version must be checked again after). */
    default boolean releasesLockForBatches() {
        return false;
    }

    /** Begins one batch of a backfill, its own transaction (the connection is in auto-commit). */
    default void beginBatch(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    /** Commits one batch of a backfill, back in auto-commit. */
    default void commitBatch(Connection connection) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** Rolls one batch of a backfill back, back in auto-commit; never throws. */
    default void rollbackBatch(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; closing it ends the transaction
        }
    }
}
