package io.strata.migrations.schema;

import java.util.List;

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
}
