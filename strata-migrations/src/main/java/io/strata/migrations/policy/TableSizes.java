package io.strata.migrations.policy;

import java.util.OptionalLong;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.policy.internal.RowProbe;
import io.strata.migrations.runner.ConnectionSource;

/** How many rows a table holds, where that is known: it weighs the {@code blocking} rule. */
@FunctionalInterface
public interface TableSizes {

    /** No size known: every table counts as large. */
    TableSizes UNKNOWN = table -> OptionalLong.empty();

    /** The table's row count, or empty when unknown (no database, no such table yet, the query failed). */
    OptionalLong rows(String table);

    /**
     * Counts rows in a live database, up to {@code atMost + 1} per table (so a large table costs no full
     * count), once per table.
     */
    static TableSizes probing(ConnectionSource connections, Dialect dialect, long atMost) {
        return new RowProbe(connections, dialect, atMost);
    }
}
