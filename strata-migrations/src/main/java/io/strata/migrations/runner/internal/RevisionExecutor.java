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

    /** Runs the operations; returns the schema after them. */
    Schema run(Connection connection, List<Operation> operations, Schema before) throws StepFailure {
        Schema schema = before;
        int count = operations.size();
        int done = 0;
        for (int i = 0; i < count; i++) {
            Operation op = operations.get(i);
            String label = OperationLabel.of(op);
            Operation complete;
            List<String> statements;
            try {
                complete = op.completedFrom(schema);
                statements = complete instanceof RunCallback ? List.of() : dialect.render(complete, schema);
            } catch (RuntimeException e) {
                throw new StepFailure(i + 1, count, label, null, e);
            }
            if (complete instanceof RunCallback callback) {
                try {
                    callback.callback().run(connection);
                    done++;
                } catch (SQLException | RuntimeException e) {
                    StepFailure failure = new StepFailure(i + 1, count, label, null, e);
                    failure.statementsDone = done;
                    throw failure;
                }
            }
            for (String sql : statements) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                    done++;
                } catch (SQLException e) {
                    StepFailure failure = new StepFailure(i + 1, count, label, sql, e);
                    failure.table = OperationTable.of(complete);
                    failure.statementsDone = done;
                    throw failure;
                }
            }
            schema = complete.applyTo(schema);
        }
        return schema;
    }
}
