package io.strata.migrations.dialect.internal.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.strata.migrations.dialect.UnsupportedByDialectException;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Table;

/**
 * Before a rebuild runs on a live database: refuses, naming the table, the column and the fix, when
 * the rows cannot fit the new definition because of a NOT NULL column — instead of letting the copy
 * into the rebuilt table fail with the rebuild's internals in the message.
 */
final class RebuildPrecheck {

    private RebuildPrecheck() {
    }

    /** Checks the rows of {@code old} against the NOT NULL columns of {@code target}. */
    static void requireRowsFit(Connection connection, SQLiteDialect dialect, Table old, Table target,
            ColumnSources sources) throws SQLException {
        for (Column c : target.columns()) {
            if (c.nullable() || c.autoIncrement()) {
                continue;
            }
            Column source = sources.sourceOf(c);
            if (source == null && c.serverDefault() == null && count(connection, "SELECT COUNT(*) FROM " + dialect.quote(old.name())) > 0) {
                throw new UnsupportedByDialectException("sqlite", "cannot add column " + target.name() + "." + c.name()
                        + " as NOT NULL without a default: table " + old.name() + " has rows, which would have no value"
                        + " for it. Give the column a server default (c.notNull().serverDefault(\"…\") in the revision,"
                        + " @ColumnDefault on the model), or add it nullable, fill it with ops.execute(\"UPDATE "
                        + old.name() + " SET " + c.name() + " = …\") and then make it NOT NULL.");
            }
            if (source != null && source.nullable()) {
                long nulls = count(connection, "SELECT COUNT(*) FROM " + dialect.quote(old.name()) + " WHERE "
                        + dialect.quote(source.name()) + " IS NULL");
                if (nulls > 0) {
                    throw new UnsupportedByDialectException("sqlite", "cannot make column " + target.name() + "."
                            + c.name() + " NOT NULL: " + nulls + " row(s) of " + old.name() + " have no value in it."
                            + " Fill them first in the revision (ops.execute(\"UPDATE " + old.name() + " SET "
                            + source.name() + " = … WHERE " + source.name() + " IS NULL\")) before this operation.");
                }
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
