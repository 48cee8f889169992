package io.strata.migrations.operations;

/**
 * Whether code that does not know a revision can keep running against the schema the revision leaves:
 * the verdict Strata records per applied revision, which older replicas read.
 */
public enum Compatibility {
    /** Purely additive (a new table, a nullable column or one with a server default, a non-unique index, a wider type). */
    COMPATIBLE,
    /** Anything else: drops, renames, narrowing, constraints added to existing columns, opaque SQL or code. */
    BREAKING
}
