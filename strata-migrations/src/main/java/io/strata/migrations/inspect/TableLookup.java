package io.strata.migrations.inspect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import io.strata.migrations.dialect.internal.DatabaseSupport;
import io.strata.migrations.dialect.internal.Databases;

/**
 * Whether a table or column exists, by JDBC metadata, whatever case the database folds unquoted
 * names to (PostgreSQL lowers, H2 uppers). Cheaper than a whole {@link SchemaInspector} read.
 */
public final class TableLookup {

    private TableLookup() {
    }

    /** Whether {@code table} (and, when {@code column} is not {@code null}, that column of it) exists. */
    public static boolean exists(Connection connection, String table, String column) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        // SQLite has no schemas and MariaDB's schema is its catalog.
        boolean bySchema = Databases.forProduct(meta.getDatabaseProductName())
                .map(DatabaseSupport::metadataHasSchemas).orElse(true);
        String schema = bySchema ? connection.getSchema() : null;
        for (String t : variants(table)) {
            if (column == null) {
                try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, t, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
                continue;
            }
            for (String c : variants(column)) {
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, t, c)) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String[] variants(String name) {
        return new String[] {name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT)};
    }
}
