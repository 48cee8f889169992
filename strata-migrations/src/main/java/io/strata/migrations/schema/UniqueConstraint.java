package io.strata.migrations.schema;

import java.util.List;

/**
 * A unique constraint.
 *
 * @param name the constraint name ({@code uq_<table>_<column>} by the convention)
 * @param columns the columns whose combination is unique
 */
public record UniqueConstraint(String name, List<String> columns) {

    /** Validates and freezes the column list. */
    public UniqueConstraint {
        Names.require(name, "unique constraint name");
        columns = Names.requireColumns(columns, "unique constraint " + name);
    }
}
