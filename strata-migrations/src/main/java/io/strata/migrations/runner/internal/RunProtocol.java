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
}
