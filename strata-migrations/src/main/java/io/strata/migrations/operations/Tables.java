package io.strata.migrations.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/** Schema look-ups and rewrites shared by the operations' {@code applyTo}. */
final class Tables {

    private Tables() {
    }

    static Table require(Schema schema, String table, String action) {
        return schema.table(table).orElseThrow(() -> new SchemaMismatchException(table, "cannot " + action
                + ": the schema has no table " + table + " (tables: " + names(schema)
                + "). Is a revision that creates it missing or ordered after this one?"));
    }

    static Column requireColumn(Table table, String column, String action) {
        return table.column(column).orElseThrow(() -> new SchemaMismatchException(table.name(), "cannot " + action
                + ": table " + table.name() + " has no column " + column + " (columns: "
                + table.columns().stream().map(Column::name).toList() + ")"));
    }

    static void requireAbsent(Schema schema, String table, String action) {
        if (schema.table(table).isPresent()) {
            throw new SchemaMismatchException(table, "cannot " + action + ": table " + table
                    + " already exists. Drop or rename it first, or check the revision order.");
        }
    }

    static List<String> names(Schema schema) {
        return schema.tables().stream().map(Table::name).toList();
    }

    static boolean containsIgnoreCase(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equalsIgnoreCase(from) ? to : n).toList();
    }

    /** Whether an SQL expression mentions the column as a whole word (how databases tie checks to columns). */
    static boolean mentions(String expression, String column) {
        return wordPattern(column).matcher(expression).find();
    }

    static String renameInExpression(String expression, String from, String to) {
        return wordPattern(from).matcher(expression).replaceAll(Matcher.quoteReplacement(to));
    }

    private static Pattern wordPattern(String word) {
        return Pattern.compile("(?<![A-Za-z0-9_\"`])" + Pattern.quote(word) + "(?![A-Za-z0-9_\"`])",
                Pattern.CASE_INSENSITIVE);
    }

    static <T> List<T> filter(List<T> items, Predicate<T> keep) {
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            if (keep.test(item)) {
                kept.add(item);
            }
        }
        return kept;
    }

    static <T> List<T> map(List<T> items, Function<T, T> fn) {
        return items.stream().map(fn).toList();
    }

    /** A table rebuilt from parts (the record's canonical constructor, named for readability). */
    static Table table(String name, List<Column> columns, PrimaryKey pk, List<ForeignKey> fks,
            List<UniqueConstraint> uniques, List<Index> indexes, List<CheckConstraint> checks) {
        return new Table(name, columns, pk, fks, uniques, indexes, checks);
    }

    /** The schema with every foreign key that references {@code table} rewritten by {@code fn}. */
    static Schema rewriteReferences(Schema schema, String table, Function<ForeignKey, ForeignKey> fn) {
        Schema result = schema;
        for (Table t : schema.tables()) {
            List<ForeignKey> fks = map(t.foreignKeys(), fk -> fk.referencedTable().equalsIgnoreCase(table) ? fn.apply(fk) : fk);
            if (!fks.equals(t.foreignKeys())) {
                result = result.with(table(t.name(), t.columns(), t.primaryKey(), fks, t.uniqueConstraints(),
                        t.indexes(), t.checks()));
            }
        }
        return result;
    }

    /** Whether a constraint/index name is already used in a table (names are compared without case). */
    static boolean nameUsed(Table t, String name) {
        return (t.primaryKey() != null && t.primaryKey().name().equalsIgnoreCase(name))
                || t.foreignKeys().stream().anyMatch(x -> x.name().equalsIgnoreCase(name))
                || t.uniqueConstraints().stream().anyMatch(x -> x.name().equalsIgnoreCase(name))
                || t.indexes().stream().anyMatch(x -> x.name().equalsIgnoreCase(name))
                || t.checks().stream().anyMatch(x -> x.name().equalsIgnoreCase(name));
    }

    static void requireNameFree(Table t, String name, String action) {
        if (nameUsed(t, name)) {
            throw new SchemaMismatchException(t.name(), "cannot " + action + ": table " + t.name()
                    + " already has a constraint or index named " + name + ". Choose another name or drop it first.");
        }
    }
}
