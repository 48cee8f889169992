package io.strata.migrations.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index.
 *
 * @param name the index name ({@code ix_<table>_<column>} by the convention)
 * @param columns the indexed columns, in order
 * @param unique whether it is a unique index
 */
public record Index(String name, List<String> columns, boolean unique) {

    /** Validates and freezes the column list. */
    public Index {
        Names.require(name, "index name");
        columns = Names.requireColumns(columns, "index " + name);
    }

    /** Component by component, as a record's own; written out for start-up time (see the package's documentation). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Index i
                && name.equals(i.name)
                && columns.equals(i.columns)
                && unique == i.unique;
    }

    /** From every component, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(name, columns, unique);
    }
}
