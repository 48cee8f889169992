package io.strata.migrations.schema;

import java.util.List;
import java.util.Objects;

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

    /** Component by component, as a record's own; written out for start-up time (see the package's documentation). */
    @Override
    public boolean equals(Object o) {
        return o instanceof UniqueConstraint u
                && name.equals(u.name)
                && columns.equals(u.columns);
    }

    /** From every component, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(name, columns);
    }
}
