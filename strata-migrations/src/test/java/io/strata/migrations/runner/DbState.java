package io.strata.migrations.runner;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.strata.testing.TestDatabase;

/** Reads what a test database holds, through plain JDBC. */
final class DbState {

    private DbState() {
    }

    /** The user tables, lower-cased. */
    static Set<String> tables(TestDatabase db) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = db.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("sqlite_")) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    /** The columns of a table, lower-cased. */
    static Set<String> columns(TestDatabase db, String table) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** {@code SELECT count(*)} of a table. */
    static long count(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
