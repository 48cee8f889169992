package io.strata.migrations.dialect.internal.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.strata.migrations.inspect.internal.CatalogTables;
import io.strata.migrations.inspect.internal.Defaults;
import io.strata.migrations.inspect.internal.DialectInspector;
import io.strata.migrations.inspect.internal.ReferentialActions;
import io.strata.migrations.inspect.internal.Row;
import io.strata.migrations.inspect.internal.SqlText;
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
 * Reads H2 2.x's current schema from {@code INFORMATION_SCHEMA}. Names H2 upper-cased (unquoted
 * ones) are reported in lower case; indexes H2 generated for constraints are not reported.
 */
final class H2Inspector implements DialectInspector {

    private static final Pattern UPPER_IDENTIFIER = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final String TABLES = """
            select table_name from information_schema.tables
            where table_schema = current_schema and table_type = 'BASE TABLE' order by table_name""";
    private static final String COLUMNS = """
            select table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
                   is_nullable, column_default, is_identity
            from information_schema.columns where table_schema = current_schema
            order by table_name, ordinal_position""";
    /**
     * A key's columns are read from the index behind it where it has one: H2 2.x leaves the old name in
     * {@code key_column_usage} after a column is renamed, while the index follows the rename.
     */
    private static final String CONSTRAINTS = """
            select t.table_name, t.constraint_name, t.constraint_type,
                   coalesce(ic.column_name, k.column_name) as column_name, k.position_in_unique_constraint,
                   r.unique_constraint_name, r.update_rule, r.delete_rule, c.check_clause
            from information_schema.table_constraints t
            left join information_schema.key_column_usage k on k.constraint_schema = t.constraint_schema
                 and k.constraint_name = t.constraint_name
            left join information_schema.index_columns ic on ic.index_schema = t.index_schema
                 and ic.index_name = t.index_name and ic.table_name = t.table_name
                 and ic.ordinal_position = k.ordinal_position
            left join information_schema.referential_constraints r on r.constraint_schema = t.constraint_schema
                 and r.constraint_name = t.constraint_name
            left join information_schema.check_constraints c on c.constraint_schema = t.constraint_schema
                 and c.constraint_name = t.constraint_name
            where t.table_schema = current_schema
            order by t.table_name, t.constraint_name, k.ordinal_position""";
    private static final String INDEXES = """
            select i.table_name, i.index_name, i.index_type_name, c.column_name
            from information_schema.indexes i
            join information_schema.index_columns c on c.index_schema = i.index_schema
                 and c.index_name = i.index_name and c.table_name = i.table_name
            where i.table_schema = current_schema and not i.is_generated
                  and i.index_type_name in ('INDEX', 'UNIQUE INDEX')
            order by i.table_name, i.index_name, c.ordinal_position""";

    @Override
    public List<Table> tables(Connection connection, Predicate<String> included) throws SQLException {
        CatalogTables tables = CatalogTables.list(connection, TABLES, H2Inspector::fold, included);
        tables.eachRow(COLUMNS, (table, row) -> table.columns.add(column(table.name, row)));
        readConstraints(tables);
        tables.groups(INDEXES, "index_name").forEach((key, rows) -> {
            TableParts table = tables.get(key.get(0));
            if (table != null) {
                table.indexes.add(new Index(fold(key.get(1)), columns(rows),
                        rows.get(0).string("index_type_name").equals("UNIQUE INDEX")));
            }
        });
        return tables.toTables();
    }

    /** H2 stores unquoted names upper-cased; report those in lower case, quoted mixed-case names as they are. */
    static String fold(String name) {
        return name != null && UPPER_IDENTIFIER.matcher(name).matches() ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static Column column(String table, Row row) {
        String name = fold(row.string("column_name"));
        ColumnType type = H2Types.map(table, name, row);
        Column column = new Column(name, type, row.bool("is_nullable"),
                Defaults.normalize(row.string("column_default"), type), false);
        return row.bool("is_identity") ? column.autoIncrementing() : column;
    }

    private static void readConstraints(CatalogTables tables) throws SQLException {
        Map<List<String>, List<Row>> byConstraint = tables.groups(CONSTRAINTS, "constraint_name");
        Map<String, List<Row>> byName = new HashMap<>();
        byConstraint.forEach((key, rows) -> byName.put(key.get(1), rows));
        byConstraint.forEach((key, rows) -> {
            TableParts table = tables.get(key.get(0));
            if (table == null) {
                return;
            }
            Row first = rows.get(0);
            String name = fold(key.get(1));
            switch (first.string("constraint_type")) {
                case "PRIMARY KEY" -> table.primaryKey = new PrimaryKey(name, columns(rows));
                case "UNIQUE" -> table.uniques.add(new UniqueConstraint(name, columns(rows)));
                case "CHECK" -> table.checks.add(new CheckConstraint(name,
                        SqlText.stripOuterParentheses(SqlText.unquoteIdentifiers(first.string("check_clause"), true))));
                case "FOREIGN KEY" -> table.foreignKeys.add(foreignKey(name, rows,
                        byName.get(first.string("unique_constraint_name"))));
                default -> { }
            }
        });
    }

    /** The referenced columns are those of the referenced key, at each column's position in it. */
    private static ForeignKey foreignKey(String name, List<Row> rows, List<Row> referencedKey) {
        List<String> referenced = new ArrayList<>();
        for (Row row : rows) {
            referenced.add(fold(referencedKey.get(row.integer("position_in_unique_constraint") - 1).string("column_name")));
        }
        Row first = rows.get(0);
        return new ForeignKey(name, columns(rows), fold(referencedKey.get(0).string("table_name")), referenced,
                ReferentialActions.fromRule(first.string("delete_rule")), ReferentialActions.fromRule(first.string("update_rule")));
    }

    private static List<String> columns(List<Row> rows) {
        return rows.stream().map(r -> fold(r.string("column_name"))).toList();
    }
}
