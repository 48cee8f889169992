package io.strata.migrations.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.runner.ConnectionSource;

/**
 * Counts a table's rows up to a bound ({@code SELECT COUNT(*) FROM (SELECT 1 FROM t LIMIT n)}, which every
 * supported database runs without reading past the bound), once per table.
 */
final class CountedTableSizes implements TableSizes {

    private final ConnectionSource connections;
    private final Dialect dialect;
    private final long atMost;
    private final Map<String, OptionalLong> counted = new ConcurrentHashMap<>();

    /** A probe of this database counting up to {@code atMost + 1} rows per table. */
    CountedTableSizes(ConnectionSource connections, Dialect dialect, long atMost) {
        this.connections = connections;
        this.dialect = dialect;
        this.atMost = Math.max(0, atMost);
    }

    @Override
    public OptionalLong rows(String table) {
        return counted.computeIfAbsent(table, this::count);
    }

    private OptionalLong count(String table) {
        String sql = "SELECT COUNT(*) FROM (SELECT 1 AS one FROM " + dialect.quote(table) + " LIMIT " + (atMost + 1) + ") probe";
        try (Connection connection = connections.open(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            // A table only the pending revisions create, or one the user may not read: its size is unknown.
            return OptionalLong.empty();
        }
    }
}
