package io.strata.migrations.runner.internal;

import java.time.Duration;

/** A point in time to wait until, polled with short sleeps. */
public final class Deadline {

    private final long end;

    private Deadline(long end) {
        this.end = end;
    }

    public static Deadline after(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    public boolean passed() {
        return System.nanoTime() - end >= 0;
    }

    public long millisLeft() {
        return Math.max(0, (end - System.nanoTime()) / 1_000_000);
    }

    /** Sleeps a little (at most until the deadline); restores the interrupt flag and returns false if interrupted. */
    public boolean pause(long millis) {
        long left = Math.max(1, (end - System.nanoTime()) / 1_000_000);
        try {
            Thread.sleep(Math.min(millis, left));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
