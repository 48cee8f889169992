package io.strata.migrations.diff;

import java.util.Objects;

import io.strata.migrations.operations.Operation;

/**
 * An operation that can destroy stored data: dropping a table or column, or narrowing a column's
 * type (a shorter varchar, a smaller integer, fewer decimal digits, text to varchar…).
 *
 * @param operation the operation, as it appears in its list of {@link SchemaDiff}
 * @param table the table it concerns
 * @param message what is lost, e.g. {@code drops column book.isbn and every value in it}
 */
public record DataLossWarning(Operation operation, String table, String message) {

    /** Validates the parts are present. */
    public DataLossWarning {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
