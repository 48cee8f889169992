package io.strata.migrations.operations;

import io.strata.migrations.schema.ServerDefault;

/**
 * The new server default of an altered column: a value, or none (drop the default).
 *
 * @param value the new default, or {@code null} to drop it
 */
public record DefaultChange(ServerDefault value) {

    /** Sets the default to this value. */
    public static DefaultChange to(ServerDefault value) {
        return new DefaultChange(java.util.Objects.requireNonNull(value, "value (use DefaultChange.drop() for none)"));
    }

    /** Drops the default. */
    public static DefaultChange drop() {
        return new DefaultChange(null);
    }
}
