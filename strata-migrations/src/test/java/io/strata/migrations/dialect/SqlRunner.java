package io.strata.migrations.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Schema;

/** Executes operations through a dialect the way the runner will: one transaction per operation where DDL is transactional. */
final class SqlRunner {

    private final Connection connection;
    private final Dialect dialect;
    private Schema schema;

    SqlRunner(Connection connection, Dialect dialect, Schema schema) {
        this.connection = connection;
        this.dialect = dialect;
        this.schema = schema;
    }

    Schema schema() {
        return schema;
    }

    /** Runs the operations, each completed from the current schema; returns the completed ones (for reversing). */
    List<Operation> run(List<Operation> operations) throws SQLException {
        List<Operation> completed = new java.util.ArrayList<>();
        for (Operation op : operations) {
            Operation complete = op.completedFrom(schema);
            execute(dialect.render(complete, schema));
            schema = complete.applyTo(schema);
            completed.add(complete);
        }
        return completed;
    }

    /** Runs the operations' statements in a single transaction (where DDL is transactional), as {@code dropAll} needs on SQLite. */
    void runInOneTransaction(List<Operation> operations) throws SQLException {
        execute(dialect.renderAll(operations, schema));
        for (Operation op : operations) {
            schema = op.applyTo(schema);
        }
    }

    /** Runs the reverses of the operations, last first. */
    void reverse(List<Operation> completed) throws SQLException {
        List<Operation> reversed = new java.util.ArrayList<>();
        for (int i = completed.size() - 1; i >= 0; i--) {
            reversed.add(completed.get(i).reverse().orElseThrow(
                    () -> new AssertionError("no reverse for an operation")));
        }
        run(reversed);
    }

    void execute(List<String> statements) throws SQLException {
        DdlStatements.execute(connection, dialect, statements);
    }
}
