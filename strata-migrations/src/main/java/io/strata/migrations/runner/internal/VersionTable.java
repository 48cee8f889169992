package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.graph.VersionChange;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Table;

/**
 * The table that records the applied heads, one row each ({@code version_num varchar(64) NOT NULL},
 * primary key {@code pk_<table>}), as Alembic's {@code alembic_version}.
 */
public final class VersionTable extends BookkeepingTable {

    /** The version table of this name, spelled for this dialect. */
    public VersionTable(String name, Dialect dialect) {
        super(name, dialect);
    }

    /** The neutral definition of the table. */
    @Override
    public Table definition() {
        return new Table(name(), List.of(Column.of("version_num", ColumnType.varchar(64)).notNull()),
                new PrimaryKey("pk_" + name(), List.of("version_num")), List.of(), List.of(), List.of(), List.of());
    }

    /** The ids the table holds; empty when it does not exist. */
    public Set<String> read(Connection connection) throws SQLException {
        return exists(connection) ? read(connection, false) : Set.of();
    }

    /** The ids the table (which must exist) holds, each query bounded by {@code queryTimeoutSeconds} (0 for none). */
    public Set<String> read(Connection connection, int queryTimeoutSeconds) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            try (ResultSet rs = statement.executeQuery("SELECT version_num FROM " + dialect().quote(name()))) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** The ids the table (which must exist) holds, optionally locking its rows ({@code FOR UPDATE}). */
    public Set<String> read(Connection connection, boolean forUpdate) throws SQLException {
        Set<String> ids = new TreeSet<>();
        String sql = "SELECT version_num FROM " + dialect().quote(name()) + (forUpdate ? " FOR UPDATE" : "");
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Writes a change of the applied heads. */
    public void apply(Connection connection, VersionChange change) throws SQLException {
        for (String sql : changeStatements(change)) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(sql);
            }
        }
    }

    /**
     * The statements of a change: an {@code UPDATE} when one id replaces another, else deletes and
     * inserts. Ids are letters, digits and {@code _} (checked by the graph), so literals are safe.
     */
    public List<String> changeStatements(VersionChange change) {
        List<String> sql = new ArrayList<>();
        List<String> removed = new ArrayList<>(change.removed());
        List<String> added = new ArrayList<>(change.added());
        String table = dialect().quote(name());
        if (removed.size() == 1 && added.size() == 1) {
            sql.add("UPDATE " + table + " SET version_num = " + literal(added.get(0))
                    + " WHERE version_num = " + literal(removed.get(0)));
            return sql;
        }
        for (String id : removed) {
            sql.add("DELETE FROM " + table + " WHERE version_num = " + literal(id));
        }
        for (String id : added) {
            sql.add("INSERT INTO " + table + " (version_num) VALUES (" + literal(id) + ")");
        }
        return sql;
    }

    private static String literal(String id) {
        return "'" + checkedId(id) + "'";
    }

    /** The id, checked to be letters, digits and {@code _} (so safe inside a literal). */
    static String checkedId(String id) {
        if (!id.matches("\\w+")) {
            throw new IllegalArgumentException("revision id '" + id + "' is not letters, digits and '_'");
        }
        return id;
    }
}
