package io.strata.migrations.policy;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import io.strata.migrations.safety.TableSizes;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.runner.internal.OperationLabel;
import io.strata.migrations.runner.internal.OperationTable;
import io.strata.migrations.schema.Schema;

/**
 * One operation as a {@link PolicyRule} sees it.
 *
 * @param revision the id of the revision it belongs to
 * @param operation the operation, completed from the schema before it (a drop knows what it drops)
 * @param before the schema just before it, by replay of the revisions
 * @param newTables the tables (lower case) created by the revisions being checked, up to this operation:
 *     they exist nowhere yet, so hold no rows and no running code reads them
 * @param sizes the row counts of the tables that exist
 */
public record CheckedOperation(String revision, Operation operation, Schema before, Set<String> newTables,
        TableSizes sizes) {

    /** Requires every part and freezes the set. */
    public CheckedOperation {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(sizes, "sizes");
        newTables = Set.copyOf(newTables);
    }

    /** The table the operation changes, or {@code null} for raw SQL and callbacks. */
    public String table() {
        return OperationTable.of(operation);
    }

    /** A short label, e.g. {@code addColumn book.rating}. */
    public String label() {
        return OperationLabel.of(operation);
    }

    /** Whether the operation changes a table that existed before the checked revisions (so may hold rows). */
    public boolean onExistingTable() {
        String table = table();
        return table != null && !newTables.contains(table.toLowerCase(Locale.ROOT));
    }

    /** The row count of the operation's table, when known. */
    public OptionalLong rows() {
        String table = table();
        return table == null ? OptionalLong.empty() : sizes.rows(table);
    }
}
