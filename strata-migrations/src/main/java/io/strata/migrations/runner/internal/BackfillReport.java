package io.strata.migrations.runner.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The progress lines of a running backfill: rows done of the estimated total, rate and time left, at
 * most once per interval, and a final line with the batches and pauses. Lines go to the runner's log,
 * which the {@code db} command prints.
 */
final class BackfillReport {

    /** The shortest time between two progress lines. */
    static final Duration INTERVAL = Duration.ofSeconds(5);

    private final String label;
    private final Consumer<String> out;
    private final LongSupplier nanoTime;
    private final long start;
    private final long resumedRows;
    private final long total;
    private long lastLine;

    /**
     * A report for a backfill that starts with {@code resumedRows} done by earlier runs and an estimated
     * {@code total} rows in all.
     */
    BackfillReport(String label, long resumedRows, long total, Consumer<String> out, LongSupplier nanoTime) {
        this.label = label;
        this.out = out;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastLine = start;
        this.resumedRows = resumedRows;
        this.total = Math.max(total, resumedRows);
    }

    /** After a batch: prints a line when the interval has passed since the last one. */
    void batchDone(long rowsDone) {
        long now = nanoTime.getAsLong();
        if (now - lastLine < INTERVAL.toNanos()) {
            return;
        }
        lastLine = now;
        long thisRun = rowsDone - resumedRows;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? thisRun / seconds : 0;
        long left = Math.max(0, total - rowsDone);
        String eta = rate > 0 ? formatSeconds(Math.round(left / rate)) : "unknown";
        long all = Math.max(total, rowsDone);
        out.accept(String.format(Locale.ROOT, "%s: %,d of about %,d rows (%d%%), %,.0f rows/s, about %s left",
                label, rowsDone, all, all == 0 ? 100 : rowsDone * 100 / all, rate, eta));
    }

    /** The final line: rows in all, and this run's rows, batches, rate and pauses. */
    void finished(long rowsDone, int batches, int pauses, Duration paused) {
        long thisRun = rowsDone - resumedRows;
        double seconds = (nanoTime.getAsLong() - start) / 1e9;
        out.accept(String.format(Locale.ROOT, "%s: done, %,d rows; this run %,d rows in %d batches, %.1f s, %,.0f rows/s%s",
                label, rowsDone, thisRun, batches, seconds, seconds > 0 ? thisRun / seconds : 0.0,
                pauses > 0 ? ", " + pauses + " pauses (" + paused.toMillis() + " ms)" : ""));
    }

    private static String formatSeconds(long seconds) {
        return seconds >= 3600 ? seconds / 3600 + " h " + seconds % 3600 / 60 + " min"
                : seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }
}
