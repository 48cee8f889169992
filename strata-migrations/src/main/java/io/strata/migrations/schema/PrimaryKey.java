package io.strata.migrations.schema;

import java.util.List;
import java.util.Objects;

/**
 * A table's primary key.
 *
 * @param name the constraint name ({@code pk_<table>} by the naming convention)
 * @param columns the key's columns, in order
 */
public record PrimaryKey(String name, List<String> columns) {

    /** Validates and freezes the column list. */
    public PrimaryKey {
        Names.require(name, "primary key name");
        columns = Names.requireColumns(columns, "primary key " + name);
    }

    /** Component by component, as a record's own; written out for start-up time (see the package's documentation). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PrimaryKey k
                && name.equals(k.name)
                && columns.equals(k.columns);
    }

    /** From every component, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(name, columns);
    }
}
