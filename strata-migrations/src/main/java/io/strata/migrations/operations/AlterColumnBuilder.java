package io.strata.migrations.operations;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ServerDefault;

/**
 * The changes of an {@code alterColumn} in the {@link Ops} DSL:
 * {@code a -> a.type(varchar(200)).notNull().existing(Column.of("title", varchar(100)))}.
 * Give {@link #existing} so that the revision's downgrade can be derived.
 */
public final class AlterColumnBuilder {

    private final String table;
    private final String column;
    private String newName;
    private ColumnType type;
    private Boolean nullable;
    private DefaultChange serverDefault;
    private Column existing;

    AlterColumnBuilder(String table, String column) {
        this.table = table;
        this.column = column;
    }

    /** Changes the type. */
    public AlterColumnBuilder type(ColumnType newType) {
        type = newType;
        return this;
    }

    /** Changes whether the column accepts {@code NULL}. */
    public AlterColumnBuilder nullable(boolean isNullable) {
        nullable = isNullable;
        return this;
    }

    /** Makes the column {@code NOT NULL}. */
    public AlterColumnBuilder notNull() {
        return nullable(false);
    }

    /** Sets the server default to an SQL expression, e.g. {@code "0"} or {@code "'draft'"}. */
    public AlterColumnBuilder serverDefault(String sql) {
        return serverDefault(ServerDefault.expression(sql));
    }

    /** Sets the server default. */
    public AlterColumnBuilder serverDefault(ServerDefault value) {
        serverDefault = DefaultChange.to(value);
        return this;
    }

    /** Removes the server default. */
    public AlterColumnBuilder dropServerDefault() {
        serverDefault = DefaultChange.drop();
        return this;
    }

    /** Renames the column. */
    public AlterColumnBuilder rename(String name) {
        newName = name;
        return this;
    }

    /** The column as it is before the change (makes the operation reversible). */
    public AlterColumnBuilder existing(Column column) {
        existing = column;
        return this;
    }

    AlterColumn build() {
        return new AlterColumn(table, column, newName, type, nullable, serverDefault, existing);
    }
}
