package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.internal.BackfillSql;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.runner.MigrationException;
import io.strata.migrations.schema.Table;

/**
 * Runs one backfill on the migration's connection, outside the revision's transaction: batch after
 * batch, each its own transaction that finds the batch's upper key, updates the key range and records
 * the new cursor in the {@link BackfillTable}, so that the update and the cursor commit together. Each
 * batch re-reads the cursor in its transaction, so a run that resumes (or, on SQLite, where the
 * migration lock is let go between batches, a second process) never updates a row twice. A batch
 * whose lock wait timed out is rolled back and retried under the lock budget.
 */
final class BackfillRun {

    /** Waits between batches (a test counts the waits instead). */
    interface Sleeper {
        /** Waits this long. */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What the run did: rows in all, the cursor it started after, and this run's batches and pauses. */
    record Outcome(long rowsDone, String resumedAfterKey, long resumedRows, int batches, int pauses, Duration paused) {
    }

    /** Where the batches run: the connection and how each batch is bracketed and bounded. */
    record Session(Connection connection, Dialect dialect, RunProtocol protocol, LockWaits lockWaits, LockBudget budget) {
    }

    private final Session session;
    private final BackfillTable table;
    private final BackfillTable.Key key;
    private final Backfill op;
    private final Table target;
    private final Consumer<String> log;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    /** Whether the cursor is known to exist (recorded by an earlier run, or by a batch of this one). */
    private boolean recordExpected;

    BackfillRun(Session session, BackfillTable table, BackfillTable.Key key, Backfill op, Table target,
            Consumer<String> log, Sleeper sleeper, LongSupplier nanoTime) {
        this.session = session;
        this.table = table;
        this.key = key;
        this.op = op;
        this.target = target;
        this.log = log;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    /** Runs the batches left; the connection is in auto-commit and holds no transaction. */
    Outcome run() throws SQLException {
        BackfillKey pk = BackfillKey.of(target);
        BackfillSql sql = new BackfillSql(session.dialect(), op, pk.column());
        Connection connection = session.connection();
        underBudget("creating its progress table " + table.name(), () -> table.createIfMissing(connection));
        Optional<BackfillTable.Cursor> recorded = table.read(connection, key);
        recordExpected = recorded.isPresent();
        String startKey = recorded.map(BackfillTable.Cursor::lastKey).orElse(null);
        long startRows = recorded.map(BackfillTable.Cursor::rowsDone).orElse(0L);
        String label = "Backfill of " + op.table() + " (" + key.revisionId() + ", operation " + (key.operation() + 1) + ")";
        if (recorded.isPresent()) {
            log.accept(String.format(java.util.Locale.ROOT, "%s: resuming after %s = %s, %,d rows done by an earlier run",
                    label, pk.column(), startKey, startRows));
        }
        BackfillReport report = new BackfillReport(label, startRows, startRows + countLeft(sql, pk, startKey), log, nanoTime);
        BackfillThrottle throttle = BackfillThrottle.of(op);
        long start = nanoTime.getAsLong();
        long rows = startRows;
        int batches = 0;
        int pauses = 0;
        Duration paused = Duration.ZERO;
        while (true) {
            BackfillTable.Cursor after = underBudget("a batch", () -> batch(sql, pk));
            if (after == null) {
                break;
            }
            rows = after.rowsDone();
            batches++;
            report.batchDone(rows);
            Duration wait = throttle.after(rows - startRows, Duration.ofNanos(nanoTime.getAsLong() - start));
            if (!wait.isZero()) {
                sleep(wait);
                pauses++;
                paused = paused.plus(wait);
            }
        }
        report.finished(rows, batches, pauses, paused);
        return new Outcome(rows, startKey, startRows, batches, pauses, paused);
    }

    private long countLeft(BackfillSql sql, BackfillKey pk, String after) throws SQLException {
        try (PreparedStatement ps = session.connection().prepareStatement(sql.countLeft(after != null))) {
            if (after != null) {
                pk.bind(ps, 1, after);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** A step that takes a lock and leaves nothing behind when it fails. */
    private interface LockingStep<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code step}, retried after a lock timeout while the lock budget lasts: a batch (rolled back
     * when it fails, {@code null} when no rows are left), or the creation of the progress table, which
     * on SQLite waits for the writers of the application like any batch.
     */
    private <T> T underBudget(String what, LockingStep<T> step) throws SQLException {
        long first = nanoTime.getAsLong();
        for (int attempt = 1; ; attempt++) {
            try {
                return step.run();
            } catch (SQLException e) {
                if (!session.lockWaits().isLockTimeout(e)) {
                    throw e;
                }
                Duration pause = session.budget().pauseAfter(attempt);
                Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - first);
                if (elapsed.plus(pause).compareTo(session.budget().total()) > 0) {
                    throw e;
                }
                log.accept("Backfill of " + op.table() + ": " + what + " waited too long for a lock (attempt " + attempt
                        + "); rolled back, retrying in " + pause.toMillis() + " ms");
                sleep(pause);
            }
        }
    }

    private BackfillTable.Cursor batch(BackfillSql sql, BackfillKey pk) throws SQLException {
        Connection connection = session.connection();
        session.protocol().beginBatch(connection);
        try {
            Optional<BackfillTable.Cursor> recorded = table.read(connection, key);
            if (recorded.isEmpty() && recordExpected) {
                // SQLite lets the migration lock go between batches: another run finished the revision meanwhile
                throw new MigrationException("The progress record of the backfill of " + op.table() + " in revision "
                        + key.revisionId() + " disappeared between two batches: another run completed the revision"
                        + " meanwhile. Stopped without updating more rows; run the command again to see where the"
                        + " database is.");
            }
            String lower = recorded.map(BackfillTable.Cursor::lastKey).orElse(null);
            long rowsDone = recorded.map(BackfillTable.Cursor::rowsDone).orElse(0L);
            String upper = key(sql.upperKey(lower != null), pk, lower);
            if (upper == null) {
                upper = key(sql.lastKey(lower != null), pk, lower);
            }
            if (upper == null) {
                session.protocol().commitBatch(connection);
                return null;
            }
            int updated;
            try (PreparedStatement ps = connection.prepareStatement(sql.update(lower != null))) {
                int i = 1;
                if (lower != null) {
                    pk.bind(ps, i++, lower);
                }
                pk.bind(ps, i, upper);
                updated = ps.executeUpdate();
            }
            BackfillTable.Cursor after = new BackfillTable.Cursor(upper, rowsDone + updated);
            table.write(connection, key, after, recorded.isPresent());
            session.protocol().commitBatch(connection);
            recordExpected = true;
            return after;
        } catch (SQLException | RuntimeException e) {
            session.protocol().rollbackBatch(connection);
            throw e;
        }
    }

    private String key(String query, BackfillKey pk, String after) throws SQLException {
        try (PreparedStatement ps = session.connection().prepareStatement(query)) {
            if (after != null) {
                pk.bind(ps, 1, after);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? pk.read(rs, 1) : null;
            }
        }
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while the backfill of " + op.table() + " paused between batches;"
                    + " the batches done are recorded, and the next run goes on after them", e);
        }
    }
}
