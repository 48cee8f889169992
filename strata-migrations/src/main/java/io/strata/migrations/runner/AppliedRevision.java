package io.strata.migrations.runner;

import java.time.Duration;

import io.strata.migrations.graph.Direction;

/**
 * One revision the runner ran.
 *
 * @param id the revision id
 * @param direction upgrade or downgrade
 * @param message the revision's message
 * @param duration how long it took, version table update included
 */
public record AppliedRevision(String id, Direction direction, String message, Duration duration) {
}
