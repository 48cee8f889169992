package io.strata.migrations.inspect.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.schema.Table;
import io.strata.testing.DbKind;
import io.strata.testing.TestDatabase;

/** Creates a fresh database of one kind, runs DDL on it and reads one table back. */
public final class Inspect {

    private Inspect() {
    }

    /** The table {@code name} as read back after running {@code ddl} on a fresh database of {@code kind}. */
    public static Table table(DbKind kind, String name, String... ddl) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                for (String sql : ddl) {
                    s.execute(sql);
                }
            }
            return SchemaInspector.create().inspect(c).table(name)
                    .orElseThrow(() -> new AssertionError("no table " + name + " read back from " + kind));
        }
    }
}
