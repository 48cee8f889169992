package io.strata.migrations.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param name the constraint name ({@code fk_<table>_<column>_<referred table>} by the convention)
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, as many as {@code columns}
 * @param onDelete what deleting a referenced row does
 * @param onUpdate what updating a referenced key does
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        ReferentialAction onDelete, ReferentialAction onUpdate) {

    /** Validates the key and freezes its column lists. */
    public ForeignKey {
        Names.require(name, "foreign key name");
        columns = Names.requireColumns(columns, "foreign key " + name);
        Names.require(referencedTable, "referenced table of foreign key " + name);
        referencedColumns = Names.requireColumns(referencedColumns, "foreign key " + name + " (referenced side)");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        onDelete = Objects.requireNonNullElse(onDelete, ReferentialAction.NO_ACTION);
        onUpdate = Objects.requireNonNullElse(onUpdate, ReferentialAction.NO_ACTION);
    }

    /** A foreign key with the default referential actions. */
    public static ForeignKey of(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION);
    }

    /** Component by component, as a record's own; written out for start-up time (see the package's documentation). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ForeignKey k
                && name.equals(k.name)
                && columns.equals(k.columns)
                && referencedTable.equals(k.referencedTable)
                && referencedColumns.equals(k.referencedColumns)
                && onDelete == k.onDelete
                && onUpdate == k.onUpdate;
    }

    /** From every component, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(name, columns, referencedTable, referencedColumns, onDelete, onUpdate);
    }
}
