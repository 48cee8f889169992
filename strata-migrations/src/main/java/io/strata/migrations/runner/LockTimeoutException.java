package io.strata.migrations.runner;

import java.time.Duration;

/** Another process held the migration lock for longer than the configured wait. */
public class LockTimeoutException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String lock;
    private final Duration timeout;

    /** Creates the error for this lock (as the database names it) and this wait. */
    public LockTimeoutException(String lock, Duration timeout) {
        super("Timed out after " + timeout.toMillis() + " ms waiting for the migration lock (" + lock
                + "): another process is migrating this database. Let it finish and run again, or wait longer"
                + " with Migrator.Builder.lockTimeout(...). The database releases the lock when that process's"
                + " connection ends, so a crashed process does not hold it.");
        this.lock = lock;
        this.timeout = timeout;
    }

    /** The lock, as the database names it, e.g. {@code pg_advisory_lock(…)}. */
    public String lock() {
        return lock;
    }

    /** How long the runner waited. */
    public Duration timeout() {
        return timeout;
    }
}
