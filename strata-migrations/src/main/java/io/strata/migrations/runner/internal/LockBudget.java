package io.strata.migrations.runner.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long each statement of a revision waits for a lock ({@code attemptTimeout}; zero: as long as
 * the database lets it) and how long the runner keeps retrying a revision whose statement gave up
 * ({@code total}; zero: no retry), with jittered exponential back-off between attempts.
 */
public record LockBudget(Duration attemptTimeout, Duration total) {

    private static final long FIRST_PAUSE_MS = 250;
    private static final long LONGEST_PAUSE_MS = 5_000;

    /** Checks both are zero or positive. */
    public LockBudget {
        if (attemptTimeout == null || attemptTimeout.isNegative()) {
            throw new IllegalArgumentException("the lock timeout must be zero or positive, was " + attemptTimeout);
        }
        if (total == null || total.isNegative()) {
            throw new IllegalArgumentException("the lock budget must be zero or positive, was " + total);
        }
    }

    /** Whether statements wait for locks under a timeout at all. */
    public boolean bounded() {
        return !attemptTimeout.isZero();
    }

    /**
     * The pause after the {@code attempt}-th failed attempt (from 1): 250 ms doubled each time up to
     * 5 s, of which a random half to all is taken, so that replicas retrying at once spread out.
     */
    public Duration pauseAfter(int attempt) {
        long ceiling = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS << Math.min(attempt - 1, 10));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }
}
