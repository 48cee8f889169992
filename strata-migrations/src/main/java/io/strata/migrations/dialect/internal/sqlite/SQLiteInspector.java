package io.strata.migrations.dialect.internal.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.inspect.internal.Defaults;
import io.strata.migrations.inspect.internal.DialectInspector;
import io.strata.migrations.inspect.internal.ReferentialActions;
import io.strata.migrations.inspect.internal.Row;
import io.strata.migrations.inspect.internal.TableParts;
import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * Reads an SQLite main database from {@code sqlite_master} and the table pragmas, and takes
 * constraint names from the {@code CREATE TABLE} text. A constraint the DDL leaves unnamed gets
 * PostgreSQL's default name ({@code <table>_<columns>_key}, {@code _fkey}, {@code <table>_check});
 * an unnamed primary key is {@link SchemaInspector#UNNAMED_PRIMARY_KEY}. A column is auto-increment
 * only when declared {@code AUTOINCREMENT}.
 */
final class SQLiteInspector implements DialectInspector {

    private static final String TABLES = """
            select name, sql from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'
            and sql not like 'CREATE VIRTUAL TABLE%' order by name""";

    @Override
    public List<Table> tables(Connection connection, Predicate<String> included) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (Row row : Row.query(connection, TABLES)) {
            String name = row.string("name");
            if (included.test(name)) {
                tables.add(table(connection, name, SQLiteCreateTableParser.parse(row.string("sql"))));
            }
        }
        return tables;
    }

    private static Table table(Connection connection, String name, SQLiteTableDefinition ddl) throws SQLException {
        TableParts table = new TableParts(name);
        List<Row> info = pragma(connection, "table_info", name);
        for (Row row : info) {
            String column = row.string("name");
            ColumnType type = SQLiteTypes.map(name, column, row.string("type"));
            Column c = new Column(column, type, !row.bool("notnull"), Defaults.normalize(row.string("dflt_value"), type), false);
            table.columns.add(column.equalsIgnoreCase(ddl.autoIncrementColumn()) ? c.autoIncrementing() : c);
        }
        List<String> pk = primaryKeyColumns(info);
        if (!pk.isEmpty()) {
            table.primaryKey = new PrimaryKey(ddl.primaryKeyName() != null ? ddl.primaryKeyName()
                    : SchemaInspector.UNNAMED_PRIMARY_KEY, pk);
        }
        readForeignKeys(connection, table, ddl);
        readIndexes(connection, table, ddl);
        int unnamed = 0;
        for (SQLiteTableDefinition.Check check : ddl.checks()) {
            String checkName = check.name();
            if (checkName == null) {
                // PostgreSQL's default names: t_check, t_check1, t_check2, ...
                checkName = name + "_check" + (unnamed == 0 ? "" : String.valueOf(unnamed));
                unnamed++;
            }
            table.checks.add(new CheckConstraint(checkName, check.expression()));
        }
        return table.toTable();
    }

    private static List<String> primaryKeyColumns(List<Row> info) {
        return info.stream().filter(r -> r.integer("pk") > 0)
                .sorted(Comparator.comparing(r -> r.integer("pk"))).map(r -> r.string("name")).toList();
    }

    private static void readForeignKeys(Connection connection, TableParts table, SQLiteTableDefinition ddl) throws SQLException {
        Map<Integer, List<Row>> byId = new HashMap<>();
        for (Row row : pragma(connection, "foreign_key_list", table.name)) {
            byId.computeIfAbsent(row.integer("id"), k -> new ArrayList<>()).add(row);
        }
        for (List<Row> rows : byId.values()) {
            rows.sort(Comparator.comparing(r -> r.integer("seq")));
            Row first = rows.get(0);
            String referenced = first.string("table");
            List<String> columns = rows.stream().map(r -> r.string("from")).toList();
            List<String> referencedColumns = rows.stream().map(r -> r.string("to")).toList();
            if (referencedColumns.contains(null)) {
                referencedColumns = primaryKeyColumns(pragma(connection, "table_info", referenced));
            }
            String name = ddl.foreignKeys().stream()
                    .filter(fk -> sameNames(fk.columns(), columns) && fk.table().equalsIgnoreCase(referenced))
                    .map(SQLiteTableDefinition.Reference::name).filter(n -> n != null).findFirst()
                    .orElse(table.name + "_" + String.join("_", columns) + "_fkey");
            table.foreignKeys.add(new ForeignKey(name, columns, referenced, referencedColumns,
                    ReferentialActions.fromRule(first.string("on_delete")), ReferentialActions.fromRule(first.string("on_update"))));
        }
    }

    /** {@code sqlite_autoindex_*} indexes (origin {@code u}) are the unique constraints; {@code pk} ones the key. */
    private static void readIndexes(Connection connection, TableParts table, SQLiteTableDefinition ddl) throws SQLException {
        for (Row index : pragma(connection, "index_list", table.name)) {
            String origin = index.string("origin");
            String name = index.string("name");
            List<Row> info = pragma(connection, "index_info", name);
            info.sort(Comparator.comparing(r -> r.integer("seqno")));
            List<String> columns = info.stream().map(r -> r.string("name")).toList();
            if (origin.equals("pk") || columns.isEmpty() || columns.contains(null)) {
                continue;
            }
            if (origin.equals("u")) {
                String unique = ddl.uniques().stream().filter(u -> sameNames(u.columns(), columns))
                        .map(SQLiteTableDefinition.Unique::name).filter(n -> n != null).findFirst()
                        .orElse(table.name + "_" + String.join("_", columns) + "_key");
                table.uniques.add(new UniqueConstraint(unique, columns));
            } else {
                table.indexes.add(new Index(name, columns, index.bool("unique")));
            }
        }
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        return a.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()
                .equals(b.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    private static List<Row> pragma(Connection connection, String pragma, String argument) throws SQLException {
        return Row.query(connection, "pragma " + pragma + "(\"" + argument.replace("\"", "\"\"") + "\")");
    }
}
