package io.strata.migrations.runner;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.strata.migrations.graph.Direction;

/**
 * A revision's statement kept waiting for a lock other sessions held: every attempt gave up after the
 * per-attempt lock timeout, and the retries used up the lock budget. Names the table (when the
 * operation has one), the statement, the attempts, the time spent and, on PostgreSQL, the sessions
 * that held the lock; the revision was rolled back where the database can roll DDL back.
 */
public class LockBudgetExhaustedException extends MigrationFailedException {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final int attempts;
    private final Duration elapsed;
    private final Duration attemptTimeout;
    private final List<BlockingSession> blockers;

    /**
     * Creates the error.
     *
     * @param revisionId the revision that could not get its locks
     * @param direction whether it was upgrading or downgrading
     * @param operationNumber the waiting operation's position, from 1
     * @param operation the waiting operation, e.g. {@code addColumn book.isbn}
     * @param table the table it changes, or {@code null} when the operation does not say (raw SQL, a callback)
     * @param statement the statement that waited
     * @param attempts how many times the revision was tried
     * @param elapsed the time from the first attempt's start to the last one's failure
     * @param attemptTimeout how long each statement waited for a lock
     * @param blockers the sessions that held the lock, as last seen (empty where the database cannot tell)
     * @param rolledBack whether the last attempt's work was rolled back
     * @param recordedVersions what the version table holds now
     * @param cause the database's lock-timeout error
     */
    public LockBudgetExhaustedException(String revisionId, Direction direction, int operationNumber, String operation,
            String table, String statement, int attempts, Duration elapsed, Duration attemptTimeout,
            List<BlockingSession> blockers, boolean rolledBack, Set<String> recordedVersions, Throwable cause) {
        super(message(revisionId, direction, operationNumber, operation, table, statement, attempts, elapsed,
                attemptTimeout, blockers, rolledBack, recordedVersions), revisionId, direction, operationNumber,
                operation, statement, rolledBack, recordedVersions, cause);
        this.table = table;
        this.attempts = attempts;
        this.elapsed = elapsed;
        this.attemptTimeout = attemptTimeout;
        this.blockers = List.copyOf(blockers);
    }

    private static String message(String revisionId, Direction direction, int number, String operation, String table,
            String statement, int attempts, Duration elapsed, Duration attemptTimeout, List<BlockingSession> blockers,
            boolean rolledBack, Set<String> recorded) {
        String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        String at = recorded.isEmpty() ? "base (no revision)" : "revision " + String.join(", ", recorded);
        StringBuilder text = new StringBuilder("The ").append(verb).append(" of revision ").append(revisionId)
                .append(" could not get its locks")
                .append(table == null ? "" : " on table " + table)
                .append(": operation ").append(number).append(" (").append(operation).append(") waited ")
                .append(attemptTimeout.toMillis()).append(" ms for a lock in each of ").append(attempts)
                .append(attempts == 1 ? " attempt" : " attempts").append(" over ").append(elapsed.toMillis())
                .append(" ms, ").append(statement == null ? "in its code" : "running: " + statement);
        if (blockers.isEmpty()) {
            text.append("\n  Other sessions hold locks on it (the database does not say which).");
        } else {
            text.append("\n  Blocked by:");
            blockers.forEach(b -> text.append("\n    ").append(b.describe()));
        }
        text.append('\n');
        if (rolledBack) {
            text.append("Nothing of the revision was applied; the database is at ").append(at).append('.');
        } else {
            text.append("The version table records ").append(at).append(", but the revision's statements before this")
                    .append(" one remain applied (DDL is not transactional here), so it was not retried: undo them by")
                    .append(" hand or make the revision tolerate them.");
        }
        text.append(" End or wait for the long transactions that hold the table, then run ").append(verb)
                .append(" again, or allow more with --lock-budget / DB_LOCK_BUDGET (the total) and --lock-timeout /")
                .append(" DB_LOCK_TIMEOUT (each attempt).");
        return text.toString();
    }

    /** The table the waiting operation changes, or {@code null} when the operation does not say. */
    public String table() {
        return table;
    }

    /** How many times the revision was tried. */
    public int attempts() {
        return attempts;
    }

    /** The time from the first attempt's start to the last one's failure. */
    public Duration elapsed() {
        return elapsed;
    }

    /** How long each statement waited for a lock. */
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    /** The sessions that held the lock, as last seen; empty where the database cannot tell. */
    public List<BlockingSession> blockers() {
        return blockers;
    }
}
