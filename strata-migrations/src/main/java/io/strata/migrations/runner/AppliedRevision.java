package io.strata.migrations.runner;

import java.time.Duration;
import java.util.List;

import io.strata.migrations.graph.Direction;

/**
 * One revision the runner ran.
 *
 * @param id the revision id
 * @param direction upgrade or downgrade
 * @param message the revision's message
 * @param duration how long it took, version table update included
 * @param skipped the operations (labels, e.g. {@code createTable store}) an earlier run had done before
 *        it was cut off, where DDL commits as it runs (MariaDB, H2), so this run resumed after them; empty
 *        when it ran whole
 */
public record AppliedRevision(String id, Direction direction, String message, Duration duration, List<String> skipped) {

    /** Copies {@code skipped}. */
    public AppliedRevision {
        skipped = List.copyOf(skipped);
    }

    /** A revision that ran whole. */
    public AppliedRevision(String id, Direction direction, String message, Duration duration) {
        this(id, direction, message, duration, List.of());
    }
}
