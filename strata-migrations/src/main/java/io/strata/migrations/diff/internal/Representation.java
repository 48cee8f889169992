package io.strata.migrations.diff.internal;

import io.strata.migrations.schema.Table;

/**
 * How a database of one dialect stores a table: the table rewritten so that facts the database
 * cannot keep do not show as differences when a live schema is compared with the models.
 */
@FunctionalInterface
public interface Representation {

    /** Keeps every fact (the database stores all the neutral model states). */
    Representation AS_IS = table -> table;

    /** The table as the database would read it back. */
    Table of(Table table);
}
