package io.strata.migrations.diff.internal;

import java.util.List;

import io.strata.migrations.diff.NotNullWithoutDefault;
import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Column;

/**
 * The {@code addColumn} operations that fail on a table with rows: a {@code NOT NULL} column with no
 * server default. Planned operations add columns only to tables that exist (new tables are created
 * whole), so every such one is flagged.
 */
public final class MissingDefaults {

    private MissingDefaults() {
    }

    /** The {@code addColumn} operations among these that add a NOT NULL column with no server default. */
    public static List<NotNullWithoutDefault> of(List<Operation> operations) {
        return operations.stream().filter(op -> op instanceof AddColumn add && fails(add.column()))
                .map(op -> (AddColumn) op)
                .map(add -> new NotNullWithoutDefault(add, add.table(), add.column().name(), add.column().type()))
                .toList();
    }

    private static boolean fails(Column c) {
        return !c.nullable() && c.serverDefault() == null && !c.autoIncrement();
    }
}
