package io.strata.migrations.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.strata.migrations.schema.CheckConstraint;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ForeignKey;
import io.strata.migrations.schema.Index;
import io.strata.migrations.schema.PrimaryKey;
import io.strata.migrations.schema.Table;
import io.strata.migrations.schema.UniqueConstraint;

/**
 * The definition of a new table in the {@link Ops} DSL; every key, constraint and index is named,
 * because later revisions refer to them by name.
 */
public final class TableBuilder {

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();

    TableBuilder(String name) {
        this.name = name;
    }

    /** Adds a nullable column without default. */
    public TableBuilder column(String columnName, ColumnType type) {
        return column(columnName, type, c -> { });
    }

    /** Adds a column with options, e.g. {@code c -> c.notNull()}. */
    public TableBuilder column(String columnName, ColumnType type, Consumer<ColumnBuilder> options) {
        ColumnBuilder builder = new ColumnBuilder(columnName, type);
        options.accept(builder);
        columns.add(builder.build());
        return this;
    }

    /** Adds a column defined elsewhere. */
    public TableBuilder column(Column column) {
        columns.add(column);
        return this;
    }

    /** Sets the primary key, e.g. {@code primaryKey("pk_author", "id")}. */
    public TableBuilder primaryKey(String constraintName, String... columnNames) {
        primaryKey = new PrimaryKey(constraintName, List.of(columnNames));
        return this;
    }

    /** Adds a single-column foreign key with the default actions. */
    public TableBuilder foreignKey(String constraintName, String column, String referencedTable, String referencedColumn) {
        foreignKeys.add(ForeignKey.of(constraintName, List.of(column), referencedTable, List.of(referencedColumn)));
        return this;
    }

    /** Adds a foreign key, e.g. {@code fk -> fk.columns("author_id").references("author", "id").onDelete(CASCADE)}. */
    public TableBuilder foreignKey(String constraintName, Consumer<ForeignKeyBuilder> definition) {
        ForeignKeyBuilder builder = new ForeignKeyBuilder(constraintName);
        definition.accept(builder);
        foreignKeys.add(builder.build());
        return this;
    }

    /** Adds a unique constraint over the columns. */
    public TableBuilder unique(String constraintName, String... columnNames) {
        uniques.add(new UniqueConstraint(constraintName, List.of(columnNames)));
        return this;
    }

    /** Adds a (non-unique) index over the columns, created after the table. */
    public TableBuilder index(String indexName, String... columnNames) {
        indexes.add(new Index(indexName, List.of(columnNames), false));
        return this;
    }

    /** Adds a unique index over the columns, created after the table. */
    public TableBuilder uniqueIndex(String indexName, String... columnNames) {
        indexes.add(new Index(indexName, List.of(columnNames), true));
        return this;
    }

    /** Adds a check constraint, e.g. {@code check("ck_book_price", "price >= 0")}. */
    public TableBuilder check(String constraintName, String expression) {
        checks.add(new CheckConstraint(constraintName, expression));
        return this;
    }

    Table build() {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, indexes, checks);
    }
}
