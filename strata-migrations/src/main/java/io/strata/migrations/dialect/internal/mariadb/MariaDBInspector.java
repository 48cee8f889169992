package io.strata.migrations.dialect.internal.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.migrations.diff.Difference;
import io.strata.migrations.inspect.SchemaInspector;
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
import io.strata.migrations.schema.ReferentialAction;
import io.strata.migrations.schema.ServerDefault;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * Reads MariaDB's (and MySQL's) current database from {@code information_schema}. Every unique
 * index is reported as a unique constraint (MariaDB does not tell them apart), the index MariaDB
 * adds for a foreign key is not reported, a {@code longtext} column with a {@code json_valid} check
 * is JSON (and the check is not reported), and {@code RESTRICT}, which InnoDB treats as
 * {@code NO ACTION} and reports for a foreign key declared without an action, reads as
 * {@code NO_ACTION}.
 */
final class MariaDBInspector implements DialectInspector {

    private static final String TABLES = """
            select table_name from information_schema.tables
            where table_schema = database() and table_type = 'BASE TABLE' order by table_name""";
    private static final String COLUMNS = """
            select table_name, column_name, data_type, column_type, is_nullable, column_default, extra,
                   character_maximum_length, numeric_precision, numeric_scale
            from information_schema.columns where table_schema = database()
            order by table_name, ordinal_position""";
    private static final String KEY_COLUMNS = """
            select t.table_name, t.constraint_name, t.constraint_type, k.column_name,
                   k.referenced_table_name, k.referenced_column_name, r.update_rule, r.delete_rule
            from information_schema.table_constraints t
            join information_schema.key_column_usage k on k.table_schema = t.table_schema
                 and k.table_name = t.table_name and k.constraint_name = t.constraint_name
            left join information_schema.referential_constraints r on r.constraint_schema = t.table_schema
                 and r.table_name = t.table_name and r.constraint_name = t.constraint_name
            where t.table_schema = database() and t.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
            order by t.table_name, t.constraint_name, k.ordinal_position""";
    private static final String CHECKS = """
            select table_name, constraint_name, check_clause from information_schema.check_constraints
            where constraint_schema = database() order by table_name, constraint_name""";
    private static final String INDEXES = """
            select table_name, index_name, column_name from information_schema.statistics
            where table_schema = database() and non_unique = 1 and column_name is not null
            order by table_name, index_name, seq_in_index""";
    private static final Set<ColumnType.Kind> UNQUOTED_KINDS = EnumSet.of(ColumnType.Kind.SMALLINT, ColumnType.Kind.INTEGER,
            ColumnType.Kind.BIGINT, ColumnType.Kind.DECIMAL, ColumnType.Kind.FLOAT, ColumnType.Kind.DOUBLE, ColumnType.Kind.BOOLEAN);
    private static final Pattern JSON_VALID = Pattern.compile("(?i)json_valid\\(\\s*`?([^`()]+?)`?\\s*\\)");

    /** Each table's collation and those of its text columns (a converted table's columns keep their own). */
    private static final String COLLATIONS = """
            select t.table_name, t.table_collation as collation_name from information_schema.tables t
            where t.table_schema = database() and t.table_type = 'BASE TABLE'
            union all
            select c.table_name, c.collation_name from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema = database() and t.table_type = 'BASE TABLE' and c.collation_name is not null""";

