package io.strata.migrations.inspect.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/** The pieces of one table gathered from several catalog queries, assembled in canonical order. */
public final class TableParts {

    public final String name;
    public final List<Column> columns = new ArrayList<>();
    public PrimaryKey primaryKey;
    public final List<ForeignKey> foreignKeys = new ArrayList<>();
    public final List<UniqueConstraint> uniques = new ArrayList<>();
    public final List<Index> indexes = new ArrayList<>();
    public final List<CheckConstraint> checks = new ArrayList<>();

    public TableParts(String name) {
        this.name = name;
    }

    /** The table, its constraints and indexes ordered by name so that equal schemas read back equal. */
    public Table toTable() {
        return new Table(name, columns, primaryKey, sorted(foreignKeys, ForeignKey::name),
                sorted(uniques, UniqueConstraint::name), sorted(indexes, Index::name), sorted(checks, CheckConstraint::name));
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER).thenComparing(name));
        return copy;
    }
}
