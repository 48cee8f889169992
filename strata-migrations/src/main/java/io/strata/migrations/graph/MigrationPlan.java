package io.strata.migrations.graph;

import java.util.List;
import java.util.Objects;

/**
 * The ordered steps that take the version table from one set of revisions to another.
 *
 * @param direction upgrade or downgrade
 * @param target the target as the user wrote it
 * @param versions the version table before the first step and after the last
 * @param steps the revisions to run, in order; empty when already there
 */
public record MigrationPlan(Direction direction, String target, VersionChange versions, List<MigrationStep> steps) {

    /** Requires every part and freezes the steps. */
    public MigrationPlan {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(versions, "versions");
        steps = List.copyOf(steps);
    }

    /** Whether there is nothing to run. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The ids of the revisions to run, in order. */
    public List<String> revisions() {
        return steps.stream().map(MigrationStep::id).toList();
    }
}