    /**
     * Each included table that is not wholly in {@link MariaDBDialect#CHARACTER_SET} with
     * {@link MariaDBDialect#COLLATION} (its default or one of its text columns), with the statement that converts it.
     */
    @Override
    public List<Difference> storage(Connection connection, Predicate<String> included) throws SQLException {
        Map<String, Set<String>> collations = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(COLLATIONS)) {
            while (rs.next()) {
                if (included.test(rs.getString(1)) && rs.getString(2) != null) {
                    collations.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        List<Difference> differences = new ArrayList<>();
        collations.forEach((table, found) -> {
            if (!found.equals(Set.of(MariaDBDialect.COLLATION))) {
                differences.add(new Difference(Difference.Change.CHANGED, Difference.ObjectKind.TABLE, table, table,
                        "collation " + String.join(", ", found) + " -> " + MariaDBDialect.COLLATION + " (character set "
                                + MariaDBDialect.CHARACTER_SET + ", which Strata creates tables in; convert it: ALTER TABLE `"
                                + table + "` CONVERT TO CHARACTER SET " + MariaDBDialect.CHARACTER_SET + " COLLATE "
                                + MariaDBDialect.COLLATION + ")"));
            }
        });
        return differences;
    }

    @Override
    public List<Table> tables(Connection connection, Predicate<String> included) throws SQLException {
        CatalogTables tables = CatalogTables.list(connection, TABLES, name -> name, included);
        boolean mysql = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("MySQL");
        tables.eachRow(COLUMNS, (table, row) -> table.columns.add(column(table.name, row, mysql)));
        tables.eachRow(CHECKS, (table, row) -> addCheck(table, row.string("constraint_name"), row.string("check_clause")));
        readKeys(tables);
        readIndexes(tables);
        return tables.toTables();
    }

    private static Column column(String table, Row row, boolean mysql) {
        String name = row.string("column_name");
        ColumnType type = MariaDBTypes.map(table, name, row);
        String extra = row.string("extra").toLowerCase(Locale.ROOT);
        String defaultSql = row.string("column_default");
        if (mysql && defaultSql != null && !extra.contains("default_generated") && !UNQUOTED_KINDS.contains(type.kind())) {
            // MySQL, unlike MariaDB 10.2.7+, reports a literal default unquoted and marks expressions instead.
            defaultSql = ServerDefault.literal(defaultSql).sql();
        }
        Column column = new Column(name, type, row.bool("is_nullable"), Defaults.normalize(defaultSql, type), false);
        return extra.contains("auto_increment") ? column.autoIncrementing() : column;
    }

    /** A {@code json_valid(col)} check on a text column makes it a JSON column instead of a check. */
    private static void addCheck(TableParts table, String name, String clause) {
        Matcher json = JSON_VALID.matcher(clause.strip());
        if (json.matches()) {
            for (int i = 0; i < table.columns.size(); i++) {
                Column c = table.columns.get(i);
                if (c.name().equalsIgnoreCase(json.group(1)) && c.type().kind() == ColumnType.Kind.TEXT) {
                    table.columns.set(i, c.withType(ColumnType.json()));
                    return;
                }
            }
        }
        table.checks.add(new CheckConstraint(name, SqlText.stripOuterParentheses(SqlText.unquoteIdentifiers(clause, false))));
    }

    private static void readKeys(CatalogTables tables) throws SQLException {
        tables.groups(KEY_COLUMNS, "constraint_name").forEach((key, rows) -> {
            TableParts table = tables.get(key.get(0));
            if (table == null) {
                return;
            }
            String name = key.get(1);
            List<String> columns = rows.stream().map(r -> r.string("column_name")).toList();
            Row first = rows.get(0);
            switch (first.string("constraint_type")) {
                case "PRIMARY KEY" -> table.primaryKey = new PrimaryKey(SchemaInspector.UNNAMED_PRIMARY_KEY, columns);
                case "UNIQUE" -> table.uniques.add(new UniqueConstraint(name, columns));
                default -> table.foreignKeys.add(new ForeignKey(name, columns, first.string("referenced_table_name"),
                        rows.stream().map(r -> r.string("referenced_column_name")).toList(),
                        action(first.string("delete_rule")), action(first.string("update_rule"))));
            }
        });
    }

    /** Non-unique indexes, except the one MariaDB creates, named like the key, for each foreign key. */
    private static void readIndexes(CatalogTables tables) throws SQLException {
        tables.groups(INDEXES, "index_name").forEach((key, rows) -> {
            TableParts table = tables.get(key.get(0));
            if (table == null) {
                return;
            }
            String name = key.get(1);
            List<String> columns = rows.stream().map(r -> r.string("column_name")).toList();
            boolean forForeignKey = table.foreignKeys.stream()
                    .anyMatch(fk -> fk.name().equals(name) && fk.columns().equals(columns));
            if (!forForeignKey) {
                table.indexes.add(new Index(name, columns, false));
            }
        });
    }

    /** MariaDB reports a key declared without an action as {@code RESTRICT}, which behaves as {@code NO ACTION}. */
    private static ReferentialAction action(String rule) {
        return rule.equals("RESTRICT") ? ReferentialAction.NO_ACTION : ReferentialActions.fromRule(rule);
    }
}
