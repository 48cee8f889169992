package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.inspect.TableLookup;
import io.strata.migrations.operations.MigrationContext;
import io.strata.migrations.runner.MigrationException;

/** A revision's view of the live database it runs on: table and column look-ups through JDBC metadata. */
final class LiveContext implements MigrationContext {

    private final Connection connection;
    private final Dialect dialect;

    LiveContext(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public String dialect() {
        return dialect.name();
    }

    @Override
    public boolean existsInDb(String table) {
        return exists(table, null);
    }

    @Override
    public boolean existsInDb(String table, String column) {
        return exists(table, column);
    }

    private boolean exists(String table, String column) {
        try {
            return TableLookup.exists(connection, table, column);
        } catch (SQLException e) {
            throw new MigrationException("Cannot look up " + table + (column == null ? "" : "." + column)
                    + " for a revision: " + e.getMessage(), e);
        }
    }
}
