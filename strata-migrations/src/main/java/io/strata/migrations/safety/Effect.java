package io.strata.migrations.safety;

/** How much of a table an operation touches while it holds its lock. */
public enum Effect {
    /** Changes only the catalog: as quick on a large table as on an empty one. */
    INSTANT,
    /** Reads every row (to validate a constraint or build an index) but does not rewrite the table. */
    SCAN,
    /** Writes a new copy of the table (and its indexes). */
    REWRITE
}
