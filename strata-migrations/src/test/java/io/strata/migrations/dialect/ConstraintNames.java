package io.strata.migrations.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.strata.testing.DbKind;

/** Reads the names of every constraint and index of a live database (lower-cased), the way each database shows them. */
final class ConstraintNames {

    private ConstraintNames() {
    }

    static Set<String> of(Connection c, DbKind kind) throws SQLException {
        switch (kind) {
            case SQLITE:
                return sqlite(c);
            case H2:
                return query(c, "SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = 'PUBLIC'"
                        + " UNION SELECT index_name FROM information_schema.indexes WHERE table_schema = 'PUBLIC'");
            case POSTGRESQL:
                return query(c, "SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                        + " WHERE n.nspname = 'public' UNION SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");
            default:
                return query(c, "SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = DATABASE()"
                        + " UNION SELECT index_name FROM information_schema.statistics WHERE table_schema = DATABASE()");
        }
    }

    /** SQLite keeps constraint names only in the table's SQL: collect the words after CONSTRAINT, and index names. */
    private static Set<String> sqlite(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master")) {
            while (rs.next()) {
                if ("index".equals(rs.getString(1))) {
                    names.add(rs.getString(2).toLowerCase(Locale.ROOT));
                } else if (rs.getString(3) != null) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("CONSTRAINT\\s+\"?(\\w+)")
                            .matcher(rs.getString(3));
                    while (m.find()) {
                        names.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> query(Connection c, String sql) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
