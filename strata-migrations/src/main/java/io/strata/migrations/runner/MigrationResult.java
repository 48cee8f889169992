package io.strata.migrations.runner;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.strata.migrations.graph.VersionChange;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param command the command
 * @param target the target as given, e.g. {@code head} or {@code -1}
 * @param versions the version table before (as read under the lock) and after
 * @param applied the revisions run, in order; empty for a stamp or when already at the target
 * @param duration the whole command, lock wait included
 * @param contractWaiting the contract revision an upgrade stopped before ({@link ContractMode#MANUAL}), if any
 */
public record MigrationResult(MigrationCommand command, String target, VersionChange versions,
        List<AppliedRevision> applied, Duration duration, Optional<String> contractWaiting) {

    /** Freezes the list. */
    public MigrationResult {
        applied = List.copyOf(applied);
        Objects.requireNonNull(contractWaiting, "contractWaiting");
    }

    /** A result that stopped before no contract revision. */
    public MigrationResult(MigrationCommand command, String target, VersionChange versions,
            List<AppliedRevision> applied, Duration duration) {
        this(command, target, versions, applied, duration, Optional.empty());
    }

    /** How many revisions ran. */
    public int appliedCount() {
        return applied.size();
    }

    /** Whether the version table changed. */
    public boolean changed() {
        return !versions.isEmpty();
    }

    /** The version table after the command. */
    public Set<String> current() {
        return versions.after();
    }
}
