package io.strata.migrations.inspect.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import io.strata.migrations.schema.Table;

/**
 * The tables one catalog read is assembling, by the name the catalog gives them, and the loops every
 * reader runs: list the tables, then hand each row of a per-table query to its table. Rows of tables
 * not listed (left out, or not base tables) are skipped.
 */
public final class CatalogTables {

    /** What to do with one catalog row of a listed table. */
    @FunctionalInterface
    public interface RowAction {

        /** Adds what the row says to the table. */
        void accept(TableParts table, Row row) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, TableParts> byCatalogName = new LinkedHashMap<>();

    private CatalogTables(Connection connection) {
        this.connection = connection;
    }

    /**
     * The tables whose names the query returns in its {@code table_name} column and whose reported
     * names {@code included} accepts; {@code reported} turns a catalog name into the reported one.
     */
    public static CatalogTables list(Connection connection, String sql, UnaryOperator<String> reported,
            Predicate<String> included) throws SQLException {
        CatalogTables tables = new CatalogTables(connection);
        for (Row row : Row.query(connection, sql)) {
            String catalogName = row.string("table_name");
            String name = reported.apply(catalogName);
            if (included.test(name)) {
                tables.byCatalogName.put(catalogName, new TableParts(name));
            }
        }
        return tables;
    }

    /** The table with this catalog name, or {@code null} when it is not listed. */
    public TableParts get(String catalogName) {
        return byCatalogName.get(catalogName);
    }

    /** Runs the query and hands each row to {@code action} with the table its {@code table_name} column names. */
    public void eachRow(String sql, RowAction action) throws SQLException {
        for (Row row : Row.query(connection, sql)) {
            TableParts table = byCatalogName.get(row.string("table_name"));
            if (table != null) {
                action.accept(table, row);
            }
        }
    }

    /**
     * Every row of the query (of listed tables or not), grouped in order by table name and the
     * column {@code nameLabel} (a constraint's or an index's name): key {@code [table_name, name]}.
     */
    public Map<List<String>, List<Row>> groups(String sql, String nameLabel) throws SQLException {
        Map<List<String>, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : Row.query(connection, sql)) {
            groups.computeIfAbsent(List.of(row.string("table_name"), row.string(nameLabel)), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    /** The assembled tables, in the order listed. */
    public List<Table> toTables() {
        return byCatalogName.values().stream().map(TableParts::toTable).toList();
    }
}
