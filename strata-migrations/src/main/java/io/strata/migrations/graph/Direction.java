package io.strata.migrations.graph;

/** Which way a migration step runs a revision. */
public enum Direction {
    /** Runs the revision's {@code upgrade}. */
    UPGRADE,
    /** Runs the revision's {@code downgrade}. */
    DOWNGRADE
}
