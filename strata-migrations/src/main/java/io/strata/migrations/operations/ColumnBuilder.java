package io.strata.migrations.operations;

import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.ColumnType;
import io.strata.migrations.schema.ServerDefault;

/** Options of a column in the {@link Ops} DSL: {@code c -> c.notNull().serverDefault("0")}. */
public final class ColumnBuilder {

    private Column column;

    ColumnBuilder(String name, ColumnType type) {
        this.column = Column.of(name, type);
    }

    /** Makes the column {@code NOT NULL}. */
    public ColumnBuilder notNull() {
        column = column.notNull();
        return this;
    }

    /** Sets whether the column accepts {@code NULL} (the default is yes). */
    public ColumnBuilder nullable(boolean nullable) {
        column = column.withNullable(nullable);
        return this;
    }

    /** Sets a server default given as SQL, e.g. {@code "0"}, {@code "'draft'"}, {@code "CURRENT_TIMESTAMP"}. */
    public ColumnBuilder serverDefault(String sql) {
        column = column.withDefault(ServerDefault.expression(sql));
        return this;
    }

    /** Sets a server default. */
    public ColumnBuilder serverDefault(ServerDefault value) {
        column = column.withDefault(value);
        return this;
    }

    /** Lets the database generate the values (identity / auto-increment); implies {@code NOT NULL}. */
    public ColumnBuilder autoIncrement() {
        column = column.autoIncrementing();
        return this;
    }

    Column build() {
        return column;
    }
}
