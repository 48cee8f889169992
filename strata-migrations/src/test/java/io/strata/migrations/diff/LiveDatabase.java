package io.strata.migrations.diff;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.runner.internal.OutsideTransaction;
import io.strata.migrations.schema.Schema;

/**
 * Runs operations on a real database through its dialect, as the runner does: each operation
 * rendered against the schema before it, its statements in one transaction where DDL is transactional.
 */
final class LiveDatabase {

    private final Connection connection;
    private final Dialect dialect;
    private final OutsideTransaction outside;
    private Schema schema = Schema.empty();

    LiveDatabase(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
        this.outside = Databases.byName(dialect.name()).map(d -> d.outsideTransaction()).orElse(OutsideTransaction.NONE);
    }

    /**
     * Renders and executes the operations in order, threading the schema; an operation the database
     * runs outside a transaction (a concurrent index on PostgreSQL) runs in auto-commit.
     */
    void run(List<Operation> operations) throws SQLException {
        for (Operation op : operations) {
            List<String> statements = dialect.render(op, schema);
            if (outside.appliesTo(op)) {
                connection.setAutoCommit(true);
                try (Statement s = connection.createStatement()) {
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                }
            } else {
                execute(statements);
            }
            schema = op.applyTo(schema);
        }
    }

    /** The live schema, read back. */
    Schema inspect() {
        return SchemaInspector.create().inspect(connection);
    }

    /** The first column of every row of the query, as strings. */
    List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    void execute(List<String> statements) throws SQLException {
        io.strata.migrations.dialect.DdlStatements.execute(connection, dialect, statements);
    }
}
