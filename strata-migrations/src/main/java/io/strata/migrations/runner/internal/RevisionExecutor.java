package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.RunCallback;
import io.strata.migrations.schema.Schema;

/** Executes a revision's operations on a connection, threading the replayed schema through them. */
final class RevisionExecutor {

    private final Dialect dialect;

    RevisionExecutor(Dialect dialect) {
        this.dialect = dialect;
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
    }

    /** Runs the operations; returns the schema after them. */
    Schema run(Connection connection, List<Operation> operations, Schema before) throws StepFailure {
        return run(connection, operations, before, null);
    }

    /** Runs the operations, those the lane names outside the transaction; returns the schema after them. */
    Schema run(Connection connection, List<Operation> operations, Schema before, Lane lane) throws StepFailure {
        Schema schema = before;
        int count = operations.size();
        int done = 0;
        int committed = 0;
        for (int i = 0; i < count; i++) {
            Operation op = operations.get(i);
            String label = OperationLabel.of(op);
            Operation complete;
            List<String> statements;
            try {
                complete = op.completedFrom(schema);
                statements = complete instanceof RunCallback ? List.of() : dialect.render(complete, schema);
            } catch (RuntimeException e) {
                StepFailure failure = new StepFailure(i + 1, count, label, null, e);
                failure.statementsDone = done;
                failure.committed = committed;
                throw failure;
            }
            if (complete instanceof RunCallback callback) {
                try {
                    callback.callback().run(connection);
                    done++;
                } catch (SQLException | RuntimeException e) {
                    StepFailure failure = new StepFailure(i + 1, count, label, null, e);
                    failure.statementsDone = done;
                    failure.committed = committed;
                    throw failure;
                }
            }
            boolean outside = lane != null && lane.outside(complete);
            if (outside) {
                try {
                    lane.enter(complete);
                } catch (SQLException e) {
                    StepFailure failure = new StepFailure(i + 1, count, label, null, e);
                    failure.statementsDone = done;
                    failure.committed = committed;
                    throw failure;
                }
                committed = done;
            }
            for (String sql : statements) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                    done++;
                } catch (SQLException e) {
                    StepFailure failure = new StepFailure(i + 1, count, label, sql, e);
                    failure.table = OperationTable.of(complete);
                    failure.before = schema;
                    failure.after = outcome(complete, schema);
                    failure.statementsDone = done;
                    failure.committed = committed;
                    throw failure;
                }
            }
            if (outside) {
                committed = done;
                try {
                    lane.leave(complete);
                } catch (SQLException e) {
                    StepFailure failure = new StepFailure(i + 1, count, label, null, e);
                    failure.statementsDone = done;
                    failure.committed = committed;
                    throw failure;
                }
            }
            schema = complete.applyTo(schema);
        }
        return schema;
    }

    /** The schema {@code op} would leave, or {@code null} when it cannot be told. */
    private static Schema outcome(Operation op, Schema schema) {
        try {
            return op.applyTo(schema);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
