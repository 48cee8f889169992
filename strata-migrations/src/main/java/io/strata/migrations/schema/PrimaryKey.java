package io.strata.migrations.schema;

import java.util.List;

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
}
