package io.strata.migrations.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table: ordered columns, an optional primary key, and its constraints and indexes.
 *
 * @param name the table's name
 * @param columns the columns, in declaration order
 * @param primaryKey the primary key, or {@code null}
 * @param foreignKeys the foreign keys
 * @param uniqueConstraints the unique constraints
 * @param indexes the indexes (unique ones included)
 * @param checks the check constraints
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<CheckConstraint> checks) {

    /** Validates that names are unique and every constraint names columns of this table. */
    public Table {
        Names.require(name, "table name");
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs at least one column");
        }
        Set<String> columnNames = new HashSet<>();
        for (Column c : columns) {
            if (!columnNames.add(c.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + c.name());
            }
        }
        List<List<String>> used = new ArrayList<>();
        if (primaryKey != null) {
            used.add(primaryKey.columns());
        }
        foreignKeys.forEach(fk -> used.add(fk.columns()));
        uniqueConstraints.forEach(uq -> used.add(uq.columns()));
        indexes.forEach(ix -> used.add(ix.columns()));
        for (List<String> cols : used) {
            for (String col : cols) {
                if (!columnNames.contains(col.toLowerCase(java.util.Locale.ROOT))) {
                    throw new IllegalArgumentException("table " + name + " has no column " + col
                            + " (columns: " + columns.stream().map(Column::name).toList() + ")");
                }
            }
        }
    }

    /** A table with only columns; add keys with the {@code with…} methods. */
    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of());
    }

    /** The column with this name (case-insensitive), if any. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** This table with a primary key. */
    public Table withPrimaryKey(PrimaryKey key) {
        return new Table(name, columns, key, foreignKeys, uniqueConstraints, indexes, checks);
    }

    /** This table with another column list. */
    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks);
    }

    /** This table with one more foreign key. */
    public Table withForeignKey(ForeignKey key) {
        return new Table(name, columns, primaryKey, append(foreignKeys, key), uniqueConstraints, indexes, checks);
    }

    /** This table with one more unique constraint. */
    public Table withUnique(UniqueConstraint unique) {
        return new Table(name, columns, primaryKey, foreignKeys, append(uniqueConstraints, unique), indexes, checks);
    }

    /** This table with one more index. */
    public Table withIndex(Index index) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, append(indexes, index), checks);
    }

    /** This table with one more check constraint. */
    public Table withCheck(CheckConstraint check) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, append(checks, check));
    }

    /** This table under another name (constraints keep theirs). */
    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    /** Component by component, as a record's own; written out for start-up time (see the package's documentation). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Table t
                && name.equals(t.name)
                && columns.equals(t.columns)
                && Objects.equals(primaryKey, t.primaryKey)
                && foreignKeys.equals(t.foreignKeys)
                && uniqueConstraints.equals(t.uniqueConstraints)
                && indexes.equals(t.indexes)
                && checks.equals(t.checks);
    }

    /** From every component, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks);
    }
}
