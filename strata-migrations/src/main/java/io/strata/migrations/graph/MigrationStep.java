package io.strata.migrations.graph;

import java.util.Objects;

/**
 * One revision to run in one direction, with what it does to the version table.
 *
 * @param revision the revision to run
 * @param direction upgrade or downgrade
 * @param versions the version table before and after this step
 */
public record MigrationStep(RevisionNode revision, Direction direction, VersionChange versions) {

    /** Requires every part. */
    public MigrationStep {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(versions, "versions");
    }

    /** The id of the revision to run. */
    public String id() {
        return revision.id();
    }
}
