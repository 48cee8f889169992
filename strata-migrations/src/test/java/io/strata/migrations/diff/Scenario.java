package io.strata.migrations.diff;

import java.util.List;
import java.util.function.Consumer;

import io.strata.migrations.operations.Ops;
import io.strata.migrations.schema.Schema;

/**
 * One model evolution: the schema before and after, the options to diff them with, and a query
 * whose rows must survive the upgrade (on {@link Bookstore}'s rows).
 *
 * @param name what changes, for test names
 * @param v1 the schema before
 * @param v2 the schema after
 * @param options the diff options (rename hints)
 * @param upgradedQuery a query to run after the upgrade
 * @param upgradedRows the rows it must return, one value per row
 */
record Scenario(String name, Schema v1, Schema v2, DiffOptions options, String upgradedQuery, List<String> upgradedRows) {

    /** A scenario whose v2 is v1 changed by the operations, checking book titles survive. */
    static Scenario of(String name, Consumer<Ops> change) {
        return of(name, Bookstore.v1(), change);
    }

    /** A scenario from another v1. */
    static Scenario of(String name, Schema v1, Consumer<Ops> change) {
        return new Scenario(name, v1, Schemas.apply(v1, change), DiffOptions.defaults(), Bookstore.TITLES, Bookstore.TITLE_ROWS);
    }

    /** This scenario diffed with other options. */
    Scenario with(DiffOptions newOptions) {
        return new Scenario(name, v1, v2, newOptions, upgradedQuery, upgradedRows);
    }

    /** This scenario checking another query after the upgrade. */
    Scenario checking(String query, List<String> rows) {
        return new Scenario(name, v1, v2, options, query, rows);
    }

    @Override
    public String toString() {
        return name;
    }
}
