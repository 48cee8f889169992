package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RunCallback;
import io.strata.migrations.schema.Schema;

/**
 * Executes a revision's operations on a connection, threading the replayed schema through them; the
 * database's {@link StepRenderer} may render consecutive operations as one step.
 */
final class RevisionExecutor {

    private final StepRenderer renderer;
    private final LockWaits lockWaits;

    RevisionExecutor(Dialect dialect, LockWaits lockWaits) {
        this.renderer = StepRenderer.of(dialect);
        this.lockWaits = lockWaits;
    }

    /**
     * Where some operations run outside the revision's transaction: {@code enter} ends the
     * transaction so far (committing it) before such an operation, {@code leave} starts the next after it.
     */
    interface Lane {
        /** Whether this completed operation runs outside the transaction. */
        boolean outside(Operation op);

        /** Commits the transactional part so far and readies the connection for {@code op} in auto-commit. */
        void enter(Operation op) throws SQLException;

        /** After {@code op} ran: begins the revision's next transaction. */
        void leave(Operation op) throws SQLException;

        /**
         * Runs a backfill (between {@link #enter} and {@link #leave}): its batches, each committing.
         *
         * @param op the backfill
         * @param before the schema before it (the backfilled table's key comes from it)
         * @param operation its index among the revision's operations
         */
        void backfill(Backfill op, Schema before, int operation) throws SQLException;
    }

    /** Told each time the operations before a position are done (their statements all ran). */
    interface Checkpoint {
        /** The first {@code operationsDone} operations are done. */
        void reached(int operationsDone) throws SQLException;
    }

    /** Runs the operations; returns the schema after them. */
    Schema run(Connection connection, List<Operation> operations, Schema before) throws StepFailure {
        return run(connection, operations, before, null, 0, done -> { });
    }

    /**
     * Runs the operations after the first {@code skip} (which an earlier run did: the schema is replayed
     * through them), those the lane names outside the transaction, telling the checkpoint after each
     * step; returns the schema after them all.
     */
    Schema run(Connection connection, List<Operation> operations, Schema before, Lane lane, int skip,
            Checkpoint checkpoint) throws StepFailure {
        ReplayedOperations replay = ReplayedOperations.of(operations, before);
        List<Operation> completed = replay.completed();
        Progress progress = new Progress(operations.size());
        int i = Math.min(skip, completed.size());
        while (i < operations.size()) {
            if (i == completed.size()) {
                if (replay.failedApplying()) {
                    throw replay.failure(); // the operation ran; the replayed schema cannot follow it
                }
                throw progress.failure(i, OperationLabel.of(operations.get(i)), null, replay.failure());
            }
            Operation complete = completed.get(i);
            Schema schema = replay.before(i);
            if (complete instanceof Backfill && lane == null) {
                throw progress.failure(i, OperationLabel.of(complete), null, new IllegalStateException(
                        "a backfill runs only in a revision's upgrade or downgrade, where its batches can commit"));
            }
            boolean outside = lane != null && lane.outside(complete);
            boolean runsItself = complete instanceof RunCallback || complete instanceof Backfill;
            int span = outside || runsItself ? 1 : renderer.span(completed, i, schema);
            List<Operation> step = completed.subList(i, i + span);
            String label = StepLabel.of(step);
            List<String> statements;
            try {
                statements = runsItself ? List.of() : renderer.render(step, schema, connection);
            } catch (SQLException | RuntimeException e) {
                throw progress.failure(i, label, null, e);
            }
            if (complete instanceof RunCallback callback) {
                try {
                    callback.callback().run(connection);
                    progress.done++;
                } catch (SQLException | RuntimeException e) {
                    throw progress.failure(i, label, null, e);
                }
            }
            if (outside) {
                try {
                    lane.enter(complete);
                } catch (SQLException e) {
                    throw progress.failure(i, label, null, e);
                }
                progress.committed = progress.done;
            }
            if (complete instanceof Backfill backfill) {
                // its batches commit as they run, whatever happens to the revision's transaction after it
                progress.done++;
                progress.committed = progress.done;
                try {
                    lane.backfill(backfill, schema, i);
                } catch (SQLException | RuntimeException e) {
                    StepFailure failure = progress.failure(i, label, null, e);
                    failure.table = backfill.table();
                    throw failure;
                }
            }
            int stepStart = progress.done;
            for (String sql : statements) {
                try (Statement statement = connection.createStatement()) {
                    lockWaits.execute(statement, sql);
                    progress.done++;
                } catch (SQLException e) {
                    StepFailure failure = progress.failure(i, label, sql, e);
                    failure.table = OperationTable.of(complete);
                    failure.before = schema;
                    failure.after = replay.after(i + span - 1);
                    failure.ranOfOperation = statements.subList(0, progress.done - stepStart);
                    failure.operationsInStep = span;
                    throw failure;
                }
            }
            if (outside) {
                progress.committed = progress.done;
            }
            try {
                checkpoint.reached(i + span);
            } catch (SQLException e) {
                throw progress.failure(i, label, null, e);
            }
            if (outside) {
                try {
                    lane.leave(complete);
                } catch (SQLException e) {
                    throw progress.failure(i, label, null, e);
                }
            }
            i += span;
        }
        if (replay.failedApplying()) {
            throw replay.failure();
        }
        return replay.before(completed.size());
    }

    /** How far a revision got: statements run, and how many of them committed. */
    private static final class Progress {
        final int count;
        int done;
        int committed;

        Progress(int count) {
            this.count = count;
        }

        StepFailure failure(int index, String label, String sql, Throwable cause) {
            StepFailure failure = new StepFailure(index + 1, count, label, sql, cause);
            failure.statementsDone = done;
            failure.committed = committed;
            return failure;
        }
    }
}
