package io.strata.migrations.diff;

import java.util.Objects;

import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.ColumnType;

/**
 * An operation that adds a {@code NOT NULL} column without a server default to a table that exists:
 * it fails as soon as the table has a row. Give the column a server default in the model, or a
 * one-off default ({@link DiffOptions#oneOffDefault}) that only fills the existing rows.
 *
 * @param operation the {@code addColumn}, as it appears in its list of {@link SchemaDiff}
 * @param table the table
 * @param column the added column
 * @param type its type
 */
public record NotNullWithoutDefault(Operation operation, String table, String column, ColumnType type) {

    /** What every such line starts with. */
    public static final String FLAG = "NOT NULL without a default: existing rows will fail";

    /** Validates the parts are present. */
    public NotNullWithoutDefault {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
    }

    /** E.g. {@code NOT NULL without a default: existing rows will fail (adds column book.pages integer not null)}. */
    public String message() {
        return FLAG + " (adds column " + table + "." + column + " " + type + " not null)";
    }

    @Override
    public String toString() {
        return message();
    }
}
