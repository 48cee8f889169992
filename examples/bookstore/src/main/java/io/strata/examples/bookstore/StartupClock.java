package io.strata.examples.bookstore;

import java.util.ArrayList;
import java.util.List;

/**
 * The bookstore's start-up stopwatch: the time from {@link #start()} to ready, and the phases on the
 * way ({@code Hibernate 812 ms, sync 35 ms, …}), which the start-up benchmark reads from the DEBUG log.
 */
final class StartupClock {

    private final long started = System.nanoTime();
    private final List<String> laps = new ArrayList<>();
    private long last = started;

    private StartupClock() {
    }

    /** A clock running from now. */
    static StartupClock start() {
        return new StartupClock();
    }

    /** Ends the phase {@code name}, which began at the previous lap (or the start). */
    void lap(String name) {
        long now = System.nanoTime();
        laps.add(name + " " + millis(last, now) + " ms");
        last = now;
    }

    /** Milliseconds from the start to the last lap. */
    long totalMillis() {
        return millis(started, last);
    }

    /** The phases, e.g. {@code Hibernate 812 ms, sync 35 ms, sample data 4 ms, Javalin 120 ms}. */
    String laps() {
        return String.join(", ", laps);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
