package io.strata.migrations.dialect.internal.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.migrations.inspect.internal.CatalogTables;
import io.strata.migrations.inspect.internal.Defaults;
import io.strata.migrations.inspect.internal.DialectInspector;
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
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * Reads PostgreSQL's current schema from {@code pg_catalog}: identity and {@code serial} columns
 * become auto-increment, casts are stripped from defaults, and the indexes behind primary keys and
 * unique constraints are not reported as indexes.
 */
final class PostgreSQLInspector implements DialectInspector {

    private static final String TABLES = """
            select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
            order by c.relname""";
    private static final String COLUMNS = """
            select c.relname as table_name, a.attname as column_name,
                   format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
                   a.attidentity as identity, a.attgenerated as generated,
                   pg_get_expr(d.adbin, d.adrelid) as default_sql
            from pg_attribute a
            join pg_class c on c.oid = a.attrelid
            join pg_namespace n on n.oid = c.relnamespace
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
            order by c.relname, a.attnum""";
    private static final String CONSTRAINTS = """
            select c.relname as table_name, k.conname as name, k.contype as type,
                   k.confupdtype as on_update, k.confdeltype as on_delete, rc.relname as referenced_table,
                   pg_get_constraintdef(k.oid) as definition,
                   array(select a.attname::text from unnest(k.conkey) with ordinality u(num, pos)
                         join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.num order by u.pos) as columns,
                   array(select a.attname::text from unnest(k.confkey) with ordinality u(num, pos)
                         join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.num order by u.pos)
                       as referenced_columns
            from pg_constraint k
            join pg_class c on c.oid = k.conrelid
            join pg_namespace n on n.oid = c.relnamespace
            left join pg_class rc on rc.oid = k.confrelid
            where n.nspname = current_schema() and k.contype in ('p', 'f', 'u', 'c')
            order by c.relname, k.conname""";
    /** Indexes not behind a constraint; expression indexes (a 0 in indkey) have no column list to report. */
    private static final String INDEXES = """
            select c.relname as table_name, i.relname as name, x.indisunique as is_unique,
                   array(select a.attname::text from unnest(x.indkey::int2[]) with ordinality u(num, pos)
                         join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.num
                         where u.pos <= x.indnkeyatts order by u.pos) as columns
            from pg_index x
            join pg_class i on i.oid = x.indexrelid
            join pg_class c on c.oid = x.indrelid
            join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = current_schema() and not x.indisprimary and x.indexprs is null
              and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid
                              and k.conrelid = x.indrelid and k.contype in ('p', 'u', 'x'))
            order by c.relname, i.relname""";
    private static final Pattern TRAILING_CAST = Pattern.compile(
            "::[a-z_][a-z0-9_ ]*(\\(\\d+(,\\s*\\d+)?\\))?[a-z ]*(\\[\\])?$");

    @Override
    public List<Table> tables(Connection connection, Predicate<String> included) throws SQLException {
        CatalogTables tables = CatalogTables.list(connection, TABLES, name -> name, included);
        tables.eachRow(COLUMNS, (table, row) -> table.columns.add(column(table.name, row)));
        tables.eachRow(CONSTRAINTS, PostgreSQLInspector::addConstraint);
        tables.eachRow(INDEXES, (table, row) -> {
            List<String> columns = row.strings("columns");
            if (!columns.isEmpty()) {
                table.indexes.add(new Index(row.string("name"), columns, row.bool("is_unique")));
            }
        });
        return tables.toTables();
    }

    private static Column column(String table, Row row) {
        String name = row.string("column_name");
        ColumnType type = PostgreSQLTypes.map(table, name, row.string("type"));
        String defaultSql = row.string("default_sql");
        boolean generated = "s".equals(row.string("generated"));
        boolean identity = List.of("a", "d").contains(String.valueOf(row.string("identity")));
        boolean serial = defaultSql != null && defaultSql.startsWith("nextval(");
        Column column = new Column(name, type, !row.bool("not_null"),
                generated || serial ? null : Defaults.normalize(stripCasts(defaultSql), type), false);
        return identity || serial ? column.autoIncrementing() : column;
    }

    /** {@code 'draft'::character varying} → {@code 'draft'}; only casts of literals and parenthesized groups. */
    static String stripCasts(String sql) {
        if (sql == null) {
            return null;
        }
        String s = sql.strip();
        while (true) {
            Matcher cast = TRAILING_CAST.matcher(s);
            if (!cast.find()) {
                return s;
            }
            String operand = s.substring(0, cast.start()).strip();
            boolean castable = SqlText.isStringLiteral(operand)
                    || operand.startsWith("(") && SqlText.closingParenthesis(operand, 0) == operand.length() - 1;
            if (!castable) {
                return s;
            }
            s = operand;
        }
    }

    private static void addConstraint(TableParts table, Row row) {
        String name = row.string("name");
        List<String> columns = row.strings("columns");
        switch (row.string("type")) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns);
            case "u" -> table.uniques.add(new UniqueConstraint(name, columns));
            case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, row.string("referenced_table"),
                    row.strings("referenced_columns"), action(row.string("on_delete")), action(row.string("on_update"))));
            default -> table.checks.add(new CheckConstraint(name, checkExpression(row.string("definition"))));
        }
    }

    /** {@code CHECK ((score >= 0)) NOT VALID} → {@code score >= 0}. */
    private static String checkExpression(String definition) {
        int open = definition.indexOf('(');
        int close = SqlText.closingParenthesis(definition, open);
        return SqlText.stripOuterParentheses(definition.substring(open, close + 1));
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
