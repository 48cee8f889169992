package io.strata.migrations.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bookstore's kind of traffic on the backfilled table: threads that each, in turn, read a row by id
 * and update another column ({@code stock}) of a row by id, recording each request's latency, the
 * updates that succeeded and every error.
 *
 * <p>On SQLite a statement refused with {@code SQLITE_BUSY} is counted apart ({@link Stats#busy()}), not as an
 * error: the load waits for writers through its busy timeout, but SQLite can still answer {@code SQLITE_BUSY}
 * at once in some cases (CI met one, once in several runs, around the killed backfill on a slow machine; the
 * cause was not found), and an application retries those. The drill bounds how many it may meet.
 */
final class BackfillLoad implements AutoCloseable {

    /** SQLite's primary result code for a locked database (extended codes share its low byte). */
    private static final int SQLITE_BUSY = 5;

    /** What a period of load saw. */
    record Stats(Duration length, long requests, long updates, List<String> errors, long busy, Duration p50, Duration p99) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d requests in %.1f s (%,.0f/s), p50 %.1f ms, p99 %.1f ms, %d errors"
                    + (busy > 0 ? ", %d refused with SQLITE_BUSY" : ""),
                    requests, length.toMillis() / 1000.0, requests * 1000.0 / Math.max(1, length.toMillis()),
                    p50.toNanos() / 1e6, p99.toNanos() / 1e6, errors.size(), busy);
        }
    }

    private final KilledBackfill.Connector db;
    private final long rows;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Worker> workers = new ArrayList<>();
    private final long start = System.nanoTime();

    private BackfillLoad(KilledBackfill.Connector db, long rows) {
        this.db = db;
        this.rows = rows;
    }

    /** Starts {@code threads} threads of load on rows {@code 1..rows} of {@code item}. */
    static BackfillLoad start(KilledBackfill.Connector db, long rows, int threads, boolean sqlite) throws SQLException {
        BackfillLoad load = new BackfillLoad(db, rows);
        for (int i = 0; i < threads; i++) {
            Connection c = db.connect();
            if (sqlite) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 10000"); // as an application on SQLite waits for a writer
                }
            }
            Worker worker = load.new Worker(c, sqlite);
            load.workers.add(worker);
            worker.thread.start();
        }
        return load;
    }

    /** Stops the threads and returns what they saw. */
    Stats stop() throws InterruptedException {
        running.set(false);
        long requests = 0;
        long updates = 0;
        long busy = 0;
        List<String> errors = new ArrayList<>();
        long[] all = new long[0];
        for (Worker w : workers) {
            w.thread.join(30_000);
            requests += w.count;
            updates += w.updates;
            busy += w.busy;
            errors.addAll(w.errors);
            long[] mine = Arrays.copyOf(w.latencies, w.count);
            long[] merged = Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, merged, all.length, mine.length);
            all = merged;
        }
        Duration length = Duration.ofNanos(System.nanoTime() - start);
        Arrays.sort(all);
        return new Stats(length, requests, updates, errors, busy, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static Duration percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Duration.ZERO : Duration.ofNanos(sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]);
    }

    @Override
    public void close() throws InterruptedException {
        if (running.get()) {
            stop();
        }
    }

    private final class Worker implements Runnable {
        final Connection connection;
        final boolean sqlite;
        final Thread thread = new Thread(this, "backfill-load");
        long[] latencies = new long[1 << 16];
        int count;
        long updates;
        long busy;
        final List<String> errors = new ArrayList<>();

        Worker(Connection connection, boolean sqlite) {
            this.connection = connection;
            this.sqlite = sqlite;
        }

        @Override
        public void run() {
            try (connection; PreparedStatement read = connection.prepareStatement("SELECT id, n, stock, title FROM item WHERE id = ?");
                    PreparedStatement write = connection.prepareStatement("UPDATE item SET stock = stock + 1 WHERE id = ?")) {
                boolean reading = true;
                while (running.get()) {
                    long id = ThreadLocalRandom.current().nextLong(1, rows + 1);
                    long began = System.nanoTime();
                    try {
                        if (reading) {
                            read.setLong(1, id);
                            try (ResultSet rs = read.executeQuery()) {
                                if (!rs.next()) {
                                    errors.add("row " + id + " not found");
                                }
                            }
                        } else {
                            write.setLong(1, id);
                            if (write.executeUpdate() == 1) {
                                updates++;
                            } else {
                                errors.add("row " + id + " not updated");
                            }
                        }
                    } catch (SQLException e) {
                        if (sqlite && (e.getErrorCode() & 0xff) == SQLITE_BUSY) {
                            busy++; // nothing was applied: the update is not counted, the next request is another
                        } else {
                            errors.add(e.getMessage());
                        }
                    }
                    record(System.nanoTime() - began);
                    reading = !reading;
                }
            } catch (SQLException e) {
                errors.add(e.getMessage());
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }
}
