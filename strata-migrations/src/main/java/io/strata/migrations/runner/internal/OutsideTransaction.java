package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.strata.migrations.operations.Operation;

/**
 * Which operations a database runs outside the revision's transaction (PostgreSQL's
 * {@code CREATE/DROP INDEX CONCURRENTLY}), and how: the runner commits the transactional part before
 * such an operation and runs it in auto-commit on the same connection, which holds no transaction
 * while it runs, so the build never waits for the migration itself. Implemented in each database's
 * package, handed out by its {@code DatabaseSupport}; one instance per command.
 */
public interface OutsideTransaction {

    /** A database that runs every operation inside the revision's unit of work. */
    OutsideTransaction NONE = op -> false;

    /** Whether this (completed) operation must run outside a transaction on this database. */
    boolean appliesTo(Operation op);

    /**
     * Before the operation runs (in auto-commit): undoes what an earlier failed attempt left behind,
     * e.g. an {@code INVALID} index from a failed {@code CREATE INDEX CONCURRENTLY}.
     */
    default void prepare(Connection connection, Operation op) throws SQLException {
    }

    /** Bounds lock waits of the operation's statements at session level (a zero timeout is never passed). */
    default void bound(Connection connection, Duration timeout) throws SQLException {
    }

    /** Undoes {@link #bound}; never throws. */
    default void restore(Connection connection) {
    }

    /** Why the operation runs outside a transaction, for the offline script's comment. */
    default String reason(Operation op) {
        return "it cannot run inside a transaction";
    }
}
