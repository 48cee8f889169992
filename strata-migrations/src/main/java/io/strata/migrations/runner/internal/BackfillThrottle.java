package io.strata.migrations.runner.internal;

import java.time.Duration;

import io.strata.migrations.operations.Backfill;

/**
 * How long a backfill waits after a batch: its pause, or longer when the rows so far came faster than
 * its rows-per-second cap allows.
 *
 * @param pause the pause after every batch
 * @param rowsPerSecond the cap, or 0 for none
 */
record BackfillThrottle(Duration pause, int rowsPerSecond) {

    /** The throttle a backfill asks for. */
    static BackfillThrottle of(Backfill op) {
        return new BackfillThrottle(op.pause(), op.rowsPerSecond());
    }

    /** The wait after a batch, given the rows this run updated so far and the time it has run. */
    Duration after(long rowsSoFar, Duration elapsed) {
        Duration wait = pause;
        if (rowsPerSecond > 0) {
            Duration allowed = Duration.ofNanos(rowsSoFar * 1_000_000_000L / rowsPerSecond);
            Duration early = allowed.minus(elapsed);
            if (early.compareTo(wait) > 0) {
                wait = early;
            }
        }
        return wait;
    }
}
